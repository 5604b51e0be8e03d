package org.recits.narrative.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.model.Collectivite;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Measure;
import org.recits.api.model.Quote;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;
import org.recits.api.model.SourceRef;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.Report;

/**
 * What a period's narrative counts and quotes (2020-T1): Mulhouse has a session in it, Belrive's
 * programme ended on 14 February 2018, Grenade's starts on 1 September 2020, Paris runs but had nothing.
 */
class PeriodsTest {

    private static final String NB = "\u00A0";
    private static final Scope BEL = Scope.of("belrive");

    private static Quote quote(String coll, String text, Measure m, String date, int line) {
        return new Quote(coll, text, date == null ? null : LocalDate.parse(date), null, null, "usager", m, true, null,
                new SourceRef("verbatims.csv", line));
    }

    private static Report report(List<Quote> quotes, Locale locale) {
        Dataset.Builder b = Dataset.builder()
                .add(new Collectivite("belrive", "Ville de Belrive", "commune", "transfo", LocalDate.of(2016, 6, 14),
                        LocalDate.of(2018, 2, 14), null, null))
                .add(new Collectivite("grenade", "CCAS de Grenade", "etablissement", "transfo", LocalDate.of(2020, 9, 1),
                        null, null, null))
                .add(new Collectivite("mulhouse", "Mulhouse", "commune", "transfo", null, null, null, null))
                .add(new Collectivite("paris", "Paris", "commune", "transfo", null, null, null, null))
                .add(new Session("belrive", "b1", LocalDate.of(2017, 5, 2), 2, SessionType.SESSION, null, List.of(),
                        false, null, null))
                .add(new Session("mulhouse", "s1", LocalDate.of(2020, 1, 14), 2, SessionType.SESSION, null, List.of(),
                        false, null, null));
        quotes.forEach(b::add);
        // Belrive's figures as the engine hands them over: its stock n/d with the reason, a cumulative
        // figure kept but not judged.
        List<IndicatorResult> results = List.of(
                Fixtures.result(Fixtures.AMB, Fixtures.PROG, 18.0, 18.0),
                Fixtures.result(Fixtures.AMB, BEL, new Observation(Fixtures.P, IndicatorValue.notComputable(
                        LocalizedText.of("programme achevé le 14 février 2018 : collectivité hors de la période",
                                "programme ended"), Fixtures.AMB_BAND), false), null, List.of()),
                Fixtures.result(Fixtures.DAYS, BEL, 33.5, 33.5));
        return new Report(Fixtures.P, Fixtures.P.previous(4),
                List.of(Fixtures.PROG, BEL, Scope.of("grenade"), Fixtures.MUL, Fixtures.PAR), locale,
                Fixtures.P.end(), results, b.build(), quotes, List.of(), List.of(), 5);
    }

    private static String text(Report r) {
        StringBuilder out = new StringBuilder();
        for (Doc.Block b : new NarrativeBuilder(r, List.of()).build().blocks) {
            if (b instanceof Doc.Para p) {
                p.sentences().forEach(s -> out.append(s.text()).append('\n'));
            } else if (b instanceof Doc.QuoteBlock q) {
                out.append("« ").append(q.text()).append(" » — ").append(q.who()).append('\n');
            } else if (b instanceof Doc.Heading h) {
                out.append("## ").append(h.text()).append('\n');
            }
        }
        return out.toString();
    }

    private static int count(String haystack, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(haystack);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theHeadlineCountsCollectivitesWithActivityAndNamesTheOthers() {
        String t = text(report(List.of(), Locale.FRENCH));
        // four collectivités in the data, one with a session in the quarter (it said « 4 collectivités »)
        assertThat(t).contains("Au 1er trimestre 2020, le programme a réuni 1 collectivité (au moins une session ou un temps collectif dans la période).")
                .doesNotContain("4 collectivités");
        assertThat(t).contains("Programme achevé avant la période, collectivité non comptée" + NB + ": Ville de Belrive, le 14 février 2018.");
        assertThat(t).contains("Programme pas encore commencé, collectivité non comptée" + NB + ": CCAS de Grenade, début le 1er septembre 2020.");
        assertThat(t).contains("Sans session ni temps collectif dans la période" + NB + ": Paris.");
    }

    @Test
    void aCollectiviteWithoutActivityIsOneLineOfTheAnnex() {
        String t = text(report(List.of(), Locale.FRENCH));
        // Belrive had a section of its own, with its cumulative figures and its n/d; now one line says why
        assertThat(t).doesNotContain("## Ville de Belrive").doesNotContain("## Paris").doesNotContain("## CCAS de Grenade");
        String idle = t.substring(t.indexOf("## Sans activité dans la période"), t.indexOf("## Comment lire"));
        assertThat(idle).contains("Ville de Belrive" + NB + ": programme achevé le 14 février 2018\n")
                .contains("CCAS de Grenade" + NB + ": programme commençant le 1er septembre 2020\n")
                .contains("Paris" + NB + ": aucune session ni temps collectif dans la période\n")
                .doesNotContain("33,5").doesNotContain("n/d");
        assertThat(t).contains("## Mulhouse");
        String en = text(report(List.of(), Locale.ENGLISH));
        assertThat(en).contains("In Q1 2020, the programme brought together 1 local authority")
                .contains("Programme ended before the period, not counted: Ville de Belrive, on 14 February 2018.")
                .contains("Ville de Belrive: programme ended on 14 February 2018\n");
    }

    @Test
    void quotesAreOfThePeriodOrTheYearBeforeLabelledAndNeverTwice() {
        List<Quote> quotes = new ArrayList<>(List.of(
                quote("mulhouse", "Dans la période.", Measure.DEMOCRATIE, "2020-02-10", 2),
                quote("mulhouse", "Six mois avant.", Measure.DEMOCRATIE, "2019-08-01", 3),
                quote("mulhouse", "Trois ans avant.", Measure.DEMOCRATIE, "2017-01-05", 4),
                quote("mulhouse", "Après la période.", Measure.DEMOCRATIE, "2020-06-01", 5),
                quote("mulhouse", "Sans date.", Measure.DEMOCRATIE, null, 6),
                quote("paris", "Le guichet a changé.", Measure.QUALITE, "2020-03-01", 7),
                // the same words again, other typography: one quote, not two
                quote("paris", "  le guichet a changé !", Measure.QUALITE, "2020-03-02", 8),
                quote("paris", "Le guichet a changé.", Measure.IMPACT, "2020-03-03", 9)));
        String t = text(report(quotes, Locale.FRENCH));
        assertThat(t).contains("« Dans la période. » — Un usager, Mulhouse, 10 février 2020\n")
                .contains("« Six mois avant. » — Un usager, Mulhouse, 1er août 2019 (avant la période)\n")
                .doesNotContain("Trois ans avant").doesNotContain("Après la période").doesNotContain("Sans date");
        assertThat(count(t, "guichet a changé")).isEqualTo(1);
        assertThat(count(t, "Dans la période.")).isEqualTo(1); // not again in Mulhouse's own section
    }

    @Test
    void aRateOnOneSessionShowsItsNAndSaysItIsThin() {
        org.recits.api.indicator.IndicatorValue one = org.recits.api.indicator.IndicatorValue
                .ratio(1, 1, Fixtures.ATT_BAND, null)
                .withDetail(org.recits.api.indicator.Detail.sampleSize(1, LocalizedText.of("sessions comptées", "counted sessions")));
        org.recits.api.indicator.IndicatorValue many = org.recits.api.indicator.IndicatorValue
                .ratio(40, 50, Fixtures.ATT_BAND, null)
                .withDetail(org.recits.api.indicator.Detail.sampleSize(12, LocalizedText.of("sessions comptées", "counted sessions")));
        List<IndicatorResult> results = List.of(
                Fixtures.result(Fixtures.ATT, Fixtures.PROG, new Observation(Fixtures.P, one, false), 0.0, List.of()),
                Fixtures.result(Fixtures.ATT, Fixtures.MUL, new Observation(Fixtures.P, many, false), 0.75, List.of()));
        Report r = new Report(Fixtures.P, Fixtures.P.previous(4), List.of(Fixtures.PROG, Fixtures.MUL), Locale.FRENCH,
                Fixtures.P.end(), results, Fixtures.data(), List.of(), List.of(), List.of(), 5);
        String t = text(r);
        // « 100 %, en hausse de 100 points » on one session must read as thin, where it is said
        assertThat(t).contains("Taux de présence" + NB + ": 100" + NB + "% (n" + NB + "=" + NB + "1, peu de données), en hausse de 100 points")
                .contains("Taux de présence" + NB + ": 80" + NB + "% (n" + NB + "=" + NB + "12), en hausse de 5 points");
        Report en = new Report(Fixtures.P, Fixtures.P.previous(4), List.of(Fixtures.PROG, Fixtures.MUL), Locale.ENGLISH,
                Fixtures.P.end(), results, Fixtures.data(), List.of(), List.of(), List.of(), 5);
        assertThat(text(en)).contains("Attendance rate: 100% (n = 1, little data), up 100 points");
        // the key figure at the top says it too
        assertThat(new NarrativeBuilder(r, List.of()).build().blocks).filteredOn(b -> b instanceof Doc.KeyFigures)
                .singleElement().asString().contains("figure=100" + NB + "%, label=Taux de présence (n" + NB + "=" + NB + "1, peu de données)");
    }
}
