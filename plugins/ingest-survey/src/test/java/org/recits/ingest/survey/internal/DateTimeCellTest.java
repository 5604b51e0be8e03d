package org.recits.ingest.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A date-time cell read from its date part gives what reading the whole cell gives. */
class DateTimeCellTest {

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> day = Combinators.combine(Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 19), Arbitraries.integers().between(0, 39))
                .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
        Arbitrary<String> sep = Arbitraries.of("T", " ", "/", "", "x");
        Arbitrary<String> rest = Arbitraries.strings().withChars("0123456789:.+-TZ \n\r\u0085\u2028\u2029\u00A0ab")
                .ofMaxLength(14);
        return Combinators.combine(day, sep, rest).as((d, s, r) -> d + s + r);
    }

    @Property(tries = 2000)
    void theDatePartGivesTheWholeCellsDate(@ForAll("cells") String cell) {
        Memo<ParsedDate> memo = new Memo<>(raw -> ParsedDate.of(raw, false));
        ParsedDate fromPart = ParsedDate.dateOfDateTime(cell, memo);
        if (fromPart != null) {
            assertThat(fromPart).isEqualTo(ParsedDate.of(cell, false));
        }
    }

    @Test
    void koboTimesAreReadFromTheirDay() {
        Memo<ParsedDate> memo = new Memo<>(raw -> ParsedDate.of(raw, false));
        ParsedDate d = ParsedDate.dateOfDateTime("2021-12-06T10:00:09.772+06:00", memo);
        assertThat(d).isEqualTo(ParsedDate.of("2021-12-06", false));
        assertThat(d.date()).hasToString("2021-12-06");
        // the memo now knows the day, not the time
        assertThat(ParsedDate.dateOfDateTime("2021-12-06T23:59:59.000+01:00", memo)).isSameAs(d);
        assertThat(ParsedDate.dateOfDateTime("2021-02-30T10:00:00", memo)).isNull();
        assertThat(ParsedDate.dateOfDateTime("2021-12-06T10:00\n:00", memo)).isNull();
        assertThat(ParsedDate.dateOfDateTime("2021-12-06", memo)).isNull();
    }
}
