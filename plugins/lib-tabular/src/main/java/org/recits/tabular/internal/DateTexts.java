package org.recits.tabular.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import org.recits.api.model.LocalizedText;

/**
 * The words of {@link org.recits.tabular.DateColumn}'s findings, from this bundle's {@code messages} (French, the
 * base) and {@code messages_en}. Loaded with this class's loader: inside OSGi the default lookup would not see
 * this bundle's resources; no fallback to the machine's locale, so French stays French.
 */
public final class DateTexts {

    private static final String BASE = "org.recits.tabular.internal.messages";
    private static final ResourceBundle FR = load(Locale.ROOT);
    private static final ResourceBundle EN = load(Locale.ENGLISH);
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private DateTexts() {
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BASE, locale, DateTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * A message in both languages; {@link LocalizedText} arguments are taken in the same language.
     *
     * @param key  the bundle key
     * @param args strings (already formatted) or localized texts
     * @return the text
     */
    public static LocalizedText text(String key, Object... args) {
        return LocalizedText.of(format(FR, Locale.FRENCH, key, args, false), format(EN, Locale.ENGLISH, key, args, true));
    }

    private static String format(ResourceBundle b, Locale locale, String key, Object[] args, boolean english) {
        Object[] in = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            in[i] = args[i] instanceof LocalizedText t ? (english ? t.in(Locale.ENGLISH) : t.fr()) : args[i];
        }
        return new MessageFormat(b.getString(key), locale).format(in);
    }

    /** Two sentences one after the other. */
    public static LocalizedText join(LocalizedText a, LocalizedText b) {
        return LocalizedText.of(a.fr() + " " + b.fr(), a.in(Locale.ENGLISH) + " " + b.in(Locale.ENGLISH));
    }

    /** A day as each language writes it unambiguously in these messages: 04/03/2021, 2021-03-04. */
    public static LocalizedText day(LocalDate d) {
        return LocalizedText.of(FRENCH_DAY.format(d), d.toString());
    }

    /** "jour/mois (30/01/2020)" or "mois/jour (01/30/2020)". */
    public static LocalizedText order(boolean monthFirst) {
        return text(monthFirst ? "dates.order.monthFirst" : "dates.order.dayFirst");
    }
}
