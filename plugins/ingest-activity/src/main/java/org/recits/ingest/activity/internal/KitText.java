package org.recits.ingest.activity.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.recits.api.text.Messages;
import org.recits.ingest.activity.internal.Column.Form;

/** What the kit says of a column, in the workbook's header comments: one wording for both kit formats. */
final class KitText {

    private static final DateTimeFormatter EXAMPLE_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private KitText() {
    }

    /** Description, required or not, example, values, synonyms: one per line. */
    static String headerNote(Messages texts, Kind kind, Column column) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("column." + kind.table + "." + column.name()));
        lines.add(texts.get(column.required() ? "kit.header.required" : "kit.header.optional"));
        lines.add(texts.get("kit.header.example", column.example()));
        if (column.type().vocabulary()) {
            lines.add(texts.get("kit.header.values", String.join(", ", column.type().values())));
        }
        if (!column.synonyms().isEmpty()) {
            lines.add(texts.get("kit.header.synonyms", String.join(", ", column.synonyms())));
        }
        return String.join("\n", lines);
    }

    /** The values a drop-down list offers: a vocabulary's, or oui/non. */
    static List<String> dropDown(Column column) {
        if (column.type().form() == Form.YES_NO) {
            return List.of("oui", "non");
        }
        return column.type().values();
    }

    static LocalDate exampleDate(String example) {
        return LocalDate.parse(example, EXAMPLE_DATE);
    }
}
