package org.recits.ingest.survey.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.recits.api.model.LocalizedText;
import org.recits.api.text.Bilingual;

/**
 * What an export was recognised as, in words a labo lead knows from the tool's own export screen: the tool,
 * and how its export was set (KoBoToolbox with labels or with XML names, LimeSurvey with question codes, texts
 * or both, SurveyMonkey's two header rows). Said by {@code recits check} and {@code recits mapping}.
 */
final class LayoutWords {

    private static final Bilingual TEXTS = Bilingual.of(LayoutWords.class);
    /** LimeSurvey "code. text" headings: {@code G01Q01. Votre satisfaction}. */
    private static final Pattern CODE_DOT_TEXT = Pattern.compile("^\\s*[A-Za-z_][A-Za-z0-9_]*(?:\\[[^\\]\\s]*\\])*\\.\\s");
    /** LimeSurvey's own columns as its "question codes" export writes them. */
    private static final Set<String> LIME_CODES = Set.of("id", "submitdate", "lastpage", "startlanguage", "seed",
            "startdate", "datestamp", "token", "ipaddr", "refurl");
    /** KoBoToolbox's own columns, not questions: they say nothing of how the questions are headed. */
    private static final Set<String> KOBO_META = Set.of("start", "end", "today", "deviceid", "username", "simserial",
            "subscriberid", "phonenumber", "audit", "__version__");

    private LayoutWords() {
    }

    /** The tool and how its export was set. */
    static LocalizedText of(Layout layout) {
        return TEXTS.get("recognised." + layout.tool().name() + style(layout));
    }

    private static String style(Layout layout) {
        return switch (layout.tool()) {
            case KOBO -> koboLabels(layout) ? ".labels" : ".names";
            case LIMESURVEY -> limeStyle(layout);
            default -> "";
        };
    }

    /** Labels are sentences; XML names are single words such as {@code group/q_satisfaction}. */
    private static boolean koboLabels(Layout layout) {
        int labels = 0;
        int names = 0;
        for (Layout.Column c : layout.columns()) {
            String h = Text.clean(c.header());
            String lower = h.toLowerCase(Locale.ROOT);
            if (h.isEmpty() || h.startsWith("_") || KOBO_META.contains(lower) || lower.startsWith("meta/")) {
                continue;
            }
            if (h.chars().anyMatch(Character::isWhitespace)) {
                labels++;
            } else {
                names++;
            }
        }
        return labels > names;
    }

    private static String limeStyle(Layout layout) {
        int codeDotText = 0;
        int codes = 0;
        for (Layout.Column c : layout.columns()) {
            String h = Text.clean(c.header());
            if (CODE_DOT_TEXT.matcher(h).find()) {
                codeDotText++;
            } else if (LIME_CODES.contains(h.toLowerCase(Locale.ROOT))) {
                codes++;
            }
        }
        return codeDotText > codes ? ".codeText" : codes > 0 ? ".codes" : ".texts";
    }
}
