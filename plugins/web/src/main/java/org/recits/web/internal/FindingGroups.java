package org.recits.web.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recits.api.data.Finding;

/**
 * The findings of a check, grouped by cause: the same reason, once the value it quotes and the numbers in it
 * (lines, counts) are set aside, is one cause, whatever file or line it is found in. The largest causes come
 * first: fixing one fixes many rows.
 */
final class FindingGroups {

    /**
     * One cause and its findings, in file and line order.
     *
     * @param severity rejected or flagged
     * @param cause    the reason as the first of its findings says it
     */
    record Group(Finding.Severity severity, String cause, List<Finding> findings) {
    }

    private FindingGroups() {
    }

    static List<Group> of(List<Finding> findings, Locale locale) {
        Map<String, List<Finding>> byKey = new LinkedHashMap<>();
        for (Finding f : findings.stream().sorted().toList()) {
            byKey.computeIfAbsent(f.severity() + "\u0000" + key(f, locale), k -> new ArrayList<>()).add(f);
        }
        List<Group> groups = new ArrayList<>();
        byKey.values().forEach(fs -> groups.add(new Group(fs.get(0).severity(), fs.get(0).reason().in(locale), fs)));
        groups.sort(Comparator.comparing((Group g) -> g.severity())
                .thenComparing(g -> -g.findings().size())
                .thenComparing(Group::cause));
        return groups;
    }

    /** The reason without what changes from row to row. */
    static String key(Finding f, Locale locale) {
        String reason = f.reason().in(locale);
        if (f.value() != null && !f.value().isBlank() && f.value().length() > 1) {
            reason = reason.replace(f.value(), "\u2026");
        }
        return reason.replaceAll("\\d+([.,\u00a0\u202f ]\\d+)*", "#");
    }
}
