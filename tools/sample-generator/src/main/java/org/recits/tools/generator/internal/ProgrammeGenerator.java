package org.recits.tools.generator.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        return generate(out, seed, scale, false);
    }

    /**
     * @param staggered the programme's own calendar even at scale 1, where the demo's ({@link DemoCalendar})
     *                  is the default; larger scales always use the programme's own
     */
    public static Summary generate(Path out, long seed, int scale, boolean staggered) throws IOException {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1");
        }
        Files.createDirectories(out);
        List<CsvOut> all = new ArrayList<>();
        try (ActivityWriter activity = new ActivityWriter(out); SurveyWriter surveys = new SurveyWriter(out, seed, scale)) {
            List<Catalogue.Template> templates = scale == 1 && !staggered ? DemoCalendar.templates()
                    : Catalogue.TEMPLATES;
            int perCopy = templates.size();
            for (int copy = 0; copy < copies(scale); copy++) {
                for (int t = 0; t < perCopy; t++) {
                    int index = copy * perCopy + t;
                    Collectivite c = CollectiviteFactory.build(index, templates.get(t), copy,
                            SampleStreams.activity(seed, index));
                    activity.write(c, SampleStreams.activity(seed ^ 0x1L << 40, index));
                    surveys.write(c, SampleStreams.survey(seed, index));
                }
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
