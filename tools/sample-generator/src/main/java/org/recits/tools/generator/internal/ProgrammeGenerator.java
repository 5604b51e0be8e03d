package org.recits.tools.generator.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.recits.tools.generator.internal.Model.Collectivite;

/** Generates the whole programme into a folder, one collectivité at a time. */
public final class ProgrammeGenerator {

    /** What was written: data files (CSV, mappings included) and their data rows (headers excluded). */
    public record Summary(int files, long rows) {
    }

    private ProgrammeGenerator() {
    }

    /**
     * Copies of the ten templates at a scale: ⌈√N⌉. Activity grows with collectivités (≈ 280 attendance
     * rows each), survey answers with the usagers' barometer ({@link SurveyWriter#barometerRespondents}),
     * so ×1000 gives ≈ 90 000 attendance rows and ≈ 1 M survey responses, as a consolidated programme.
     */
    public static int copies(int scale) {
        return (int) Math.ceil(Math.sqrt(scale));
    }

    /** At scale 1, the demo's calendar; larger scales, the programme's own. */
    public static Summary generate(Path out, long seed, int scale) throws IOException {
        return generate(out, seed, scale, false, 0);
    }

    /**
     * @param staggered the programme's own calendar even at scale 1, where the demo's ({@link DemoCalendar})
     *                  is the default; larger scales always use the programme's own
     * @param labs      0 for the programme in {@code out}; else the programme split into that many labs, one
     *                  folder each ({@link #labFolder}), the collectivités in turn in equal runs: every file of
     *                  the programme is the lab folders' files of that name one after the other (headers
     *                  aside), and each lab folder is whole (every row names a collectivité of its own)
     */
    public static Summary generate(Path out, long seed, int scale, boolean staggered, int labs) throws IOException {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1");
        }
        List<Catalogue.Template> templates = scale == 1 && !staggered ? DemoCalendar.templates()
                : Catalogue.TEMPLATES;
        int total = collectivites(scale);
        if (labs < 0 || labs > total) {
            throw new IllegalArgumentException("labs must be between 1 and the " + total + " collectivités");
        }
        SurveyWriter.Numbering numbering = new SurveyWriter.Numbering();
        if (labs == 0) {
            return folder(out, seed, scale, templates, 0, total, numbering);
        }
        int files = 0;
        long rows = 0;
        for (int lab = 0; lab < labs; lab++) {
            Summary s = folder(out.resolve(labFolder(lab, labs)), seed, scale, templates,
                    (int) ((long) lab * total / labs), (int) ((long) (lab + 1) * total / labs), numbering);
            files += s.files();
            rows += s.rows();
        }
        return new Summary(files, rows);
    }

    /** The collectivités of the programme at a scale: the ten templates, {@link #copies} times. */
    public static int collectivites(int scale) {
        return copies(scale) * Catalogue.TEMPLATES.size();
    }

    /** The folder (and lab name) of lab {@code lab} (from 0) of {@code labs}: {@code lab-01}…, numbered to sort. */
    public static String labFolder(int lab, int labs) {
        int width = Math.max(2, Integer.toString(labs).length());
        return "lab-" + String.format(Locale.ROOT, "%0" + width + "d", lab + 1);
    }

    /** Writes the collectivités {@code from} (included) to {@code to} (excluded) into one folder. */
    private static Summary folder(Path out, long seed, int scale, List<Catalogue.Template> templates, int from, int to,
            SurveyWriter.Numbering numbering) throws IOException {
        Files.createDirectories(out);
        List<CsvOut> all = new ArrayList<>();
        int perCopy = templates.size();
        try (ActivityWriter activity = new ActivityWriter(out);
                SurveyWriter surveys = new SurveyWriter(out, seed, scale, numbering, from == 0)) {
            for (int index = from; index < to; index++) {
                Collectivite c = CollectiviteFactory.build(index, templates.get(index % perCopy), index / perCopy,
                        SampleStreams.activity(seed, index));
                activity.write(c, SampleStreams.activity(seed ^ 0x1L << 40, index));
                surveys.write(c, SampleStreams.survey(seed, index));
            }
            all.addAll(activity.files());
            all.addAll(surveys.files());
        }
        Files.writeString(out.resolve("LISEZMOI.md"), LISEZMOI, StandardCharsets.UTF_8);
        long rows = all.stream().mapToLong(CsvOut::rows).sum();
        return new Summary(all.size() + 1, rows);
    }

    private static final String LISEZMOI = """
            # Données d’exemple — fictives

            Ce dossier a été **généré automatiquement** par l’outil `tools/sample-generator` de Récits.
            Les collectivités, les personnes (identifiants pseudonymes), les sessions, les cas pratiques,
            les financements, les citations et les réponses aux questionnaires sont **fictifs** : toute
            ressemblance avec une collectivité ou une personne réelle serait fortuite.

            Les fichiers suivent le format d’entrée v1 de Récits, décrit colonne par colonne dans
            [docs/format.md](../docs/format.md). Quelques lignes sont volontairement erronées pour
            montrer le rapport de rejets : `recits check --data demo` les liste.

            *Generated, fictitious sample data for the Récits toolkit (input format v1).*
            """;
}
