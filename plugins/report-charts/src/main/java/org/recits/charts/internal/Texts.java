package org.recits.charts.internal;

import java.util.Locale;
import org.recits.api.model.LocalizedText;

/** Picks the report's language. */
final class Texts {

    private final Locale locale;

    Texts(Locale locale) {
        this.locale = locale;
    }

    String t(String fr, String en) {
        return LocalizedText.of(fr, en).in(locale);
    }

    String t(LocalizedText text) {
        return text.in(locale);
    }

    Locale locale() {
        return locale;
    }
}
