package org.recits.api.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user-facing texts of one bundle in one language, read from its
 * {@code messages.properties} (French, the base) and {@code messages_en.properties}.
 *
 * <p>The properties files are read as UTF-8. Every text is a {@link MessageFormat} pattern, with
 * or without arguments: a straight apostrophe must be doubled ({@code ''}); the typographic one (’)
 * needs nothing.
 *
 * <p>French texts are given French typography ({@link Typesetting#french}) before their arguments go in,
 * so the files can be written with ordinary spaces and a value from the data (« 10:30 », « mesure:code »)
 * is never changed.
 *
 * <p>The bundle is loaded with the anchor class's loader: inside OSGi the default lookup would use
 * the caller's thread context class loader, which does not see the plugin's resources. There is no
 * fallback to the machine's default locale: French is the base, whatever the machine says.
 */
public final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Map<String, String> patterns = new ConcurrentHashMap<>();

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * The texts in {@code messages*.properties} beside {@code anchor} (same package).
     *
     * @param anchor a class of the bundle whose package holds the properties files
     * @param locale the language wanted; anything but English gives French
     * @return the texts
     * @throws MissingResourceException when the package has no {@code messages.properties}
     */
    public static Messages of(Class<?> anchor, Locale locale) {
        return of(anchor, "messages", locale);
    }

    /**
     * The texts in {@code BASENAME*.properties} beside {@code anchor} (same package).
     *
     * @param anchor a class of the bundle whose package holds the properties files
     * @param baseName the file name before the language suffix, such as {@code messages}
     * @param locale the language wanted; anything but English gives French
     * @return the texts
     * @throws MissingResourceException when the package has no such properties file
     */
    public static Messages of(Class<?> anchor, String baseName, Locale locale) {
        Objects.requireNonNull(anchor, "anchor");
        Locale wanted = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        String base = anchor.getPackageName() + "." + baseName;
        ResourceBundle bundle = ResourceBundle.getBundle(base, wanted, anchor.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, wanted);
    }

    /**
     * The language of these texts.
     *
     * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Whether {@code key} has a text.
     *
     * @param key the key
     * @return true when the properties files define it
     */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The text for {@code key}, its {@link MessageFormat} arguments formatted in the language's
     * conventions (a French decimal comma, for instance).
     *
     * @param key the key
     * @param args the arguments, none for a plain text
     * @return the text
     * @throws MissingResourceException when the key has no text: a missing text is a bug, not
     *     something to print as a key in front of a user
     */
    public String get(String key, Object... args) {
        // Always through MessageFormat, arguments or not, so that '' means the same in every text.
        return new MessageFormat(pattern(key), locale).format(args);
    }

    private String pattern(String key) {
        String cached = patterns.get(key);
        if (cached != null) {
            return cached;
        }
        String raw = bundle.getString(key);
        String typeset = locale.equals(Locale.ENGLISH) ? raw : Typesetting.french(raw);
        patterns.put(key, typeset);
        return typeset;
    }
}
