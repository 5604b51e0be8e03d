package org.recits.ingest.survey.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recits.api.model.LocalizedText;

/** Turns one cell into a scored answer, following the question's mapping row. */
final class Answers {

    private static final Set<String> YES = Set.of("oui", "yes", "o", "y", "true", "vrai", "1", "x", "ja", "si");
    private static final Set<String> NO = Set.of("non", "no", "n", "false", "faux", "0", "nein");
    /** LimeSurvey's default answer codes A1, A2… stand for the options in order. */
    private static final Pattern LIME_CODE = Pattern.compile("(?i)A0*(\\d{1,2})");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)?");

    private Answers() {
    }

    /** What became of one cell. */
    sealed interface Outcome permits None, Answer, Rejected {
    }

    /** Nothing to read: an empty cell, or a label the mapping maps to nothing ("Sans avis="). */
    record None() implements Outcome {
    }

    /**
     * @param score on 1–5, reversed where the mapping says so; null for texte and nombre
     */
    record Answer(Double score) implements Outcome {
    }

    /** The answer cannot be used; the reason says why. */
    record Rejected(LocalizedText reason) implements Outcome {
    }

    private static final None NONE = new None();

    /**
     * @param entry         the question's mapping row
     * @param cell          the cell as read
     * @param noAnswer      loose keys the tool writes for "not answered" (LimeSurvey "N/A")
     * @param limeCodes     whether A1, A2… codes stand for 1, 2… (LimeSurvey exports with answer codes)
     */
    static Outcome score(Mapping.Entry entry, String cell, Set<String> noAnswer, boolean limeCodes) {
        String raw = Text.clean(cell);
        if (raw.isEmpty()) {
            return NONE;
        }
        String key = Text.key(raw);
        String value = raw;
        boolean labelled = false;
        if (entry.labels().containsKey(key)) {
            value = entry.labels().get(key);
            labelled = true;
            if (value.isEmpty()) {
                return NONE;
            }
        } else if (noAnswer.contains(key)) {
            return NONE;
        }
        Scale scale = entry.scale();
        Double score;
        switch (scale) {
            case TEXTE:
                return new Answer(null);
            case NOMBRE:
                return number(value).isPresent() ? new Answer(null) : new Rejected(Messages.answerNotNumber(raw));
            case OUI_NON: {
                Optional<Boolean> yes = yesNo(value);
                if (yes.isEmpty()) {
                    return new Rejected(labelled || entry.labels().isEmpty() ? Messages.answerNotYesNo(raw)
                            : Messages.answerUnknownLabel(raw, scale));
                }
                score = Scale.yesNo(yes.get());
                break;
            }
            default: {
                Optional<BigDecimal> n = number(value);
                if (n.isEmpty() && limeCodes && !labelled) {
                    Matcher m = LIME_CODE.matcher(value);
                    if (m.matches()) {
                        n = Optional.of(new BigDecimal(m.group(1)));
                    }
                }
                if (n.isEmpty()) {
                    return new Rejected(Messages.answerUnknownLabel(raw, scale));
                }
                Optional<Double> s = scale.toFive(n.get());
                if (s.isEmpty()) {
                    return new Rejected(Messages.answerOffScale(raw, scale));
                }
                score = s.get();
            }
        }
        return new Answer(entry.inverse() ? Scale.reverse(score) : score);
    }

    /** A plain number ("3", "3.0", "3,0", "-2"); spaces inside ("1 234") are allowed. */
    static Optional<BigDecimal> number(String s) {
        String t = Text.clean(s).replace(" ", "");
        if (!NUMBER.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t.replace(',', '.')));
    }

    /** yes/no in the words tools and people use; empty when it is neither. */
    static Optional<Boolean> yesNo(String s) {
        String k = Text.key(s);
        if (YES.contains(k)) {
            return Optional.of(true);
        }
        if (NO.contains(k)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }
}
