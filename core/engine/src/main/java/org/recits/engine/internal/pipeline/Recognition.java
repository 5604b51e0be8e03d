package org.recits.engine.internal.pipeline;

import java.util.Objects;
import org.recits.api.ingest.Reading;
import org.recits.api.model.LocalizedText;

/**
 * What {@code recits check} says of one file of the data folder: what the ingestor that read it recognised,
 * or why no ingestor read it. Exactly one of the two is set.
 *
 * @param file    its name relative to the data folder
 * @param reading what its ingestor recognised; null when none read it
 * @param ignored why no ingestor read it; null when one did
 */
public record Recognition(String file, Reading reading, LocalizedText ignored) {

    public Recognition {
        Objects.requireNonNull(file, "file");
        if ((reading == null) == (ignored == null)) {
            throw new IllegalArgumentException("a file is read or ignored: " + file);
        }
    }

    static Recognition read(String file, Reading reading) {
        return new Recognition(file, reading, null);
    }

    static Recognition ignored(String file, LocalizedText why) {
        return new Recognition(file, null, why);
    }
}
