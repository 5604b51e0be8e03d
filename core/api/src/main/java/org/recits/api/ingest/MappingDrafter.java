package org.recits.api.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Drafts the mapping file a survey export needs to be read ({@code recits mapping EXPORT}): what tool and
 * layout the export was recognised as, its questions, and a first {@code NAME.mapping.csv} whose measures
 * are proposals for the lab to confirm. Register implementations as OSGi services.
 *
 * @since 1.1
 */
public interface MappingDrafter {

    /**
     * Reads an export and drafts its mapping.
     *
     * @param export the export file
     * @param locale the language of the texts returned and of the draft's remarks (French unless English)
     * @return the draft, or empty when this drafter does not read such a file
     * @throws IOException when the file cannot be read
     */
    Optional<MappingDraft> draft(Path export, Locale locale) throws IOException;
}
