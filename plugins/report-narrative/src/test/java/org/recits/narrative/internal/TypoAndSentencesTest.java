package org.recits.narrative.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recits.narrative.internal.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.recits.api.model.LocalizedText;
import org.recits.api.report.IndicatorResult;
import org.recits.narrative.internal.Doc.Sentence;

class TypoAndSentencesTest {

    private static final String NB = "\u00A0";   // before « : », « % », « € »
    private static final String NN = "\u202F";   // thousands, before « ; »

    private final Typo fr = new Typo(Locale.FRENCH);
    private final Typo en = new Typo(Locale.ENGLISH);

    @Test
    void pluralsFollowEachLanguage() {
        assertThat(fr.count(1, "count.session.one", "count.session.many")).isEqualTo("1 session");
        assertThat(fr.count(3, "count.session.one", "count.session.many")).isEqualTo("3 sessions");
        assertThat(fr.count(1.5, "count.day.one", "count.day.many")).isEqualTo("1,5 jour");   // French: singular below 2
        assertThat(fr.count(2, "count.day.one", "count.day.many")).isEqualTo("2 jours");
        assertThat(en.count(1.5, "count.day.one", "count.day.many")).isEqualTo("1.5 days");    // English: plural unless exactly 1
        assertThat(en.count(1, "count.day.one", "count.day.many")).isEqualTo("1 day");
        assertThat(fr.value(1, org.recits.api.indicator.Unit.RANK)).isEqualTo("1re session");
        assertThat(fr.value(5, org.recits.api.indicator.Unit.RANK)).isEqualTo("5e session");
    }

    @Test
    void numberTypography() {
        assertThat(fr.number(12345.5, 1)).isEqualTo("12" + NN + "345,5");
        assertThat(fr.percent(0.82)).isEqualTo("82" + NB + "%");
        assertThat(fr.euros(200000)).isEqualTo("200" + NN + "000" + NB + "€");
        assertThat(en.number(12345.5, 1)).isEqualTo("12,345.5");
        assertThat(en.percent(0.82)).isEqualTo("82%");
        assertThat(en.euros(200000)).isEqualTo("€200,000");
    }

    @Test
    void datesAndPeriodsInWords() {
        assertThat(fr.date(LocalDate.of(2020, 3, 31))).isEqualTo("31 mars 2020");
        assertThat(fr.date(LocalDate.of(2020, 4, 1))).isEqualTo("1er avril 2020");
        assertThat(en.date(LocalDate.of(2020, 3, 31))).isEqualTo("31 March 2020");
        assertThat(fr.inPeriod(P)).isEqualTo("au 1er trimestre 2020");
        assertThat(en.inPeriod(P)).isEqualTo("in Q1 2020");
        assertThat(fr.thanPrevious(P)).isEqualTo("qu’au trimestre précédent");
        assertThat(fr.thanPrevious(org.recits.api.model.Period.year(2020))).isEqualTo("que l’année précédente");
    }

    private static String generic(IndicatorResult r, Locale locale) {
        return new Sentences(report(locale), new Typo(locale)).generic(r);
    }

    @Test
    void countUpEqualAndTarget() {
        // 38 − 36 = +2 → « deux de plus »; 38 is outside 18–22 and 15–17/23–25 → rouge
        assertThat(generic(result(AMB, PROG, 38.0, 36.0), Locale.FRENCH)).isEqualTo(
                "Ambassadeurs actifs" + NB + ": 38, deux de plus qu’au trimestre précédent" + NN
                        + "; hors cible (rouge), pour des repères 18–22 / 15–17 ou 23–25 / sinon.");
        // 20 = 20 → « autant »; 20 in 18–22 → vert
        assertThat(generic(result(AMB, PAR, 20.0, 20.0), Locale.FRENCH))
                .startsWith("Ambassadeurs actifs" + NB + ": 20, autant qu’au trimestre précédent" + NN + "; dans la cible (vert");
        // 16 − 17 = −1 → « un de moins »
        assertThat(generic(result(AMB, PAR, 16.0, 17.0), Locale.FRENCH)).contains("16, un de moins qu’au trimestre précédent");
    }

    @Test
    void aNoteEndingASentenceDoesNotDoubleTheFullStop() {
        IndicatorResult r = result(AMB, PROG, 38.0, 36.0);
        var withNote = new IndicatorResult(r.definition(), r.provider(), r.scope(),
                new org.recits.api.report.Observation(r.current().period(), r.current().value().withNote(
                        org.recits.api.model.LocalizedText.of("Somme des collectivités (10).", "Sum (10).")), false),
                r.previous());
        assertThat(generic(withNote, Locale.FRENCH)).endsWith("sinon. En détail" + NB + ": somme des collectivités (10).")
                .doesNotContain("..");
    }

    @Test
    void percentUpDownEqualInPoints() {
        // 82 % − 78 % = +4 points
        assertThat(generic(result(ATT, PROG, 0.82, 0.78), Locale.FRENCH)).isEqualTo(
                "Taux de présence" + NB + ": 82" + NB + "%, en hausse de 4 points par rapport au trimestre précédent (78"
                        + NB + "%)" + NN + "; dans la cible (vert), pour des repères ≥ 80" + NB + "% / 65–80" + NB + "% / < 65" + NB + "%.");
        // 58 % − 70 % = −12 points, below 65 % → rouge
        assertThat(generic(result(ATT, PAR, 0.58, 0.70), Locale.FRENCH))
                .contains("58" + NB + "%, en baisse de 12 points par rapport au trimestre précédent (70" + NB + "%)")
                .contains("hors cible (rouge");
        // 79 % − 78 % = +1 point: singular
        assertThat(generic(result(ATT, PAR, 0.79, 0.78), Locale.FRENCH)).contains("en hausse de 1 point par rapport");
        assertThat(generic(result(ATT, PAR, 0.82, 0.82), Locale.FRENCH))
                .contains("82" + NB + "%, stable par rapport au trimestre précédent (82" + NB + "%)");
    }

    @Test
    void missingAndSuppressedSaidPlainly() {
        assertThat(generic(result(DEM, PROG, null, null), Locale.FRENCH))
                .isEqualTo("Voix des agents — n/d" + NB + ": aucune réponse à l’enquête.");
        IndicatorResult hidden = results().stream().filter(r -> r.scope().equals(PAR)
                && r.definition().code().equals("QUAL_SESSION_SATISFACTION")).findFirst().orElseThrow();
        String s = generic(hidden, Locale.FRENCH);
        assertThat(s).isEqualTo("Satisfaction des sessions" + NB + ": chiffre masqué (moins de 5 personnes).");
        assertThat(s).doesNotContain("4,7");
        IndicatorResult protector = new IndicatorResult(hidden.definition(), hidden.provider(), hidden.scope(),
                hidden.current().hiddenToProtectAnother(), hidden.previous(), List.of());
        assertThat(generic(protector, Locale.FRENCH))
                .isEqualTo("Satisfaction des sessions" + NB + ": chiffre masqué pour protéger un petit groupe.");
        assertThat(generic(protector, Locale.ENGLISH)).isEqualTo("Session satisfaction: figure withheld to protect a small group.");
        // no comparison with a previous value that is n/d
        assertThat(generic(result(SAT, MUL, 4.1, null), Locale.FRENCH)).isEqualTo("Satisfaction des sessions" + NB + ": 4,1 sur 5.");
    }

    @Test
    void indicatorSentencesFirstWithCodeAndPeriod() {
        IndicatorResult r = result(AMB, MUL, obs(P, 18.0, AMB_BAND), 16.0,
                List.of(LocalizedText.of("18 ambassadeurs actifs sur 20 attendus.", "18 active ambassadors out of 20 expected.")));
        List<Sentence> s = new Sentences(report(Locale.FRENCH), fr).about(r);
        assertThat(s).extracting(Sentence::text).containsExactly("18 ambassadeurs actifs sur 20 attendus.");
        assertThat(s.get(0)).extracting(Sentence::source, Sentence::period).containsExactly("PART_ACTIVE_AMBASSADORS", "2020-T1");
        List<Sentence> e = new Sentences(report(Locale.ENGLISH), en).about(r);
        assertThat(e.get(0).text()).isEqualTo("18 active ambassadors out of 20 expected.");
        assertThat(e.get(0)).extracting(Sentence::source, Sentence::period).containsExactly("PART_ACTIVE_AMBASSADORS", "2020-Q1");
        // a result without sentences gets the generic one, with its reference
        Sentence g = new Sentences(report(Locale.FRENCH), fr).about(result(DAYS, PROG, 33.5, 27.0)).get(0);
        // 33,5 − 27 = 6,5 days
        assertThat(g.text()).isEqualTo("Jours d’intervention" + NB + ": 33,5 jours, en hausse de 6,5 jours par rapport au trimestre précédent (27 jours).");
        assertThat(g).extracting(Sentence::source, Sentence::period).containsExactly("PROT_INTERVENTION_DAYS", "2020-T1");
    }

    @Test
    void english() {
        assertThat(generic(result(ATT, PROG, 0.82, 0.78), Locale.ENGLISH)).isEqualTo(
                "Attendance rate: 82%, up 4 points on the previous quarter (78%); on target (green), against bands ≥ 80 % / 65–80 % / < 65 %.");
        assertThat(generic(result(AMB, PROG, 38.0, 36.0), Locale.ENGLISH)).isEqualTo(
                "Active ambassadors: 38, two more than in the previous quarter; off target (red), against bands 18–22 / 15–17 or 23–25 / otherwise.");
        assertThat(generic(result(AMB, PAR, 20.0, 20.0), Locale.ENGLISH)).contains("20, the same as in the previous quarter");
    }
}
