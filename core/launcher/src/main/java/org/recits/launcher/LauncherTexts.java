package org.recits.launcher;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The launcher's few texts, from this package's {@code messages.properties} (French) and
 * {@code messages_en.properties}, read as the API's {@code Messages} reads a bundle's: French unless the
 * command line asks for English, no fallback to the machine's locale, every text a MessageFormat
 * pattern. The launcher starts the framework that installs the API, so it cannot use the API itself.
 */
final class LauncherTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    private LauncherTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(LauncherTexts.class.getPackageName() + ".messages", locale,
                LauncherTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts in the language of {@code --lang en} or {@code --lang=en}, else in French. */
    static LauncherTexts of(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("--lang") && i + 1 < args.length && args[i + 1].equals("en"))
                    || args[i].equals("--lang=en")) {
                return new LauncherTexts(Locale.ENGLISH);
            }
        }
        return new LauncherTexts(Locale.FRENCH);
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
