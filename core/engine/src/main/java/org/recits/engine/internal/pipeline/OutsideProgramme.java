package org.recits.engine.internal.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Status;
import org.recits.api.indicator.Temporality;
import org.recits.api.model.Collectivite;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;

/**
 * A collectivité whose programme ended before a period (or starts after it) is not active in it: its
 * stocks and flows for that period are "n/d" with the programme's dates as the reason, and its
 * cumulative figures are kept for the record but not judged against a target. Done here, once, so
 * that every indicator plugin (shipped or not) is held to it.
 */
final class OutsideProgramme {

    private static final Messages FR = EngineTexts.of(Locale.FRENCH);
    private static final Messages EN = EngineTexts.of(Locale.ENGLISH);
    private static final DateTimeFormatter FR_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Map<String, Collectivite> byId = new HashMap<>();

    OutsideProgramme(Dataset data) {
        for (Collectivite c : data.collectivites()) {
            byId.putIfAbsent(c.id(), c);
        }
    }

    /** The value as it may be shown for {@code scope} and {@code period}. */
    IndicatorValue apply(IndicatorDefinition definition, Scope scope, Period period, IndicatorValue value) {
        if (scope.isProgramme() || scope.isLab()) {
            return value;
        }
        Collectivite c = byId.get(scope.collectivite());
        if (c == null || c.runsDuring(period)) {
            return value;
        }
        boolean ended = c.dateFin() != null && c.dateFin().isBefore(period.start());
        LocalDate when = ended ? c.dateFin() : c.dateDebut();
        String key = ended ? "outside.ended" : "outside.notStarted";
        if (definition.temporality() == Temporality.UP_TO_PERIOD) {
            if (!value.isComputable()) {
                return value;
            }
            return value.withStatus(Status.NONE).withNote(text(key + ".cumulative", when));
        }
        return IndicatorValue.notComputable(text(key, when), value.target());
    }

    private static LocalizedText text(String key, LocalDate when) {
        String fr = FR_DATE.format(when);
        if (when.getDayOfMonth() == 1) {
            fr = "1er" + fr.substring(1); // « 1er mars », as French writes the first of the month
        }
        return LocalizedText.of(FR.get(key, fr), EN.get(key, EN_DATE.format(when)));
    }
}
