package org.recits.ingest.activity.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.recits.api.model.LocalizedText;
import org.recits.api.text.Bilingual;
import org.recits.api.text.Messages;

/**
 * Every finding reason of the activity ingestor, in words a labo lead understands: the texts are in
 * this package's {@code messages.properties} (French) and {@code messages_en.properties}; each
 * method names its arguments.
 */
final class Texts {
    private static final Bilingual TEXTS = Bilingual.of(Texts.class);
    private static final Messages FR_TEXTS = TEXTS.in(Locale.FRENCH);
    private static final Messages EN_TEXTS = TEXTS.in(Locale.ENGLISH);
    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Texts() {
    }

    static String date(LocalDate d) {
        return d == null ? "" : FR.format(d);
    }

    static String number(double d) {
        return number(BigDecimal.valueOf(d));
    }

    static String number(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.signum() == 0 ? "0" : s.toPlainString()).replace('.', ',');
    }

    private static String numberEn(double d) {
        return number(d).replace(',', '.');
    }

    static LocalizedText missingColumn(String column, long rows) {
        return TEXTS.get("finding.missingColumn", column, String.valueOf(rows));
    }

    static LocalizedText headerNotFound(int rows, List<String> expected, long lines) {
        String list = String.join(", ", expected);
        return LocalizedText.of(FR_TEXTS.get("finding.headerNotFound", String.valueOf(rows), list, rejected(FR_TEXTS, lines)),
                EN_TEXTS.get("finding.headerNotFound", String.valueOf(rows), list, rejected(EN_TEXTS, lines)));
    }

    /** What becomes of a file's rows when its header is not found: nothing to say for a file without rows. */
    private static String rejected(Messages texts, long lines) {
        return lines == 0 ? "" : lines == 1 ? texts.get("finding.headerNotFound.oneRow")
                : texts.get("finding.headerNotFound.rows", lines);
    }

    /**
     * Rows a cross-file check rejects together because the table they refer to gave nothing: one finding for
     * the lot, naming that table's files, instead of one "unknown participant" per row.
     */
    static LocalizedText rejectedWithTable(long rows, boolean participants, List<String> files) {
        return TEXTS.get(participants ? "finding.rejectedWithTable.participants" : "finding.rejectedWithTable.sessions",
                rows, String.join(", ", files));
    }

    static LocalizedText collectivitesUnchecked() {
        return TEXTS.get("finding.collectivitesUnchecked");
    }

    static LocalizedText emptyRequired(String column) {
        return TEXTS.get("finding.emptyRequired", column);
    }

    static LocalizedText badDate() {
        return TEXTS.get("finding.badDate");
    }

    static LocalizedText badNumber() {
        return TEXTS.get("finding.badNumber");
    }

    static LocalizedText negativeNumber() {
        return TEXTS.get("finding.negativeNumber");
    }

    static LocalizedText badAmount() {
        return TEXTS.get("finding.badAmount");
    }

    static LocalizedText negativeAmount() {
        return TEXTS.get("finding.negativeAmount");
    }

    static LocalizedText zeroDays() {
        return TEXTS.get("finding.zeroDays");
    }

    /**
     * An unknown value in a vocabulary the row cannot do without: "rôle inconnu « stagiaire » : attendu …".
     *
     * @param vocabulary the vocabulary's key: {@code role}, {@code sessionType}, {@code status}, {@code funderType}
     */
    static LocalizedText unknownValue(String vocabulary, String value, List<String> expected) {
        return TEXTS.get("finding.unknown." + vocabulary, value, String.join(", ", expected));
    }

    static LocalizedText unusualKept(String column, String value, List<String> expected) {
        return TEXTS.get("finding.unusualKept", column, value, String.join(", ", expected));
    }

    static LocalizedText unknownLeftEmpty(String column, String value, List<String> expected) {
        return TEXTS.get("finding.unknownLeftEmpty", column, value, String.join(", ", expected));
    }

    static LocalizedText badMeteo(String value) {
        return TEXTS.get("finding.badMeteo", value);
    }

    static LocalizedText badYesNo(String column, String value) {
        return TEXTS.get("finding.badYesNo", column, value);
    }

    static LocalizedText endBeforeStart(String end, String start) {
        return TEXTS.get("finding.endBeforeStart", end, start);
    }

    static LocalizedText consentNotOui(String column, String value) {
        return TEXTS.get("finding.consentNotOui", column, value);
    }

    static LocalizedText cellOutsideHeader(int column) {
        return TEXTS.get("finding.cellOutsideHeader", String.valueOf(column));
    }

    static LocalizedText cellsOutsideHeader(int count, int first, int last) {
        return TEXTS.get("finding.cellsOutsideHeader", count, String.valueOf(first), String.valueOf(last));
    }

    static LocalizedText duplicateColumn(String column) {
        return TEXTS.get("finding.duplicateColumn", column);
    }

    static LocalizedText unreadableFrom(String detail) {
        return TEXTS.get("finding.unreadableFrom", detail);
    }

    /** A sheet no table is named after, with the name it should have when one table fits. */
    static LocalizedText ignoredSheet(String sheet, java.util.Optional<Kind> meant) {
        return meant.map(k -> TEXTS.get("finding.ignoredSheet.rename", sheet, k.table))
                .orElseGet(() -> TEXTS.get("finding.ignoredSheet", sheet, TableNames.expected()));
    }

    /** What a table file was taken for: « tableau des sessions ». */
    static LocalizedText table(String table) {
        return TEXTS.get("recognised.table." + table);
    }

    /** What a workbook's sheet was taken for: « feuille « Présences » : tableau des présences ». */
    static LocalizedText sheetTable(String sheet, String table) {
        return TEXTS.get("recognised.sheet", sheet, table(table));
    }

    /** What a table was taken for, and the kit's example lines it left aside, if any. */
    static LocalizedText withExamples(LocalizedText recognised, List<Long> lines) {
        return switch (lines.size()) {
            case 0 -> recognised;
            case 1 -> TEXTS.get("recognised.example", recognised, String.valueOf(lines.get(0)));
            default -> TEXTS.get("recognised.examples", recognised, String.valueOf(lines.size()),
                    String.valueOf(lines.get(0)));
        };
    }

    static LocalizedText instructionsSheet(String sheet) {
        return TEXTS.get("recognised.instructions", sheet);
    }

    private static String joined(Messages words, List<LocalizedText> renames) {
        return words.get("declined.workbook.rename", String.join(words.get("declined.join"),
                renames.stream().map(r -> r.in(words.locale())).toList()));
    }

    /** A table file named otherwise: the name to give it. */
    static LocalizedText renameFile(String name) {
        return TEXTS.get("declined.file", name);
    }

    /** One sheet to rename, as a part of {@link #noTableSheet}. */
    static LocalizedText renameSheet(String sheet, String table) {
        return TEXTS.get("declined.renameSheet", sheet, table);
    }

    /** A workbook none of whose sheets is a table's: the sheets to rename, or the names expected. */
    static LocalizedText noTableSheet(List<LocalizedText> renames) {
        if (renames.isEmpty()) {
            return TEXTS.get("declined.workbook", TableNames.expected());
        }
        return LocalizedText.of(joined(FR_TEXTS, renames), joined(EN_TEXTS, renames));
    }

    static LocalizedText unknownSession(String session, String collectivite) {
        return TEXTS.get("finding.unknownSession", session, collectivite);
    }

    static LocalizedText unknownParticipant(String participant, String collectivite) {
        return TEXTS.get("finding.unknownParticipant", participant, collectivite);
    }

    static LocalizedText duplicateId(String id, String firstFile, long firstLine) {
        return TEXTS.get("finding.duplicateId", id, String.valueOf(firstLine), firstFile);
    }

    static LocalizedText sessionOutsidePeriod(LocalDate day, LocalDate from, LocalDate to) {
        return LocalizedText.of(FR_TEXTS.get("finding.sessionOutsidePeriod", date(day), period(FR_TEXTS, from, to)),
                EN_TEXTS.get("finding.sessionOutsidePeriod", date(day), period(EN_TEXTS, from, to)));
    }

    /** A collectivité's period: both ends, or the one it has. */
    private static String period(Messages texts, LocalDate from, LocalDate to) {
        return from != null && to != null ? texts.get("period.fromTo", date(from), date(to))
                : from != null ? texts.get("period.from", date(from)) : texts.get("period.to", date(to));
    }

    static LocalizedText daysAboveSession(double present, double length) {
        return LocalizedText.of(FR_TEXTS.get("finding.daysAboveSession", number(present), number(length)),
                EN_TEXTS.get("finding.daysAboveSession", numberEn(present), numberEn(length)));
    }

    static LocalizedText collectiviteNotListed(String collectivite, long rows) {
        return TEXTS.get("finding.collectiviteNotListed", collectivite, String.valueOf(rows), rows);
    }

    static LocalizedText sessionWithoutAttendance(LocalDate day, String files) {
        return TEXTS.get("finding.sessionWithoutAttendance", date(day), files);
    }

    static LocalizedText noAttendanceKept(int sessions) {
        return TEXTS.get("finding.noAttendanceKept", sessions);
    }

    /** Both readings of an amount like « 1.500 », and what to write for each. */
    static LocalizedText ambiguousAmount(String thousands, BigDecimal decimals) {
        return LocalizedText.of(FR_TEXTS.get("finding.ambiguousAmount", thousands, number(decimals)),
                EN_TEXTS.get("finding.ambiguousAmount", thousands, number(decimals).replace(',', '.')));
    }

    static LocalizedText identicalFunding(long line, String file) {
        return TEXTS.get("finding.identicalFunding", String.valueOf(line), file);
    }

    static LocalizedText repeatedAttendance(long line, String file) {
        return TEXTS.get("finding.repeatedAttendance", String.valueOf(line), file);
    }

    static LocalizedText repeatedWeather(long line, String file) {
        return TEXTS.get("finding.repeatedWeather", String.valueOf(line), file);
    }
}
