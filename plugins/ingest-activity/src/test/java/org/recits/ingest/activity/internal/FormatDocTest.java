package org.recits.ingest.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.recits.tabular.Values;

/**
 * docs/format.md's column tables say what the reader does: for each activity table, in French and in English,
 * the same columns in the same order as {@link Kind}, the same required ones, every synonym and every value of a
 * vocabulary. The page is written by hand (its last column says what happens when a value is wrong, in
 * sentences); this test keeps it from drifting from the one declaration of the columns.
 */
class FormatDocTest {

    private static final Path DOC = Path.of("../../docs/format.md");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    /** Said once for every table above the column tables, not repeated in each. */
    private static final Set<String> EVERYWHERE = Set.of("id_collectivite", "code_collectivite");

    record DocColumn(String name, String type, boolean required, Set<String> synonyms) {
    }

    @Test
    void frenchTablesMatchTheColumnDeclarations() throws IOException {
        check(section("## Français", "## English"), "oui", "colonne en plus");
    }

    @Test
    void englishTablesMatchTheColumnDeclarations() throws IOException {
        check(section("## English", null), "yes", "extra column");
    }

    private static String section(String from, String to) throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf("\n" + from + "\n");
        assertThat(start).as(from).isPositive();
        int end = to == null ? doc.length() : doc.indexOf("\n" + to + "\n", start);
        return doc.substring(start, end);
    }

    private static void check(String section, String yes, String extra) {
        for (Kind kind : Kind.values()) {
            Map<String, DocColumn> doc = table(section, kind.table, yes);
            List<String> documented = doc.values().stream().filter(c -> !c.type().contains(extra))
                    .map(DocColumn::name).toList();
            assertThat(documented).as(kind.table).containsExactlyElementsOf(
                    kind.columns.stream().map(Column::name).toList());
            for (Column c : kind.columns) {
                DocColumn d = doc.get(c.name());
                assertThat(d.required()).as(kind.table + "." + c.name() + " required").isEqualTo(c.required());
                Set<String> expected = new TreeSet<>(c.synonyms());
                expected.removeAll(EVERYWHERE);
                assertThat(d.synonyms()).as(kind.table + "." + c.name() + " synonyms")
                        .containsAll(expected).allMatch(c.synonyms()::contains);
                for (String value : c.type().values()) {
                    assertThat(codes(d.type())).as(kind.table + "." + c.name() + " values").contains(value);
                }
            }
        }
    }

    /** The rows of the table under the heading {@code #### `table`}, by column name. */
    private static Map<String, DocColumn> table(String section, String table, String yes) {
        int heading = section.indexOf("#### `" + table + "`");
        assertThat(heading).as("heading of " + table).isNotNegative();
        Map<String, DocColumn> columns = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : section.substring(heading).lines().skip(1).toList()) {
            if (line.startsWith("#")) {
                break;
            }
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            // a | inside backticks (C01\|C02) is escaped in the page
            String[] cells = line.replace("\\|", "\u0000").split("\\|", -1);
            if (cells.length < 7 || !cells[1].strip().startsWith("`")) {
                continue; // the header and its rule
            }
            String name = codes(cells[1]).get(0);
            Set<String> synonyms = new TreeSet<>();
            codes(cells[5]).forEach(s -> synonyms.add(Values.normalizeHeader(s)));
            columns.put(name, new DocColumn(name, cells[2], cells[4].strip().equals(yes), synonyms));
        }
        assertThat(columns).as(table).isNotEmpty();
        return columns;
    }

    private static List<String> codes(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = CODE.matcher(cell);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
