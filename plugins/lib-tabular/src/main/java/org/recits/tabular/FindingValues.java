package org.recits.tabular;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recits.api.data.Finding;
import org.recits.api.model.LocalizedText;
import org.recits.tabular.internal.DateTexts;

/**
 * What a finding may show of a cell. Findings are printed, written to the workbook's data-quality sheet and
 * sent around by e-mail, so they never carry a survey tool's token, an e-mail address or what a person wrote:
 * a value that looks like personal data or like a token is never shown, and a value from a cell that may hold
 * people's words is shown only when it is short and shaped like a label or a code. Both ingestors use it.
 *
 * @since 2.1
 */
public final class FindingValues {

    /** Longest value shown whole; a longer one is cut and ends with an ellipsis. */
    public static final int MAX = 40;
    /** Longest value shown from a cell that may hold people's words: a label, a code, a date, a number. */
    public static final int LABEL_MAX = 24;

    /**
     * A run of eight letters and digits or more, with a digit among letters or case changing twice inside: a
     * survey tool's token ({@code NQlomPer5l7Xn80}), a KoBoToolbox uuid's first part ({@code ecb015b0}), a device
     * id ({@code WV7gaSvYmLZFImhE}). Codes a lab writes ({@code cu-dunes-a99}, {@code SQ001}) and dates have
     * shorter runs, or no letters.
     */
    private static final Pattern RUN = Pattern.compile("[\\p{L}\\p{Nd}]{8,}");

    private FindingValues() {
    }

    /**
     * Whether a value looks like a token or like personal data (an e-mail address, a phone number, a first and
     * last name: {@link PersonalIds#kind}).
     *
     * @param value a cell, or null
     * @return true when a finding must not show it
     */
    public static boolean personal(String value) {
        return value != null && (PersonalIds.kind(value).isPresent() || reaching(value));
    }

    /**
     * Whether a value looks like a token, an e-mail address or a phone number: what may reach a person. A value
     * shaped like a name is not counted: in a cell that holds no people's words, « Direction des finances » or
     * « chargé de mission » are not names.
     *
     * @param value a cell, or null
     * @return true when a finding must not show it
     */
    public static boolean reaching(String value) {
        if (value == null) {
            return false;
        }
        String v = value.strip();
        if (PersonalIds.kind(v).filter(k -> k != PersonalIds.Kind.NAME).isPresent()) {
            return true;
        }
        Matcher m = RUN.matcher(v);
        while (m.find()) {
            String run = m.group();
            long digits = run.codePoints().filter(Character::isDigit).count();
            long letters = run.codePoints().filter(Character::isLetter).count();
            int switches = 0;
            for (int i = 1; i < run.length(); i++) {
                if (Character.isLowerCase(run.charAt(i - 1)) && Character.isUpperCase(run.charAt(i))) {
                    switches++;
                }
            }
            if (digits >= 1 && letters >= 2 || switches >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * A value from a cell that cannot hold people's words (a lab's code, a date, an amount), as a finding
     * shows it: cut to {@link #MAX}, or null when it looks like a token, an e-mail address or a phone number
     * ({@link #reaching}).
     *
     * @param value the raw cell, or null
     * @return the value, cut, or null
     */
    public static String cut(String value) {
        if (value == null || reaching(value)) {
            return null;
        }
        if (value.codePointCount(0, value.length()) <= MAX) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, MAX - 1)) + "…";
    }

    /**
     * A value from a cell that may hold people's words (a survey answer, any cell of a row whose cells may have
     * moved), as a finding shows it: whole when it is at most {@link #LABEL_MAX} characters and looks like
     * neither a token nor personal data, else null.
     *
     * @param value the raw cell, or null
     * @return the value stripped, or null
     */
    public static String label(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return v.codePointCount(0, v.length()) <= LABEL_MAX && !personal(v) ? v : null;
    }

    /**
     * The finding showing {@code shown} instead of its value, also wherever its reason quotes that value
     * (between « », " " or “ ”; a short value elsewhere in the text, a letter of a word, is left alone). Where
     * nothing is shown, the reason says « (valeur non affichée) ».
     *
     * @param finding the finding as the reader made it
     * @param shown   what may be shown of its value ({@link #cut}, {@link #label}), or null for nothing
     * @return the same finding when it showed no more, else one that shows less
     */
    public static Finding showing(Finding finding, String shown) {
        String raw = finding.value();
        if (raw == null || raw.equals(shown)) {
            return finding;
        }
        LocalizedText reason = finding.reason();
        String quoted = raw.strip();
        if (!quoted.isEmpty()) {
            LocalizedText hidden = DateTexts.text("value.notShown");
            String fr = shown == null ? hidden.fr() : shown;
            String en = shown == null ? hidden.en() : shown;
            reason = LocalizedText.of(requote(reason.fr(), quoted, fr), requote(reason.en(), quoted, en));
        }
        return new Finding(finding.severity(), finding.file(), finding.line(), finding.column(), shown, reason);
    }

    /** {@link #showing} with {@link #label}: a finding about a cell that may hold people's words. */
    public static Finding ofLabel(Finding finding) {
        return showing(finding, label(finding.value()));
    }

    private static String requote(String text, String value, String replacement) {
        return text.replaceAll("([«\"“][\\s\u00a0\u202f]?)" + Pattern.quote(value) + "([\\s\u00a0\u202f]?[»\"”])",
                "$1" + Matcher.quoteReplacement(replacement) + "$2");
    }
}
