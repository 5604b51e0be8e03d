package org.recits.narrative.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Report;
import org.recits.narrative.internal.Doc.Note;
import org.recits.narrative.internal.Doc.Notes;
import org.recits.narrative.internal.Doc.Sentence;

/**
 * The numbered notes at the end of the narrative: for each figure of the text, the indicator (by name and
 * code) or the file it is counted from, the scope and the period, and the row of the workbook's indicators
 * sheet that holds it, by its key ({@code CODE|scope|period}, the sheet's key column): a key still finds
 * its row once a reader has sorted or filtered the sheet, a cell address would not.
 */
final class SourceNotes {

    private SourceNotes() {
    }

    /**
     * The heading ({@code headingKey}, anchor {@code id}) and the notes of the sentences with a source added
     * to {@code doc} so far, from the {@code from}-th note on (0-based): the brief's notes close the brief,
     * the annex's the annex.
     */
    static void write(Doc doc, Report report, Typo ty, DataSentences data, int from, String headingKey, String id) {
        List<Sentence> all = doc.noted();
        if (all.size() <= from) {
            return;
        }
        List<Sentence> noted = all.subList(from, all.size());
        Map<String, IndicatorResult> byCode = new HashMap<>();
        report.results().forEach(r -> byCode.putIfAbsent(r.definition().code(), r));
        List<Note> notes = new ArrayList<>(noted.size());
        for (Sentence s : noted) {
            notes.add(new Note(doc.noteNumber(s), s.anchor(), text(s, byCode.get(s.source()), ty, data)));
        }
        doc.heading(2, ty.text(headingKey), id);
        doc.add(new Notes(notes));
    }

    /** One note's text, in the narrative's language. */
    static String text(Sentence s, IndicatorResult indicator, Typo ty, DataSentences data) {
        String scope = data.scopeName(data.scope(s.scope()));
        if (indicator == null) {
            return ty.text("note.file", s.source(), scope, s.period());
        }
        String key = s.source() + "|" + workbookScope(s) + "|" + s.period();
        return ty.text("note.indicator", ty.in(indicator.definition().label()), s.source(), scope,
                s.period(), ty.text("note.sheet"), key);
    }

    /** The scope as the workbook's key column writes it: « programme », else the collectivité's id. */
    private static String workbookScope(Sentence s) {
        return s.scope() == null ? "programme" : s.scope();
    }
}
