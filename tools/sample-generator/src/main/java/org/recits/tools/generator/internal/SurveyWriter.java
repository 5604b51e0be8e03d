package org.recits.tools.generator.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.recits.tools.generator.internal.CsvOut.Dialect;
import org.recits.tools.generator.internal.Model.Collectivite;
import org.recits.tools.generator.internal.Model.Participant;
import org.recits.tools.generator.internal.Model.Session;

/**
 * Writes the survey exports of {@code enquetes/} as the tools produce them, each with its
 * {@code NAME.mapping.csv}: a LimeSurvey before/after pair on skills (capacitation), a programme-wide
 * KoBoToolbox questionnaire on satisfaction and service quality, and one collectivité's KoBo user test.
 */
public final class SurveyWriter implements Closeable {

    public static final String LIME_AVANT = "results-survey472913-avant";
    public static final String LIME_APRES = "results-survey472913-apres";
    public static final String KOBO_SERVICE = "Satisfaction_et_qualite_de_service_-_all_versions_-_labels_-_2021-10-04-09-30-12";
    public static final String KOBO_TEST = "Test_prototype_Belrive_-_all_versions_-_labels_-_2017-07-03-16-40-02";
    /** Written from scale 2 on only (the demo stays as it was): the usagers' barometer, 20 questions. */
    public static final String KOBO_BAROMETER = "Barometre_usagers_-_all_versions_-_labels_-_2021-11-15-10-00-00";
    /** The barometer's questions (KoBo group path) and what each measures; temps_gagne is on 4 labels. */
    static final String[][] BAROMETER = {
            {"services/satisfaction_globale", "satisfaction"}, {"services/recommanderait", "satisfaction"},
            {"services/demarche_satisfaisante", "satisfaction"}, {"services/accueil", "qualite"},
            {"services/information_claire", "qualite"}, {"services/delais", "qualite"},
            {"services/attente_trop_longue", "qualite"}, {"services/accessibilite", "qualite"},
            {"services/bonne_orientation", "qualite"}, {"effets/probleme_resolu", "impact"},
            {"effets/situation_amelioree", "impact"}, {"effets/service_adapte", "impact"},
            {"voix/ecoute", "democratie"}, {"voix/avis_pris_en_compte", "democratie"},
            {"voix/participation_proposee", "democratie"}, {"effets/temps_gagne", "productivite"},
            {"effets/demarches_simplifiees", "productivite"}, {"effets/deplacements_evites", "productivite"},
            {"autonomie/se_debrouille_seul", "capacitation"}, {"autonomie/connait_ses_droits", "capacitation"}};
    /** Mean answer of each barometer question (attente_trop_longue is worded negatively). */
    private static final double[] BAROMETER_MEANS = {3.9, 3.8, 3.7, 4.0, 3.6, 3.4, 2.4, 3.7, 3.8, 3.5, 3.4, 3.6,
            3.3, 3.0, 2.9, 2.8, 3.4, 3.2, 3.3, 3.1};

    static final String[] LIKERT5 = {"Pas du tout d'accord", "Plutôt pas d'accord", "Ni d'accord ni pas d'accord",
            "Plutôt d'accord", "Tout à fait d'accord"};
    static final String[] LIKERT4 = {"Pas du tout", "Plutôt non", "Plutôt oui", "Tout à fait"};
    static final String[] SKILL_ITEMS = {"CAP1[SQ001]", "CAP1[SQ002]", "CAP1[SQ003]", "CAP1[SQ004]", "CAP1[SQ005]",
            "CAP1[SQ006]"};
    /** Per-item offset from the respondent's latent skill; SQ006 is worded negatively (inverse). */
    private static final double[] SKILL_OFFSETS = {0.2, -0.1, 0.0, -0.3, 0.1, 0.0};
    private static final int RESPONDENT_CAP_SMALL = 3;

    private final long seed;
    private final int scale;
    private final CsvFiles files = new CsvFiles();
    private final CsvOut limeAvant;
    private final CsvOut limeApres;
    private final CsvOut koboService;
    private final CsvOut koboTest; // null in a lab's folder without the collectivité it tests
    private final CsvOut koboBarometer; // null at scale 1
    private final int barometerPerCollectivite;
    private final Numbering numbering;

    /**
     * The running numbers of the exports (LimeSurvey's response id, KoBo's {@code _index}), kept apart from the
     * files so that the folders of a programme split into labs number on from one lab to the next, as the
     * programme's single export does.
     */
    public static final class Numbering {
        private long barometerIndex;
        private long limeId;
        private long koboIndex;
        private long koboTestIndex;
    }

    /**
     * @param prototypeTest whether this folder holds the collectivité of the one-collectivité user test (KoBo
     *                      test and its mapping written only then)
     */
    public SurveyWriter(Path out, long seed, int scale, Numbering numbering, boolean prototypeTest) throws IOException {
        this.seed = seed;
        this.scale = scale;
        this.numbering = numbering;
        Path dir = out.resolve("enquetes");
        List<String> limeHead = new ArrayList<>(List.of("id", "submitdate", "lastpage", "startlanguage", "seed",
                "token", "startdate", "datestamp", "COLL"));
        limeHead.addAll(List.of(SKILL_ITEMS));
        List<String> avantHead = new ArrayList<>(limeHead);
        avantHead.add("COM1");
        List<String> apresHead = new ArrayList<>(limeHead);
        apresHead.addAll(List.of("SAT1", "SAT2", "IMP1", "DEM1", "PROD1", "COM1"));
        limeAvant = open(dir.resolve(LIME_AVANT + ".csv"), Dialect.LIMESURVEY, avantHead.toArray(String[]::new));
        limeApres = open(dir.resolve(LIME_APRES + ".csv"), Dialect.LIMESURVEY, apresHead.toArray(String[]::new));
        koboService = open(dir.resolve(KOBO_SERVICE + ".csv"), Dialect.KOBO, "start", "end", "today", "deviceid",
                "identification/collectivite", "identification/profil", "evaluation/satisfaction_globale",
                "evaluation/accueil", "evaluation/delais", "evaluation/attente_trop_longue",
                "evaluation/implication", "evaluation/resultat", "evaluation/temps_gagne",
                "evaluation/commentaire", "_id", "_uuid", "_submission_time", "_validation_status", "_notes",
                "_status", "_submitted_by", "__version__", "_tags", "_index");
        koboTest = !prototypeTest ? null : open(dir.resolve(KOBO_TEST + ".csv"), Dialect.KOBO, "start", "end",
                "today", "deviceid", "groupe_test/facile_a_comprendre", "groupe_test/utile",
                "groupe_test/recommanderait", "groupe_test/tranche_age", "groupe_test/remarque", "_id", "_uuid",
                "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "__version__", "_tags",
                "_index");
        barometerPerCollectivite = barometerRespondents(scale);
        if (barometerPerCollectivite > 0) {
            List<String> head = new ArrayList<>(List.of("start", "end", "today", "identification/collectivite",
                    "identification/profil"));
            for (String[] q : BAROMETER) {
                head.add(q[0]);
            }
            head.addAll(List.of("_id", "_uuid", "_submission_time", "_index"));
            koboBarometer = open(dir.resolve(KOBO_BAROMETER + ".csv"), Dialect.KOBO, head.toArray(String[]::new));
        } else {
            koboBarometer = null;
        }
        writeMappings(dir);
    }

    private CsvOut open(Path file, Dialect dialect, String... header) throws IOException {
        return files.open(file, dialect, header);
    }

    public List<CsvOut> files() {
        return files.list();
    }

    private void writeMappings(Path dir) throws IOException {
        String codes = "A1=1|A2=2|A3=3|A4=4|A5=5";
        for (String wave : new String[] {"avant", "apres"}) {
            try (CsvOut m = open(dir.resolve((wave.equals("avant") ? LIME_AVANT : LIME_APRES) + ".mapping.csv"),
                    Dialect.UTF8_COMMA, "question", "mesure", "echelle", "inverse", "libelles")) {
                m.row("*", "vague", "", "", wave);
                m.row("COLL", "collectivite", "", "", "");
                m.row("datestamp", "date", "", "", "");
                for (String item : SKILL_ITEMS) {
                    m.row(item, "capacitation", "likert5", item.equals("CAP1[SQ006]") ? "oui" : "", codes);
                }
                if (wave.equals("apres")) {
                    m.row("SAT1", "satisfaction", "likert5", "", codes);
                    m.row("SAT2", "satisfaction", "nps", "", "");
                    m.row("IMP1", "impact", "likert5", "", codes);
                    m.row("DEM1", "democratie", "likert5", "", codes);
                    m.row("PROD1", "productivite", "likert5", "", "");
                }
            }
        }
        String l5 = labels(LIKERT5);
        try (CsvOut m = open(dir.resolve(KOBO_SERVICE + ".mapping.csv"), Dialect.UTF8_COMMA,
                "question", "mesure", "echelle", "inverse", "libelles")) {
            m.row("identification/collectivite", "collectivite", "", "", "");
            m.row("identification/profil", "role", "", "", "");
            m.row("today", "date", "", "", "");
            m.row("evaluation/satisfaction_globale", "satisfaction", "likert5", "", l5);
            m.row("evaluation/accueil", "qualite", "likert5", "", l5);
            m.row("evaluation/delais", "qualite", "likert5", "", l5);
            m.row("evaluation/attente_trop_longue", "qualite", "likert5", "oui", l5);
            m.row("evaluation/implication", "democratie", "likert5", "", l5);
            m.row("evaluation/resultat", "impact", "likert5", "", l5);
            m.row("evaluation/temps_gagne", "productivite", "likert4", "", labels(LIKERT4));
        }
        if (koboTest != null) {
            try (CsvOut m = open(dir.resolve(KOBO_TEST + ".mapping.csv"), Dialect.UTF8_COMMA,
                    "question", "mesure", "echelle", "inverse", "libelles")) {
                m.row("*", "collectivite", "", "", Catalogue.TEMPLATES.get(0).id());
                m.row("today", "date", "", "", "");
                m.row("groupe_test/facile_a_comprendre", "qualite", "likert5", "", l5);
                m.row("groupe_test/utile", "impact", "likert5", "", l5);
                m.row("groupe_test/recommanderait", "satisfaction", "nps", "", "");
            }
        }
        if (koboBarometer != null) {
            try (CsvOut m = open(dir.resolve(KOBO_BAROMETER + ".mapping.csv"), Dialect.UTF8_COMMA,
                    "question", "mesure", "echelle", "inverse", "libelles")) {
                m.row("identification/collectivite", "collectivite", "", "", "");
                m.row("identification/profil", "role", "", "", "");
                m.row("today", "date", "", "", "");
                for (String[] q : BAROMETER) {
                    boolean four = q[0].endsWith("temps_gagne");
                    m.row(q[0], q[1], four ? "likert4" : "likert5", q[0].endsWith("attente_trop_longue") ? "oui" : "",
                            four ? labels(LIKERT4) : l5);
                }
            }
        }
    }

    /**
     * Barometer respondents per collectivité: none at scale 1 (the demo), else 100 × N ÷ copies, so
     * that the programme has ≈ 1 000 × N responses (×1000: ≈ 1 M responses, 20 M answers).
     */
    public static int barometerRespondents(int scale) {
        return scale < 2 ? 0 : (int) Math.round(100.0 * scale / ProgrammeGenerator.copies(scale));
    }

    private static String labels(String[] labels) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < labels.length; i++) {
            sb.append(i == 0 ? "" : "|").append(labels[i]).append('=').append(i + 1);
        }
        return sb.toString();
    }

    public void write(Collectivite c, SplittableRandom r) throws IOException {
        List<Session> counted = c.counted();
        boolean few = c.template().fewRespondents();
        LocalDate first = counted.get(0).date();
        LocalDate last = counted.get(counted.size() - 1).date();
        int written = 0;
        for (Participant p : c.ambassadors()) {
            if (p.activeOn(first) && r.nextDouble() < 0.9 && !(few && written >= RESPONDENT_CAP_SMALL)) {
                lime(limeAvant, c, p, first.minusDays(r.nextInt(1, 11)), false, r);
                written++;
            }
        }
        written = 0;
        for (Participant p : c.ambassadors()) {
            if (p.activeOn(last) && r.nextDouble() < 0.7 && !(few && written >= RESPONDENT_CAP_SMALL)) {
                lime(limeApres, c, p, last.plusDays(r.nextInt(3, 21)), true, r);
                written++;
            }
        }
        int m = few ? RESPONDENT_CAP_SMALL : CollectiviteFactory.between(r, 6, 12);
        List<Session> late = counted.subList(Math.min(5, counted.size() - 1), counted.size());
        for (int i = 0; i < m; i++) {
            LocalDate day = late.get(r.nextInt(late.size())).date().plusDays(r.nextInt(0, 21));
            kobo(c, day, r);
        }
        if (koboBarometer != null) {
            // its own stream, so that the other exports do not depend on whether the barometer is written
            SplittableRandom b = new SplittableRandom(SampleStreams.mix(seed ^ 0xBA80L, c.index()));
            for (int i = 0; i < barometerPerCollectivite; i++) {
                barometer(c, counted.get(b.nextInt(counted.size())).date().plusDays(b.nextInt(0, 21)), b);
            }
        }
        if (c.index() == 0) {
            if (koboTest == null) {
                throw new IllegalStateException("the user test's collectivité written without its export");
            }
            LocalDate test = counted.get(Math.min(7, counted.size() - 1)).date();
            for (int i = 0; i < 12 * scale; i++) {
                koboTest(test.plusDays(r.nextInt(0, 15)), r);
            }
        }
    }

    /** The person's own stream, so both waves agree on the latent skill and the token. */
    private SplittableRandom person(Participant p) {
        return new SplittableRandom(SampleStreams.mix(seed ^ 0x5EEDL, p.id().hashCode()));
    }

    private void lime(CsvOut out, Collectivite c, Participant p, LocalDate day, boolean after, SplittableRandom r)
            throws IOException {
        SplittableRandom me = person(p);
        double skill = 2.4 + me.nextGaussian() * 0.6;
        double gain = 0.7 + me.nextGaussian() * 0.4;
        String token = me.nextDouble() < 0.7 ? Fmt.alnum(me, 15) : ""; // the others answered anonymously
        double theta = after ? skill + gain : skill;
        boolean incomplete = r.nextDouble() < 0.06;
        LocalDateTime start = day.atTime(r.nextInt(8, 19), r.nextInt(60), r.nextInt(60));
        LocalDateTime end = start.plusMinutes(r.nextInt(4, 25)).plusSeconds(r.nextInt(60));
        List<String> row = new ArrayList<>(List.of(Long.toString(++numbering.limeId), incomplete ? "" : Fmt.lime(end),
                incomplete ? "1" : "3", "fr", Integer.toString(r.nextInt(100_000_000, Integer.MAX_VALUE)), token,
                Fmt.lime(start), Fmt.lime(end), c.id()));
        for (int j = 0; j < SKILL_ITEMS.length; j++) {
            int v = likert(theta + SKILL_OFFSETS[j] + r.nextGaussian() * 0.5, 5);
            if (j == 5) {
                v = 6 - v; // "Je me sens démuni·e face à un problème complexe": high means worse
            }
            row.add(incomplete && j >= 3 ? "" : "A" + v);
        }
        if (after) {
            row.add(incomplete ? "" : "A" + likert(4.1 + r.nextGaussian() * 0.7, 5));
            row.add(incomplete ? "" : Integer.toString(clamp(Math.round(8 + r.nextGaussian() * 1.5), 0, 10)));
            row.add(incomplete ? "" : "A" + likert(3.8 + r.nextGaussian() * 0.8, 5));
            row.add(incomplete ? "" : "A" + likert(3.6 + r.nextGaussian() * 0.9, 5));
            row.add(incomplete ? "" : Integer.toString(likert(3.3 + r.nextGaussian() * 0.9, 5)));
        }
        String comment = "";
        if (!incomplete && r.nextDouble() < 0.25) {
            comment = Catalogue.COMMENTS_CAPACITATION.get(r.nextInt(Catalogue.COMMENTS_CAPACITATION.size()));
            if (r.nextDouble() < 0.3) {
                comment = comment + "\nBonne continuation, à l’InterTransfo !"; // a newline inside a cell
            }
        }
        row.add(comment);
        out.row(row.toArray());
    }

    private void kobo(Collectivite c, LocalDate day, SplittableRandom r) throws IOException {
        String profil = CollectiviteFactory.pick(r, new String[] {"usager", "ambassadeur", "relais"},
                new double[] {0.6, 0.25, 0.15});
        double bias = profil.equals("usager") ? 0 : 0.2;
        LocalDateTime start = day.atTime(r.nextInt(9, 18), r.nextInt(60), r.nextInt(60)).plusNanos(r.nextInt(1000) * 1_000_000L);
        LocalDateTime end = start.plusMinutes(r.nextInt(3, 10)).plusSeconds(r.nextInt(60));
        koboService.row(Fmt.koboLocal(start), Fmt.koboLocal(end), Fmt.iso(day), "ee.kobotoolbox.org:" + Fmt.alnum(r, 16),
                c.id(), profil,
                label5(3.9 + bias, 0.9, r), label5(4.0, 0.8, r), label5(3.4, 1.0, r), label5(2.4, 1.0, r),
                label5(3.5 + bias, 1.0, r), label5(3.6, 0.9, r),
                maybe(LIKERT4[likert(2.8 + r.nextGaussian() * 0.8, 4) - 1], r),
                r.nextDouble() < 0.3 ? Catalogue.COMMENTS_SERVICE.get(r.nextInt(Catalogue.COMMENTS_SERVICE.size())) : "",
                Long.toString(48_213_107L + numbering.koboIndex * 7), Fmt.uuid(r), Fmt.koboUtc(end), "", "",
                "submitted_via_web", "", "vQm7sRbVhnXzLpWc3gGfYt", "", Long.toString(++numbering.koboIndex));
    }

    private void barometer(Collectivite c, LocalDate day, SplittableRandom r) throws IOException {
        LocalDateTime start = day.atTime(r.nextInt(9, 18), r.nextInt(60), r.nextInt(60)).plusNanos(r.nextInt(1000) * 1_000_000L);
        LocalDateTime end = start.plusMinutes(r.nextInt(3, 12)).plusSeconds(r.nextInt(60));
        String[] row = new String[5 + BAROMETER.length + 4];
        row[0] = Fmt.koboLocal(start);
        row[1] = Fmt.koboLocal(end);
        row[2] = Fmt.iso(day);
        row[3] = c.id();
        row[4] = "usager";
        double mood = r.nextGaussian() * 0.5; // one person answers all questions in one mood
        for (int j = 0; j < BAROMETER.length; j++) {
            double x = BAROMETER_MEANS[j] + mood + r.nextGaussian() * 0.8;
            row[5 + j] = BAROMETER[j][0].endsWith("temps_gagne") ? maybe(LIKERT4[likert(x - 0.6, 4) - 1], r)
                    : maybe(LIKERT5[likert(x, 5) - 1], r);
        }
        int k = 5 + BAROMETER.length;
        row[k] = Long.toString(61_870_000L + numbering.barometerIndex * 5);
        row[k + 1] = Fmt.uuid(r);
        row[k + 2] = Fmt.koboUtc(end);
        row[k + 3] = Long.toString(++numbering.barometerIndex);
        koboBarometer.row((Object[]) row);
    }

    private void koboTest(LocalDate day, SplittableRandom r) throws IOException {
        LocalDateTime start = day.atTime(r.nextInt(10, 17), r.nextInt(60), r.nextInt(60)).plusNanos(r.nextInt(1000) * 1_000_000L);
        LocalDateTime end = start.plusMinutes(r.nextInt(2, 6)).plusSeconds(r.nextInt(60));
        String[] ages = {"moins de 25 ans", "25 à 44 ans", "45 à 64 ans", "65 ans et plus"};
        koboTest.row(Fmt.koboLocal(start), Fmt.koboLocal(end), Fmt.iso(day), "enketo.kobotoolbox.org:" + Fmt.alnum(r, 16),
                label5(3.7, 1.0, r), label5(3.9, 0.9, r),
                Integer.toString(clamp(Math.round(7.5 + r.nextGaussian() * 2), 0, 10)), ages[r.nextInt(ages.length)],
                r.nextDouble() < 0.3 ? Catalogue.COMMENTS_SERVICE.get(r.nextInt(Catalogue.COMMENTS_SERVICE.size())) : "",
                Long.toString(31_004_211L + numbering.koboTestIndex * 3), Fmt.uuid(r), Fmt.koboUtc(end), "", "",
                "submitted_via_web", "", "vFz2Lq8kW4hNbT6cXyRdPm", "", Long.toString(++numbering.koboTestIndex));
    }

    /** A labelled agreement answer, left empty one time in twenty (skipped question). */
    private static String label5(double mean, double sd, SplittableRandom r) {
        return maybe(LIKERT5[likert(mean + r.nextGaussian() * sd, 5) - 1], r);
    }

    private static String maybe(String answer, SplittableRandom r) {
        return r.nextDouble() < 0.05 ? "" : answer;
    }

    static int likert(double x, int points) {
        return clamp(Math.round(x), 1, points);
    }

    private static int clamp(long v, int min, int max) {
        return (int) Math.max(min, Math.min(max, v));
    }

    @Override
    public void close() throws IOException {
        files.close();
    }
}
