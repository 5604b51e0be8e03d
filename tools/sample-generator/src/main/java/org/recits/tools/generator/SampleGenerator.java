package org.recits.tools.generator;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.recits.tools.generator.internal.ProgrammeGenerator;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes a deterministic, fictitious Transfo programme in the files of docs/format.md (the shipped demo data
 * and benchmark inputs): {@code --out DIR [--seed N] [--scale N] [--labs N]}. Prints one summary line on stderr.
 */
@Command(name = "sample-generator", mixinStandardHelpOptions = true,
        description = "Écrit un programme d’exemple fictif au format d’entrée Récits / writes a fictitious sample programme.")
public final class SampleGenerator implements Callable<Integer> {

    /** The seed of the shipped demo data. */
    public static final long DEFAULT_SEED = 27L;

    @Option(names = "--out", required = true, description = "dossier de sortie / output folder")
    Path out;

    @Option(names = "--seed", defaultValue = "27", description = "graine / random seed (défaut ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--scale", defaultValue = "1",
            description = "taille : ⌈√N⌉ × 10 collectivités, ≈ 1000 × N réponses d’usagers dès 2 / size: ⌈√N⌉ × 10 collectivités, ≈ 1000 × N usagers' responses from 2 on")
    int scale;

    @Option(names = "--staggered",
            description = "à l’échelle 1, le calendrier étalé du programme (débuts 2016–2020) au lieu de celui de la démo / at scale 1, the programme's staggered calendar (starts 2016–2020) instead of the demo's")
    boolean staggered;

    @Option(names = "--labs",
            description = "répartit le programme entre N labos : N dossiers lab-01… dont la réunion est le programme / splits the programme into N labs: N folders lab-01… whose union is the programme")
    Integer labs;

    @Override
    public Integer call() throws Exception {
        if (scale < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--scale doit être ≥ 1 / must be ≥ 1");
        }
        int most = ProgrammeGenerator.collectivites(scale);
        if (labs != null && (labs < 1 || labs > most)) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--labs doit être entre 1 et %d (les collectivités) / must be between 1 and %d (the collectivités)"
                            .formatted(most, most));
        }
        ProgrammeGenerator.Summary s = ProgrammeGenerator.generate(out, seed, scale, staggered, labs == null ? 0 : labs);
        System.err.println("Données d’exemple : %d fichiers, %d lignes écrites dans %s / sample data: %d files, %d rows written"
                .formatted(s.files(), s.rows(), out, s.files(), s.rows()));
        return 0;
    }

    /** Runs the command and returns its exit code (0 done, 2 usage error, 1 anything else). */
    public static int run(String... args) {
        return new CommandLine(new SampleGenerator()).execute(args);
    }

    public static void main(String[] args) {
        int code = run(args);
        // No System.exit on success: the distribution build runs this inside Maven's JVM (exec:java).
        if (code != 0) {
            System.exit(code);
        }
    }
}
