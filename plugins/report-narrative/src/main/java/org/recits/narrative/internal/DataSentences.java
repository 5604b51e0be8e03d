package org.recits.narrative.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.recits.api.model.CaseStatus;
import org.recits.api.model.FundingType;
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;
import org.recits.api.report.Report;
import org.recits.narrative.internal.Doc.Sentence;

/**
 * Sentences counted from the report's data rather than from an indicator: sessions, events, cases and
 * methods, work on the future lab, funding, and who took part. Each one points to the file it is
 * counted from ({@code sessions.csv}, {@code cas.csv}, {@code financements.csv}).
 */
final class DataSentences {

    private static final String SESSIONS = "sessions.csv";

    private final Report report;
    private final Typo ty;
    private final Cohort cohort;
    private final Vocabulary words;

    DataSentences(Report report, Typo ty, Cohort cohort) {
        this.report = report;
        this.ty = ty;
        this.cohort = cohort;
        this.words = new Vocabulary(ty);
    }

    /**
     * The headline count: collectivités with a session or an event in the period, not every one in the
     * data; those whose programme had ended (or not started) are named instead of counted.
     */
    List<Sentence> whoTookPart() {
        List<Sentence> out = new ArrayList<>();
        String when = Typo.capitalize(ty.inPeriod(report.period()));
        int n = cohort.active().size();
        out.add(new Sentence(n == 0 ? ty.text("glance.active.none", when)
                : ty.text("glance.active", when, ty.count(n, "count.collectivite.one", "count.collectivite.many")),
                SESSIONS, period(), "programme"));
        List<String> ended = cohort.ended().stream()
                .map(c -> ty.text("glance.ended.item", c.nom(), ty.date(c.dateFin()))).toList();
        if (!ended.isEmpty()) {
            out.add(Sentence.plain(ty.text(ended.size() == 1 ? "glance.ended.one" : "glance.ended.many",
                    String.join(ty.semicolon(), ended))));
        }
        List<String> later = cohort.notStarted().stream()
                .map(c -> ty.text("glance.notStarted.item", c.nom(), ty.date(c.dateDebut()))).toList();
        if (!later.isEmpty()) {
            out.add(Sentence.plain(ty.text(later.size() == 1 ? "glance.notStarted.one" : "glance.notStarted.many",
                    String.join(ty.semicolon(), later))));
        }
        if (!cohort.idle().isEmpty()) {
            out.add(Sentence.plain(ty.text("glance.idle",
                    String.join(", ", cohort.idle().stream().map(this::scopeName).toList()))));
        }
        return out;
    }

    /** Sessions, cases and methods of the period, from the dataset. */
    List<Sentence> happened(Scope scope) {
        List<Sentence> out = new ArrayList<>();
        List<Session> all = report.data().sessions(scope);
        List<Session> counted = all.stream().filter(s -> s.isCounted() && report.period().contains(s.dateDebut())).toList();
        double days = counted.stream().mapToDouble(Session::jours).sum();
        String when = ty.inPeriod(report.period());
        String sid = scope.id();
        if (counted.isEmpty()) {
            out.add(new Sentence(ty.text("happened.none", when), SESSIONS, period(), sid));
        } else {
            LocalDate first = counted.stream().map(Session::dateDebut).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = counted.stream().map(Session::dateDebut).max(LocalDate::compareTo).orElseThrow();
            String n = ty.count(counted.size(), "count.session.one", "count.session.many");
            String d = ty.count(days, "count.interventionDay.one", "count.interventionDay.many");
            out.add(new Sentence(counted.size() == 1
                    ? ty.text("happened.sessions.one", Typo.capitalize(when), n, ty.date(first), d)
                    : ty.text("happened.sessions.many", Typo.capitalize(when), n, ty.date(first), ty.date(last), d),
                    SESSIONS, period(), sid));
        }
        // A programme's InterTransfo is one event each collectivité records on its own rows: one per day and kind.
        Map<SessionType, Set<LocalDate>> events = new LinkedHashMap<>();
        all.stream().filter(s -> !s.isCounted() && report.period().contains(s.dateDebut()))
                .forEach(s -> events.computeIfAbsent(s.type(), t -> new TreeSet<>()).add(s.dateDebut()));
        if (!events.isEmpty()) {
            List<String> parts = new ArrayList<>();
            events.forEach((t, dates) -> parts.add(event(t, dates.size())));
            out.add(new Sentence(ty.text("happened.events", String.join(", ", parts)), SESSIONS, period(), sid));
        }
        List<PracticalCase> cases = report.data().cases(scope).stream()
                .filter(c -> c.isCountedUpTo(report.period().end())).toList();
        if (!cases.isEmpty()) {
            out.add(new Sentence(cases(cases) + ".", "cas.csv", period(), sid));
        }
        return out;
    }

    /** « 3 cas pratiques sont retenus ou en cours, dont 1 terminé ; méthodes employées : … ». */
    private String cases(List<PracticalCase> cases) {
        long done = cases.stream().filter(c -> c.statut() == CaseStatus.TERMINE).count();
        TreeSet<String> methods = new TreeSet<>();
        cases.forEach(c -> c.methodes().forEach(m -> {
            if (!m.isBlank()) {
                methods.add(words.method(m));
            }
        }));
        String s = ty.text(ty.plural(cases.size()) ? "happened.cases.many" : "happened.cases.one",
                ty.count(cases.size(), "count.case.one", "count.case.many"));
        if (done > 0) {
            s += ", " + ty.text(ty.plural(done) ? "happened.cases.done.many" : "happened.cases.done.one",
                    String.valueOf(done));
        }
        if (!methods.isEmpty()) {
            s += ty.semicolon() + ty.text(methods.size() == 1 ? "happened.methods.one" : "happened.methods.many",
                    String.join(", ", methods));
        }
        return s;
    }

    /** « 2 ateliers collectifs »: the count as it is, then the event's name. */
    private String event(SessionType t, int n) {
        String count = String.valueOf(n);
        boolean pl = ty.plural(n);
        return switch (t) {
            case INTERTRANSFO -> ty.text(pl ? "event.intertransfo.many" : "event.intertransfo.one", count);
            case ATELIER_COLLECTIF -> ty.text(pl ? "event.workshop.many" : "event.workshop.one", count);
            case VISIO -> ty.text(pl ? "event.videoCall.many" : "event.videoCall.one", count);
            default -> count + " " + t.code();
        };
    }

    List<Sentence> labWork(Scope scope) {
        long n = report.data().sessions(scope).stream()
                .filter(s -> s.isCounted() && s.travailLabo() && report.period().contains(s.dateDebut())).count();
        String when = ty.inPeriod(report.period());
        String s = n == 0 ? ty.text("lab.none", when)
                : ty.text(ty.plural(n) ? "lab.many" : "lab.one", Typo.capitalize(when),
                        ty.count(n, "count.session.one", "count.session.many"));
        return List.of(new Sentence(s, SESSIONS, period(), scope.id()));
    }

    List<Sentence> budget(Scope scope) {
        var rows = report.data().funding(scope).stream()
                .filter(f -> f.date() == null || !f.date().isAfter(report.period().end())).toList();
        if (rows.isEmpty()) {
            return List.of(new Sentence(ty.text("budget.none"), "financements.csv", period(), scope.id()));
        }
        BigDecimal total = rows.stream().map(f -> f.montantEur()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal own = rows.stream().filter(f -> f.type() == FundingType.COLLECTIVITE).map(f -> f.montantEur())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String end = ty.date(report.period().end());
        String s = total.signum() > 0
                ? ty.text("budget.committed.share", end, ty.euros(total.doubleValue()), ty.euros(own.doubleValue()),
                        ty.percent(own.doubleValue() / total.doubleValue()))
                : ty.text("budget.committed", end, ty.euros(total.doubleValue()), ty.euros(own.doubleValue()));
        return List.of(new Sentence(s, "financements.csv", period(), scope.id()));
    }

    /** The period's label in the references, such as {@code 2020-T1}. */
    private String period() {
        return report.period().label(report.locale());
    }

    /** The report's scope of an id a sentence keeps: the programme, a lab or a collectivité. */
    Scope scope(String id) {
        if (id == null || "programme".equals(id)) {
            return Scope.programme();
        }
        return report.scopes().stream().filter(s -> !s.isProgramme() && s.id().equals(id)).findFirst()
                .orElse(Scope.of(id));
    }

    /** « Programme », « Labo … » or the collectivité's name as the data gives it. */
    String scopeName(Scope s) {
        if (s.isProgramme()) {
            return ty.text("scope.programme");
        }
        if (s.isLab()) {
            return ty.text("scope.lab", ty.prose(s.lab()));
        }
        return ty.prose(report.data().collectiviteName(s));
    }
}
