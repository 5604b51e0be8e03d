package org.recits.tools.generator;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A test-side reader that detects what docs/format.md says a reader must detect (BOM, UTF-8 or
 * Windows-1252, separator from the header line) and normalises headers the docs/format.md way, so the
 * tests check the files as a conforming reader would see them, independently of the generator.
 */
record Table(List<String> header, List<Map<String, String>> rows, Charset charset, char separator, boolean bom) {

    static final Charset CP1252 = Charset.forName("windows-1252");

    static Table read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        String text;
        Charset charset;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0))).toString();
            charset = StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            text = new String(bytes, CP1252);
            charset = CP1252;
        }
        String firstLine = text.lines().findFirst().orElse("");
        char sep = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        List<String> header = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder().setDelimiter(sep).build())) {
            boolean first = true;
            for (CSVRecord rec : parser) {
                if (first) {
                    rec.forEach(h -> header.add(normalise(h)));
                    first = false;
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < rec.size() ? rec.get(i) : "");
                }
                rows.add(row);
            }
        }
        return new Table(header, rows, charset, sep, bom);
    }

    /** Headers are case-, accent- and space-insensitive ("Date début" = "date_debut"). */
    static String normalise(String header) {
        String s = Normalizer.normalize(header.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "_");
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
