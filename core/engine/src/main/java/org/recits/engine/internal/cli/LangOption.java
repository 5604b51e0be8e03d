package org.recits.engine.internal.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --lang fr|en}, accepted by every command so that it may stand before or after the command name. Its value
 * is read once, before parsing ({@link RecitsCli#preScanLocale}), and sets the language of the whole run: usage
 * errors, console and outputs alike; picocli's parse only checks it.
 */
public final class LangOption {

    /** The languages of the outputs. */
    public enum Lang {
        fr(Locale.FRENCH), en(Locale.ENGLISH);

        private final Locale locale;

        Lang(Locale locale) {
            this.locale = locale;
        }

        public Locale locale() {
            return locale;
        }
    }

    @Option(names = "--lang", paramLabel = "fr|en", descriptionKey = "opt.lang")
    Lang lang = Lang.fr;
}
