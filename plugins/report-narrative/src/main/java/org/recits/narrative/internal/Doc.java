package org.recits.narrative.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.recits.charts.Chart;

/**
 * The narrative as a list of blocks, written once and rendered as HTML and as DOCX (and by any other
 * writer from the same blocks). A sentence with a source never shows its indicator code in the text: it
 * carries a note number ({@link #noteNumber}), and the {@link Notes} block lists, by number, where each
 * figure comes from.
 */
final class Doc {

    /** What an HTML id may not hold. */
    static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9_-]");

    /** Something on the page. */
    sealed interface Block permits Heading, Para, KeyFigures, QuoteBlock, Figure, KeyMessages, Notes, PageBreak {
    }

    /**
     * A heading.
     *
     * @param level 1 for the title, 2 for sections, 3 for subsections
     * @param id    stable anchor
     */
    record Heading(int level, String text, String id) implements Block {
    }

    /** A paragraph of sentences, or a bullet list when {@code list}. */
    record Para(List<Sentence> sentences, boolean list) implements Block {
        Para {
            sentences = List.copyOf(sentences);
        }
    }

    /**
     * A sentence and where its figure comes from.
     *
     * @param text   the sentence
     * @param source the indicator code or file, e.g. {@code PART_ATTENDANCE_RATE}; null for connecting text
     * @param period the period label, e.g. {@code 2020-T1}; null with {@code source}
     * @param scope  the scope id, for the anchor; null with {@code source}
     */
    record Sentence(String text, String source, String period, String scope) {

        static Sentence plain(String text) {
            return new Sentence(text, null, null, null);
        }

        /** The anchor id of the sentence's note: the same figure (source, scope, period) has one note. */
        String anchor() {
            return source == null ? null
                    : NOT_ID.matcher("ref-" + source + "-" + scope + "-" + period).replaceAll("-");
        }
    }

    /** Three to five big figures. */
    record KeyFigures(List<KeyFigure> figures) implements Block {
        KeyFigures {
            figures = List.copyOf(figures);
        }
    }

    /** A big figure with what it is. */
    record KeyFigure(String figure, String label, Sentence source) {
    }

    /**
     * A consented quote.
     *
     * @param english whether the narrative is in English: the words stay as they were said, the marks
     *                round them are the narrative's (« » in French, “ ” in English)
     */
    record QuoteBlock(String text, String who, boolean english) implements Block {

        QuoteBlock(String text, String who) {
            this(text, who, false);
        }

        /** The words between the narrative's quotation marks. */
        String marked() {
            return english ? "“" + text + "”" : "«" + Typo.NBSP + text + Typo.NBSP + "»";
        }
    }

    /**
     * A chart from the chart service. Its title is drawn in the picture; the caption under it adds what the
     * picture does not say (its number, the message it supports), never the title again.
     *
     * @param title   the chart's title in the narrative's typography, which names its data table
     * @param caption « Graphique 3 », or « Graphique 1 : le plus fort changement » beside a key message
     * @param alt     what it shows, in words, for whoever cannot see it (a screen reader, a text export)
     */
    record Figure(Chart chart, String title, String caption, String alt) implements Block {

        /**
         * The scale of the PNG a printed document (PDF, DOCX) embeds, the chart files' own (the chart encodes
         * it once for all). Not less: at 1.6 (200 pixels per inch of paper, the PDF a quarter lighter) Java 17
         * and Java 25 drew the charts differently, and the DOCX and PDF were no longer the same bytes on both
         * (JdkParityIT; the cause was not looked into).
         */
        static final double PRINT_SCALE = 2;
    }

    /**
     * The top of the first page, shown with the title: who reports (the lab, the collectivité) and its
     * logo above it, when the data folder gives them, and the lines under it (the date of the data, a
     * contact).
     *
     * @param lab   the lab's or programme's name, to show above the title; null when not given
     * @param logo  the logo, or null
     * @param lines short lines shown under the subtitle, in order
     */
    record Masthead(String lab, Picture logo, List<String> lines) {
        Masthead {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A picture given as it is (PNG or JPEG bytes), with its size in pixels and its text alternative.
     *
     * @param mediaType {@code image/png} or {@code image/jpeg}
     */
    record Picture(byte[] bytes, String mediaType, int width, int height, String alt) {
        Picture {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /** The few things to remember, each a short title and a sentence with its note. */
    record KeyMessages(List<KeyMessage> messages) implements Block {
        KeyMessages {
            messages = List.copyOf(messages);
        }
    }

    /** One key message: a title (« La présence progresse ») and the sentence that proves it. */
    record KeyMessage(String title, Sentence text) {
    }

    /** The numbered notes: where each figure of the text comes from. */
    record Notes(List<Note> notes) implements Block {
        Notes {
            notes = List.copyOf(notes);
        }
    }

    /**
     * A note.
     *
     * @param number its number, shown after the sentences it serves
     * @param id     its anchor, {@link Sentence#anchor()}
     * @param text   the indicator (or file), the period and where to find the figure in the workbook
     */
    record Note(int number, String id, String text) {
    }

    /** The next block starts a new page (the annex, after the brief). */
    record PageBreak() implements Block {
    }

    final String title;
    final String subtitle;
    /** Who reports, shown with the title; never null. */
    Masthead masthead = new Masthead(null, null, List.of());
    final List<Block> blocks = new ArrayList<>();
    /** Note numbers by anchor, in order of first appearance; the first sentence of each. */
    private final Map<String, Integer> notes = new LinkedHashMap<>();
    private final List<Sentence> noted = new ArrayList<>();

    Doc(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
    }

    /** The number the next figure takes: figures are numbered in order, brief and annex together. */
    int nextFigureNumber() {
        return 1 + (int) blocks.stream().filter(b -> b instanceof Figure).count();
    }

    void add(Block b) {
        if (b instanceof Para p) {
            p.sentences().forEach(this::register);
        } else if (b instanceof KeyFigures k) {
            k.figures().forEach(f -> register(f.source()));
        } else if (b instanceof KeyMessages k) {
            k.messages().forEach(m -> register(m.text()));
        }
        blocks.add(b);
    }

    private void register(Sentence s) {
        if (s != null && s.source() != null && !notes.containsKey(s.anchor())) {
            notes.put(s.anchor(), notes.size() + 1);
            noted.add(s);
        }
    }

    /** The note number of a sentence added to this document; 0 when it has no source. */
    int noteNumber(Sentence s) {
        if (s == null || s.source() == null) {
            return 0;
        }
        Integer n = notes.get(s.anchor());
        if (n == null) {
            throw new IllegalStateException("sentence not added to the document: " + s.text());
        }
        return n;
    }

    /** The first sentence of each note, note 1 first. */
    List<Sentence> noted() {
        return List.copyOf(noted);
    }

    void heading(int level, String text, String id) {
        blocks.add(new Heading(level, text, id));
    }

    void para(List<Sentence> sentences) {
        if (!sentences.isEmpty()) {
            add(new Para(sentences, false));
        }
    }

    void list(List<Sentence> sentences) {
        if (!sentences.isEmpty()) {
            add(new Para(sentences, true));
        }
    }
}
