package org.recits.indicators.activity.internal;

import java.util.List;
import org.recits.api.indicator.Interval;
import org.recits.api.indicator.TargetBand;
import org.recits.api.model.LocalizedText;

/** Target bands of this module's indicators (docs/indicateurs.md), and the programme's stand-in for bands that are set per group. */
final class Bands {

    private Bands() {
    }

    static TargetBand of(List<Interval> green, List<Interval> orange, String fr, String en) {
        return TargetBand.of(green, orange, LocalizedText.of(fr, en));
    }

    /**
     * The band used for the programme's value of a stock whose band is set per collectivité (18–22
     * ambassadors per group, 3–6 cases per group…): a sum over ten groups judged against one group's
     * band would be red for the wrong reason, so the programme is not judged (status "no target").
     */
    static TargetBand notJudgedForProgramme(TargetBand perCollectivite) {
        return TargetBand.of(List.of(), List.of(), LocalizedText.of(
                Texts.FR.get("band.perCollectivite", perCollectivite.text().fr()),
                Texts.EN.get("band.perCollectivite", perCollectivite.text().in(java.util.Locale.ENGLISH))));
    }

    static final LocalizedText PROGRAMME_SUM_NOTE = Texts.text("text.programmeSumOverTheCollectivitesThe");
}
