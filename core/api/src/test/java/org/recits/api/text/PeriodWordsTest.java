package org.recits.api.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.recits.api.model.Period;

class PeriodWordsTest {

    private static final PeriodWords FR = PeriodWords.of(Locale.FRENCH);
    private static final PeriodWords EN = PeriodWords.of(Locale.ENGLISH);

    @Test
    void quartersInWordsNotCodes() {
        assertEquals("1er trimestre 2021", FR.name(Period.parse("2021-T1")));
        assertEquals("4e trimestre 2020", FR.name(Period.parse("2020-T4")));
        assertEquals("Q1 2021", EN.name(Period.parse("2021-T1")));
        assertEquals("T2 2020", FR.shortName(Period.parse("2020-T2")));
        assertEquals("Q2 2020", EN.shortName(Period.parse("2020-Q2")));
    }

    @Test
    void yearsMonthsAndRanges() {
        assertEquals("2020", FR.name(Period.year(2020)));
        assertEquals("mars 2021", FR.name(Period.month(2021, 3)));
        assertEquals("March 2021", EN.shortName(Period.month(2021, 3)));
        Period r = Period.parse("2019-06-01..2020-10-31");
        assertEquals("1er juin 2019 au 31 octobre 2020", FR.name(r));
        assertEquals("1 June 2019 to 31 October 2020", EN.name(r));
    }

    @Test
    void spansWithFrenchPrepositions() {
        assertEquals("du 1er trimestre 2020 au 1er trimestre 2021",
                FR.span(Period.parse("2020-T1"), Period.parse("2021-T1")));
        assertEquals("from Q1 2020 to Q1 2021", EN.span(Period.parse("2020-T1"), Period.parse("2021-T1")));
        assertEquals("de 2019 à 2021", FR.span(Period.year(2019), Period.year(2021)));
        assertEquals("de mars 2020 à mars 2021", FR.span(Period.month(2020, 3), Period.month(2021, 3)));
        assertEquals("d’avril 2020 à mars 2021", FR.span(Period.month(2020, 4), Period.month(2021, 3)));
        assertEquals("d’août 2020 à mars 2021", FR.span(Period.month(2020, 8), Period.month(2021, 3)));
        assertEquals("from April 2020 to March 2021", EN.span(Period.month(2020, 4), Period.month(2021, 3)));
        assertEquals("du 1er janvier 2020 au 31 mars 2021", FR.span(
                Period.range(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30)),
                Period.range(LocalDate.of(2020, 7, 1), LocalDate.of(2021, 3, 31))));
    }

    @Test
    void daysWithTheFrenchFirst() {
        assertEquals("1er avril 2021", FR.date(LocalDate.of(2021, 4, 1)));
        assertEquals("31 mars 2021", FR.date(LocalDate.of(2021, 3, 31)));
        assertEquals("1 April 2021", EN.date(LocalDate.of(2021, 4, 1)));
    }
}
