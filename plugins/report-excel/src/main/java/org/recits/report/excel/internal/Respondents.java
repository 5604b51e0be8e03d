package org.recits.report.excel.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.recits.api.data.Pseudonyms;

/**
 * Survey respondents' ids as the records tables publish them: every one under its keyed pseudonym
 * ({@link Pseudonyms}, the lab's key). A survey tool's access token or submission id (LimeSurvey's token,
 * KoBoToolbox's uuid) lets whoever holds the tool's export find the person's whole response, a short code
 * ({@code 12}, {@code R-004}) lets whoever holds the lab's list find the person: none is published as it is.
 * The same key gives the same pseudonym in every run and quarter, so a funder still follows a respondent
 * from one report to the next; without the key, an id does not give its pseudonym.
 */
final class Respondents {

    /** What the readers already put in place of an id that looked like personal data. */
    private static final Pattern PSEUDONYM = Pattern.compile("pseudo-[0-9a-f]{16}");

    private final Pseudonyms pseudonyms;
    /** By original id: a respondent's answers come one after another, and a pseudonym costs an HMAC. */
    private final Map<String, String> published = new ConcurrentHashMap<>();

    Respondents(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    /** The id to publish for {@code id} (null stays null). */
    String published(String id) {
        if (id == null) {
            return null;
        }
        return published.computeIfAbsent(id, this::publish);
    }

    private String publish(String id) {
        String s = id.strip();
        // the readers' pseudonym, under the same key: a second one would only hide that it is the same person
        return PSEUDONYM.matcher(s).matches() ? s : pseudonyms.of(s);
    }
}
