package org.recits.indicators.values.internal;

import java.util.List;
import org.recits.api.indicator.Interval;
import org.recits.api.indicator.TargetBand;
import org.recits.api.model.LocalizedText;

/** Target bands of this module's indicators (docs/indicateurs.md). */
final class Bands {

    /** QUAL_SESSION_SATISFACTION: ≥ 4 / 3.5–4 / < 3.5. */
    static final TargetBand SATISFACTION = TargetBand.of(List.of(Interval.atLeast(4)),
            List.of(Interval.closedOpen(3.5, 4)), LocalizedText.of("≥ 4 / 3,5–4 / < 3,5", "≥ 4 / 3.5–4 / < 3.5"));

    /** CAP_SKILLS_GAIN: ≥ +0.5 / 0–0.5 / ≤ 0; 0 itself is red, 0.5 itself green. */
    static final TargetBand SKILLS_GAIN = TargetBand.of(List.of(Interval.atLeast(0.5)),
            List.of(new Interval(0.0, false, 0.5, false)),
            LocalizedText.of("≥ +0,5 / 0–0,5 / ≤ 0", "≥ +0.5 / 0–0.5 / ≤ 0"));

    private Bands() {
    }
}
