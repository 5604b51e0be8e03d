package org.recits.ingest.activity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile;
import org.recits.api.ingest.Ingestor;
import org.recits.api.ingest.InputFile;
import org.recits.api.ingest.Reading;
import org.recits.api.model.LocalizedText;
import org.recits.tabular.DateColumn;
import org.recits.tabular.Headers;
import org.recits.tabular.Row;
import org.recits.tabular.RunawayQuote;
import org.recits.tabular.Table;
import org.recits.tabular.Tables;
import org.recits.tabular.UnreadableWorkbook;
import org.recits.tabular.TableFindings;

/**
 * Reads the activity files of docs/format.md: {@code collectivites}, {@code participants},
 * {@code sessions}, {@code presences}, {@code cas}, {@code financements}, {@code verbatims},
 * {@code meteo}, as .csv/.tsv/.txt files or as the sheets of an .xlsx workbook.
 */
@Component(service = Ingestor.class)
public final class ActivityIngestor implements Ingestor {
    public static final String ID = "activity";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean accepts(InputFile file) {
        String n = file.fileName();
        int dot = n.lastIndexOf('.');
        if (dot <= 0) {
            return false;
        }
        String ext = n.substring(dot + 1);
        String base = n.substring(0, dot);
        return switch (ext) {
            case "csv", "tsv", "txt" -> Kind.of(base).isPresent();
            case "xlsx" -> WorkbookNames.of(file.path()).stream().anyMatch(s -> Kind.of(s).isPresent());
            default -> false;
        };
    }

    @Override
    public List<SourceFile.TableCount> ingest(InputFile file, Dataset.Builder builder) throws IOException {
        return read(file, builder).counts();
    }

    /** Reads the file, and says which table each sheet or file was taken for and which sheets were left aside. */
    @Override
    public Reading read(InputFile file, Dataset.Builder builder) throws IOException {
        String n = file.fileName();
        if (n.endsWith(".xlsx")) {
            try {
                return readWorkbook(file, builder);
            } catch (UnreadableWorkbook e) {
                // a password, an .xls renamed, a copy cut short: said in words, not as a parser's exception
                builder.finding(Finding.rejected(file.name(), 0, null, null, e.reason()));
                return new Reading(List.of(), List.of(e.reason()));
            }
        }
        Kind kind = Kind.of(n.substring(0, n.lastIndexOf('.')))
                .orElseThrow(() -> new IOException("not an activity file: " + file.name()));
        try (Table t = Tables.csv(file.path(), file.name())) {
            TableRead r = read(t, kind, builder);
            return new Reading(List.of(new Reading.Table(Texts.withExamples(Texts.table(kind.table), r.examples()),
                    r.count())), List.of());
        }
    }

    /** Each sheet named after a table, read as that table; the others said to be left aside. */
    private static Reading readWorkbook(InputFile file, Dataset.Builder builder) throws IOException {
        List<String> sheets = Tables.sheets(file.path());
        List<Reading.Table> tables = new ArrayList<>();
        List<LocalizedText> notes = new ArrayList<>();
        for (String sheet : sheets) {
            Optional<Kind> kind = Kind.of(sheet);
            if (kind.isEmpty() && KitWorkbook.isInstructions(sheet)) {
                // the kit's « À lire »: notes, like a LISEZMOI file beside the data
                notes.add(Texts.instructionsSheet(sheet));
                continue;
            }
            if (kind.isEmpty()) {
                LocalizedText why = Texts.ignoredSheet(sheet, meantFor(sheet, sheets));
                builder.finding(Finding.warning(file.name(), 0, null, sheet, why));
                notes.add(why);
                continue;
            }
            String label = file.name() + "#" + sheet;
            try (Table t = Tables.sheet(file.path(), label, sheet)) {
                TableRead r = read(t, kind.get(), builder);
                tables.add(new Reading.Table(Texts.withExamples(Texts.sheetTable(sheet, kind.get().table),
                        r.examples()), r.count()));
            }
        }
        return new Reading(tables, notes);
    }

    /**
     * The table a sheet that is no table's was meant for, unless another sheet of the workbook already has
     * that name (renaming it would make two).
     */
    private static Optional<Kind> meantFor(String sheet, List<String> sheets) {
        return TableNames.closest(sheet)
                .filter(k -> sheets.stream().noneMatch(s -> Kind.of(s).orElse(null) == k));
    }

    /**
     * A table file whose name is no table's ({@code participants (1).csv}, {@code sesions.csv}), or a workbook
     * none of whose sheets is named after a table: which name it should have.
     */
    @Override
    public Optional<LocalizedText> declined(InputFile file) {
        String n = file.fileName();
        int dot = n.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String ext = n.substring(dot + 1);
        String base = file.path().getFileName().toString().substring(0, dot);
        return switch (ext) {
            case "csv", "tsv", "txt" -> TableNames.closest(base).map(k -> Texts.renameFile(k.table + "." + ext));
            case "xlsx", "xls" -> UnreadableWorkbook.of(file.path()).map(UnreadableWorkbook::reason)
                    .or(() -> ext.equals("xls") ? Optional.empty() : Optional.of(Texts.noTableSheet(WorkbookNames.of(file.path()).stream()
                    .flatMap(s -> TableNames.closest(s).map(k -> Texts.renameSheet(s, k.table)).stream()).toList())));
            default -> Optional.empty();
        };
    }

    /**
     * One table's rows read, kept and rejected, and the lines of the kit's example rows, which are none of these.
     */
    record TableRead(SourceFile.TableCount count, List<Long> examples) {
    }

    /**
     * Reads one table, streaming: every non-blank row is kept or rejected with a finding, but the kit's example
     * rows ({@link KitExample}) are left aside. The header may be below a title ({@link HeaderRow}); rows above
     * it are not data.
     */
    static TableRead read(Table table, Kind kind, Dataset.Builder builder) {
        HeaderRow header = HeaderRow.of(kind, table);
        String file = table.name();
        if (header.below(table)) {
            builder.finding(Finding.warning(file, header.row().line(), null, HeaderRow.title(table),
                    Headers.belowTitle(table.headerLine(), header.row().line())));
        }
        Table t = header.found() ? Headers.from(table, header.row()) : table;
        Binding binding = header.binding();
        for (String d : binding.duplicates) {
            builder.finding(Finding.warning(file, t.headerLine(), d, null, Texts.duplicateColumn(d)));
        }
        TableFindings.windows1252Lines(t).ifPresent(builder::finding);
        long read = 0;
        long kept = 0;
        List<Long> examples = new ArrayList<>();
        Cells cells = new Cells(file, binding, t.separator(), dateColumns(t, binding, builder), builder.pseudonyms());
        try {
            for (Row row : t) {
                if (isBlank(row)) {
                    continue; // spreadsheets leave ";;;;" lines: not data, not counted
                }
                if (KitExample.is(row, binding)) {
                    examples.add(row.line()); // not data: said by check, not counted
                    continue;
                }
                read++;
                RunawayQuote runaway = RunawayQuote.in(row, t);
                if (runaway != null) {
                    // the rows it swallowed are rows of the file: counted as read, and rejected with it
                    read += runaway.swallowed();
                    builder.finding(TableFindings.runawayQuote(t, runaway));
                    continue;
                }
                if (!binding.missing.isEmpty()) {
                    continue; // counted, rejected below with one whole-file finding
                }
                cells.at(row);
                try {
                    Mappers.map(kind, cells, builder);
                    kept++;
                    cells.warnings.forEach(builder::finding);
                } catch (Reject r) {
                    builder.finding(cells.rejected(r));
                }
            }
        } catch (UncheckedIOException e) {
            builder.finding(Finding.rejected(file, 0, null, null, Texts.unreadableFrom(String.valueOf(e.getMessage()))));
        }
        TableFindings.cutRows(t).ifPresent(builder::finding);
        cells.personalIdFindings().forEach(builder::finding);
        if (!header.found()) {
            builder.finding(Finding.rejected(file, 0, null, null, Texts.headerNotFound(Headers.ROWS,
                    kind.columns.stream().filter(Column::required).map(Column::name).toList(), read)));
        } else {
            for (Column c : binding.missing) {
                builder.finding(Finding.rejected(file, t.headerLine(), c.name(), null,
                        Texts.missingColumn(c.name(), read)));
            }
        }
        return new TableRead(new SourceFile.TableCount(kind.table, read, kept, read - kept), List.copyOf(examples));
    }

    /**
     * The table's date columns, each looked at whole before any row is read (a first pass over the table, only
     * for the tables that have dates: not presences), so that day/month order is one decision per column; what
     * the columns say (an order chosen, dates that are not real) is reported here, once per column.
     */
    private static Map<String, DateColumn> dateColumns(Table t, Binding binding, Dataset.Builder builder) {
        Map<String, DateColumn> dates = new LinkedHashMap<>();
        for (Column c : binding.kind.columns) {
            if (c.name().startsWith("date") && binding.positions.containsKey(c.name())) {
                dates.put(c.name(), DateColumn.ofActivity(t.name(), binding.headerOf(c.name())));
            }
        }
        if (dates.isEmpty() || !binding.missing.isEmpty()) {
            return dates;
        }
        try {
            for (Row row : t) {
                if (!isBlank(row)) {
                    dates.forEach((name, d) -> d.add(row.line(), row.cell(binding.positions.get(name))));
                }
            }
        } catch (UncheckedIOException e) {
            // the reading pass below meets the same break and reports it
        }
        for (Column c : binding.kind.columns) {
            DateColumn d = dates.get(c.name());
            if (d != null) {
                d.findings(c.required() ? DateColumn.thenRejected() : DateColumn.thenUndated())
                        .forEach(builder::finding);
            }
        }
        return dates;
    }

    private static boolean isBlank(Row row) {
        for (String c : row.cells()) {
            if (Cells.clean(c) != null) {
                return false;
            }
        }
        return true;
    }

    /** The kit of {@code recits init}: the workbook and CSV templates of the activity tables. */
    @Override
    public List<Path> writeKit(Path folder, Locale locale) throws IOException {
        return ActivityKit.write(folder, locale);
    }

    @Override
    public void crossCheck(Dataset.Builder builder, Dataset snapshot) {
        new CrossCheck(snapshot).run(builder);
    }
}
