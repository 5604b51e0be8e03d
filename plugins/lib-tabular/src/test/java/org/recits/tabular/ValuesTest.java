package org.recits.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ValuesTest {
    private static final LocalDate JAN_30 = LocalDate.of(2020, 1, 30);

    @ParameterizedTest
    @ValueSource(strings = {"2020-01-30", "30/01/2020", "30/01/20", "30.01.2020", "30-01-2020", " 30/01/2020 ",
            "2020-01-30T10:15:00", "2020-01-30T10:15:00.772+06:00", "2020-01-30 10:15:00", "30/01/2020 10:15"})
    void datesAsLabsWriteThem(String s) {
        assertThat(Values.date(s)).isEqualTo(JAN_30);
    }

    @Test
    void shortDayAndMonth() {
        assertThat(Values.date("1/2/2021")).isEqualTo(LocalDate.of(2021, 2, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankDateIsNull(String s) {
        assertThat(Values.date(s)).isNull();
        assertThat(Values.date(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"30/02/2020", "2020-13-01", "janvier 2020", "30/01-2020", "01/30/2020", "2020/01/30x",
            "30012020", "abc"})
    void badDatesThrow(String s) {
        assertThatThrownBy(() -> Values.date(s)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
            "2,5=2.5", "2.5=2.5", "1 234,56=1234.56", "1 234,56 €=1234.56", "1\u00A0234,56=1234.56",
            "1\u202F234,56 €=1234.56", "1.234,56=1234.56", "-3=-3", "+4=4", "10000,00=10000.00", "0,5=0.5",
            "200.000.000=200000000", "1,234.56=1234.56", "1,234,567=1234567", "\u22122,5=-2.5", "12€=12"})
    void decimalsAsLabsWriteThem(String s, String expected) {
        assertThat(Values.decimal(s)).isEqualByComparingTo(expected);
    }

    @Test
    void blankDecimalIsNull() {
        assertThat(Values.decimal(" ")).isNull();
        assertThat(Values.decimal(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1,2,3", "1e5", "12 ans", "1.2.3", "--1", "1,2.3,4", "NaN", "€", "1,5,"})
    void badDecimalsThrow(String s) {
        assertThatThrownBy(() -> Values.decimal(s)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
            "Date début=date_debut", " Date  de fin =date_de_fin", "ID-Session=id_session",
            "N° d’ordre=n°_d_ordre", "jours.présents=jours_presents", "Élu(e)=elu(e)", "L'équipe=l_equipe",
            "MONTANT_EUR=montant_eur", "\uFEFFcollectivite=collectivite", "Météo__du groupe=meteo_du_groupe"})
    void headerNormalisation(String in, String expected) {
        assertThat(Values.normalizeHeader(in)).isEqualTo(expected);
    }

    @Test
    void listsSplitOnPipeAndTheOtherSeparators() {
        assertThat(Values.list("CAS1 | CAS2|  ", ';')).containsExactly("CAS1", "CAS2");
        assertThat(Values.list("a;b, c", ';')).containsExactly("a;b", "c");
        assertThat(Values.list("a;b, c", ',')).containsExactly("a", "b, c");
        assertThat(Values.list("a;b, c|d", '\t')).containsExactly("a", "b", "c", "d");
        assertThat(Values.list("", ';')).isEmpty();
        assertThat(Values.list(null, ';')).isEmpty();
    }
}
