package org.recits.tools.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --labs N}: the programme split into N lab folders whose files, put back one after the other, are the
 * unsplit programme's byte for byte, each lab folder whole on its own (what a lab pushes to the store).
 */
class LabSplitTest {

    static final String PROTOTYPE_TEST = "enquetes/Test_prototype_Belrive_-_all_versions_-_labels_-_2017-07-03-16-40-02";

    @TempDir
    static Path tmp;
    static Path whole;
    static Path split;
    static List<String> labs;

    @BeforeAll
    static void generate() throws IOException {
        whole = tmp.resolve("whole");
        split = tmp.resolve("split");
        // scale 4: 20 collectivités and the barometer; 3 labs of unequal size (6, 7, 7)
        assertThat(SampleGenerator.run("--out", whole.toString(), "--scale", "4")).isZero();
        assertThat(SampleGenerator.run("--out", split.toString(), "--scale", "4", "--labs", "3")).isZero();
        try (Stream<Path> l = Files.list(split)) {
            labs = l.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theLabsFoldersAreNamedInOrder() {
        assertThat(labs).containsExactly("lab-01", "lab-02", "lab-03");
    }

    @Test
    void eachFileOfTheProgrammeIsTheLabsFilesOneAfterTheOther() throws IOException {
        Map<String, byte[]> programme = SampleGeneratorTest.contents(whole);
        Set<String> inLabs = new TreeSet<>();
        for (String lab : labs) {
            inLabs.addAll(SampleGeneratorTest.contents(split.resolve(lab)).keySet());
        }
        assertThat(inLabs).isEqualTo(programme.keySet());
        for (Map.Entry<String, byte[]> file : programme.entrySet()) {
            String name = file.getKey();
            List<byte[]> parts = new ArrayList<>();
            for (String lab : labs) {
                Path p = split.resolve(lab).resolve(name);
                if (Files.exists(p)) {
                    parts.add(Files.readAllBytes(p));
                }
            }
            if (name.endsWith(".mapping.csv") || name.endsWith(".md")) {
                // the same in every lab that has it
                assertThat(parts).as(name).allSatisfy(b -> assertThat(b).isEqualTo(file.getValue()));
            } else {
                assertThat(joined(parts)).as(name).isEqualTo(file.getValue());
            }
            int expected = name.startsWith(PROTOTYPE_TEST) ? 1 : labs.size();
            assertThat(parts).as(name + " in how many labs").hasSize(expected);
        }
        assertThat(Files.exists(split.resolve("lab-01").resolve(PROTOTYPE_TEST + ".csv"))).isTrue();
    }

    /** The first part whole, the others without their header line (and byte-order mark). */
    static byte[] joined(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            byte[] p = parts.get(i);
            int from = 0;
            if (i > 0) {
                while (p[from] != '\n') {
                    from++;
                }
                from++;
            }
            out.write(p, from, p.length - from);
        }
        return out.toByteArray();
    }

    @Test
    void eachLabFolderIsWholeAndOnlyTheFirstHasTheDirtyRows() throws IOException {
        Set<String> seen = new HashSet<>();
        List<Integer> sizes = new ArrayList<>();
        for (String lab : labs) {
            Path dir = split.resolve(lab);
            Map<String, Table> t = new HashMap<>();
            for (String f : SampleGeneratorTest.ACTIVITY_FILES) {
                t.put(f, Table.read(dir.resolve(f)));
            }
            // every reference resolves within the lab's own files
            assertThat(SampleGeneratorTest.problems(t)).as(lab)
                    .isEqualTo(lab.equals("lab-01") ? SampleGeneratorTest.dirty(2017) : List.of());
            Set<String> own = new HashSet<>();
            t.get("collectivites.csv").rows().forEach(r -> own.add(r.get("collectivite")));
            sizes.add(own.size());
            assertThat(seen).as(lab).doesNotContainAnyElementsOf(own);
            seen.addAll(own);
            for (String f : SampleGeneratorTest.ACTIVITY_FILES) {
                assertThat(t.get(f).rows()).as(lab + " " + f).allSatisfy(r -> assertThat(own).contains(r.get("collectivite")));
            }
            Path enquetes = dir.resolve("enquetes");
            assertThat(Table.read(enquetes.resolve("results-survey472913-avant.csv")).rows())
                    .allSatisfy(r -> assertThat(own).contains(r.get("coll")));
            assertThat(Table.read(enquetes.resolve("Barometre_usagers_-_all_versions_-_labels_-_2021-11-15-10-00-00.csv"))
                    .rows()).isNotEmpty().allSatisfy(r -> assertThat(own).contains(r.get("identification/collectivite")));
        }
        assertThat(sizes).containsExactly(6, 7, 7);
        assertThat(seen).hasSize(20);
    }

    @Test
    void labsBeyondTheCollectivitesAreAUsageError() {
        assertThat(SampleGenerator.run("--out", tmp.resolve("z").toString(), "--labs", "0")).isEqualTo(2);
        assertThat(SampleGenerator.run("--out", tmp.resolve("z").toString(), "--labs", "11")).isEqualTo(2);
    }
}
