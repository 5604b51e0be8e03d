package org.recits.ingest.survey.internal;

import org.recits.api.model.LocalizedText;
import org.recits.api.text.Bilingual;

/**
 * What findings say, in words a labo lead understands: the texts are in this package's
 * {@code messages.properties} (French) and {@code messages_en.properties}; each method names its arguments.
 */
final class Messages {

    private static final Bilingual TEXTS = Bilingual.of(Messages.class);

    private static final String MEASURES = "democratie, qualite, impact, productivite, capacitation, satisfaction";
    private static final String FIELDS = "collectivite, vague, date, role, repondant";
    private static final String ROLES = "ambassadeur, resident, referent, coordinateur, elu, relais, partenaire, usager";
    private static final String SCALES = "likert5, likert4, likert7, nps, oui-non, nombre, texte";

    private Messages() {
    }

    static LocalizedText mappingNoQuestionColumn() {
        return TEXTS.get("finding.mappingNoQuestionColumn");
    }

    static LocalizedText mappingNoQuestion() {
        return TEXTS.get("finding.mappingNoQuestion");
    }

    static LocalizedText mappingUnknownMeasure(String m) {
        return TEXTS.get("finding.mappingUnknownMeasure", m, MEASURES, FIELDS);
    }

    static LocalizedText mappingUnknownScale(String s) {
        return TEXTS.get("finding.mappingUnknownScale", s, SCALES);
    }

    static LocalizedText mappingBadInverse(String v) {
        return TEXTS.get("finding.mappingBadInverse", v);
    }

    static LocalizedText mappingBadLabel(String label) {
        return TEXTS.get("finding.mappingBadLabel", label);
    }

    static LocalizedText mappingLabelOffScale(String label, String value, Scale scale) {
        return TEXTS.get("finding.mappingLabelOffScale", label, value, scale.code());
    }

    static LocalizedText mappingDuplicate(String q, long firstLine) {
        return TEXTS.get("finding.mappingDuplicate", q, String.valueOf(firstLine));
    }

    static LocalizedText mappingEmptyConstant(String field) {
        return TEXTS.get("finding.mappingEmptyConstant", field);
    }

    static LocalizedText mappingConstantForMeasure(String m) {
        return TEXTS.get("finding.mappingConstantForMeasure", m);
    }

    static LocalizedText mappingNoExport(String mapping) {
        return TEXTS.get("finding.mappingNoExport", mapping);
    }

    static LocalizedText noMapping(String tool, long respondents, String mapping, String question) {
        return TEXTS.get("finding.noMapping", tool, String.valueOf(respondents), mapping, question, MEASURES);
    }

    static LocalizedText questionMissing(String q, String export) {
        return TEXTS.get("finding.questionMissing", q, export);
    }

    static LocalizedText questionAmbiguous(String q, String columns) {
        return TEXTS.get("finding.questionAmbiguous", q, columns);
    }

    static LocalizedText answerOffScale(String raw, Scale scale) {
        return TEXTS.get("finding.answerOffScale", raw, scale.code(), String.valueOf(scale.min()), String.valueOf(scale.max()));
    }

    static LocalizedText answerUnknownLabel(String raw, Scale scale) {
        return TEXTS.get("finding.answerUnknownLabel", raw, scale.code());
    }

    static LocalizedText answerNotYesNo(String raw) {
        return TEXTS.get("finding.answerNotYesNo", raw, raw);
    }

    static LocalizedText answerNotNumber(String raw) {
        return TEXTS.get("finding.answerNotNumber", raw);
    }

    static LocalizedText rowNoCollectivite() {
        return TEXTS.get("finding.rowNoCollectivite");
    }

    static LocalizedText rowBadDate(String raw) {
        return TEXTS.get("finding.rowBadDate", raw);
    }

    static LocalizedText rowBadWave(String raw) {
        return TEXTS.get("finding.rowBadWave", raw);
    }

    static LocalizedText rowWaveNotInLabels(String raw, long mappingLine) {
        return TEXTS.get("finding.rowWaveNotInLabels", raw, String.valueOf(mappingLine), raw);
    }

    static LocalizedText rowCollectiviteNotInLabels(String raw, long mappingLine) {
        String id = Text.key(raw).replace(' ', '-');
        return TEXTS.get("finding.rowCollectiviteNotInLabels", raw, String.valueOf(mappingLine), raw, id);
    }

    static LocalizedText rowRoleNotInLabels(String raw, long mappingLine) {
        return TEXTS.get("finding.rowRoleNotInLabels", raw, String.valueOf(mappingLine), raw);
    }

    static LocalizedText rowUnknownRole(String raw) {
        return TEXTS.get("finding.rowUnknownRole", raw, ROLES, raw);
    }

    static LocalizedText collectiviteNotListed(String id, long respondents, long answers) {
        return TEXTS.get("finding.collectiviteNotListed", id, String.valueOf(respondents), String.valueOf(answers));
    }

    static LocalizedText longUnmapped(String q) {
        return TEXTS.get("finding.longUnmapped", q, MEASURES);
    }

    static LocalizedText longNoQuestion() {
        return TEXTS.get("finding.longNoQuestion");
    }

    static LocalizedText badConstant(String field, String value) {
        return TEXTS.get("finding.badConstant", value, field);
    }
}
