package org.recits.ingest.survey.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Component;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile;
import org.recits.api.ingest.Ingestor;
import org.recits.api.ingest.InputFile;
import org.recits.api.ingest.Reading;
import org.recits.api.model.LocalizedText;
import org.recits.api.text.Bilingual;
import org.recits.tabular.Tables;
import org.recits.tabular.UnreadableWorkbook;

/**
 * Survey exports as they come out of the tools, read with the {@code NAME.mapping.csv} beside them
 * (docs/format.md, the survey exports); also the generic long format {@code collectivite,repondant,date,question,reponse}.
 */
@Component(service = Ingestor.class)
public final class SurveyIngestor implements Ingestor {

    static final String MAPPING_SUFFIX = ".mapping.csv";
    private static final Bilingual TEXTS = Bilingual.of(SurveyIngestor.class);

    @Override
    public String id() {
        return "survey";
    }

    @Override
    public boolean accepts(InputFile file) {
        String n = file.fileName();
        if (n.endsWith(MAPPING_SUFFIX)) {
            return true;
        }
        if (!n.endsWith(".csv") && !n.endsWith(".xlsx")) {
            return false;
        }
        // An export without its mapping is claimed when a survey tool's header says what it is: this
        // ingestor then says which mapping to write (the engine could only say that no reader knows it).
        return mappingOf(file.path()).isPresent() || (n.endsWith(".csv") && (isLong(file.head()) || isToolExport(file.head())))
                || n.endsWith(".xlsx") && ToolWorkbook.isToolExport(file.path());
    }

    @Override
    public List<SourceFile.TableCount> ingest(InputFile file, Dataset.Builder builder) throws IOException {
        return read(file, builder).counts();
    }

    /**
     * Reads an export with its mapping and says which tool and layout it was recognised as; a mapping file is
     * read with its export, and said to be its mapping.
     */
    @Override
    public Reading read(InputFile file, Dataset.Builder builder) throws IOException {
        String n = file.fileName();
        if (n.endsWith(MAPPING_SUFFIX)) {
            // read with its survey; alone, it is worth a word
            Optional<Path> export = exportOf(file.path());
            if (export.isEmpty()) {
                LocalizedText alone = Messages.mappingNoExport(file.path().getFileName().toString());
                builder.finding(Finding.warning(file.name(), 0, null, null, alone));
                return new Reading(List.of(), List.of(alone));
            }
            return new Reading(List.of(), List.of(TEXTS.get("recognised.mappingOf", export.get().getFileName().toString())));
        }
        SurveyReader reader = new SurveyReader(builder);
        Optional<Path> mappingPath = mappingOf(file.path());
        Mapping mapping = mappingPath.isPresent()
                ? reader.mapping(mappingPath.get(), sibling(file.name(), mappingPath.get()))
                : Mapping.none();
        SurveyReader.Result read;
        try {
            read = reader.read(file.path(), file.name(), mapping);
        } catch (UnreadableWorkbook e) {
            // a password, an .xls renamed, a copy cut short: said in words, not as a parser's exception
            builder.finding(Finding.rejected(file.name(), 0, null, null, e.reason()));
            return new Reading(List.of(), List.of(e.reason()));
        }
        List<LocalizedText> notes = new ArrayList<>();
        if (n.endsWith(".xlsx")) {
            List<String> sheets = Tables.sheets(file.path());
            if (sheets.size() > 1) {
                List<String> others = sheets.subList(1, sheets.size());
                notes.add(TEXTS.get("recognised.otherSheets", others.size(), LocalizedText.of(quoted(others, Locale.FRENCH),
                        quoted(others, Locale.ENGLISH))));
            }
        }
        return new Reading(List.of(new Reading.Table(read.recognised(), read.count())), notes);
    }

    /** Sheet names as the language quotes them, one after the other. */
    private static String quoted(List<String> sheets, Locale locale) {
        return String.join(", ", sheets.stream().map(sh -> TEXTS.in(locale).get("recognised.quoted", sh)).toList());
    }

    /** Answers for a collectivité that collectivites does not list are reported and dropped (issue 16). */
    @Override
    public void crossCheck(Dataset.Builder builder, Dataset snapshot) {
        UnlistedCollectivites.check(builder, snapshot);
    }

    /** The mapping file beside an export, its name's case aside. */
    static Optional<Path> mappingOf(Path export) {
        String name = export.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String wanted = name.substring(0, dot) + MAPPING_SUFFIX;
        return findSibling(export, List.of(wanted));
    }

    /** The export beside a mapping file: NAME.csv or NAME.xlsx. */
    static Optional<Path> exportOf(Path mapping) {
        String name = mapping.getFileName().toString();
        String base = name.substring(0, name.length() - MAPPING_SUFFIX.length());
        return findSibling(mapping, List.of(base + ".csv", base + ".xlsx"));
    }

    private static Optional<Path> findSibling(Path file, List<String> names) {
        Path dir = file.toAbsolutePath().getParent();
        for (String wanted : names) {
            Path exact = dir.resolve(wanted);
            if (Files.isRegularFile(exact)) {
                return Optional.of(exact);
            }
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> names.stream().anyMatch(w -> p.getFileName().toString().equalsIgnoreCase(w)))
                    .filter(Files::isRegularFile).sorted().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mapping's name as shown in findings: the export's folder, the mapping's file name. */
    private static String sibling(String exportName, Path mapping) {
        int slash = exportName.lastIndexOf('/');
        return (slash < 0 ? "" : exportName.substring(0, slash + 1)) + mapping.getFileName();
    }

    /** Whether the first line of a CSV's head is the long format's header. */
    static boolean isLong(byte[] head) {
        String first = firstLine(head).toLowerCase(Locale.ROOT);
        return Layout.isLong(Arrays.asList(first.split("[,;\t|]")));
    }

    /** Whether the first line of a CSV's head is the header of an export of a known survey tool (not a generic table). */
    static boolean isToolExport(byte[] head) {
        List<List<String>> rows = Unmapped.rows(headText(head), 3);
        if (rows.isEmpty()) {
            return false;
        }
        List<Line> ahead = new java.util.ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            ahead.add(new Line(i + 1, rows.get(i))); // SurveyMonkey and Framaforms are known by their second row
        }
        Tool tool = Layout.detect(rows.get(0), ahead, Mapping.none()).tool();
        return tool != Tool.GENERIC && tool != Tool.LONG && tool != Tool.TWO_ROW_HEADER;
    }

    /** The head's text up to its last whole line (a UTF-8 head may end inside a character). */
    private static String headText(byte[] head) {
        int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF || (head[0] & 0xFF) == 0xFE)) {
            return firstLine(head); // UTF-16: the first line is enough
        }
        int stop = head.length;
        while (stop > start && head[stop - 1] != '\n') {
            stop--;
        }
        if (stop == start) {
            stop = head.length;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, start, stop - start)).toString();
        } catch (CharacterCodingException e) {
            return new String(head, start, stop - start, Charset.forName("windows-1252"));
        }
    }

    /** The first line of a CSV's head, decoded as the tabular library would (BOM, else UTF-8, else Windows-1252). */
    private static String firstLine(byte[] head) {
        int start = 0;
        Charset cs = StandardCharsets.UTF_8;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            start = 2;
            cs = StandardCharsets.UTF_16LE;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            start = 2;
            cs = StandardCharsets.UTF_16BE;
        }
        int stop = head.length;
        if (cs == StandardCharsets.UTF_8) {
            // decode the first line only: the head may end inside a character further on
            for (int i = start; i < head.length; i++) {
                if (head[i] == '\n' || head[i] == '\r') {
                    stop = i;
                    break;
                }
            }
        }
        String text;
        try {
            text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, start, stop - start)).toString();
        } catch (CharacterCodingException e) {
            text = new String(head, start, stop - start, Charset.forName("windows-1252"));
        }
        int end = text.length();
        for (char c : new char[] {'\n', '\r'}) {
            int i = text.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return text.substring(0, end);
    }
}
