package org.recits.report.excel.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.recits.api.indicator.Detail;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.Report;

/**
 * The rows of the indicators table, as typed cells, shared by the {@code Indicateurs} sheet and its
 * CSV export so that both say exactly the same thing, suppression included.
 */
final class IndicatorTable {

    static final int VALUE = 7;
    static final int UNIT = 8;
    static final int NUMERATOR = 9;
    static final int DENOMINATOR = 10;
    static final int POPULATION = 11;
    static final int CI_LOW = 12;
    static final int CI_HIGH = 13;
    static final int STATUS = 15;
    static final int NOTE = 16;
    static final int COLUMNS = 18;

    private IndicatorTable() {
    }

    static String[] headers(Texts tx) {
        return new String[] {tx.t("Famille", "Family"), "Code", tx.t("Indicateur", "Indicator"),
            tx.t("Périmètre", "Scope"), tx.t("Période", "Period"), tx.t("Début", "Start"), tx.t("Fin", "End"),
            tx.t("Valeur", "Value"), tx.t("Unité", "Unit"), tx.t("Numérateur", "Numerator"),
            tx.t("Dénominateur", "Denominator"), tx.t("n (personnes)", "n (people)"),
            tx.t("IC 95 % bas", "95% CI low"), tx.t("IC 95 % haut", "95% CI high"), tx.t("Cible", "Target"),
            tx.t("Statut", "Status"), tx.t("Note / raison", "Note / reason"),
            tx.t("Période du rapport", "Report period")};
    }

    /**
     * One observation as cells: {@code String}, {@code Double}, {@code Integer}, {@code LocalDate} or null
     * (empty). A suppressed value leaves nothing that would let a reader work the figure back out: no
     * value, numerator, denominator, population, interval, status, note or secondary figure.
     */
    static Object[] cells(IndicatorResult res, Observation o, boolean current, Report report, Texts tx) {
        IndicatorDefinition def = res.definition();
        IndicatorValue v = o.value();
        Object[] c = new Object[COLUMNS];
        c[0] = tx.t(def.family().label());
        c[1] = def.code();
        c[2] = tx.t(def.label());
        c[3] = tx.scope(res.scope());
        c[4] = o.period().label(tx.locale());
        c[5] = o.period().start();
        c[6] = o.period().end();
        c[UNIT] = tx.t(def.unit().label());
        c[14] = tx.t(v.target().text());
        c[17] = current ? tx.t("oui", "yes") : tx.t("non", "no");
        if (o.suppressed()) {
            c[VALUE] = tx.suppressed(report.suppressionThreshold());
            c[STATUS] = tx.suppressedStatus();
            return c;
        }
        c[NUMERATOR] = v.numerator();
        c[DENOMINATOR] = v.denominator();
        c[POPULATION] = v.population();
        if (!v.isComputable()) {
            c[VALUE] = tx.notAvailable();
            c[STATUS] = tx.notAvailable();
            c[NOTE] = join(tx.t(v.reason()), tx.t(v.note()));
            return c;
        }
        c[VALUE] = v.value();
        c[CI_LOW] = v.ciLow();
        c[CI_HIGH] = v.ciHigh();
        c[STATUS] = tx.status(v.status());
        c[NOTE] = join(thin(v, tx), join(tx.t(v.note()), details(v.details(), tx)));
        return c;
    }

    /** Every row of the table in sheet order: per indicator, per scope, the trend periods then the current one. */
    static void forEach(Report report, Texts tx, java.util.function.BiConsumer<IndicatorResult, Object[]> out) {
        for (List<IndicatorResult> results : WorkbookWriter.byCode(report).values()) {
            for (IndicatorResult res : results) {
                for (Observation o : res.previous()) {
                    out.accept(res, cells(res, o, false, report, tx));
                }
                out.accept(res, cells(res, res.current(), true, report, tx));
            }
        }
    }


    /** First in the note, so that a rate on one session reads as thin before anything else. */
    static String thin(IndicatorValue v, Texts tx) {
        if (!v.restsOnFew()) {
            return "";
        }
        return tx.t("Peu de données\u00a0: n\u00a0=\u00a0" + v.sampleSize() + " (moins de " + IndicatorValue.FEW + ")",
                "Little data: n = " + v.sampleSize() + " (fewer than " + IndicatorValue.FEW + ")");
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : a + " — " + b;
    }

    /** Secondary figures as a sentence (they have no column of their own). */
    private static String details(List<Detail> details, Texts tx) {
        return details.stream()
                .map(d -> tx.t(d.label()) + (tx.english() ? ": " : " : ") + WorkbookWriter.format(d.value(), d.unit(), tx))
                .collect(Collectors.joining(" ; "));
    }
}
