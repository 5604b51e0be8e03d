package org.recits.ingest.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.model.Quote;
import org.recits.api.model.Scope;

/** What people said never reaches a finding, and only « oui » lets a quote be published: a test per quirk. */
class PersonalTextTest {
    @TempDir
    Path dir;

    private static String everything(List<Finding> fs) {
        StringBuilder b = new StringBuilder();
        for (Finding f : fs) {
            b.append(f.column()).append('|').append(f.value()).append('|').append(f.reason().fr()).append('|')
                    .append(f.reason().en()).append('\n');
        }
        return b.toString();
    }

    @Test
    void aQuoteWhoseUnquotedCommaShiftsTheRowLeavesNoWordOfItInAnyFinding() throws IOException {
        Dataset d = new Lab(dir).file("verbatims.csv", "collectivite,texte,date,consentement\n"
                + "m,Ma voisine Josiane, enfin, a pu parler au maire,12/03/2020,oui\n"
                + "m,\"Bien, rangé\",12/03/2020,oui\n").read();
        assertThat(d.findings()).isNotEmpty();
        assertThat(everything(d.findings())).doesNotContain("Josiane", "enfin", "maire", "voisine", "parler");
        assertThat(Lab.rejected(d)).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.column()).isEqualTo("date");
            assertThat(f.value()).isNull();
            assertThat(f.reason().fr()).startsWith("date illisible");
        });
        assertThat(d.quotes(Scope.programme())).extracting(Quote::texte).containsExactly("Bien, rangé");
    }

    @Test
    void aWeatherCommentIsNeverShownAndAMoodWrittenAsASentenceIsNotEither() throws IOException {
        Dataset d = new Lab(dir).file("meteo.csv", "collectivite;session;meteo;commentaire\n"
                + "m;S1;Paul était de mauvaise humeur;rien\n"
                + "m;S1;grêle;Paul était de mauvaise humeur\n").read();
        String all = everything(d.findings());
        assertThat(all).doesNotContain("Paul", "humeur").contains("grêle");
        assertThat(Lab.rejected(d)).extracting(Finding::value).containsExactly(null, "grêle");
        assertThat(Lab.rejected(d).get(0).reason().fr()).isEqualTo(
                "météo illisible «\u00a0(texte non affiché)\u00a0»\u00a0: attendu 1 à 5 ou soleil, eclaircie, nuageux, pluie, orage");
        assertThat(Lab.rejected(d).get(0).reason().en()).contains("(text not shown)");
    }

    @Test
    void cellsBeyondTheHeaderOfAQuoteAreNotShownWhateverTheirLength() throws IOException {
        Dataset d = new Lab(dir).file("verbatims.csv", "collectivite;texte;consentement\n"
                + "m;Bonjour;oui;Josiane Martin, 12 rue des Lilas\n").read();
        assertThat(Lab.warnings(d)).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("colonne 4");
            assertThat(f.value()).isNull();
        });
        assertThat(everything(d.findings())).doesNotContain("Josiane", "Lilas");
    }

    @Test
    void elsewhereALongValueIsCutToFortyCharactersWithAnEllipsis() throws IOException {
        String longText = "Subvention de fonctionnement pour l’année deux mille vingt et un, à confirmer";
        Dataset d = new Lab(dir).file("financements.csv", "collectivite;financeur;type;montant_eur\n"
                + "m;Région;collectivite;10;" + longText + "\n").read();
        assertThat(Lab.warnings(d)).singleElement().satisfies(f -> {
            assertThat(f.value()).hasSize(40).endsWith("…").isEqualTo(longText.substring(0, 39) + "…");
        });
    }

    @Test
    void onlyOuiIsConsentCaseAndSpacesAside() throws IOException {
        Dataset d = new Lab(dir).file("verbatims.csv", "collectivite;texte;consentement\n"
                + "m;un;oui\nm;deux; OUI \nm;trois;Oui\n"
                + "m;quatre;non\nm;cinq;\n"
                + "m;six;yes\nm;sept;x\nm;huit;1\nm;neuf;vrai\nm;dix;o\n").read();
        assertThat(d.quotes(Scope.programme())).filteredOn(Quote::consent).extracting(Quote::texte)
                .containsExactly("un", "deux", "trois");
        assertThat(d.quotes(Scope.programme())).hasSize(10);
        assertThat(Lab.describe(Lab.warnings(d))).containsExactly(
                "verbatims.csv:7 [consentement=yes] «\u00a0yes\u00a0» dans consentement ne vaut pas accord\u00a0: seul «\u00a0oui\u00a0» "
                        + "autorise la publication\u00a0; citation non publiée",
                "verbatims.csv:8 [consentement=x] «\u00a0x\u00a0» dans consentement ne vaut pas accord\u00a0: seul «\u00a0oui\u00a0» "
                        + "autorise la publication\u00a0; citation non publiée",
                "verbatims.csv:9 [consentement=1] «\u00a01\u00a0» dans consentement ne vaut pas accord\u00a0: seul «\u00a0oui\u00a0» "
                        + "autorise la publication\u00a0; citation non publiée",
                "verbatims.csv:10 [consentement=vrai] «\u00a0vrai\u00a0» dans consentement ne vaut pas accord\u00a0: seul «\u00a0oui\u00a0» "
                        + "autorise la publication\u00a0; citation non publiée",
                "verbatims.csv:11 [consentement=o] «\u00a0o\u00a0» dans consentement ne vaut pas accord\u00a0: seul «\u00a0oui\u00a0» "
                        + "autorise la publication\u00a0; citation non publiée");
    }

    @Test
    void theLabWorkColumnStillReadsTheUsualYesWords() throws IOException {
        Dataset d = new Lab(dir).file("sessions.csv", "collectivite;session;date_debut;jours;travail_labo\n"
                + "m;S1;30/01/2020;1;x\nm;S2;30/01/2020;1;yes\n").read();
        assertThat(d.findings()).isEmpty();
        assertThat(d.sessions(Scope.programme())).allMatch(s -> s.travailLabo());
    }

    @Test
    void aShortValueHiddenInAShiftedRowIsReplacedOnlyWhereTheReasonQuotesIt() throws IOException {
        Dataset d = new Lab(dir).file("verbatims.csv", "collectivite,texte,consentement\n"
                + "m,Bonjour,e,Josiane\n").read();
        assertThat(Lab.warnings(d)).filteredOn(f -> "consentement".equals(f.column())).singleElement()
                .satisfies(f -> {
                    assertThat(f.value()).isNull();
                    assertThat(f.reason().fr()).isEqualTo("«\u00a0(texte non affiché)\u00a0» dans consentement ne vaut pas "
                            + "accord\u00a0: seul «\u00a0oui\u00a0» autorise la publication\u00a0; citation non publiée");
                });
        assertThat(everything(d.findings())).doesNotContain("Josiane");
    }
}
