package org.recits.ingest.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Dataset;
import org.recits.api.data.SourceFile;
import org.recits.api.ingest.InputFile;
import org.recits.api.model.CaseStatus;
import org.recits.api.model.Measure;
import org.recits.api.model.Participant;
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Role;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;
import org.recits.api.model.Signal;

class ReaderQuirksTest {
    @TempDir
    Path dir;

    private static final Scope ALL = Scope.programme();

    @Test
    void utf8BomAndWindows1252KeepTheAccent() throws IOException {
        byte[] body = "collectivite;participant;role;direction\nmulhouse;p1;Élu;Développement économique\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        Dataset d = new Lab(dir).bytes("participants.csv", bom)
                .file("Présences.csv", "collectivite;session;participant\nmulhouse;S1;p1\n", Charset.forName("windows-1252"))
                .file("sessions.csv", "collectivite;session;date_debut;jours;lieu\nmulhouse;S1;30/01/2020;1;Salle des fêtes\n",
                        Charset.forName("windows-1252"))
                .read();
        Participant p = d.participants(ALL).get(0);
        assertThat(p.role()).isEqualTo(Role.ELU);
        assertThat(p.direction()).isEqualTo("Développement économique");
        assertThat(d.sessions(ALL).get(0).lieu()).isEqualTo("Salle des fêtes");
        assertThat(d.attendance(ALL)).hasSize(1); // Présences.csv matched accent-insensitively
        assertThat(d.findings()).isEmpty();
    }

    @Test
    void separatorsAccentedHeadersFrenchDatesDecimalCommaAndLists() throws IOException {
        Dataset d = new Lab(dir)
                .file("SESSIONS.tsv", "Collectivité\tSession\tDate Début\tJours\tType\tCas\tTravail labo\n"
                        + "mulhouse\tS1\t30/01/20\t0,5\t\tC1 | C2\tOui\n"
                        + "mulhouse\tS2\t30.01.2020\t2.5\tAtelier collectif\tC1;C3\tnon\n"
                        + "mulhouse\tS3\t2020-02-03\t1\tImmersion\t\t\n")
                .file("cas.csv", "collectivite,cas,titre,methodes,statut,pertinence,date_debut\n"
                        + "mulhouse,C1,Accueil,\"Reportage photo; Prototypage|Jeu de rôle\",En cours,Vert,13-02-2020\n")
                .read();
        List<Session> s = d.sessions(ALL);
        assertThat(s).extracting(Session::id).containsExactly("S1", "S2", "S3");
        assertThat(s.get(0).dateDebut()).isEqualTo(LocalDate.of(2020, 1, 30));
        assertThat(s.get(0).jours()).isEqualTo(0.5);
        assertThat(s.get(0).type()).isEqualTo(SessionType.SESSION); // empty type = session
        assertThat(s.get(0).cas()).containsExactly("C1", "C2");
        assertThat(s.get(0).travailLabo()).isTrue();
        assertThat(s.get(1).jours()).isEqualTo(2.5);
        assertThat(s.get(1).type()).isEqualTo(SessionType.ATELIER_COLLECTIF);
        assertThat(s.get(1).cas()).containsExactly("C1", "C3");
        assertThat(s.get(1).travailLabo()).isFalse();
        assertThat(s.get(2).type()).isEqualTo(SessionType.IMMERSION);
        PracticalCase c = d.cases(ALL).get(0);
        // file separator ',': the cell's list splits on ';' and '|'
        assertThat(c.methodes()).containsExactly("reportage-photo", "prototypage", "jeu-de-role");
        assertThat(c.statut()).isEqualTo(CaseStatus.EN_COURS);
        assertThat(c.pertinence()).isEqualTo(Signal.VERT);
        assertThat(c.dateDebut()).isEqualTo(LocalDate.of(2020, 2, 13));
        assertThat(d.findings()).isEmpty();
    }

    @Test
    void unknownColumnsKeptInColumnOrder() throws IOException {
        Dataset d = new Lab(dir).file("collectivites.csv",
                "Remarque;collectivite;Population;nom;Type;Référent DGS\n"
                        + "à revoir;mulhouse;108 000;Mulhouse;Commune;Mme X\n")
                .read();
        var c = d.collectivites().get(0);
        assertThat(c.type()).isEqualTo("commune");
        assertThat(c.attributes()).containsExactly(Map.entry("Remarque", "à revoir"), Map.entry("Population", "108 000"),
                Map.entry("Référent DGS", "Mme X"));
        assertThat(List.copyOf(c.attributes().keySet())).containsExactly("Remarque", "Population", "Référent DGS");
    }

    @Test
    void vocabulariesAreNormalised() throws IOException {
        Dataset d = new Lab(dir)
                .file("participants.csv", "collectivite;participant;role;categorie\n"
                        + "m;p1;Ambassadrice;a\nm;p2;RÉSIDENT;Contractuelle\nm;p3;référent;B\n")
                .file("meteo.csv", "collectivite;session;meteo\nm;S1;Éclaircies\nm;S1;5\nm;S1;orage\n")
                .file("verbatims.csv", "collectivite;texte;valeur;consentement\nm;«\u00a0Enfin écoutés\u00a0»;Démocratie;Oui\n"
                        + "m;Bien;qualité;NON\nm;Sans avis;;\n")
                .file("presences.csv", "collectivite;session;participant;jours_presents\nm;S1;p1;\nm;S1;p2;0,5\n")
                .read();
        assertThat(d.participants(ALL)).extracting(Participant::role)
                .containsExactly(Role.AMBASSADEUR, Role.RESIDENT, Role.REFERENT);
        assertThat(d.participants(ALL)).extracting(Participant::categorie).containsExactly("A", "contractuel", "B");
        assertThat(d.weather(ALL)).extracting(w -> w.score()).containsExactly(4, 5, 1);
        assertThat(d.quotes(ALL)).extracting(q -> q.valeur()).containsExactly(Measure.DEMOCRATIE, Measure.QUALITE, null);
        assertThat(d.quotes(ALL)).extracting(q -> q.consent()).containsExactly(true, false, false);
        assertThat(d.attendance(ALL)).extracting(a -> a.joursPresents()).containsExactly(null, 0.5);
        assertThat(Lab.rejected(d)).isEmpty(); // no sessions.csv: references are not checked
    }

    @Test
    void fundingAmountsAreExactDecimals() throws IOException {
        Dataset d = new Lab(dir).file("financements.csv",
                "collectivite;financeur;type;montant_eur;date\n"
                        + "m;Banque des Territoires;État;\"12 345,67\u00a0€\";01/03/2021\n"
                        + "m;FSE;europe;1.000,10;\n")
                .read();
        assertThat(d.funding(ALL)).extracting(f -> f.montantEur())
                .containsExactly(new BigDecimal("12345.67"), new BigDecimal("1000.10"));
        assertThat(d.funding(ALL).get(0).date()).isEqualTo(LocalDate.of(2021, 3, 1));
    }

    @Test
    void anAmountWhoseOnlySeparatorIsFollowedByThreeDigitsIsRefusedWithBothReadings() throws IOException {
        // « 1.500 » was read 1,5 € and « 12,500 » 12,5 €, without a word.
        Dataset d = new Lab(dir).file("financements.csv",
                "collectivite;financeur;type;montant_eur\n"
                        + "m;A;etat;1.500\nm;B;etat;12,500\nm;C;etat;1 234,56\nm;D;etat;1.234,56\n"
                        + "m;E;etat;1,234.56\nm;F;etat;12,50\nm;G;etat;1500\nm;H;etat;200.000.000\nm;I;etat;\"1 500 €\"\n")
                .read();
        assertThat(Lab.describe(Lab.rejected(d))).map(r -> r.replace('\u00a0', ' ').replace('\u202f', ' ')).containsExactly(
                "financements.csv:2 [montant_eur=1.500] montant ambigu : 1500 € si le séparateur groupe les milliers, "
                        + "1,5 € s’il marque les décimales. Écrivez 1500 ou 1,5.",
                "financements.csv:3 [montant_eur=12,500] montant ambigu : 12500 € si le séparateur groupe les milliers, "
                        + "12,5 € s’il marque les décimales. Écrivez 12500 ou 12,5.");
        assertThat(Lab.rejected(d).get(0).reason().en())
                .isEqualTo("ambiguous amount: 1500 € if the separator groups thousands, 1.5 € if it marks decimals. "
                        + "Write 1500 or 1.5.");
        assertThat(d.funding(ALL)).extracting(f -> f.montantEur().stripTrailingZeros().toPlainString())
                .containsExactly("1234.56", "1234.56", "1234.56", "12.5", "1500", "200000000", "1500");
    }

    @Test
    void acceptsByNameOnly() throws IOException {
        ActivityIngestor ing = new ActivityIngestor();
        for (String ok : List.of("sessions.csv", "Présences.CSV", "meteo.txt", "METEO.tsv", "cas.csv", "Collectivités.csv")) {
            Files.writeString(dir.resolve(ok), "x");
            assertThat(ing.accepts(InputFile.of(dir.resolve(ok), ok))).as(ok).isTrue();
        }
        for (String no : List.of("sessions.mapping.csv", "enquete.csv", "sessions.json", "sessions_2021.csv",
                "notes.txt", "sessions.xls", "README.md")) {
            Files.writeString(dir.resolve(no), "x");
            assertThat(ing.accepts(InputFile.of(dir.resolve(no), no))).as(no).isFalse();
        }
        Files.writeString(dir.resolve("broken.xlsx"), "not a zip");
        assertThat(ing.accepts(InputFile.of(dir.resolve("broken.xlsx"), "broken.xlsx"))).isFalse();
    }

    @Test
    void xlsxWorkbookWithActivitySheets() throws IOException {
        Path wb = dir.resolve("labo.xlsx");
        try (XSSFWorkbook w = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(wb)) {
            CellStyle date = w.createCellStyle();
            date.setDataFormat(w.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet notes = w.createSheet("Lisez-moi");
            notes.createRow(0).createCell(0).setCellValue("Notes du labo");
            Sheet s = w.createSheet("Sessions");
            String[] h = {"collectivite", "session", "date_debut", "jours", "type"};
            for (int i = 0; i < h.length; i++) {
                s.createRow(0);
            }
            var hr = s.getRow(0);
            for (int i = 0; i < h.length; i++) {
                hr.createCell(i).setCellValue(h[i]);
            }
            var r = s.createRow(1);
            r.createCell(0).setCellValue("mulhouse");
            r.createCell(1).setCellValue("S1");
            r.createCell(2).setCellValue(LocalDate.of(2020, 1, 30));
            r.getCell(2).setCellStyle(date);
            r.createCell(3).setCellValue(1.5);
            var r2 = s.createRow(3); // row 4 in the sheet, its date typed as text
            r2.createCell(0).setCellValue("mulhouse");
            r2.createCell(1).setCellValue("S2");
            r2.createCell(2).setCellValue("bientôt");
            r2.createCell(3).setCellValue(1);
            Sheet p = w.createSheet("participants");
            var ph = p.createRow(0);
            ph.createCell(0).setCellValue("collectivite");
            ph.createCell(1).setCellValue("participant");
            ph.createCell(2).setCellValue("role");
            var pr = p.createRow(1);
            pr.createCell(0).setCellValue("mulhouse");
            pr.createCell(1).setCellValue(17); // a numeric id
            pr.createCell(2).setCellValue("ambassadeur");
            w.write(out);
        }
        Path survey = dir.resolve("questionnaire.xlsx");
        try (XSSFWorkbook w = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(survey)) {
            w.createSheet("Form responses 1").createRow(0).createCell(0).setCellValue("Timestamp");
            w.write(out);
        }
        Lab lab = new Lab(dir);
        assertThat(lab.ingestor.accepts(InputFile.of(survey, "questionnaire.xlsx"))).isFalse();
        assertThat(lab.ingestor.accepts(InputFile.of(wb, "labo.xlsx"))).isTrue();
        Dataset d = lab.read();
        assertThat(d.sessions(ALL)).singleElement().satisfies(s -> {
            assertThat(s.dateDebut()).isEqualTo(LocalDate.of(2020, 1, 30));
            assertThat(s.jours()).isEqualTo(1.5);
            assertThat(s.source().file()).isEqualTo("labo.xlsx#Sessions");
            assertThat(s.source().line()).isEqualTo(2);
        });
        assertThat(d.participants(ALL)).extracting(Participant::id).containsExactly("17");
        assertThat(Lab.describe(d.findings())).containsExactly(
                "labo.xlsx:0 [null=Lisez-moi] feuille «\u00a0Lisez-moi\u00a0» ignorée\u00a0: aucun tableau ne porte ce nom"
                        + " (noms attendus\u00a0: collectivites, participants, sessions, presences, cas, financements, verbatims, meteo)",
                "labo.xlsx#Sessions:4 [date_debut=bientôt] date illisible\u00a0: attendu 30/01/2020 ou 2020-01-30");
        assertThat(lab.counts.get("labo.xlsx")).containsExactly(new SourceFile.TableCount("sessions", 2, 1, 1),
                new SourceFile.TableCount("participants", 1, 1, 0));
    }
}
