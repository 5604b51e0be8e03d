package org.recits.api.text;

import java.util.Locale;

import org.recits.api.model.LocalizedText;

/**
 * The texts of one bundle in both languages at once, for what carries a {@link LocalizedText}
 * (a finding is written before anyone knows in which language it will be read).
 *
 * <p>Holds the French and the English {@link Messages}; keep one in a constant.
 */
public final class Bilingual {

    private final Messages fr;
    private final Messages en;

    private Bilingual(Messages fr, Messages en) {
        this.fr = fr;
        this.en = en;
    }

    /**
     * The texts in {@code messages*.properties} beside {@code anchor} (same package).
     *
     * @param anchor a class of the bundle whose package holds the properties files
     * @return the texts in French and English
     * @throws java.util.MissingResourceException when the package has no {@code messages.properties}
     */
    public static Bilingual of(Class<?> anchor) {
        return new Bilingual(Messages.of(anchor, Locale.FRENCH), Messages.of(anchor, Locale.ENGLISH));
    }

    /**
     * The text for {@code key} in French and in English, each formatted in its language's conventions.
     * An argument that is itself a {@link LocalizedText} is taken in the same language (a date as each
     * language writes it, a nested sentence).
     *
     * @param key the key
     * @param args the arguments, none for a plain text
     * @return the text in both languages
     * @throws java.util.MissingResourceException when the key has no text
     */
    public LocalizedText get(String key, Object... args) {
        return LocalizedText.of(fr.get(key, in(args, Locale.FRENCH)), en.get(key, in(args, Locale.ENGLISH)));
    }

    private static Object[] in(Object[] args, Locale locale) {
        Object[] out = args;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof LocalizedText t) {
                if (out == args) {
                    out = args.clone();
                }
                out[i] = t.in(locale);
            }
        }
        return out;
    }

    /**
     * The texts in one language.
     *
     * @param locale the language wanted; anything but English gives French
     * @return the French or the English texts
     */
    public Messages in(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : fr;
    }
}
