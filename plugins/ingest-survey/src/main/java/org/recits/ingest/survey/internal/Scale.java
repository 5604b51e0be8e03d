package org.recits.ingest.survey.internal;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The answer scales of docs/format.md and how each is brought to 1–5. Conversions are linear so that the
 * ends of every scale meet the ends of 1–5 (likert4 1→1, 4→5; nps 0→1, 10→5).
 */
enum Scale {
    LIKERT5("likert5", 1, 5),
    LIKERT4("likert4", 1, 4),
    LIKERT7("likert7", 1, 7),
    NPS("nps", 0, 10),
    OUI_NON("oui-non", 0, 1),
    NOMBRE("nombre", 0, 0),
    TEXTE("texte", 0, 0);

    private final String code;
    private final int min;
    private final int max;

    Scale(String code, int min, int max) {
        this.code = code;
        this.min = min;
        this.max = max;
    }

    String code() {
        return code;
    }

    int min() {
        return min;
    }

    int max() {
        return max;
    }

    /** Scales whose answers become a 1–5 score. */
    boolean scored() {
        return this != NOMBRE && this != TEXTE;
    }

    /** Integer scales (likert, nps). */
    boolean numeric() {
        return this == LIKERT5 || this == LIKERT4 || this == LIKERT7 || this == NPS;
    }

    /** By its code as written in a mapping file, case-, accent- and punctuation-insensitively ("Likert 5"). */
    static Optional<Scale> of(String written) {
        String k = Text.key(written).replace(" ", "");
        for (Scale s : values()) {
            if (s.code.replace("-", "").equals(k)) {
                return Optional.of(s);
            }
        }
        // usual ways of writing the yes/no scale
        if (k.equals("ouinon") || k.equals("yesno") || k.equals("booleen") || k.equals("boolean")) {
            return Optional.of(OUI_NON);
        }
        if (k.equals("text") || k.equals("libre")) {
            return Optional.of(TEXTE);
        }
        if (k.equals("number") || k.equals("nombre") || k.equals("numerique")) {
            return Optional.of(NOMBRE);
        }
        return Optional.empty();
    }

    /**
     * A value of this numeric scale brought to 1–5: 1 + (v − min) × 4 ÷ (max − min).
     *
     * @return empty when the value is not an integer of the scale
     */
    Optional<Double> toFive(BigDecimal v) {
        if (!numeric()) {
            throw new IllegalStateException(code + " is not a numeric scale");
        }
        BigDecimal stripped = v.stripTrailingZeros();
        if (stripped.scale() > 0) {
            return Optional.empty();
        }
        if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            return Optional.empty();
        }
        int n = v.intValueExact();
        if (this == LIKERT5) {
            return Optional.of((double) n); // exact, no rounding noise
        }
        return Optional.of(1.0 + (n - min) * 4.0 / (max - min));
    }

    /** A yes/no answer on 1–5: oui 5, non 1. */
    static double yesNo(boolean yes) {
        return yes ? 5.0 : 1.0;
    }

    /** A score reversed on 1–5 (s → 6 − s) for questions where a high answer means worse. */
    static double reverse(double s) {
        return 6.0 - s;
    }
}
