package org.recits.engine.internal.pipeline;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.report.ReportIdentity;
import org.recits.engine.internal.EngineTexts;

/**
 * The data folder's optional {@code rapport.properties} (docs/format.md): the lab's name, the
 * collectivité the report is for, a logo file of the folder, a contact and the report's date. Each line
 * that cannot be used is a warning naming the file, its line and the value; the report is written
 * without it. No file, no identity: nothing is invented.
 */
final class ReportProperties {

    /** The file's name, at the top of the data folder. */
    static final String FILE = "rapport.properties";
    static final Set<String> KEYS = Set.of("labo", "collectivite", "logo", "contact", "date_rapport");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd/MM/uuuu"));

    private ReportProperties() {
    }

    /**
     * Reads {@code folder/rapport.properties} when there is one.
     *
     * @param folder   the data folder, links resolved
     * @param findings where the warnings go
     * @return the identity it gives; {@link ReportIdentity#NONE} without the file
     */
    static ReportIdentity read(Path folder, Dataset.Builder findings) throws IOException {
        return read(folder, findings, new TreeSet<>());
    }

    /**
     * The same, also naming the folder's files it used: itself, and the logo when it could be read, as the
     * folder's inventory names them, so that {@code check} says they were read rather than ignored.
     *
     * @param used where their names go
     */
    static ReportIdentity read(Path folder, Dataset.Builder findings, Set<String> used) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return ReportIdentity.NONE;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        Properties p = new Properties();
        p.load(new StringReader(text));
        used.add(FILE);
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (!KEYS.contains(key)) {
                findings.finding(Finding.warning(FILE, line(text, key), key, key,
                        EngineTexts.BOTH.get("finding.identity.unknownKey", key, String.join(", ", new TreeSet<>(KEYS)))));
            }
        }
        LocalDate date = null;
        String written = p.getProperty("date_rapport");
        if (written != null && !written.isBlank()) {
            date = date(written.strip());
            if (date == null) {
                findings.finding(Finding.warning(FILE, line(text, "date_rapport"), "date_rapport", written.strip(),
                        EngineTexts.BOTH.get("finding.identity.date", written.strip())));
            }
        }
        ReportIdentity.Logo logo = logo(folder, p.getProperty("logo"), line(text, "logo"), findings);
        if (logo != null) {
            used.add(folder.relativize(folder.resolve(p.getProperty("logo").strip()).normalize()).toString()
                    .replace('\\', '/'));
        }
        return new ReportIdentity(p.getProperty("labo"), p.getProperty("collectivite"), p.getProperty("contact"), date,
                null, logo);
    }

    private static ReportIdentity.Logo logo(Path folder, String name, int line, Dataset.Builder findings)
            throws IOException {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        Path f = folder.resolve(n).normalize();
        String why = null;
        byte[] bytes = null;
        if (!f.startsWith(folder)) {
            why = "finding.identity.logoOutside";
        } else if (!Files.isRegularFile(f)) {
            why = "finding.identity.logoMissing";
        } else {
            bytes = Files.readAllBytes(f);
            if (mediaType(bytes) == null) {
                why = "finding.identity.logoType";
            }
        }
        if (why != null) {
            findings.finding(Finding.warning(FILE, line, "logo", n, EngineTexts.BOTH.get(why, n)));
            return null;
        }
        return new ReportIdentity.Logo(f.getFileName().toString(), mediaType(bytes), bytes);
    }

    /** {@code image/png} or {@code image/jpeg} from the file's first bytes (its name may lie), else null. */
    static String mediaType(byte[] b) {
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }

    static LocalDate date(String s) {
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // the next notation
            }
        }
        return null;
    }

    /** The 1-based line where {@code key} is set, 0 when it cannot be found. */
    private static int line(String text, String key) {
        Pattern p = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:\\s]");
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (p.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 0;
    }
}
