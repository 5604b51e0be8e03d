package org.recits.report.excel.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.recits.api.indicator.Status;
import org.recits.api.model.Collectivite;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

/** The workbook's words in the report's language (French unless the locale is English). */
final class Texts {

    private final Locale locale;
    /**
     * Made once: a workbook formats thousands of detail values, and making a format parses its pattern.
     * The sheets written side by side share them, hence the locks.
     */
    private final NumberFormat percent;
    private final NumberFormat decimal;

    Texts(Locale locale) {
        this.locale = locale;
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

    String t(String fr, String en) {
        return english() ? en : fr;
    }

    String t(LocalizedText text) {
        return text == null ? "" : text.in(locale);
    }

    // Sheet names: at most 31 characters, none of []:*?/\ (Excel's rules).
    String readMe() {
        return t("Lisez-moi", "Read me");
    }

    String summary() {
        return t("Synthèse", "Summary");
    }

    String indicators() {
        return t("Indicateurs", "Indicators");
    }

    String trends() {
        return t("Tendances", "Trends");
    }

    String definitions() {
        return t("Définitions", "Definitions");
    }

    String quality() {
        return t("Qualité des données", "Data quality");
    }

    String provenance() {
        return "Provenance";
    }

    /** The records sheet; {@code index} 1 is the first, the next ones are numbered from 2. */
    String data(int index) {
        String base = t("Données", "Data");
        return index <= 1 ? base : base + " " + index;
    }

    String scope(Scope scope) {
        return scope.isProgramme() ? t("programme", "programme") : scope.collectivite();
    }

    String status(Status status) {
        return t(status.label());
    }

    String suppressed(int threshold) {
        return t("masqué (< " + threshold + " personnes)", "suppressed (< " + threshold + " people)");
    }

    String suppressedStatus() {
        return t("masqué", "suppressed");
    }

    String notAvailable() {
        return t("n/d", "n/a");
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
        String date = DateTimeFormatter.ofPattern(t("dd/MM/yyyy", "yyyy-MM-dd"), locale).format(when);
        return c.nom() + (ended ? t(" (programme achevé le ", " (programme ended on ")
                : t(" (programme pas encore commencé, début le ", " (programme not started, starts on ")) + date + ")";
    }
}
