package org.recits.ingest.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile.TableCount;
import org.recits.api.model.Scope;

/** Each finding a row can get at read time, with its exact file, line, column and value. */
class FindingsTest {
    @TempDir
    Path dir;

    @Test
    void rejectedRowsAtReadTime() throws IOException {
        Lab lab = new Lab(dir)
                .file("sessions.csv", "Collectivité;Session;Date début;Jours;Type\n"
                        + "m;S1;30/01/2020;1;\n"          // 2 kept
                        + "m;;30/01/2020;1;\n"            // 3 empty id
                        + "m;S3;31/02/2020;1;\n"          // 4 impossible date
                        + "m;S4;\"le 3\nfévrier\";1;\n"   // 5-6 unreadable date on two lines
                        + ";;;;\n"                        // 7 blank: not a row
                        + "m;S5;2020-02-05;-1;\n"         // 8 negative
                        + "m;S6;2020-02-06;deux;\n"       // 9 not a number
                        + "m;S7;2020-02-07;1;formation\n" // 10 unknown type
                        + "m;S8;2020-02-08;0;visio\n")    // 11 kept with a warning
                .file("participants.csv", "collectivite;participant;role\nm;p1;stagiaire\nm;p2;ambassadeur\n")
                .file("financements.csv", "collectivite;financeur;type;montant_eur\n"
                        + "m;Région;partenaire;beaucoup\nm;Ville;collectivite;-5\nm;Europe;mécène;10\nm;État;etat;10\n")
                .file("presences.csv", "collectivite;session;participant;jours_presents\nm;S1;p2;-0,5\nm;S1;p2;1\n")
                .file("meteo.csv", "collectivite;session;meteo\nm;S1;6\nm;S1;grêle\nm;S1;3\n");
        Dataset d = lab.read();
        assertThat(Lab.describe(Lab.rejected(d))).containsExactly(
                "financements.csv:2 [montant_eur=beaucoup] montant illisible\u00a0: attendu un nombre d’euros comme 1 234,56",
                "financements.csv:3 [montant_eur=-5] montant négatif\u00a0: attendu 0 ou plus",
                "financements.csv:4 [type=mécène] type de financeur inconnu «\u00a0mécène\u00a0»\u00a0: attendu collectivite, "
                        + "partenaire, fondation, etat, europe, autre",
                "meteo.csv:2 [meteo=6] météo illisible «\u00a06\u00a0»\u00a0: attendu 1 à 5 ou soleil, eclaircie, nuageux, pluie, orage",
                "meteo.csv:3 [meteo=grêle] météo illisible «\u00a0grêle\u00a0»\u00a0: attendu 1 à 5 ou soleil, eclaircie, nuageux, pluie, orage",
                "participants.csv:2 [role=stagiaire] rôle inconnu «\u00a0stagiaire\u00a0»\u00a0: attendu ambassadeur, resident, referent, "
                        + "coordinateur, elu, relais, partenaire, usager",
                "presences.csv:2 [jours_presents=-0,5] nombre négatif\u00a0: attendu 0 ou plus",
                "sessions.csv:3 [Session=] colonne obligatoire «\u00a0Session\u00a0» vide",
                "sessions.csv:4 [Date début=31/02/2020] date illisible\u00a0: attendu 30/01/2020 ou 2020-01-30",
                "sessions.csv:5 [Date début=le 3\nfévrier] date illisible\u00a0: attendu 30/01/2020 ou 2020-01-30",
                "sessions.csv:8 [Jours=-1] nombre négatif\u00a0: attendu 0 ou plus",
                "sessions.csv:9 [Jours=deux] nombre illisible\u00a0: attendu par exemple 2,5 ou 2.5",
                "sessions.csv:10 [Type=formation] type de session inconnu «\u00a0formation\u00a0»\u00a0: attendu session, intertransfo, "
                        + "atelier-collectif, visio, immersion");
        assertThat(Lab.describe(Lab.warnings(d))).containsExactly(
                "sessions.csv:11 [Jours=0] durée nulle (0 jour)\u00a0: la session ne compte pour aucun jour");
        assertThat(d.sessions(Scope.programme())).extracting(s -> s.id()).containsExactly("S1", "S8");
        // read = kept + rejected; sessions: lines 2,3,4,5,8,9,10,11 = 8 rows (line 7 blank), kept 2 and 11, rejected 6
        assertThat(lab.counts.get("sessions.csv")).containsExactly(new TableCount("sessions", 8, 2, 6));
        assertThat(lab.counts.get("financements.csv")).containsExactly(new TableCount("financements", 4, 1, 3));
        assertThat(lab.counts.get("meteo.csv")).containsExactly(new TableCount("meteo", 3, 1, 2));
        assertThat(lab.counts.get("participants.csv")).containsExactly(new TableCount("participants", 2, 1, 1));
        assertThat(lab.counts.get("presences.csv")).containsExactly(new TableCount("presences", 2, 1, 1));
    }

    @Test
    void missingRequiredColumnRejectsTheWholeFile() throws IOException {
        Lab lab = new Lab(dir).file("cas.csv", "collectivite;titre;statut\nm;Accueil;retenu\nm;Courrier;termine\n\n");
        Dataset d = lab.read();
        assertThat(d.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.REJECTED);
            assertThat(f.line()).isEqualTo(1);
            assertThat(f.column()).isEqualTo("cas");
            assertThat(f.reason().fr()).isEqualTo(
                    "colonne obligatoire «\u00a0cas\u00a0» absente de l’en-tête\u00a0: les 2 lignes du fichier sont rejetées");
            assertThat(f.reason().en()).isEqualTo(
                    "required column \"cas\" missing from the header: the file's 2 rows are rejected");
        });
        assertThat(d.cases(Scope.programme())).isEmpty();
        assertThat(lab.counts.get("cas.csv")).containsExactly(new TableCount("cas", 2, 0, 2));
    }

    @Test
    void doubtfulValuesAreKeptWithAWarning() throws IOException {
        Dataset d = new Lab(dir)
                .file("cas.csv", "collectivite;cas;titre;pertinence;date_debut;date_fin\n"
                        + "m;C1;Accueil;bleu;13/03/2020;13/02/2020\n")
                .file("collectivites.csv", "collectivite;nom;type;programme\nm;Mulhouse;ville;Transfo\n")
                .file("verbatims.csv", "collectivite;texte;consentement\nm;Très bien;peut-être\n")
                .file("sessions.csv", "collectivite;session;date_debut;jours;travail_labo\nm;S1;13/02/2020;1;souvent\n")
                .file("participants.csv", "collectivite;participant;role;;\nm;p1;elu;;en trop;encore\n")
                .read();
        assertThat(Lab.describe(Lab.warnings(d))).containsExactly(
                "cas.csv:2 [date_fin=13/02/2020] date_fin antérieure à date_debut",
                "cas.csv:2 [pertinence=bleu] valeur inconnue «\u00a0bleu\u00a0» pour pertinence\u00a0: attendu vert, orange, rouge\u202f; laissée vide",
                "collectivites.csv:2 [type=ville] valeur inhabituelle «\u00a0ville\u00a0» pour type\u00a0: attendu commune, epci, "
                        + "metropole, departement, region, etablissement, autre\u202f; gardée telle quelle",
                "participants.csv:2 [colonne 6=encore] cellule hors de l’en-tête (colonne 6)\u00a0: gardée comme attribut",
                "sessions.csv:2 [travail_labo=souvent] réponse oui/non illisible «\u00a0souvent\u00a0» pour travail_labo\u00a0: comptée comme non",
                "verbatims.csv:2 [consentement=peut-être] «\u00a0peut-être\u00a0» dans consentement ne vaut pas accord\u00a0: "
                        + "seul «\u00a0oui\u00a0» autorise la publication\u00a0; citation non publiée");
        assertThat(Lab.rejected(d)).isEmpty();
        assertThat(d.collectivites().get(0).programme()).isEqualTo("transfo");
        assertThat(d.cases(Scope.programme()).get(0).pertinence()).isNull();
        assertThat(d.participants(Scope.programme()).get(0).attributes())
                .containsEntry("", "").containsEntry("colonne 6", "encore");
    }
}
