package org.recits.engine.internal;

import java.util.Locale;
import java.util.ResourceBundle;

import org.recits.api.text.Bilingual;
import org.recits.api.text.Messages;

/**
 * Where the engine's texts are: {@code messages.properties} (French) and {@code messages_en.properties}
 * of this package, read through the API's {@link Messages} like every bundle's.
 */
public final class EngineTexts {

    /** Both languages at once, for findings. */
    public static final Bilingual BOTH = Bilingual.of(EngineTexts.class);

    private EngineTexts() {
    }

    /** The engine's texts in {@code locale}'s language (English, or French for anything else). */
    public static Messages of(Locale locale) {
        return Messages.of(EngineTexts.class, locale);
    }

    /**
     * The same files as picocli reads them for the help's option descriptions and headings (picocli
     * formats those itself, with {@code %n}, not {@link java.text.MessageFormat}).
     */
    public static ResourceBundle forPicocli(Locale locale) {
        return ResourceBundle.getBundle(EngineTexts.class.getPackageName() + ".messages", of(locale).locale(),
                EngineTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
