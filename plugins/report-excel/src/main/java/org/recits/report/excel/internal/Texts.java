package org.recits.report.excel.internal;

import java.util.Locale;
import org.recits.api.indicator.Status;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Scope;

/** The workbook's words in the report's language (French unless the locale is English). */
final class Texts {

    private final Locale locale;

    Texts(Locale locale) {
        this.locale = locale;
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
}
