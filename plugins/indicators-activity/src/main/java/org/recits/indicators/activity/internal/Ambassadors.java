package org.recits.indicators.activity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recits.api.data.Dataset;
import org.recits.api.model.Participant;
import org.recits.api.model.Role;
import org.recits.api.model.Scope;

/**
 * The ambassadors of one collectivité, by id. A person may have several rows (left, then came back):
 * they are active on a day when any of their rows is, and counted once.
 */
final class Ambassadors {

    private final Map<String, List<Participant>> byId;

    private Ambassadors(Map<String, List<Participant>> byId) {
        this.byId = byId;
    }

    static Ambassadors of(Dataset data, String collectivite) {
        Map<String, List<Participant>> byId = new LinkedHashMap<>();
        for (Participant p : data.participants(Scope.of(collectivite))) {
            if (p.role() == Role.AMBASSADEUR) {
                byId.computeIfAbsent(p.id(), k -> new ArrayList<>(1)).add(p);
            }
        }
        return new Ambassadors(byId);
    }

    boolean isEmpty() {
        return byId.isEmpty();
    }

    /** Whether {@code id} is an ambassador (whatever the dates). */
    boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** Whether a participant is an active ambassador on date d. */
    boolean isActive(String id, LocalDate day) {
        return activeRow(id, day) != null;
    }

    /** The row that makes {@code id} active on {@code day}, or null. */
    Participant activeRow(String id, LocalDate day) {
        List<Participant> rows = byId.get(id);
        if (rows == null) {
            return null;
        }
        for (Participant p : rows) {
            if (p.isActiveAmbassadorOn(day)) {
                return p;
            }
        }
        return null;
    }

    /** Ids of the ambassadors active on {@code day}, in file order. */
    Set<String> activeOn(LocalDate day) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : byId.keySet()) {
            if (isActive(id, day)) {
                out.add(id);
            }
        }
        return out;
    }
}
