package org.recits.engine.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The engine's words for people, French first (the base bundle) and English.
 *
 * <p>The bundle is loaded with this class's loader: inside OSGi the default lookup would use the
 * caller's thread context class loader, which does not see this bundle's resources.
 */
public final class Messages {

    private static final String BASE = "org.recits.engine.internal.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: French is the base bundle, whatever the machine says.
        this.bundle = ResourceBundle.getBundle(BASE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Locale locale) {
        return new Messages(locale);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The message for {@code key}, with {@link MessageFormat} arguments formatted in the locale. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
