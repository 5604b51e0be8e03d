package org.recits.report.excel.internal;

/**
 * The columns of the indicators table, in order, declared once: the {@code Indicateurs} sheet (headers,
 * widths, typed cells), its CSV export, the summary's formulas, the defined names and the status colours
 * all find their column here.
 */
enum IndicatorColumn implements TableColumn {
    FAMILY("Famille", "Family", 14),
    CODE("Code", "Code", 28),
    INDICATOR("Indicateur", "Indicator", 40),
    SCOPE("Périmètre", "Scope", 14),
    PERIOD("Période", "Period", 11),
    START("Début", "Start", 11),
    END("Fin", "End", 11),
    VALUE("Valeur", "Value", 22),
    UNIT("Unité", "Unit", 10),
    NUMERATOR("Numérateur", "Numerator", 12),
    DENOMINATOR("Dénominateur", "Denominator", 13),
    POPULATION("n (personnes)", "n (people)", 10),
    CI_LOW("IC 95 % bas", "95% CI low", 11),
    CI_HIGH("IC 95 % haut", "95% CI high", 11),
    TARGET("Cible", "Target", 30),
    STATUS("Statut", "Status", 12),
    NOTE("Note / raison", "Note / reason", 60),
    REPORT_PERIOD("Période du rapport", "Report period", 10);

    private static final IndicatorColumn[] ALL = values();

    private final ColumnHeader header;

    IndicatorColumn(String french, String english, int width) {
        this.header = new ColumnHeader(french, english, width);
    }

    @Override
    public ColumnHeader header() {
        return header;
    }

    static int count() {
        return ALL.length;
    }

    static IndicatorColumn at(int index) {
        return ALL[index];
    }
}
