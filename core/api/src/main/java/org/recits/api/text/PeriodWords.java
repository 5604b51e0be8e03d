package org.recits.api.text;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import org.recits.api.model.Period;

/**
 * A period and a day said in words, the same in every output read by people (the narrative's prose, the
 * charts' titles and axes): « 1er trimestre 2021 », « Q1 2021 » in English, never the file names' code
 * {@code 2021-T1}. The words are this package's {@code periods.properties} (French, the base) and
 * {@code periods_en.properties}.
 *
 * <p>Holds nothing but the texts of one language; keep one per output.
 */
public final class PeriodWords {

    private final Messages texts;

    private PeriodWords(Messages texts) {
        this.texts = texts;
    }

    /**
     * The words of one language.
     *
     * @param locale the output's language; anything but English gives French
     * @return the words
     */
    public static PeriodWords of(Locale locale) {
        return new PeriodWords(Messages.of(PeriodWords.class, "periods", locale));
    }

    /**
     * The language of these words.
     *
     * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}
     */
    public Locale locale() {
        return texts.locale();
    }

    /**
     * The period as a sentence names it, without article or preposition: « 1er trimestre 2021 »,
     * « 2021 », « mars 2021 », « 1er juin 2019 au 31 octobre 2020 »; « Q1 2021 », « March 2021 »,
     * « 1 June 2019 to 31 October 2020 ».
     *
     * @param p the period
     * @return its name
     */
    public String name(Period p) {
        String year = Integer.toString(p.start().getYear());
        return switch (p.kind()) {
            case QUARTER -> texts.get("quarter." + quarter(p), year);
            case YEAR -> year;
            case MONTH -> texts.get("month", month(p.start()), year);
            case RANGE -> texts.get("range", date(p.start()), date(p.end()));
        };
    }

    /**
     * The period as an axis or a table's column says it, shorter where a name is long: « T1 2021 »,
     * « Q1 2021 »; a year, a month and a range of days as {@link #name}.
     *
     * @param p the period
     * @return its short name
     */
    public String shortName(Period p) {
        return p.kind() == Period.Kind.QUARTER
                ? texts.get("quarter.short", Integer.toString(quarter(p)), Integer.toString(p.start().getYear()))
                : name(p);
    }

    /**
     * The periods from {@code from} to {@code to}, both included: « du 1er trimestre 2020 au 1er trimestre
     * 2021 », « de 2019 à 2021 », « d’avril 2020 à mars 2021 »; « from Q1 2020 to Q1 2021 ». Ranges of days
     * go from the first one's first day to the last one's last.
     *
     * @param from the first period
     * @param to   the last period, of the same kind
     * @return the span in words
     */
    public String span(Period from, Period to) {
        Objects.requireNonNull(to, "to");
        return switch (from.kind()) {
            case QUARTER -> texts.get("span.quarter", name(from), name(to));
            case YEAR -> texts.get("span.year", name(from), name(to));
            case MONTH -> {
                String first = name(from);
                // French elides « de » before a vowel: « d’avril », « d’août », « d’octobre ».
                yield texts.get(texts.get("span.elision").indexOf(Character.toLowerCase(first.charAt(0))) >= 0
                        ? "span.month.elided" : "span.month", first, name(to));
            }
            case RANGE -> texts.get("span.range", date(from.start()), date(to.end()));
        };
    }

    /**
     * A day in words: « 31 mars 2021 », « 1er avril 2021 »; « 31 March 2021 », « 1 April 2021 ».
     *
     * @param d the day
     * @return the day in words
     */
    public String date(LocalDate d) {
        String day = d.getDayOfMonth() == 1 ? texts.get("date.firstDay") : Integer.toString(d.getDayOfMonth());
        return texts.get("date", day, month(d), Integer.toString(d.getYear()));
    }

    private String month(LocalDate d) {
        return texts.get("month." + d.getMonthValue());
    }

    private static int quarter(Period p) {
        return (p.start().getMonthValue() - 1) / 3 + 1;
    }
}
