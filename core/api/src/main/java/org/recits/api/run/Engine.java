package org.recits.api.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.osgi.annotation.versioning.ProviderType;
import org.recits.api.report.Progress;

/**
 * The engine of the command line, as a service: a caller inside the framework (the page of {@code recits serve})
 * checks a folder and writes a report through it, with the same code as {@code recits check} and
 * {@code recits report}, never a second implementation. Registered by the engine; thread-safe, and holds nothing
 * of a call once it returns.
 */
@ProviderType
public interface Engine {

    /**
     * Reads a data folder and checks it, as {@code recits check --data folder} does.
     *
     * @param folder the data folder
     * @param locale the language of the texts
     * @return what each file was read as, every finding, and whether the folder can be reported on
     * @throws IOException when the folder cannot be read
     */
    FolderCheck check(Path folder, Locale locale) throws IOException;

    /**
     * Runs one command line, as {@code recits} does with these arguments, its output captured.
     *
     * @param args the arguments, such as {@code report --data D --out O --period 2021-T1 --lang en}
     * @return its exit code, standard output and standard error
     */
    CommandRun run(List<String> args);

    /**
     * Runs one command line, its output captured, and tells {@code progress} how it goes: the steps a terminal
     * shows while {@code recits report} runs (each file read, each indicator computed, each output written, with
     * their counts), in the command's language.
     *
     * @param args     the arguments
     * @param progress told each step; called from the run's threads, so it must be thread-safe
     * @return its exit code, standard output and standard error
     * @since 1.1
     */
    CommandRun run(List<String> args, Progress progress);

    /**
     * What is installed: the catalogue {@code recits indicators} prints and the plugins {@code recits plugins}
     * lists, from the same registry.
     *
     * @return the installed indicators and plugins
     * @since 1.1
     */
    Catalogue catalogue();
}
