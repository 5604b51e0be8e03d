package org.recits.api.ingest;

import java.util.List;
import java.util.Objects;

/**
 * A drafted mapping file, with what was recognised to draft it.
 *
 * @param recognised the tool and layout recognised, in words, one line
 * @param questions  one line per column of the export, in order: what the draft says of it
 * @param fileName   the name the mapping must have beside the export ({@code NAME.mapping.csv})
 * @param text       the mapping file's text, as it is to be written (UTF-8)
 * @since 1.1
 */
public record MappingDraft(String recognised, List<String> questions, String fileName, String text) {

    /**
     * Requires every part; copies the questions.
     *
     * @param recognised the tool and layout recognised, in words, one line
     * @param questions  one line per column of the export, in order: what the draft says of it
     * @param fileName   the name the mapping must have beside the export ({@code NAME.mapping.csv})
     * @param text       the mapping file's text, as it is to be written (UTF-8)
     */
    public MappingDraft {
        Objects.requireNonNull(recognised, "recognised");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        questions = List.copyOf(questions);
    }
}
