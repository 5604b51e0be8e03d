package org.recits.tabular;

import java.util.Map;

/**
 * Decodes the HTML entities survey tools leave in exported headers and labels (LimeSurvey and Framaforms
 * export question texts as stored, {@code Qualit&eacute; &amp; d&eacute;lais}, {@code L&#39;accueil}).
 *
 * @since 1.2
 */
public final class HtmlEntities {

    /** The named entities such texts use: markup, quotes, dashes, and the accented letters of French. */
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"),
            Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("hellip", "…"), Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("euro", "€"),
            Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("ecirc", "ê"), Map.entry("euml", "ë"),
            Map.entry("agrave", "à"), Map.entry("acirc", "â"), Map.entry("auml", "ä"), Map.entry("icirc", "î"),
            Map.entry("iuml", "ï"), Map.entry("ocirc", "ô"), Map.entry("ouml", "ö"), Map.entry("ugrave", "ù"),
            Map.entry("ucirc", "û"), Map.entry("uuml", "ü"), Map.entry("ccedil", "ç"), Map.entry("oelig", "œ"),
            Map.entry("Eacute", "É"), Map.entry("Egrave", "È"), Map.entry("Ecirc", "Ê"), Map.entry("Agrave", "À"),
            Map.entry("Ccedil", "Ç"), Map.entry("OElig", "Œ"));

    private HtmlEntities() {
    }

    /**
     * Decodes the entities of a text.
     *
     * @param s a text, not null
     * @return the text with {@code &name;}, {@code &#39;} and {@code &#x27;} decoded; unknown entities stay as written
     */
    public static String decode(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s; // nearly every cell: no copy
        }
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, amp);
        int i = amp;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i + 1) : -1;
            String decoded = semi > i + 1 && semi - i <= 10 ? entity(s.substring(i + 1, semi)) : null;
            if (decoded == null) {
                b.append(c);
                i++;
            } else {
                b.append(decoded);
                i = semi + 1;
            }
        }
        return b.toString();
    }

    /**
     * Whether {@code &name;} is an entity this class decodes, so that its {@code ;} is no separator.
     *
     * @param name what comes between {@code &} and {@code ;}
     * @return true for a known name or a character number
     */
    public static boolean isEntity(String name) {
        return entity(name) != null;
    }

    private static String entity(String name) {
        if (name.startsWith("#")) {
            try {
                int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NAMED.get(name);
    }
}
