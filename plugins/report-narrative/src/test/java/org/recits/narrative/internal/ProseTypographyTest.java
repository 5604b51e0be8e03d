package org.recits.narrative.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.recits.api.indicator.Detail;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Interval;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Scope;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.Report;
import org.recits.narrative.internal.Doc.Block;
import org.recits.testkit.Typography;

/**
 * Every kind of sentence the narrative writes, generated for every unit, every standing against a target,
 * rises, falls and equal values, thin and large n, intervals, details, notes, n/d, masked and protecting
 * values, in both languages, keeps the language's typography ({@link Typography}) and says no code; the
 * texts plugins give are written as they do (ordinary spaces before « % », guillemets round a code), as
 * the narrative must put them right.
 */
class ProseTypographyTest {

    /** Bands as an indicator plugin writes them, in French typography or not. */
    private static final TargetBand BANDS = TargetBand.of(List.of(Interval.atLeast(100)), List.of(Interval.closedOpen(50, 100)),
            LocalizedText.of("≥ 100 % / 50–100 % / < 50 %", "≥ 100% / 50–100% / < 50%"));
    private static final TargetBand SHARE = TargetBand.of(List.of(Interval.atLeast(0.8)), List.of(Interval.closedOpen(0.65, 0.8)),
            LocalizedText.of("≥ 80 % / 65–80 % / < 65 %", "≥ 80% / 65–80% / < 65%"));

    private static List<IndicatorResult> everyKind() {
        List<IndicatorResult> out = new ArrayList<>();
        int i = 0;
        for (Unit unit : Unit.values()) {
            TargetBand band = unit == Unit.PERCENT ? SHARE : BANDS;
            double[][] pairs = unit == Unit.PERCENT ? new double[][] {{0.82, 0.78}, {0.5849, 0.7051}, {0.9, 0.9}, {0.3, 0.0}}
                    : new double[][] {{12345.678, 11000.2}, {4.04, 4.19}, {3, 3}, {150, 60}};
            for (double[] p : pairs) {
                IndicatorDefinition d = Fixtures.def("GEN_" + unit + "_" + i++, "Indicateur d'essai « " + unit.ordinal() + " »",
                        "Test indicator “" + unit.ordinal() + "”", unit, ValueFamily.values()[i % ValueFamily.values().length], band);
                IndicatorValue v = IndicatorValue.of(p[0], band).withPopulation(i % 2 == 0 ? 12345 : 7)
                        .withInterval(p[0] * 0.9, p[0] * 1.1)
                        .withDetail(Detail.sampleSize(i % 3 == 0 ? 2 : 1234, LocalizedText.of("réponses comptées", "answers counted")))
                        .withDetail(new Detail("x", LocalizedText.of("Part des réponses ≥ 4", "Share of answers ≥ 4"), 0.63, Unit.PERCENT))
                        .withDetail(Detail.named("financeur:Banque des Territoires", "Banque des Territoires", 1200, Unit.EUR))
                        // the same in both languages but words of the plugin: a common noun, not a name
                        .withDetail(new Detail("y", LocalizedText.of("Sessions comptées"), 4, Unit.COUNT))
                        .withNote(LocalizedText.of("programme : somme des collectivités ; la cible vaut par collectivité.",
                                "programme: sum of the collectivités; the target is per collectivité."));
                for (Scope s : List.of(Fixtures.PROG, Fixtures.MUL)) {
                    out.add(Fixtures.result(d, s, new Observation(Fixtures.P, v, false), p[1], List.of()));
                }
            }
            IndicatorDefinition nd = Fixtures.def("GEN_ND_" + unit, "Sans valeur", "No value", unit, ValueFamily.QUALITE, band);
            out.add(Fixtures.result(nd, Fixtures.PROG, new Observation(Fixtures.P, IndicatorValue.notComputable(
                    LocalizedText.of("aucune réponse « qualite » datée dans la période", "no dated « qualite » answer"), band),
                    false), null, List.of()));
            out.add(Fixtures.result(nd, Fixtures.MUL, new Observation(Fixtures.P, IndicatorValue.of(3, band).withPopulation(3),
                    true), null, List.of()));
            out.add(Fixtures.result(nd, Fixtures.PAR, new Observation(Fixtures.P, IndicatorValue.of(3, band).withPopulation(30),
                    true, true), null, List.of()));
        }
        return out;
    }

    private static List<String> texts(Locale locale) {
        Report base = Fixtures.report(locale);
        List<IndicatorResult> results = new ArrayList<>(base.results());
        results.addAll(everyKind());
        Report r = new Report(base.period(), base.previousPeriods(), base.scopes(), locale, base.generatedOn(), results,
                base.data(), base.quotes(), List.of(), List.of(), 5);
        Doc doc = new NarrativeBuilder(r, List.of()).build();
        List<String> out = new ArrayList<>(List.of(doc.title, doc.subtitle));
        out.addAll(doc.masthead.lines());
        for (Block b : doc.blocks) {
            if (b instanceof Doc.Para p) {
                p.sentences().forEach(s -> out.add(s.text()));
            } else if (b instanceof Doc.Heading h) {
                out.add(h.text());
            } else if (b instanceof Doc.KeyFigures k) {
                k.figures().forEach(f -> out.add(f.figure() + " " + f.label()));
            } else if (b instanceof Doc.KeyMessages k) {
                k.messages().forEach(m -> out.add(m.title() + " " + m.text().text()));
            } else if (b instanceof Doc.QuoteBlock q) {
                out.add(q.marked() + " — " + q.who());
            } else if (b instanceof Doc.Notes n) {
                n.notes().forEach(note -> out.add(note.text()));
            }
        }
        return out;
    }

    @Test
    void everyFrenchSentenceKeepsFrenchTypography() {
        List<String> texts = texts(Locale.FRENCH);
        assertThat(texts).hasSizeGreaterThan(100);
        List<String> problems = texts.stream().flatMap(t -> Typography.problems(t, false).stream()).toList();
        assertThat(problems).isEmpty();
        // the figures as a reader expects them: thousands, decimals, percentages
        assertThat(String.join("\n", texts)).contains("12\u202F345,7").contains("82\u00A0%").contains("(n\u00A0=\u00A02, peu de données)");
        // a funder's name keeps its capital inside the parenthesis; before, « banque des Territoires »
        assertThat(String.join("\n", texts)).contains("Banque des Territoires\u00A0:").doesNotContain("banque des Territoires")
                .contains("part des réponses ≥ 4").contains("sessions comptées\u00A0: 4").doesNotContain("Sessions comptées");
    }

    @Test
    void everyEnglishSentenceIsEnglish() {
        List<String> texts = texts(Locale.ENGLISH);
        List<String> problems = texts.stream().flatMap(t -> Typography.problems(t, true).stream()).toList();
        assertThat(problems).isEmpty();
        assertThat(String.join("\n", texts)).contains("12,345.7").contains("82%");
    }

    @Test
    void noCodeOutsideTheNotes() {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            Report base = Fixtures.report(locale);
            List<IndicatorResult> results = new ArrayList<>(base.results());
            results.addAll(everyKind());
            Report r = new Report(base.period(), base.previousPeriods(), base.scopes(), locale, base.generatedOn(),
                    results, base.data(), base.quotes(), List.of(), List.of(), 5);
            Doc doc = new NarrativeBuilder(r, List.of()).build();
            String text = BriefTest.text(doc.blocks);
            assertThat(java.util.regex.Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b").matcher(text).find()).isFalse();
        }
    }
}
