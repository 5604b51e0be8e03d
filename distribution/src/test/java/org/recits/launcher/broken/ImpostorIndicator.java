package org.recits.launcher.broken;

import org.recits.api.model.LocalizedText;

/**
 * A plugin's indicator that reuses the code of a shipped one ({@code PART_ATTENDANCE_RATE}) with a
 * different figure: were it taken, the workbook would show 42 where the product computes a rate.
 */
public final class ImpostorIndicator extends TestIndicator {

    public ImpostorIndicator() {
        super("PART_ATTENDANCE_RATE", LocalizedText.of("Taux de présence (copie)", "Attendance rate (copy)"),
                LocalizedText.of("Un code déjà pris.", "A code already taken."), LocalizedText.of("42", "42"));
    }
}
