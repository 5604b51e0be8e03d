package org.recits.report.excel.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.recits.tabular.PersonalIds;

/**
 * Survey respondents' ids as the records tables publish them. The readers already replace an id that looks
 * like an e-mail address, a phone number or a name by a stable pseudonym; a survey tool's access token or
 * submission id (LimeSurvey's token, KoBoToolbox's uuid) is not personal in itself but lets whoever holds the
 * tool's export find the person's whole response, so it gets the same pseudonym here. Short codes
 * ({@code 12}, {@code R-004}) stay as they are. The pseudonym is the readers' ({@link PersonalIds#pseudonym}):
 * unkeyed, so whoever knows an original id can find its pseudonym; a keyed one needs a key the lab keeps.
 */
final class Respondents {

    /** Shorter ids are kept: a response number, a lab's own code. */
    static final int TOKEN_MIN_LENGTH = 10;

    /** By original id: a respondent's answers come one after another, and a pseudonym costs a SHA-256. */
    private final Map<String, String> published = new ConcurrentHashMap<>();

    /** The id to publish for {@code id} (null stays null). */
    String published(String id) {
        if (id == null) {
            return null;
        }
        return published.computeIfAbsent(id, Respondents::publish);
    }

    private static String publish(String id) {
        String s = id.strip();
        if (s.startsWith("pseudo-")) {
            return s; // already the readers' pseudonym
        }
        return looksLikeToken(s) || PersonalIds.kind(s).isPresent() ? PersonalIds.pseudonym(s) : s;
    }

    /**
     * Ten characters or more of letters, digits, {@code -} and {@code _}, with both letters and digits: a
     * generated token or uuid rather than a code someone chose.
     */
    static boolean looksLikeToken(String id) {
        if (id.length() < TOKEN_MIN_LENGTH) {
            return false;
        }
        boolean letters = false;
        boolean digits = false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                letters = true;
            } else if (c != '-' && c != '_') {
                return false;
            }
        }
        return letters && digits;
    }
}
