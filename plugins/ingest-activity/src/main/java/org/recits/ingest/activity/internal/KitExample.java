package org.recits.ingest.activity.internal;

import org.recits.tabular.Row;

/**
 * The kit's example rows: {@code recits init} writes one per table, all for the collectivité « exemple ». Left in
 * by a lab beside its own rows, they would count as one more collectivité in every figure; so a row of that
 * collectivité is not data, and {@code recits check} says which lines it left aside.
 */
final class KitExample {

    /** The example collectivité's id, as the kit writes it in every table. */
    static final String COLLECTIVITE = Kind.COLLECTIVITES.columns.stream()
            .filter(c -> c.name().equals("collectivite")).findFirst().orElseThrow().example();

    private KitExample() {
    }

    /** Whether the row belongs to the kit's example collectivité (case and surrounding spaces aside). */
    static boolean is(Row row, Binding binding) {
        Integer at = binding.positions.get("collectivite");
        String id = at == null ? null : Cells.clean(row.cell(at));
        return id != null && id.equalsIgnoreCase(COLLECTIVITE);
    }
}
