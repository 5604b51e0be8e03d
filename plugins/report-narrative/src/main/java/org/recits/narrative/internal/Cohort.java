package org.recits.narrative.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recits.api.model.Collectivite;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.report.Report;

/**
 * Which collectivités the period is about. The data holds every collectivité the lab ever worked with;
 * a headline « le programme a réuni N collectivités » must count those with activity in the period
 * (a session or a collective event dated in it), and name those whose programme had ended before it
 * or had not started yet, instead of counting them.
 */
final class Cohort {

    private final List<Scope> active = new ArrayList<>();
    private final List<Collectivite> ended = new ArrayList<>();
    private final List<Collectivite> notStarted = new ArrayList<>();
    private final List<Scope> idle = new ArrayList<>();
    private final Report report;

    Cohort(Report report) {
        this.report = report;
        Period p = report.period();
        for (Scope s : report.scopes()) {
            if (s.collectivite() == null) {
                continue; // the programme, a lab: not a collectivité
            }
            Optional<Collectivite> c = report.data().collectivite(s.collectivite());
            if (c.isPresent() && !c.get().runsDuring(p)) {
                (endedBefore(c.get(), p) ? ended : notStarted).add(c.get());
            } else if (report.data().sessions(s).stream().map(Session::dateDebut).anyMatch(p::contains)) {
                active.add(s);
            } else {
                idle.add(s);
            }
        }
    }

    private static boolean endedBefore(Collectivite c, Period p) {
        return c.dateFin() != null && c.dateFin().isBefore(p.start());
    }

    /** Collectivités with a session or an event dated in the period, in report order. */
    List<Scope> active() {
        return active;
    }

    /** Collectivités whose programme ended before the period. */
    List<Collectivite> ended() {
        return ended;
    }

    /** Collectivités whose programme starts after the period. */
    List<Collectivite> notStarted() {
        return notStarted;
    }

    /** Collectivités whose programme runs (or has no dates) but with nothing dated in the period. */
    List<Scope> idle() {
        return idle;
    }

    /** The collectivité when its programme does not run during the period, else empty. */
    Optional<Collectivite> outside(Scope s) {
        if (s.collectivite() == null) {
            return Optional.empty();
        }
        return report.data().collectivite(s.collectivite()).filter(c -> !c.runsDuring(report.period()));
    }
}
