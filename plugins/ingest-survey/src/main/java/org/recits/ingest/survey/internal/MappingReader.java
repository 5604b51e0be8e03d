package org.recits.ingest.survey.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recits.api.data.Finding;
import org.recits.api.model.Coded;
import org.recits.api.model.Measure;

/** Reads a mapping file's rows (docs/format.md, the mapping file); every row it cannot use becomes a warning. */
final class MappingReader {

    private MappingReader() {
    }

    /**
     * @param file      the mapping file's name, for findings
     * @param header    its header cells
     * @param columnKey how column names are normalised (the tabular library's header normalisation)
     * @param rows      its data rows
     */
    static Mapping read(String file, List<String> header, java.util.function.Function<String, String> columnKey,
            Iterable<Line> rows) {
        Mapping.Builder b = new Mapping.Builder(file);
        Map<String, Integer> cols = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cols.putIfAbsent(columnKey.apply(header.get(i)), i);
        }
        int q = col(cols, columnKey, "question");
        int m = col(cols, columnKey, "mesure", "measure");
        int e = col(cols, columnKey, "echelle", "scale");
        int inv = col(cols, columnKey, "inverse");
        int lib = col(cols, columnKey, "libelles", "libelle", "labels");
        if (q < 0 || m < 0) {
            b.finding(Finding.warning(file, 0, null, null, Messages.mappingNoQuestionColumn()));
            return b.build();
        }
        Map<String, Long> seen = new HashMap<>();
        for (Line row : rows) {
            if (row.blank()) {
                continue;
            }
            readRow(b, file, row, q, m, e, inv, lib, header, seen);
        }
        return b.build();
    }

    private static int col(Map<String, Integer> cols, java.util.function.Function<String, String> key, String... names) {
        for (String n : names) {
            Integer i = cols.get(key.apply(n));
            if (i != null) {
                return i;
            }
        }
        return -1;
    }

    private static void readRow(Mapping.Builder b, String file, Line row, int q, int m, int e, int inv, int lib,
            List<String> header, Map<String, Long> seen) {
        long line = row.line();
        String question = Text.clean(row.cell(q));
        String measure = Text.clean(row.cell(m));
        String labels = lib < 0 ? "" : Text.clean(row.cell(lib));
        if (question.isEmpty()) {
            b.finding(Finding.warning(file, line, header.get(q), null, Messages.mappingNoQuestion()));
            return;
        }
        if (measure.isEmpty() && e >= 0 && notRead(Text.clean(row.cell(e)))) {
            return; // a question listed as free text or a number with no measure (a drafted mapping): not read
        }
        Optional<Field> field = Field.of(measure);
        Optional<Measure> meas = Coded.find(Measure.class, Text.key(measure));
        if (field.isEmpty() && meas.isEmpty()) {
            b.finding(Finding.warning(file, line, header.get(m), measure, Messages.mappingUnknownMeasure(measure)));
            return;
        }
        if (question.equals("*")) {
            if (field.isEmpty()) {
                b.finding(Finding.warning(file, line, header.get(m), measure, Messages.mappingConstantForMeasure(measure)));
            } else if (labels.isEmpty()) {
                b.finding(Finding.warning(file, line, lib < 0 ? header.get(m) : header.get(lib), null,
                        Messages.mappingEmptyConstant(field.get().code())));
            } else {
                b.constant(field.get(), new Mapping.Constant(line, labels));
            }
            return;
        }
        String key = field.map(f -> "#" + f.code()).orElse(Text.key(question));
        Long first = seen.putIfAbsent(key, line);
        if (first != null) {
            b.finding(Finding.warning(file, line, header.get(q), question, Messages.mappingDuplicate(question, first)));
            return;
        }
        if (field.isPresent()) {
            // on an identifying column, libelles recode its values (A1=avant|A2=apres): any text is a value
            Map<String, String> recode = labels(b, file, line, lib < 0 ? null : header.get(lib), labels, Scale.TEXTE);
            b.entry(new Mapping.Entry(line, question, field.get(), null, Scale.TEXTE, false, recode));
            return;
        }
        String scaleText = e < 0 ? "" : Text.clean(row.cell(e));
        Scale scale = Scale.LIKERT5; // echelle is optional in a mapping; 1–5 is the report's own scale
        if (!scaleText.isEmpty()) {
            Optional<Scale> s = Scale.of(scaleText);
            if (s.isEmpty()) {
                b.finding(Finding.warning(file, line, header.get(e), scaleText, Messages.mappingUnknownScale(scaleText)));
                return;
            }
            scale = s.get();
        }
        boolean inverse = false;
        String invText = inv < 0 ? "" : Text.clean(row.cell(inv));
        if (!invText.isEmpty()) {
            String k = Text.key(invText);
            inverse = k.equals("oui") || k.equals("yes") || k.equals("true") || k.equals("vrai") || k.equals("1")
                    || k.equals("o") || k.equals("x");
            boolean no = k.equals("non") || k.equals("no") || k.equals("false") || k.equals("faux") || k.equals("0")
                    || k.equals("n");
            if (!inverse && !no) {
                b.finding(Finding.warning(file, line, header.get(inv), invText, Messages.mappingBadInverse(invText)));
            }
        }
        Map<String, String> map = labels(b, file, line, lib < 0 ? null : header.get(lib), labels, scale);
        b.entry(new Mapping.Entry(line, question, null, meas.get(), scale, inverse, map));
    }

    /** Scales whose answers no indicator scores: with no measure, such a question is listed, not read. */
    private static boolean notRead(String scale) {
        Optional<Scale> s = Scale.of(scale);
        return s.isPresent() && !s.get().scored();
    }

    /** {@code Pas du tout d'accord=1|Plutôt pas d'accord=2|Sans avis=}: an empty value means "no answer". */
    private static Map<String, String> labels(Mapping.Builder b, String file, long line, String column, String text,
            Scale scale) {
        Map<String, String> map = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return map;
        }
        for (String part : text.split("\\|")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.lastIndexOf('=');
            if (eq < 0) {
                b.finding(Finding.warning(file, line, column, p, Messages.mappingBadLabel(p)));
                continue;
            }
            String label = p.substring(0, eq).strip();
            String value = p.substring(eq + 1).strip();
            if (!value.isEmpty() && !onScale(value, scale)) {
                b.finding(Finding.warning(file, line, column, p, Messages.mappingLabelOffScale(label, value, scale)));
                continue;
            }
            map.put(Text.key(label), value);
        }
        return map;
    }

    private static boolean onScale(String value, Scale scale) {
        if (scale == Scale.TEXTE) {
            return true;
        }
        if (scale == Scale.OUI_NON) {
            return Answers.yesNo(value).isPresent();
        }
        Optional<BigDecimal> n = Answers.number(value);
        if (n.isEmpty()) {
            return false;
        }
        return scale == Scale.NOMBRE || scale.toFive(n.get()).isPresent();
    }

}
