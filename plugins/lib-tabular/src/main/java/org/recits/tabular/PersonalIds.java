package org.recits.tabular;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.recits.api.data.Finding;
import org.recits.api.data.Pseudonyms;
import org.recits.api.model.LocalizedText;

/**
 * Identifiers that look like personal data (an e-mail address, a phone number, a first and last name) in a
 * column that should hold pseudonymous ids (participants, survey respondents). The workbook tells funders its
 * records are pseudonymised, so such an id is replaced, wherever it is read, by its keyed pseudonym
 * ({@link Pseudonyms}, under the lab's key): the same id gives the same pseudonym in every file and every run
 * (attendance still finds its participant, waves still pair), and the column gets one warning with the count
 * and an example, masked. Both ingestors use it.
 *
 * <p>Not thread-safe: one instance per column being read.
 *
 * @since 1.2
 */
public final class PersonalIds {

    /** What a value looks like. */
    public enum Kind {
        /** {@code jean.dupont@example.org} */
        EMAIL("adresse e-mail", "e-mail address"),
        /** {@code 06 12 34 56 78}, {@code +33 6 12 34 56 78} */
        PHONE("numéro de téléphone", "phone number"),
        /** {@code Marie Dupont}, {@code DUPONT Marie}, {@code Dupont, Marie} */
        NAME("prénom et nom", "first and last name");

        private final String fr;
        private final String en;

        Kind(String fr, String en) {
            this.fr = fr;
            this.en = en;
        }
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?:\\+|00)[1-9]\\d{7,13}|0[1-9]\\d{8}");
    /** Two to four words of letters (apostrophes and hyphens inside), each of two letters or more. */
    private static final Pattern NAME = Pattern.compile(
            "\\p{L}[\\p{L}'’-]*\\p{L},?(?:\\s+\\p{L}[\\p{L}'’-]*\\p{L}){1,3}");

    private final String file;
    private final String column;
    private final Pseudonyms pseudonyms;
    private final Set<String> distinct = new HashSet<>();
    private final Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    private long rows;
    private long firstLine;
    private String example;

    /**
     * @param file       the file (or {@code file#sheet}) as shown in findings
     * @param column     the column's header as written
     * @param pseudonyms the run's ({@link org.recits.api.data.Dataset.Builder#pseudonyms()})
     * @since 2.0
     */
    public PersonalIds(String file, String column, Pseudonyms pseudonyms) {
        this.file = file;
        this.column = column;
        this.pseudonyms = Objects.requireNonNull(pseudonyms, "pseudonyms");
    }

    /**
     * What a value looks like, if it looks like personal data.
     *
     * @param id an identifier as read (trimmed or not)
     * @return the kind, or empty for an id that looks like a code
     */
    public static Optional<Kind> kind(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String s = id.strip();
        if (s.length() < 5) {
            return Optional.empty();
        }
        boolean letters = false;
        boolean digits = false;
        boolean spaces = false;
        boolean at = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '@') {
                at = true;
            } else if (Character.isDigit(c)) {
                digits = true;
            } else if (Character.isLetter(c)) {
                letters = true;
            } else if (Character.isSpaceChar(c) || c == '\t') {
                spaces = true;
            }
        }
        if (at) {
            return EMAIL.matcher(s).matches() ? Optional.of(Kind.EMAIL) : Optional.empty();
        }
        if (digits && !letters) {
            String compact = s.replaceAll("[\\s.()\\-\\u00A0]", "");
            return PHONE.matcher(compact).matches() ? Optional.of(Kind.PHONE) : Optional.empty();
        }
        if (letters && !digits && spaces) {
            return NAME.matcher(s).matches() ? Optional.of(Kind.NAME) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * An id shown without giving it away: first letters only ({@code j…@e…}, {@code M… D…}, {@code 06…78}).
     *
     * @param id the id as read
     * @return the masked id
     */
    public static String masked(String id) {
        String s = id.strip();
        Optional<Kind> k = kind(s);
        if (k.isPresent() && k.get() == Kind.EMAIL) {
            int at = s.indexOf('@');
            return s.charAt(0) + "…@" + s.charAt(at + 1) + "…";
        }
        if (k.isPresent() && k.get() == Kind.PHONE) {
            String digits = s.replaceAll("\\D", "");
            return digits.substring(0, 2) + "…" + digits.substring(digits.length() - 2);
        }
        StringBuilder b = new StringBuilder();
        for (String word : s.split("[\\s,]+")) {
            if (!word.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").appendCodePoint(word.codePointAt(0)).append('…');
            }
        }
        return b.toString();
    }

    /**
     * Reads one id of the column: the pseudonym when it looks like personal data (counted for the finding),
     * else the id unchanged.
     *
     * @param line the line it was read on
     * @param id   the id as read, trimmed; null passes through
     * @return what to keep in the dataset
     */
    public String read(long line, String id) {
        if (id == null) {
            return null;
        }
        Optional<Kind> k = kind(id);
        if (k.isEmpty()) {
            return id;
        }
        if (rows++ == 0) {
            firstLine = line;
            example = masked(id);
        }
        kinds.add(k.get());
        distinct.add(id);
        return pseudonyms.of(id);
    }

    /**
     * The column's one warning, when some of its ids looked like personal data.
     *
     * @return the finding at the first such line, its value the masked example; empty otherwise
     */
    public Optional<Finding> finding() {
        if (rows == 0) {
            return Optional.empty();
        }
        StringBuilder fr = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Kind k : kinds) {
            fr.append(fr.length() == 0 ? "" : ", ").append(k.fr);
            en.append(en.length() == 0 ? "" : ", ").append(k.en);
        }
        LocalizedText why = org.recits.tabular.internal.DateTexts.text("ids.personal",
                LocalizedText.of(fr.toString(), en.toString()), column, String.valueOf(distinct.size()),
                String.valueOf(rows));
        return Optional.of(Finding.warning(file, firstLine, column, example, why));
    }
}
