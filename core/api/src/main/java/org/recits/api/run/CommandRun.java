package org.recits.api.run;

import java.util.Objects;

/**
 * What one command line gave, as a terminal would have shown it.
 *
 * @param code the exit code (0 done, 2 usage error, 3 input rejected, 4 a plugin failed, 1 anything else)
 * @param out  its standard output
 * @param err  its standard error
 */
public record CommandRun(int code, String out, String err) {

    /**
     * Checks the texts.
     *
     * @param code the exit code
     * @param out  its standard output
     * @param err  its standard error
     */
    public CommandRun {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }
}
