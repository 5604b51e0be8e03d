package org.recits.engine.internal.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --lang fr|en}, accepted by every command. The value is read before parsing, see {@link RecitsCli}. */
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
