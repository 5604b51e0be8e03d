package org.recits.api.store;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** One connection to a programme store, used by one command and then closed. */
@ProviderType
public interface StoreSession extends AutoCloseable {

    /**
     * Loads a lab's checked files, all or nothing, while no other push of that lab runs: a file already stored
     * with the same content is left as it is, a file whose content changed replaces its previous version, a
     * file stored earlier and absent from this push stays. The push is recorded, even when it changes nothing.
     *
     * @param lab           the lab's name ({@link StoreSession#checkLab})
     * @param files         the files, with their names relative to the data folder, each once
     * @param recitsVersion the product's version, kept in the history
     * @return what the push did
     * @throws StoreException when the store refuses (another lab's rows, a lost connection); nothing is changed
     */
    Push push(String lab, List<PushedFile> files, String recitsVersion) throws StoreException;

    /**
     * The stored files of some labs, by lab and then name.
     *
     * @param labs the labs; all the store holds when empty
     * @return the files; none for a lab the store does not hold
     * @throws StoreException when the store cannot be read
     */
    List<StoredFile> files(List<String> labs) throws StoreException;

    /**
     * The labs the store holds, by name.
     *
     * @return the lab names the session may read
     * @throws StoreException when the store cannot be read
     */
    List<String> labs() throws StoreException;

    /**
     * Writes a stored file's bytes, as they were pushed.
     *
     * @param file a file {@link #files} listed
     * @param out  where the bytes go; left open
     * @throws StoreException when the store cannot be read or no longer holds that version of the file
     * @throws IOException    when {@code out} cannot be written
     */
    void copy(StoredFile file, OutputStream out) throws StoreException, IOException;

    /**
     * Records a report made from the store, with what it read and wrote.
     *
     * @param report the report's inputs, outputs and plugins
     * @return the record's number in the history
     * @throws StoreException when the store cannot be written
     */
    long recordReport(ReportRecord report) throws StoreException;

    /**
     * A report the history holds, to make it again: its labs, options, the versions of the files it read (which
     * {@link #copy} still gives, even once replaced), its outputs' hashes and its plugins.
     *
     * @param id its number in the history
     * @return the report; empty when the history holds no report of that number that the session may read
     * @throws StoreException when the store cannot be read
     */
    java.util.Optional<ReportRecord> report(long id) throws StoreException;

    /**
     * The pushes and reports, oldest first.
     *
     * @param lab only those of this lab (a report counts for every lab it read); all when null
     * @return the history
     * @throws StoreException when the store cannot be read
     */
    List<HistoryEntry> history(String lab) throws StoreException;

    /**
     * Creates, for each lab, the database role that may push that lab's files and read them only, and the
     * programme's reporting role that reads every lab; sets the row-level security policies that hold them
     * to it. Asked of the store's owner; running it again changes nothing.
     *
     * @param labs the labs to create a role for
     * @return the roles created or already there, the programme's first
     * @throws StoreException when the session's role may not create roles or policies
     */
    List<String> createRoles(List<String> labs) throws StoreException;

    /**
     * Closes the connection.
     *
     * @throws StoreException never for a lost connection: there is nothing left to close then
     */
    @Override
    void close() throws StoreException;

    /**
     * Checks a lab's name: 1 to 40 lower-case ASCII letters, digits, {@code -} or {@code _}, starting with a
     * letter or a digit, so that it names a folder and a database role alike on every system.
     *
     * @param lab the name
     * @return whether it is one
     */
    static boolean checkLab(String lab) {
        return lab != null && lab.matches("[a-z0-9][a-z0-9_-]{0,39}");
    }
}
