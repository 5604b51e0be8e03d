package org.recits.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorRoles;
import org.recits.api.model.LocalizedText;

/**
 * The typography a reader expects of prose, as rules a test can check sentence by sentence: in French, a
 * no-break space before « : », « % » and « € » and inside « », a narrow one before « ; », « ! » and « ? »
 * and between thousands, the typographic apostrophe; in English, none of these, and no French word left.
 * Each rule names what it found, so a failure says which sentence breaks which rule.
 */
public final class Typography {

    private static final String NB = "\u00A0";
    private static final String NNB = "\u202F";
    private static final String FRENCH_WORD = "French word";
    private static final List<Rule> FRENCH = List.of(
            new Rule("espace ordinaire avant une ponctuation haute", Pattern.compile(" [:;!?»%€]")),
            new Rule("espace ordinaire après «", Pattern.compile("« ")),
            new Rule("« collé", Pattern.compile("«[^" + NB + NNB + "]")),
            new Rule("» collé", Pattern.compile("[^" + NB + NNB + "]»")),
            new Rule("deux-points sans espace", Pattern.compile("[\\p{L}\\p{N})]:(?!\\d)")),
            new Rule("point-virgule sans espace fine", Pattern.compile("[^" + NNB + "];")),
            new Rule("apostrophe droite", Pattern.compile("\\p{L}'\\p{L}")),
            new Rule("milliers sans espace fine", Pattern.compile("(?<![\\d|/-])\\d{5,}(?![\\d|/-])")),
            new Rule("milliers séparés par une espace ordinaire", Pattern.compile("\\d \\d{3}\\b")),
            new Rule("point décimal", Pattern.compile("\\d\\.\\d")),
            new Rule("espace double", Pattern.compile("  ")),
            new Rule("espace avant une virgule ou un point", Pattern.compile("\\s[,.](?!\\.)")));
    private static final List<Rule> ENGLISH = List.of(
            new Rule("no-break space before punctuation", Pattern.compile("[" + NB + NNB + "][:;!?%]")),
            new Rule("French quotation marks", Pattern.compile("[«»]")),
            new Rule("decimal comma", Pattern.compile("\\d,\\d(?!\\d{2})")),
            new Rule(FRENCH_WORD, Pattern.compile("\\b(trimestre|période|jours?|sur 5|n/d|hausse|baisse|cible|repères"
                    + "|personnes?|réponses?|vague|séances?|collectivités non|dont|programme achevé)\\b")),
            new Rule("double space", Pattern.compile("  ")));

    private Typography() {
    }

    /**
     * What breaks the rules of the language in {@code text}.
     *
     * @param text    one sentence or paragraph of prose (no markup)
     * @param english English rules rather than French ones
     * @return one line per problem: the rule and the text around it; empty when the text keeps every rule
     */
    public static List<String> problems(String text, boolean english) {
        List<String> out = new ArrayList<>();
        for (Rule r : english ? ENGLISH : FRENCH) {
            Matcher m = r.pattern().matcher(text);
            while (m.find()) {
                int from = Math.max(0, m.start() - 30);
                int to = Math.min(text.length(), m.end() + 30);
                out.add(r.name() + ": …" + text.substring(from, to).replace(NB, "⍽").replace(NNB, "·") + "…");
            }
        }
        return out;
    }

    /**
     * What breaks the rules in the texts of an indicator's definition a reader sees: label, description,
     * formula, target band, source, chart title and planned line, each in French and in English (a formula may
     * name the input's French columns). Chart
     * titles and bands reach a chart or a cell as they are written, with no prose around them to fix them.
     *
     * @param definition the definition of one indicator
     * @return one line per problem, naming the indicator, the text and the language; empty when all is right
     */
    public static List<String> problems(IndicatorDefinition definition) {
        List<LocalizedText> texts = new ArrayList<>(List.of(definition.label(), definition.description(),
                definition.formula(), definition.target().text(), definition.sourceText()));
        IndicatorRoles roles = definition.roles();
        if (roles.chart().title() != null) {
            texts.add(roles.chart().title());
        }
        if (roles.planned() != null) {
            texts.add(roles.planned().label());
        }
        List<String> out = new ArrayList<>();
        for (LocalizedText t : texts) {
            problems(t.fr(), false).forEach(p -> out.add(definition.code() + " (fr) " + p));
            // A formula names the input files' French columns (« jours », « date_debut ») in English too.
            boolean formula = t == definition.formula();
            problems(t.en(), true).stream().filter(p -> !(formula && p.startsWith(FRENCH_WORD)))
                    .forEach(p -> out.add(definition.code() + " (en) " + p));
        }
        return out;
    }

    private record Rule(String name, Pattern pattern) {
    }
}
