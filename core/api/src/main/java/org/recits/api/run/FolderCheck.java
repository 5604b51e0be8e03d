package org.recits.api.run;

import java.util.List;
import java.util.Objects;
import org.recits.api.data.Finding;
import org.recits.api.model.Period;

/**
 * What {@code recits check} says of a data folder, in the language asked for.
 *
 * @param files    one line per file (or per table of a file): what it was read as, with its rows read, kept and
 *                 rejected, or why it was left aside; as {@code check} prints them
 * @param findings every rejected or flagged row, in file and line order
 * @param summary  the closing line counting rows, answers and findings; empty when the folder is refused
 * @param refusal  why no report can be made from the folder (nothing readable, a table from two files), or null
 * @param problems plugins that took no part or failed, one line each
 * @param quarters the quarters holding a counted session, oldest first: the periods a report may be asked for
 */
public record FolderCheck(List<String> files, List<Finding> findings, String summary, String refusal,
        List<String> problems, List<Period> quarters) {

    /**
     * Copies the lists.
     *
     * @param files    one line per file
     * @param findings every rejected or flagged row
     * @param summary  the closing line
     * @param refusal  why no report can be made, or null
     * @param problems plugins that took no part or failed
     * @param quarters the quarters holding a counted session
     */
    public FolderCheck {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
        Objects.requireNonNull(summary, "summary");
        problems = List.copyOf(problems);
        quarters = List.copyOf(quarters);
    }
}
