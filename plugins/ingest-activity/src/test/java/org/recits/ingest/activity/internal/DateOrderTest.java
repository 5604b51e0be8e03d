package org.recits.ingest.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;

/** Day/month order decided per column, never cell by cell; dates that cannot be real, said once per column. */
class DateOrderTest {
    @TempDir
    Path dir;

    private static final String HEAD = "collectivite;session;date_debut;jours\n";

    private Dataset sessions(String... dates) throws IOException {
        StringBuilder b = new StringBuilder(HEAD);
        for (int i = 0; i < dates.length; i++) {
            b.append("mulhouse;S").append(i + 1).append(';').append(dates[i]).append(";1\n");
        }
        return new Lab(dir).file("sessions.csv", b.toString()).read();
    }

    private static List<LocalDate> days(Dataset d) {
        return d.sessions(Scope.programme()).stream().map(Session::dateDebut).toList();
    }

    @Test
    void oneDateThatCanOnlyBeMonthFirstMakesTheWholeColumnMonthFirst() throws IOException {
        Dataset d = sessions("03/04/2021", "01/15/2021", "02/05/2021");
        // before: 01/15/2021 rejected and the two others read as 3 April and 2 May, cell by cell
        assertThat(days(d)).containsExactlyInAnyOrder(LocalDate.of(2021, 3, 4), LocalDate.of(2021, 1, 15), LocalDate.of(2021, 2, 5));
        assertThat(Lab.rejected(d)).isEmpty();
        assertThat(d.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.file()).isEqualTo("sessions.csv");
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.column()).isEqualTo("date_debut");
            assertThat(f.value()).isEqualTo("01/15/2021");
            assertThat(f.reason().fr()).contains("mois/jour").contains("ligne 3");
            assertThat(f.reason().in(Locale.ENGLISH)).contains("month/day").contains("line 3");
        });
    }

    @Test
    void oneDateThatCanOnlyBeDayFirstKeepsTheColumnDayFirstWithoutAWord() throws IOException {
        Dataset d = sessions("03/04/2021", "15/01/2021");
        assertThat(days(d)).containsExactlyInAnyOrder(LocalDate.of(2021, 4, 3), LocalDate.of(2021, 1, 15));
        assertThat(d.findings()).isEmpty();
    }

    @Test
    void aColumnAmbiguousThroughoutIsReadDayFirstAndSaidOnce() throws IOException {
        Dataset d = sessions("03/04/2021", "05/02/2021", "2021-03-20", "07/08/21");
        assertThat(days(d)).containsExactlyInAnyOrder(LocalDate.of(2021, 4, 3), LocalDate.of(2021, 2, 5), LocalDate.of(2021, 3, 20),
                LocalDate.of(2021, 8, 7));
        assertThat(d.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.column()).isEqualTo("date_debut");
            assertThat(f.reason().fr()).contains("jour/mois").contains("3 dates").contains("fichiers d’activité");
            assertThat(f.reason().in(Locale.ENGLISH)).contains("day/month").contains("3 dates");
        });
    }

    @Test
    void aMixThatCannotBeResolvedIsAFindingNotAGuess() throws IOException {
        Dataset d = sessions("13/05/2021", "05/14/2021", "04/03/2021", "06/06/2021");
        // the cells that read one way only are read that way; 04/03/2021 is neither guessed nor kept
        assertThat(days(d)).containsExactlyInAnyOrder(LocalDate.of(2021, 5, 13), LocalDate.of(2021, 5, 14), LocalDate.of(2021, 6, 6));
        assertThat(Lab.rejected(d)).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(4);
            assertThat(f.value()).isEqualTo("04/03/2021");
            assertThat(f.reason().fr()).contains("indécidable").contains("lignes 2 et 3");
        });
        assertThat(Lab.warnings(d)).singleElement().satisfies(f -> {
            assertThat(f.reason().fr()).contains("mélange deux ordres").contains("13/05/2021").contains("05/14/2021");
            assertThat(f.reason().in(Locale.ENGLISH)).contains("mixes two orders");
        });
    }

    @Test
    void excelSerialNumbersInATextColumnAreReadAsDatesWithOneWarning() throws IOException {
        Dataset d = sessions("44197", "44228", "44256.5", "15/03/2021");
        // before: three rejected rows, one "unreadable date" each
        assertThat(days(d)).containsExactlyInAnyOrder(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 2, 1), LocalDate.of(2021, 3, 1),
                LocalDate.of(2021, 3, 15));
        assertThat(d.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.value()).isEqualTo("44197");
            assertThat(f.reason().fr()).contains("3 numéros de série Excel").contains("01/01/2021");
            assertThat(f.reason().in(Locale.ENGLISH)).contains("3 Excel serial numbers").contains("2021-01-01");
        });
    }

    @Test
    void anOptionalDateColumnWithNoRealDateIsLeftEmptyWithOneWarning() throws IOException {
        Dataset d = new Lab(dir).file("verbatims.csv", "collectivite,texte,date,consentement\n"
                + "mulhouse,Un,1900-01-01,oui\nmulhouse,Deux,1900-01-01,oui\nmulhouse,Trois,01/01/1900,oui\n").read();
        assertThat(d.quotes(Scope.programme())).hasSize(3).allSatisfy(q -> assertThat(q.date()).isNull());
        assertThat(d.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.column()).isEqualTo("date");
            assertThat(f.reason().fr()).contains("entre 2000 et 2099").contains("sans date");
        });
    }

    @Test
    void eachDateColumnIsDecidedOnItsOwn() throws IOException {
        // the same rule for the second column of the file, decided apart from the first
        Dataset d = new Lab(dir).file("collectivites.csv", "collectivite,nom,date_debut,date_fin\n"
                + "a,A,13/01/2020,01/02/2021\nb,B,02/03/2020,01/03/2021\n").read();
        assertThat(d.collectivites()).extracting(c -> c.dateDebut())
                .containsExactly(LocalDate.of(2020, 1, 13), LocalDate.of(2020, 3, 2));
        assertThat(d.collectivites()).extracting(c -> c.dateFin())
                .containsExactly(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 3, 1));
        assertThat(d.findings()).singleElement().satisfies(f -> assertThat(f.column()).isEqualTo("date_fin"));
    }
}
