package org.recits.api.text;

import java.util.regex.Pattern;

/**
 * The spaces of French typography, put where a text written with ordinary spaces needs them: a no-break
 * space before « : », « % », « € » and « » » and after « « », a narrow no-break space before « ; », « ! » and
 * « ? ». So a line never begins with « : » or « » », in a console, a cell or a chart's title.
 *
 * <p>Only an ordinary space already there is changed, and « « » / « » » get theirs: a colon with no space
 * before it (« 10:30 », « mesure:code », « https: »), « (€) » or « 95% » are left as written, since they are
 * not prose. Applying it twice gives the same text.
 */
public final class Typesetting {

    private static final Pattern BEFORE_HIGH = Pattern.compile(" ([:%€»])");
    private static final Pattern BEFORE_LOW = Pattern.compile(" ([;!?])");
    private static final Pattern OPENING = Pattern.compile("«[ \u00A0\u202F]?");
    private static final Pattern GLUED_CLOSING = Pattern.compile("(?<=[^\\s\u00A0\u202F])»");

    private Typesetting() {
    }

    /**
     * {@code text} with the spaces French typography wants.
     *
     * @param text a French text, or null
     * @return the text with its no-break spaces; null for null
     */
    public static String french(String text) {
        if (text == null || text.indexOf(' ') < 0 && text.indexOf('«') < 0 && text.indexOf('»') < 0) {
            return text;
        }
        String t = OPENING.matcher(text).replaceAll("«\u00A0");
        t = BEFORE_HIGH.matcher(t).replaceAll("\u00A0$1");
        t = GLUED_CLOSING.matcher(t).replaceAll("\u00A0»");
        return BEFORE_LOW.matcher(t).replaceAll("\u202F$1");
    }
}
