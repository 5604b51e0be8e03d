package org.recits.ingest.survey.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as survey tools write them, time parts ignored: ISO dates and date-times (LimeSurvey
 * {@code 2016-08-27 19:16:23}, KoBo {@code 2021-12-06T10:00:09.772+06:00}), {@code 2023/05/12 …} (Google
 * Forms in some locales), and day-first {@code 30/01/2020}, {@code 30.01.2020}, {@code 30-01-20}. Tools
 * that write month first (SurveyMonkey {@code 01/15/2018 03:45:16 AM}, Google Forms in English) are read
 * month first: the caller says so.
 */
final class Dates {

    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[T ].*)");
    private static final Pattern YMD = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:$|[ T].*)");
    private static final Pattern DMY = Pattern.compile("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})(?:$|[ T,].*)");

    private Dates() {
    }

    /**
     * @param raw        the cell
     * @param monthFirst whether {@code 01/15/2018} means January 15th
     * @return empty for a blank cell
     * @throws IllegalArgumentException for a value that is not a date
     */
    static Optional<LocalDate> parse(String raw, boolean monthFirst) {
        String s = Text.clean(raw);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)));
            }
            m = YMD.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)));
            }
            m = DMY.matcher(s);
            if (m.matches()) {
                int a = i(m, 1);
                int b = i(m, 2);
                int y = i(m, 3);
                if (m.group(3).length() == 2) {
                    y += 2000; // survey answers are from this century
                }
                return Optional.of(monthFirst ? LocalDate.of(y, a, b) : LocalDate.of(y, b, a));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(s, e);
        }
        throw new IllegalArgumentException(s);
    }

    private static int i(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }
}
