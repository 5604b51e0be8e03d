package org.recits.narrative.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.recits.charts.Chart;

/** The narrative as a list of blocks, written once and rendered as HTML and as DOCX. */
final class Doc {

    /** What an HTML id may not hold. */
    static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9_-]");

    /** Something on the page. */
    sealed interface Block permits Heading, Para, KeyFigures, QuoteBlock, Figure {
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

        /** The reference shown after the sentence: {@code [CODE, 2020-T1]}. */
        String ref() {
            return source == null ? null : "[" + source + ", " + period + "]";
        }

        /** The anchor id for the reference. */
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

    /** A consented quote. */
    record QuoteBlock(String text, String who) implements Block {

        /** The words between French quotation marks, in either language: quotes stay as they were said. */
        String marked() {
            return "«" + Typo.NBSP + text + Typo.NBSP + "»";
        }
    }

    /** A chart from the chart service. */
    record Figure(Chart chart, String caption) implements Block {
    }

    final String title;
    final String subtitle;
    final List<Block> blocks = new ArrayList<>();

    Doc(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
    }

    void add(Block b) {
        blocks.add(b);
    }

    void heading(int level, String text, String id) {
        blocks.add(new Heading(level, text, id));
    }

    void para(List<Sentence> sentences) {
        if (!sentences.isEmpty()) {
            blocks.add(new Para(sentences, false));
        }
    }

    void list(List<Sentence> sentences) {
        if (!sentences.isEmpty()) {
            blocks.add(new Para(sentences, true));
        }
    }
}
