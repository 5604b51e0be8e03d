package org.recits.narrative.internal;

import java.util.ArrayList;
import java.util.List;
import org.recits.api.report.PluginFailure;
import org.recits.api.report.Report;
import org.recits.narrative.internal.Doc.Sentence;

/**
 * The narrative's last section, « Comment lire ce récit »: what a reference means, what is withheld,
 * which quotes are published, and the plugins that failed, named by plugin and step only.
 */
final class ReadingNotes {

    private ReadingNotes() {
    }

    static void write(Doc doc, Report report, Typo ty) {
        doc.heading(2, ty.text("heading.method"), "methode");
        List<Sentence> out = new ArrayList<>();
        out.add(Sentence.plain(ty.text("method.references")));
        out.add(Sentence.plain(ty.text("method.threshold", String.valueOf(report.suppressionThreshold()))));
        out.add(Sentence.plain(ty.text("method.quotes", String.valueOf(Quotes.WINDOW_MONTHS))));
        // Empty when the quotes are in the narrative's own language.
        String language = ty.text("method.quotes.language");
        if (!language.isEmpty()) {
            out.add(Sentence.plain(language));
        }
        doc.para(out);
        if (!report.failures().isEmpty()) {
            // Which plugin and at what step only: an exception's text (class names, English) tells an élu
            // nothing and the workbook's Provenance sheet keeps it for whoever maintains the plugins.
            List<Sentence> f = new ArrayList<>();
            for (PluginFailure pf : report.failures()) {
                f.add(Sentence.plain(pf.plugin() + ty.colon() + stage(ty, pf.stage())));
            }
            doc.para(List.of(Sentence.plain(ty.text("method.failures"))));
            doc.list(f);
        }
    }

    /**
     * What a plugin was doing when it failed, in words: the text {@code stage.NAME} (load, ingest, compute,
     * sentences, render), else the stage's name as it is.
     */
    static String stage(Typo ty, String stage) {
        String key = "stage." + stage;
        return ty.has(key) ? ty.text(key) : stage;
    }
}
