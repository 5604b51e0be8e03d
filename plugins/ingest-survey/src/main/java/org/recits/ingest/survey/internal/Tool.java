package org.recits.ingest.survey.internal;

/** The survey tools whose exports are recognised, by their signature (see the README). */
enum Tool {
    LIMESURVEY("LimeSurvey"),
    KOBO("KoBoToolbox"),
    GOOGLE_FORMS("Google Forms"),
    FRAMAFORMS("Framaforms"),
    /** SurveyMonkey-style exports: a second header row of "Response" / option labels. */
    SURVEYMONKEY("SurveyMonkey"),
    /** Any export whose questions span several columns over a second header row of sub-questions. */
    TWO_ROW_HEADER("deux lignes d’en-tête"),
    /** {@code collectivite,repondant,date,question,reponse}: one answer per row. */
    LONG("format long"),
    /** An export none of the above: read by its mapping file alone. */
    GENERIC("générique");

    private final String label;

    Tool(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
