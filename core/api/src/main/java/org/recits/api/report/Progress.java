package org.recits.api.report;

/** Tells the user how long work is going; the engine shows it on a terminal and stays silent otherwise. */
public interface Progress {

    /** Silent. */
    Progress NONE = (what, done, total) -> { };

    /**
     * @param what  what is being done, in the report's language
     * @param done  units done
     * @param total units in all, or 0 when unknown
     */
    void update(String what, long done, long total);
}
