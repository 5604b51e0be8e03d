package org.recits.report.excel.internal;

import java.util.List;
import org.recits.api.data.SourceFile;
import org.recits.api.report.PluginFailure;
import org.recits.api.report.PluginInfo;
import org.recits.api.report.Report;

/**
 * The {@code Provenance} sheet: the files read (SHA-256, ingestor and its version, rows per table), the
 * plugins used, and the plugins that failed.
 */
final class ProvenanceSheet {

    private ProvenanceSheet() {
    }

    static void write(Rows r, Report report, Texts tx, Styles st) {
        String[] headers = {tx.get("provenance.file"), "SHA-256", tx.get("provenance.ingestor"), tx.get("provenance.bundle.version"),
            tx.get("provenance.table"), tx.get("provenance.rows.read"), tx.get("provenance.rows.kept"),
            tx.get("provenance.rows.rejected"), tx.get("provenance.answers.rejected")};
        int[] widths = {32, 66, 20, 16, 22, 12, 12, 12, 12};
        r.header(headers, widths);
        for (SourceFile f : report.data().sources()) {
            List<SourceFile.TableCount> tables = f.tables().isEmpty()
                    ? List.of(new SourceFile.TableCount("", 0, 0, 0)) : f.tables();
            for (SourceFile.TableCount t : tables) {
                r.row();
                r.text(0, f.name());
                r.text(1, f.sha256());
                r.text(2, f.ingestor());
                r.text(3, f.ingestorVersion());
                r.text(4, t.table());
                r.number(5, t.read(), st.integer);
                r.number(6, t.kept(), st.integer);
                r.number(7, t.rejected(), st.integer);
                r.number(8, t.answersRejected(), st.integer);
            }
        }
        r.filter(0, headers.length);

        r.skip().row().text(0, tx.get("provenance.plugins"), st.title);
        r.row();
        String[] ph = {tx.get("provenance.kind"), "Id", tx.get("provenance.bundle"), tx.get("provenance.bundle.version")};
        for (int i = 0; i < ph.length; i++) {
            r.text(i, ph[i], st.header);
        }
        for (PluginInfo p : report.plugins()) {
            r.row();
            r.text(0, kind(p.kind(), tx));
            r.text(1, p.id());
            r.text(2, p.bundle());
            r.text(3, p.version());
        }

        r.skip().row().text(0, tx.get("provenance.plugin.failures"), st.title);
        r.row();
        String[] fh = {tx.get("provenance.plugin"), tx.get("provenance.stage"), "Message"};
        for (int i = 0; i < fh.length; i++) {
            r.text(i, fh[i], st.header);
        }
        for (PluginFailure f : report.failures()) {
            r.row();
            r.text(0, f.plugin());
            r.text(1, stage(f.stage(), tx));
            r.text(2, f.message());
        }
        if (report.failures().isEmpty()) {
            r.row().text(0, tx.get("provenance.none"));
        }
    }

    private static String kind(String kind, Texts tx) {
        return switch (kind) {
            case "ingestor" -> tx.get("provenance.kind.ingestor");
            case "indicator" -> tx.get("provenance.kind.indicator");
            case "renderer" -> tx.get("provenance.kind.renderer");
            default -> kind;
        };
    }

    private static String stage(String stage, Texts tx) {
        return switch (stage) {
            case "load" -> tx.get("provenance.stage.load");
            case "ingest" -> tx.get("provenance.stage.ingest");
            case "compute" -> tx.get("provenance.stage.compute");
            case "sentences" -> tx.get("provenance.stage.sentences");
            case "render" -> tx.get("provenance.stage.render");
            default -> stage;
        };
    }

}
