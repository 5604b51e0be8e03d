package org.recits.narrative.internal;

import java.util.Base64;
import java.util.Locale;
import org.recits.narrative.internal.Doc.Block;
import org.recits.narrative.internal.Doc.Figure;
import org.recits.narrative.internal.Doc.Heading;
import org.recits.narrative.internal.Doc.KeyFigure;
import org.recits.narrative.internal.Doc.KeyFigures;
import org.recits.narrative.internal.Doc.KeyMessage;
import org.recits.narrative.internal.Doc.KeyMessages;
import org.recits.narrative.internal.Doc.Masthead;
import org.recits.narrative.internal.Doc.Note;
import org.recits.narrative.internal.Doc.Notes;
import org.recits.narrative.internal.Doc.PageBreak;
import org.recits.narrative.internal.Doc.Para;
import org.recits.narrative.internal.Doc.QuoteBlock;
import org.recits.narrative.internal.Doc.Sentence;

/** One self-contained HTML file: inline CSS, charts inline as SVG, A4 print rules. */
final class HtmlWriter {

    private static final String CSS = """
            @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
            body { font-family: "Marianne", "Source Sans Pro", "DejaVu Sans", Arial, sans-serif; color: #1b1b1b;
                   max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.5; font-size: 11pt; }
            h1 { font-size: 1.9em; margin-bottom: .1em; color: #1f3a5f; }
            .sous-titre { color: #555; margin-top: 0; font-size: .95em; }
            h2 { font-size: 1.35em; color: #1f3a5f; border-bottom: 2px solid #1f3a5f; padding-bottom: .15em;
                 margin-top: 1.6em; break-after: avoid; page-break-after: avoid; }
            h3 { font-size: 1.1em; margin-top: 1.2em; break-after: avoid; page-break-after: avoid; }
            .note { font-size: .7em; line-height: 0; }
            .note a { color: #1f3a5f; text-decoration: none; }
            .labo { font-size: 1.05em; font-weight: bold; color: #1f3a5f; margin: 0; }
            .logo { max-height: 2.2cm; max-width: 6cm; display: block; margin-bottom: .6em; }
            .ligne { color: #555; margin: .1em 0; font-size: .95em; }
            .messages { list-style: none; padding: 0; margin: 1em 0; break-inside: avoid; }
            .messages li { border-left: 5px solid #1f3a5f; background: #f2f5f9; padding: .5em .9em; margin: .6em 0; }
            .messages strong { display: block; color: #1f3a5f; font-size: 1.08em; }
            .notes { font-size: .85em; color: #333; }
            .notes li { margin: .15em 0; }
            .saut { break-before: page; page-break-before: always; }
            .chiffres { display: flex; flex-wrap: wrap; gap: .8em; margin: 1em 0; break-inside: avoid; }
            .chiffre { flex: 1 1 9em; border: 1.5px solid #1f3a5f; border-radius: 6px; padding: .6em .8em; }
            .chiffre .valeur { display: block; font-size: 1.7em; font-weight: bold; color: #1f3a5f; }
            .chiffre .libelle { display: block; font-size: .9em; }
            blockquote { margin: .8em 0 .8em 1.2em; padding: .3em .9em; border-left: 4px solid #e09a3e;
                         font-style: italic; break-inside: avoid; }
            blockquote footer { font-style: normal; font-size: .85em; color: #555; margin-top: .2em; }
            figure { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }
            figure svg { width: 100%; height: auto; }
            figcaption { font-size: .85em; color: #555; }
            .donnees summary { font-size: .85em; color: #1f3a5f; cursor: pointer; }
            .donnees table { border-collapse: collapse; font-size: .8em; margin: .4em 0; }
            .donnees caption { text-align: left; font-size: .95em; color: #333; }
            .donnees th, .donnees td { border: 1px solid #bbb; padding: .15em .5em; }
            .donnees td { text-align: right; font-variant-numeric: tabular-nums; }
            .donnees th[scope=row] { text-align: left; font-weight: normal; }
            ul { padding-left: 1.2em; }
            li { margin: .25em 0; }
            @media print { body { margin: 0; max-width: none; font-size: 10pt; } a { color: inherit; text-decoration: none; } }
            """;

    private Doc doc;
    private org.recits.api.text.Messages words;

    String write(Doc doc, Locale locale) {
        this.doc = doc;
        this.words = org.recits.api.text.Messages.of(NarrativeRenderer.class, locale);
        Masthead m = doc.masthead;
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"").append("en".equals(locale.getLanguage()) ? "en" : "fr").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(doc.title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<header>\n");
        if (m.logo() != null) {
            h.append("<img class=\"logo\" src=\"data:").append(m.logo().mediaType()).append(";base64,")
                    .append(Base64.getEncoder().encodeToString(m.logo().bytes())).append("\" alt=\"")
                    .append(esc(m.logo().alt())).append("\">\n");
        }
        if (m.lab() != null) {
            h.append("<p class=\"labo\">").append(esc(m.lab())).append("</p>\n");
        }
        h.append("<h1 id=\"titre\">").append(raised(doc.title)).append("</h1>\n<p class=\"sous-titre\">")
                .append(esc(doc.subtitle)).append("</p>\n");
        for (String line : m.lines()) {
            h.append("<p class=\"ligne\">").append(esc(line)).append("</p>\n");
        }
        h.append("</header>\n<main>\n");
        for (Block b : doc.blocks) {
            block(h, b);
        }
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private void block(StringBuilder h, Block b) {
        if (b instanceof Heading x) {
            String tag = "h" + Math.min(4, Math.max(2, x.level()));
            h.append('<').append(tag).append(" id=\"").append(esc(x.id())).append("\">").append(raised(x.text()))
                    .append("</").append(tag).append(">\n");
        } else if (b instanceof Para p) {
            if (p.list()) {
                h.append("<ul>\n");
                for (Sentence s : p.sentences()) {
                    h.append("<li>");
                    sentence(h, s);
                    h.append("</li>\n");
                }
                h.append("</ul>\n");
            } else {
                h.append("<p>");
                for (int i = 0; i < p.sentences().size(); i++) {
                    if (i > 0) {
                        h.append(' ');
                    }
                    sentence(h, p.sentences().get(i));
                }
                h.append("</p>\n");
            }
        } else if (b instanceof KeyFigures k) {
            h.append("<div class=\"chiffres\">\n");
            for (KeyFigure f : k.figures()) {
                h.append("<div class=\"chiffre\"><span class=\"valeur\">").append(esc(f.figure()))
                        .append("</span><span class=\"libelle\">").append(esc(f.label()));
                ref(h, f.source());
                h.append("</span></div>\n");
            }
            h.append("</div>\n");
        } else if (b instanceof QuoteBlock q) {
            h.append("<blockquote><p>").append(esc(q.marked())).append("</p><footer>— ")
                .append(esc(q.who())).append("</footer></blockquote>\n");
        } else if (b instanceof Figure f) {
            h.append("<figure role=\"group\" aria-label=\"").append(esc(f.alt())).append("\">\n")
                .append(f.chart().svg()).append("\n<figcaption>").append(esc(f.caption()))
                .append("</figcaption>\n");
            table(h, f);
            h.append("</figure>\n");
        } else if (b instanceof KeyMessages k) {
            h.append("<ol class=\"messages\">\n");
            for (KeyMessage m : k.messages()) {
                h.append("<li><strong>").append(esc(m.title())).append("</strong>");
                sentence(h, m.text());
                h.append("</li>\n");
            }
            h.append("</ol>\n");
        } else if (b instanceof Notes n) {
            h.append("<ol class=\"notes\">\n");
            for (Note note : n.notes()) {
                h.append("<li id=\"").append(esc(note.id())).append("\" value=\"").append(note.number()).append("\">")
                        .append(esc(note.text())).append("</li>\n");
            }
            h.append("</ol>\n");
        } else if (b instanceof PageBreak) {
            h.append("<hr class=\"saut\" aria-hidden=\"true\">\n");
        }
    }

    /**
     * The chart's figures in a data table, folded in a {@code <details>} (RGAA 1.8 and 4.1: an image that
     * carries data gives it in text too); printing shows only its one-line summary.
     */
    private void table(StringBuilder h, Figure f) {
        java.util.List<java.util.List<String>> rows = f.chart().table();
        if (rows.isEmpty()) {
            return;
        }
        h.append("<details class=\"donnees\"><summary>").append(esc(words.get("html.chartData")))
                .append("</summary>\n<table>\n<caption>").append(esc(f.title())).append("</caption>\n<thead><tr>");
        for (String head : rows.get(0)) {
            h.append(head.isEmpty() ? "<td></td>" : "<th scope=\"col\">" + esc(head) + "</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (java.util.List<String> row : rows.subList(1, rows.size())) {
            h.append("<tr><th scope=\"row\">").append(esc(row.get(0))).append("</th>");
            for (String cell : row.subList(1, row.size())) {
                h.append("<td>").append(esc(cell)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</details>\n");
    }

    private void sentence(StringBuilder h, Sentence s) {
        h.append(raised(s.text()));
        ref(h, s);
    }

    /** The text escaped, its ordinals' letters in {@code <sup>} (« 1<sup>er</sup> »). */
    static String raised(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (Ordinals.Part p : Ordinals.split(text)) {
            b.append(p.raised() ? "<sup>" + esc(p.text()) + "</sup>" : esc(p.text()));
        }
        return b.toString();
    }

    /** The note number after a sentence with a source, linked to its note. */
    private void ref(StringBuilder h, Sentence s) {
        int n = doc.noteNumber(s);
        if (n > 0) {
            h.append("<sup class=\"note\"><a href=\"#").append(esc(s.anchor())).append("\">").append(n)
                    .append("</a></sup>");
        }
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
