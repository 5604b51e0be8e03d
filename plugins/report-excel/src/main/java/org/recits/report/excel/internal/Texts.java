package org.recits.report.excel.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.recits.api.indicator.Status;
import org.recits.api.model.Collectivite;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.text.Messages;

/**
 * The workbook's words in the report's language (French unless the locale is English), read from this
 * package's {@code messages.properties} and {@code messages_en.properties}, and its number formats.
 */
final class Texts {

    private final Locale locale;
    private final Messages messages;
    /**
     * Texts without arguments, read once: the indicators table asks for the same few words on each of its
     * tens of thousands of rows, from the sheets written side by side.
     */
    private final Map<String, String> plain = new ConcurrentHashMap<>();
    /**
     * Made once: a workbook formats thousands of detail values, and making a format parses its pattern.
     * The sheets written side by side share them, hence the locks.
     */
    private final NumberFormat percent;
    private final NumberFormat decimal;

    Texts(Locale locale) {
        this.locale = locale;
        this.messages = Messages.of(Texts.class, locale);
        this.percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        this.decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(2);
    }

    /** A fraction as a percentage of the locale, with at most one decimal. */
    String percent(double v) {
        synchronized (percent) {
            return percent.format(v);
        }
    }

    /** A number of the locale, with at most two decimals. */
    String decimal(double v) {
        synchronized (decimal) {
            return decimal.format(v);
        }
    }

    Locale locale() {
        return locale;
    }

    boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** The text of {@code key}; its arguments, when it has some, are given as they are to be written. */
    String get(String key, Object... args) {
        return args.length == 0 ? plain.computeIfAbsent(key, messages::get) : messages.get(key, args);
    }

    String t(LocalizedText text) {
        return text == null ? "" : text.in(locale);
    }

    // Sheet names: at most 31 characters, none of []:*?/\ (Excel's rules).
    String readMe() {
        return get("sheet.readme");
    }

    String summary() {
        return get("sheet.summary");
    }

    String comparisons() {
        return get("sheet.comparisons");
    }

    String indicators() {
        return get("sheet.indicators");
    }

    String trends() {
        return get("sheet.trends");
    }

    String definitions() {
        return get("sheet.definitions");
    }

    String quality() {
        return get("sheet.quality");
    }

    String provenance() {
        return get("sheet.provenance");
    }

    String scope(Scope scope) {
        // a lab's name, as the narrative's notes give it in a figure's key; « Ensemble du labo » is in its name
        return scope.isProgramme() ? get("scope.programme") : scope.id();
    }

    String status(Status status) {
        return t(status.label());
    }

    String suppressed(int threshold) {
        return get("value.suppressed", String.valueOf(threshold));
    }

    /** What a hidden cell says: too few people, or hidden to protect another one. */
    String suppressed(org.recits.api.report.Observation o, int threshold) {
        return o.complementary() ? get("value.complementary") : suppressed(threshold);
    }

    String suppressedStatus() {
        return get("status.suppressed");
    }

    String notAvailable() {
        return get("value.not.available");
    }

    /**
     * A collectivité's name, followed by why it is not counted when its programme does not run during
     * the period: « Ville de Belrive (programme achevé le 14/02/2018) ».
     */
    String name(Collectivite c, Period period) {
        if (c.runsDuring(period)) {
            return c.nom();
        }
        boolean ended = c.dateFin() != null && c.dateFin().isBefore(period.start());
        LocalDate when = ended ? c.dateFin() : c.dateDebut();
        String date = DateTimeFormatter.ofPattern(get("date.pattern"), locale).format(when);
        return get(ended ? "collectivite.ended" : "collectivite.not.started", c.nom(), date);
    }
}
