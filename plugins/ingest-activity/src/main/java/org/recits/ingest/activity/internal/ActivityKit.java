package org.recits.ingest.activity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.recits.api.text.Messages;

/**
 * The kit {@code recits init} writes: two data folders to choose from, each ready for {@code --data}, and a
 * note saying so. {@code classeur/} holds the workbook, {@code csv/} the same tables as CSV files; each has an
 * {@code enquetes/} folder for the survey exports. Two folders, not one: the same table in a workbook and in a
 * CSV file of one data folder would be read twice, which the engine refuses.
 */
final class ActivityKit {

    static final String WORKBOOK_FOLDER = "classeur";
    static final String CSV_FOLDER = "csv";
    static final String SURVEYS = "enquetes";
    static final String README = "LISEZMOI.txt";

    private ActivityKit() {
    }

    static List<Path> write(Path folder, Locale locale) throws IOException {
        Messages texts = Messages.of(ActivityKit.class, locale);
        List<Path> written = new ArrayList<>();
        written.add(text(folder, Path.of(README), texts.get("kit.root.readme")));
        Path workbook = Path.of(WORKBOOK_FOLDER, KitWorkbook.FILE);
        Files.createDirectories(folder.resolve(WORKBOOK_FOLDER));
        KitWorkbook.write(folder.resolve(workbook), locale);
        written.add(workbook);
        written.add(text(folder, Path.of(WORKBOOK_FOLDER, SURVEYS, README), texts.get("kit.surveys.readme")));
        for (Kind kind : Kind.values()) {
            Path csv = Path.of(CSV_FOLDER, kind.table + ".csv");
            Files.createDirectories(folder.resolve(CSV_FOLDER));
            KitCsv.write(folder.resolve(csv), kind);
            written.add(csv);
        }
        written.add(text(folder, Path.of(CSV_FOLDER, SURVEYS, README), texts.get("kit.surveys.readme")));
        return written;
    }

    /** A note, UTF-8 with a BOM and Windows line ends, so that Notepad shows it right. */
    private static Path text(Path folder, Path name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "\uFEFF" + content.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        return name;
    }
}
