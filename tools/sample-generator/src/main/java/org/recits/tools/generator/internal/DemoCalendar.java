package org.recits.tools.generator.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.recits.tools.generator.internal.Catalogue.Template;

/**
 * The shipped demo's calendar (scale 1): nine of the ten collectivités run their programme through the
 * demo's quarter, 2021-T1, so that its first report shows activity nearly everywhere instead of « n/d ».
 * The programme's own calendar ({@link Catalogue#TEMPLATES}, starts spread over 2016–2020, so that most
 * programmes have ended by 2021) stays for every larger scale, so the benchmark inputs do not change, and on
 * request at scale 1 ({@code --staggered}).
 */
public final class DemoCalendar {

    /**
     * Each template's start in the demo, in {@link Catalogue#TEMPLATES} order: a cohort starting in autumn
     * 2019, whose last sessions fall in 2021-T1, beside {@code eurometro-rhin}, which keeps its own dates and
     * ended in October 2020 (a collectivité whose programme has ended, and the InterTransfos of 2019 that set
     * the 9-month gap).
     */
    private static final LocalDate[] STARTS = {
            LocalDate.of(2019, 9, 24),  // belrive
            LocalDate.of(2019, 9, 17),  // cu-dunes
            LocalDate.of(2019, 9, 10),  // region-garonne
            LocalDate.of(2019, 7, 16),  // saint-aubin
            LocalDate.of(2019, 7, 30),  // metro-lys
            null,                       // eurometro-rhin: its own start, 9 October 2018
            LocalDate.of(2019, 10, 15), // metro-arlon
            LocalDate.of(2019, 10, 22), // val-argent
            LocalDate.of(2019, 11, 5),  // ccas-grenade
            LocalDate.of(2020, 3, 10)}; // armor-loire

    private DemoCalendar() {
    }

    /** The ten templates with the demo's starts, everything else as the catalogue has it. */
    public static List<Template> templates() {
        List<Template> templates = new ArrayList<>();
        for (int i = 0; i < Catalogue.TEMPLATES.size(); i++) {
            Template t = Catalogue.TEMPLATES.get(i);
            templates.add(STARTS[i] == null ? t : t.startingOn(STARTS[i]));
        }
        return List.copyOf(templates);
    }
}
