package org.recits.engine.internal.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import picocli.CommandLine.Option;

/** Options shared by {@code report} and {@code demo}. */
public final class ReportOptions {

    @Option(names = "--period", paramLabel = "PÉRIODE", descriptionKey = "opt.period")
    String period;

    @Option(names = "--out", paramLabel = "DOSSIER", descriptionKey = "opt.out")
    Path out;

    @Option(names = "--date", paramLabel = "DATE", descriptionKey = "opt.date")
    String date;

    @Option(names = "--strict", descriptionKey = "opt.strict")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", descriptionKey = "opt.format")
    java.util.List<String> formats = new java.util.ArrayList<>();

    @Option(names = "--source", paramLabel = "TABLE=FICHIER", descriptionKey = "opt.source")
    java.util.List<String> sources = new java.util.ArrayList<>();

    @Option(names = {"--seuil", "--threshold"}, paramLabel = "N", descriptionKey = "opt.threshold")
    int threshold = 5;

    @Option(names = {"--cle-pseudonymes", "--pseudonym-key"}, paramLabel = "FICHIER",
            descriptionKey = "opt.pseudonymKey")
    Path pseudonymKey;

    @Option(names = "--verbose", descriptionKey = "opt.verbose")
    boolean verbose;

    /**
     * The labs of a report from the programme store, each read from its folder of the data; with two or more the
     * report has a lab level. Set by the store's report, not an option.
     */
    java.util.List<String> labs = java.util.List.of();

    Path outOr(String fallback) {
        return out != null ? out : Paths.get(fallback);
    }
}
