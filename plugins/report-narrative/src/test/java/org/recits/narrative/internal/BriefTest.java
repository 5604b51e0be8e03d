package org.recits.narrative.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.model.Measure;
import org.recits.api.model.Quote;
import org.recits.api.model.SourceRef;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.Report;
import org.recits.narrative.internal.Doc.Block;
import org.recits.narrative.internal.Doc.KeyMessage;
import org.recits.narrative.internal.Doc.KeyMessages;
import org.recits.narrative.internal.Doc.PageBreak;
import org.recits.narrative.internal.Doc.Para;
import org.recits.narrative.internal.Doc.QuoteBlock;
import org.recits.narrative.internal.Highlights.Highlight;
import org.recits.narrative.internal.Highlights.Kind;

/** The four pages before the annex: key messages by rule, cases by title, quotes of the period only, no code. */
class BriefTest {

    private static final String NB = "\u00A0";
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b");

    /** The brief's blocks: everything before the page break. */
    private static List<Block> brief(Report r) {
        List<Block> all = new NarrativeBuilder(r, List.of()).build().blocks;
        int end = 0;
        while (!(all.get(end) instanceof PageBreak)) {
            end++;
        }
        return all.subList(0, end);
    }

    @Test
    void threeMessagesByRule() {
        List<Highlight> h = Highlights.pick(Fixtures.results().stream().filter(r -> r.scope().isProgramme()).toList(),
                new Typo(Locale.FRENCH));
        // intervention days 27 → 33.5 is +24 %, more than ambassadors 36 → 38 (+6 %) or attendance +4 points;
        // ambassadors, 38 against a green band of 18–22 and orange up to 25, miss by 52 % of the bound, more
        // than attendance (82 %) meets its 80 % (2.5 %); satisfaction is the only value with a score.
        assertThat(h).extracting(Highlight::kind, x -> x.result().definition().code()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.CHANGE, "PROT_INTERVENTION_DAYS"),
                org.assertj.core.groups.Tuple.tuple(Kind.TARGET_MISSED, "PART_ACTIVE_AMBASSADORS"),
                org.assertj.core.groups.Tuple.tuple(Kind.STRONGEST_VALUE, "QUAL_SESSION_SATISFACTION"));
        KeyMessages k = (KeyMessages) brief(Fixtures.report(Locale.FRENCH)).stream()
                .filter(b -> b instanceof KeyMessages).findFirst().orElseThrow();
        assertThat(k.messages()).extracting(KeyMessage::title).containsExactly("Le plus fort changement",
                "La cible la plus nettement manquée", "La plus forte des quatre valeurs");
        assertThat(k.messages()).extracting(m -> m.text().text()).containsExactly(
                "Jours d’intervention" + NB + ": 33,5 jours, en hausse de 6,5 jours par rapport au trimestre précédent (27 jours).",
                "Ambassadeurs actifs" + NB + ": 38, pour des repères 18–22 / 15–17 ou 23–25 / sinon.",
                "Qualité" + NB + ": 4,2 sur 5 (satisfaction des sessions).");
        // each message keeps its source, for its note
        assertThat(k.messages()).extracting(m -> m.text().source())
                .containsExactly("PROT_INTERVENTION_DAYS", "PART_ACTIVE_AMBASSADORS", "QUAL_SESSION_SATISFACTION");
    }

    @Test
    void aRateOnOneSessionNeverMakesAMessage() {
        IndicatorValue one = IndicatorValue.ratio(1, 1, Fixtures.ATT_BAND, null)
                .withDetail(org.recits.api.indicator.Detail.sampleSize(1,
                        org.recits.api.model.LocalizedText.of("sessions comptées", "counted sessions")));
        IndicatorResult thin = Fixtures.result(Fixtures.ATT, Fixtures.PROG, new Observation(Fixtures.P, one, false), 0.0,
                List.of());
        // 0 → 100 % is the largest change there is, on one session
        assertThat(Highlights.pick(List.of(thin), new Typo(Locale.FRENCH))).isEmpty();
    }

    @Test
    void casesByTitleQuotesOfThePeriodOnlyWithAttributionInWords() {
        List<Quote> quotes = new ArrayList<>(Fixtures.report(Locale.FRENCH).quotes());
        quotes.add(new Quote("mulhouse", "Dit avant la période.", LocalDate.of(2019, 12, 2), null, null, "elue",
                Measure.QUALITE, true, null, new SourceRef("verbatims.csv", 40)));
        Report base = Fixtures.report(Locale.FRENCH);
        Report r = new Report(base.period(), base.previousPeriods(), base.scopes(), base.locale(), base.generatedOn(),
                base.results(), base.data(), quotes, List.of(), List.of(), 5);
        List<Block> brief = brief(r);
        String text = text(brief);
        // Mulhouse's case is named by a session of the quarter
        assertThat(text).contains("Mulhouse" + NB + ": «" + NB + "Carte Max" + NB + "»");
        List<QuoteBlock> q = brief.stream().filter(b -> b instanceof QuoteBlock).map(b -> (QuoteBlock) b).toList();
        assertThat(q).hasSizeBetween(2, 3);
        assertThat(q).extracting(QuoteBlock::who).allMatch(w -> w.endsWith("février 2020"));
        assertThat(q).extracting(QuoteBlock::text).contains("Il manque du temps entre deux sessions.")
                .doesNotContain("Dit avant la période.", "Secret : les élus ne sont jamais venus.");
        assertThat(q).extracting(QuoteBlock::who).contains("Un agent, Paris, 5 février 2020");
        // from before the period, it may appear in the annex, marked so
        assertThat(text(new NarrativeBuilder(r, List.of()).build().blocks))
                .contains("Une élue, Mulhouse, 2 décembre 2019 (avant la période)");
        assertThat(CODE.matcher(text).find()).as(text).isFalse();
    }

    @Test
    void noQuoteOfThePeriodIsSaidInOneLine() {
        Report base = Fixtures.report(Locale.FRENCH);
        Report r = new Report(base.period(), base.previousPeriods(), base.scopes(), base.locale(), base.generatedOn(),
                base.results(), base.data(), List.of(), List.of(), List.of(), 5);
        assertThat(text(brief(r))).contains("Aucune citation datée de la période n’a été recueillie avec l’accord de son auteur.");
    }

    @Test
    void englishBrief() {
        String text = text(brief(Fixtures.report(Locale.ENGLISH)));
        assertThat(text).contains("The largest change", "Intervention days: 33.5 days, up 6.5 days on the previous quarter (27 days).",
                "Quality: 4.2 out of 5 (session satisfaction).", "Mulhouse: “Carte Max”", "An officer, Paris, 5 February 2020");
        assertThat(text).doesNotContain(NB + ":").doesNotContain("«");
    }

    @Test
    void whatResistsIsSaidBrieflyWithWhyItIsRed() {
        String text = text(brief(Fixtures.report(Locale.FRENCH)));
        assertThat(text).contains("Ambassadeurs actifs" + NB + ": 38, deux de plus qu’au trimestre précédent\u202F; hors cible (rouge), pour des repères 18–22 / 15–17 ou 23–25 / sinon.")
                .contains("Paris — taux de présence" + NB + ": 58" + NB + "%");
    }

    @Test
    void theMastheadSaysWhoReportsAndWhenTheDataStopsNeverAnInventedDateOfWriting() {
        Report base = Fixtures.report(Locale.FRENCH);
        java.util.function.Function<org.recits.api.report.ReportIdentity, Doc.Masthead> masthead = id -> new NarrativeBuilder(
                new Report(base.period(), base.previousPeriods(), base.scopes(), base.locale(), base.generatedOn(),
                        base.results(), base.data(), base.quotes(), List.of(), List.of(), 5, id), List.of()).build().masthead;
        Doc.Masthead full = masthead.apply(new org.recits.api.report.ReportIdentity("Labo d'Alsace", "Ville de Mulhouse",
                "anne@labo.example", LocalDate.of(2020, 4, 15), LocalDate.of(2020, 3, 3), null));
        assertThat(full.lab()).isEqualTo("Labo d’Alsace");
        assertThat(full.lines()).containsExactly("Pour Ville de Mulhouse", "Rapport du 15 avril 2020",
                "Données arrêtées au 3 mars 2020", "Contact" + NB + ": anne@labo.example");
        // without rapport.properties: the data's date only, and the generation date is never shown as a writing date
        assertThat(masthead.apply(org.recits.api.report.ReportIdentity.NONE.withDataUpTo(LocalDate.of(2020, 3, 3))).lines())
                .containsExactly("Données arrêtées au 3 mars 2020");
        assertThat(masthead.apply(org.recits.api.report.ReportIdentity.NONE).lines()).isEmpty();
        assertThat(masthead.apply(org.recits.api.report.ReportIdentity.NONE).lab()).isNull();
    }

    /** Every word of the blocks: paragraphs, messages' titles and sentences, quotes and their attribution. */
    static String text(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Para p) {
                p.sentences().forEach(s -> out.append(s.text()).append('\n'));
            } else if (b instanceof KeyMessages k) {
                k.messages().forEach(m -> out.append(m.title()).append('\n').append(m.text().text()).append('\n'));
            } else if (b instanceof QuoteBlock q) {
                out.append(q.text()).append(" — ").append(q.who()).append('\n');
            } else if (b instanceof Doc.Heading h) {
                out.append(h.text()).append('\n');
            }
        }
        return out.toString();
    }
}
