package org.recits.engine.internal.pipeline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile;
import org.recits.api.data.SurveyAnswerCursor;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Scope;
import org.recits.api.model.SourceRef;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;

/**
 * The same table read from several files of one folder ({@code financements.csv} beside a workbook's
 * Financements sheet, {@code presences.csv} beside {@code Présences.csv}): their rows would be added up,
 * so this is a collision unless the user said which source to keep ({@code --source TABLE=FICHIER}).
 *
 * <p>Files in different folders are different labs' files merged into one programme (every row carries
 * its collectivité), not a collision, unless they hold rows of the same table for the same collectivité:
 * a copy kept in another folder ({@code ancien/financements.csv}) would be added up too. A source the
 * user set aside is dropped with its rows and its findings, and a warning says so.
 */
public final class SourceChoices {

    /** One table of one file, as the ingestor counted it. */
    private record Source(String file, SourceFile.TableCount count) {
    }

    /** Sources of one table in one folder, read by one ingestor. */
    private record Key(String folder, String ingestor, String table) {
    }

    private final Map<String, String> choices;
    private final List<String> asked;
    private final Messages messages;

    private SourceChoices(Map<String, String> choices, List<String> asked, Messages messages) {
        this.choices = choices;
        this.asked = asked;
        this.messages = messages;
    }

    /** No choice: every collision is reported. */
    public static SourceChoices none() {
        return new SourceChoices(Map.of(), List.of(), EngineTexts.of(Locale.FRENCH));
    }

    /**
     * Reads {@code --source} values such as {@code financements=labo.xlsx}.
     *
     * @throws DataFolderException when a value is not {@code TABLE=FICHIER}
     */
    public static SourceChoices parse(List<String> values, Messages messages) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (String v : values) {
            int eq = v.indexOf('=');
            if (eq <= 0 || eq == v.length() - 1) {
                throw new DataFolderException(messages.get("error.sourceSyntax", v));
            }
            choices.put(tableKey(v.substring(0, eq)), v.substring(eq + 1).strip());
        }
        return new SourceChoices(choices, List.copyOf(values), messages);
    }

    /** What settling the collisions gave. */
    record Outcome(Dataset.Builder builder, int unresolved) {
    }

    /**
     * Finds the collisions in what was read and applies the choices: returns the builder to go on with
     * (a new one without the sources set aside, or the same), and how many collisions are left, each
     * reported file by file as a warning (the run then stops: see {@code FolderGuard}).
     *
     * @throws DataFolderException when a choice names a table or a file that is not there
     */
    Outcome settle(Dataset.Builder builder, Dataset read) {
        Map<Key, List<Source>> byTable = new TreeMap<>(
                java.util.Comparator.comparing(Key::folder).thenComparing(Key::ingestor).thenComparing(Key::table));
        for (SourceFile s : read.sources()) {
            if (s.ingestor().isEmpty()) {
                continue;
            }
            for (SourceFile.TableCount t : s.tables()) {
                byTable.computeIfAbsent(new Key(folderOf(s.name()), s.ingestor(), t.table()), k -> new ArrayList<>())
                        .add(new Source(s.name(), t));
            }
        }
        byTable = acrossFolders(byTable, CollectivitesByFile.of(read));
        checkChoicesNameSources(byTable);
        Map<String, Set<String>> setAside = new HashMap<>();
        List<Finding> notes = new ArrayList<>();
        Set<String> collided = new HashSet<>();
        int unresolved = 0;
        for (Map.Entry<Key, List<Source>> e : byTable.entrySet()) {
            List<Source> sources = e.getValue();
            String table = e.getKey().table();
            String choice = choices.get(tableKey(table));
            List<Source> chosen = choice == null ? List.of()
                    : sources.stream().filter(s -> names(s.file(), choice)).toList();
            if (sources.size() < 2) {
                continue;
            }
            if (chosen.size() != 1) {
                unresolved++;
                notes.addAll(collision(table, sources));
                sources.forEach(src -> collided.add(src.file()));
                continue;
            }
            for (Source s : sources) {
                if (s != chosen.get(0)) {
                    setAside.computeIfAbsent(s.file(), f -> new TreeSet<>()).add(table);
                    notes.add(Finding.warning(s.file(), 0, null, null, text("finding.sourceSetAside", table,
                            "--source " + table + "=" + chosen.get(0).file(), chosen.get(0).file())));
                }
            }
        }
        // a copy already told as a collision, or set aside by the user's choice, is not told again
        IdenticalFiles.Outcome copies = IdenticalFiles.in(read, f -> collided.contains(f)
                || setAside.getOrDefault(f, Set.of()).size() == tablesOf(read, f));
        notes.addAll(copies.findings());
        unresolved += copies.groups();
        Dataset.Builder kept = setAside.isEmpty() ? builder : without(read, setAside);
        notes.forEach(kept::finding);
        return new Outcome(kept, unresolved);
    }

    /**
     * Joins the groups of one table in different folders that hold rows for a same collectivité (two
     * copies of one lab's table); groups of different collectivités stay apart (two labs merged).
     */
    private static Map<Key, List<Source>> acrossFolders(Map<Key, List<Source>> byTable, CollectivitesByFile held) {
        List<Key> keys = new ArrayList<>(byTable.keySet());
        int[] parent = new int[keys.size()];
        List<Set<String>> collectivites = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            parent[i] = i;
            Set<String> c = new TreeSet<>();
            for (Source s : byTable.get(keys.get(i))) {
                c.addAll(held.of(s.file(), keys.get(i).table()));
            }
            collectivites.add(c);
        }
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                Key a = keys.get(i);
                Key b = keys.get(j);
                if (a.ingestor().equals(b.ingestor()) && tableKey(a.table()).equals(tableKey(b.table()))
                        && collectivites.get(i).stream().anyMatch(collectivites.get(j)::contains)) {
                    parent[root(parent, j)] = root(parent, i);
                }
            }
        }
        Map<Key, List<Source>> joined = new TreeMap<>(
                java.util.Comparator.comparing(Key::folder).thenComparing(Key::ingestor).thenComparing(Key::table));
        Map<Integer, Key> first = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Key k = first.computeIfAbsent(root(parent, i), keys::get);
            joined.computeIfAbsent(k, x -> new ArrayList<>()).addAll(byTable.get(keys.get(i)));
        }
        return joined;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    /** A choice must name a table that was read and one of its files: else the user mistyped. */
    private void checkChoicesNameSources(Map<Key, List<Source>> byTable) {
        for (Map.Entry<String, String> c : choices.entrySet()) {
            List<Source> sources = new ArrayList<>();
            byTable.forEach((k, v) -> {
                if (tableKey(k.table()).equals(c.getKey())) {
                    sources.addAll(v);
                }
            });
            String value = asked.stream().filter(a -> tableKey(a.substring(0, a.indexOf('='))).equals(c.getKey()))
                    .findFirst().orElse(c.getKey());
            if (sources.isEmpty()) {
                Set<String> tables = new TreeSet<>();
                byTable.keySet().forEach(k -> tables.add(k.table()));
                throw new DataFolderException(messages.get("error.sourceTable", value, String.join(", ", tables)));
            }
            if (sources.stream().noneMatch(s -> names(s.file(), c.getValue()))) {
                throw new DataFolderException(messages.get("error.sourceFile", value, c.getValue(),
                        String.join(", ", sources.stream().map(Source::file).distinct().toList())));
            }
        }
    }

    /** One finding per colliding file, naming the others and the ways out. */
    private static List<Finding> collision(String table, List<Source> sources) {
        List<String> files = sources.stream().map(Source::file).distinct().toList();
        // files of the same name in two folders are told apart by their path
        boolean sameNames = files.stream().map(SourceChoices::fileName).distinct().count() < files.size();
        String ways = String.join(" / ", files.stream()
                .map(f -> "--source " + table + "=" + (sameNames ? f : fileName(f))).toList());
        List<Finding> findings = new ArrayList<>();
        for (Source s : sources) {
            List<String> others = files.stream().filter(f -> !f.equals(s.file())).toList();
            String also = others.isEmpty() ? s.file() : String.join(", ", others);
            // a warning, not a rejected row: the rows are fine, the run stops on the collision itself
            findings.add(Finding.warning(s.file(), 0, null, null,
                    text("finding.sourceCollision", table, also, ways, s.count().read())));
        }
        return findings;
    }

    private static int tablesOf(Dataset read, String file) {
        return read.sources().stream().filter(s -> s.name().equals(file)).mapToInt(s -> s.tables().size()).sum();
    }

    /** A copy of what was read without the records and findings of the tables set aside. */
    private static Dataset.Builder without(Dataset read, Map<String, Set<String>> setAside) {
        Map<String, Integer> tablesPerFile = new HashMap<>();
        read.sources().forEach(s -> tablesPerFile.put(s.name(), s.tables().size()));
        Map<String, Long> dropped = new HashMap<>();
        java.util.function.Predicate<SourceRef> keep = ref -> {
            String file = fileOf(ref.file());
            if (!isSetAside(ref.file(), setAside, tablesPerFile)) {
                return true;
            }
            dropped.merge(file, 1L, Long::sum);
            return false;
        };
        Dataset.Builder b = Dataset.builder().pseudonyms(read.pseudonyms());
        read.collectivites().stream().filter(r -> keep.test(r.source())).forEach(b::add);
        Scope all = Scope.programme();
        read.participants(all).stream().filter(r -> keep.test(r.source())).forEach(b::add);
        read.sessions(all).stream().filter(r -> keep.test(r.source())).forEach(b::add);
        read.attendance(all).stream().filter(r -> keep.test(r.source())).forEach(b::add);
        read.cases(all).stream().filter(r -> keep.test(r.source())).forEach(b::add);
        read.funding(all).stream().filter(r -> keep.test(r.source())).forEach(b::add);
        read.quotes(all).stream().filter(r -> keep.test(r.source())).forEach(b::add);
        read.weather(all).stream().filter(r -> keep.test(r.source())).forEach(b::add);
        SurveyAnswerCursor c = read.surveyAnswerCursor(all);
        while (c.next()) {
            if (keep.test(c.source())) {
                b.surveyRow(c.collectivite(), c.survey(), c.respondent(), c.date(), c.wave(), c.role(), c.source())
                        .answer(c.question(), c.measure(), c.score(), c.raw());
            }
        }
        for (SourceFile s : read.sources()) {
            Set<String> gone = setAside.getOrDefault(s.name(), Set.of());
            long expected = s.tables().stream().filter(t -> gone.contains(t.table())).mapToLong(t -> t.kept()).sum();
            if (expected > 0 && dropped.getOrDefault(s.name(), 0L) == 0) {
                // never add up silently: if the rows of a set-aside table cannot be told apart, stop
                throw new IllegalStateException("cannot tell the rows of " + gone + " in " + s.name());
            }
            b.source(new SourceFile(s.name(), s.sha256(), s.ingestor(), s.ingestorVersion(),
                    s.tables().stream().filter(t -> !gone.contains(t.table())).toList()));
        }
        read.findings().stream().filter(f -> !isSetAside(f.file(), setAside, tablesPerFile)).forEach(b::finding);
        return b;
    }

    /**
     * Whether a record or finding label belongs to a table set aside: every label of a one-table file,
     * and {@code file#Sheet} when the sheet is named like the table (as ingestors name sheets).
     */
    private static boolean isSetAside(String label, Map<String, Set<String>> setAside,
            Map<String, Integer> tablesPerFile) {
        String file = fileOf(label);
        Set<String> tables = setAside.get(file);
        if (tables == null) {
            return false;
        }
        if (tablesPerFile.getOrDefault(file, 0) <= 1) {
            return true;
        }
        int hash = label.indexOf('#');
        return hash >= 0 && tables.stream().anyMatch(t -> tableKey(t).equals(tableKey(label.substring(hash + 1))));
    }

    private static boolean names(String file, String choice) {
        String c = fileOf(choice.replace('\\', '/'));
        return file.equals(c) || fileName(file).equals(c) || file.equalsIgnoreCase(c)
                || fileName(file).equalsIgnoreCase(c);
    }

    static String fileOf(String label) {
        int hash = label.indexOf('#');
        return hash < 0 ? label : label.substring(0, hash);
    }

    private static String fileName(String file) {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    private static String folderOf(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    /** A table or sheet name as the user may type it: case, accents and separators do not matter. */
    static String tableKey(String name) {
        String d = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
    }

    private static LocalizedText text(String key, Object... args) {
        return EngineTexts.BOTH.get(key, args);
    }
}
