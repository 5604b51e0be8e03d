package org.recits.engine.internal;

import java.util.Locale;
import java.util.ResourceBundle;

import org.recits.api.text.Bilingual;
import org.recits.api.text.Messages;
import org.recits.api.text.Typesetting;

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
     * formats those itself, with {@code %n}, not {@link java.text.MessageFormat}). Picocli wraps the help
     * where {@link java.text.BreakIterator} allows a line to end, and it allows one after the apostrophe ’:
     * « l’ » would end a line and « historique » begin the next. The help says ʼ (the modifier letter
     * apostrophe, the same glyph), which is a letter to it. French texts get the same typography as through
     * {@link Messages} ({@link Typesetting#french}): « Défaut : » never ends a line before its colon.
     */
    public static ResourceBundle forPicocli(Locale locale) {
        return new HelpTexts(ResourceBundle.getBundle(EngineTexts.class.getPackageName() + ".messages",
                of(locale).locale(), EngineTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** A text of the help, its apostrophes ’ as ʼ (see {@link #forPicocli}). */
    public static String forHelp(String text) {
        return text.replace('\u2019', '\u02BC');
    }

    /** A bundle's texts with every ’ as ʼ. */
    private static final class HelpTexts extends ResourceBundle {
        private final ResourceBundle texts;

        HelpTexts(ResourceBundle texts) {
            this.texts = texts;
        }

        @Override
        protected Object handleGetObject(String key) {
            if (!texts.containsKey(key)) {
                return null;
            }
            Object text = texts.getObject(key);
            if (!(text instanceof String s)) {
                return text;
            }
            return forHelp(Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage()) ? s : Typesetting.french(s));
        }

        @Override
        public java.util.Enumeration<String> getKeys() {
            return texts.getKeys();
        }

        @Override
        public Locale getLocale() {
            return texts.getLocale();
        }
    }
}
