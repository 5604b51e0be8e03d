package org.recits.engine.internal.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.recits.api.data.Dataset;
import org.recits.api.data.SourceFile;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;

/**
 * Says why a data folder holds nothing to report on, so that {@code report} and {@code check} refuse it
 * instead of writing "0 collectivité" or "no rejected row": an empty folder, files none of which is of
 * the input format, files of the format without a single data row, or rows that are all rejected.
 */
final class EmptyFolder {

    /** How many found files a message names before "and N others". */
    private static final int NAMED = 8;

    private EmptyFolder() {
    }

    /**
     * @return why nothing can be read, in the words of {@code messages}; null when some data row was kept
     */
    static String explain(Messages messages, Path folder, FolderInventory inventory, Dataset read) {
        String expected = messages.get("format.expected");
        if (inventory.files().isEmpty()) {
            List<String> skipped = inventory.skipped().stream().map(FolderInventory.Skipped::name).toList();
            return messages.get("error.folderEmpty", folder, skipped.size(), names(messages, skipped), expected);
        }
        List<SourceFile> claimed = read.sources().stream().filter(s -> !s.ingestor().isEmpty()).toList();
        if (claimed.isEmpty()) {
            List<String> found = inventory.files().stream().map(inventory::name).toList();
            return messages.get("error.folderNoFormat", inventory.files().size(), folder, expected,
                    names(messages, found));
        }
        long rows = claimed.stream().mapToLong(SourceFile::rowsRead).sum();
        if (rows == 0) {
            return messages.get("error.folderNoRows", folder, claimed.size(),
                    names(messages, claimed.stream().map(SourceFile::name).toList()));
        }
        if (claimed.stream().mapToLong(SourceFile::rowsKept).sum() == 0) {
            // every row rejected (a survey export without its mapping, a sheet under a title row…):
            // a report would still say "0 collectivité"
            return messages.get("error.folderNoKept", folder, rows);
        }
        return null;
    }

    private static String names(Messages messages, List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(NAMED, names.size())));
        return names.size() <= NAMED ? shown : messages.get("list.andOthers", shown, names.size() - NAMED);
    }
}
