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
import org.recits.tabular.DateColumn;
import org.recits.tabular.Headers;
import org.recits.tabular.Row;
import org.recits.tabular.Table;
import org.recits.tabular.Tables;

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
        String n = file.fileName();
        if (n.endsWith(".xlsx")) {
            List<SourceFile.TableCount> counts = new ArrayList<>();
            for (String sheet : Tables.sheets(file.path())) {
                Optional<Kind> kind = Kind.of(sheet);
                if (kind.isEmpty() && KitWorkbook.isInstructions(sheet)) {
                    continue; // the kit's « À lire »: notes, like a LISEZMOI file beside the data
                }
                if (kind.isEmpty()) {
                    builder.finding(Finding.warning(file.name(), 0, null, sheet, Texts.ignoredSheet(sheet)));
                    continue;
                }
                String label = file.name() + "#" + sheet;
                try (Table t = Tables.sheet(file.path(), label, sheet)) {
                    counts.add(read(t, kind.get(), builder));
                }
            }
            return counts;
        }
        Kind kind = Kind.of(n.substring(0, n.lastIndexOf('.')))
                .orElseThrow(() -> new IOException("not an activity file: " + file.name()));
        try (Table t = Tables.csv(file.path(), file.name())) {
            return List.of(read(t, kind, builder));
        }
    }

    /**
     * Reads one table, streaming: every non-blank row is kept or rejected with a finding. The header may be
     * below a title ({@link HeaderRow}); rows above it are not data.
     */
    static SourceFile.TableCount read(Table table, Kind kind, Dataset.Builder builder) {
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
        long read = 0;
        long kept = 0;
        Cells cells = new Cells(file, binding, t.separator(), dateColumns(t, binding, builder));
        try {
            for (Row row : t) {
                if (isBlank(row)) {
                    continue; // spreadsheets leave ";;;;" lines: not data, not counted
                }
                read++;
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
        return new SourceFile.TableCount(kind.table, read, kept, read - kept);
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
