package org.recits.narrative.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.recits.api.indicator.Status;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.Measure;
import org.recits.api.model.Period;
import org.recits.api.model.Quote;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Report;
import org.recits.charts.Chart;
import org.recits.narrative.internal.Doc.Figure;
import org.recits.narrative.internal.Doc.KeyFigure;
import org.recits.narrative.internal.Doc.KeyFigures;
import org.recits.narrative.internal.Doc.PageBreak;
import org.recits.narrative.internal.Doc.QuoteBlock;
import org.recits.narrative.internal.Doc.Sentence;

/**
 * Writes the narrative's content: programme first, section by section, then one section per
 * collectivité. Indicators are placed by their roles (key figures, theme), else by family, so a new
 * indicator plugin appears without a change here.
 */
final class NarrativeBuilder {

    /** Sections of the programme part, in order. */
    enum Section { HAPPENED, DEMOCRATIE, QUALITE, IMPACT, PRODUCTIVITE, CAPACITATION, GROUP, LAB, BUDGET }

    private static final int MAX_CHARTS_PER_SECTION = 2;

    private final Report report;
    private final Typo ty;
    private final Sentences sentences;
    private final List<Chart> charts;
    private final Set<String> placedCharts = new TreeSet<>();
    private final String period;
    private final Cohort cohort;
    private final DataSentences data;
    private final List<Quote> periodQuotes;
    private final Set<String> quoted = new HashSet<>();
    private final Vocabulary words;
    private Doc doc;

    NarrativeBuilder(Report report, List<Chart> charts) {
        this.report = report;
        this.ty = new Typo(report.locale());
        this.sentences = new Sentences(report, ty);
        this.charts = charts == null ? List.of() : charts;
        this.period = report.period().label(report.locale());
        this.cohort = new Cohort(report);
        this.data = new DataSentences(report, ty, cohort);
        this.periodQuotes = Quotes.forPeriod(report.quotes(), report.period());
        this.words = new Vocabulary(ty);
    }

    /** The section an indicator's theme gives it, else its family's. */
    static Section sectionOf(IndicatorResult r) {
        return switch (r.definition().roles().theme()) {
            case GROUP -> Section.GROUP;
            case LAB -> Section.LAB;
            case FAMILY -> switch (r.definition().family()) {
                case DEMOCRATIE -> Section.DEMOCRATIE;
                case QUALITE -> Section.QUALITE;
                case IMPACT -> Section.IMPACT;
                case PRODUCTIVITE -> Section.PRODUCTIVITE;
                case CAPACITATION -> Section.CAPACITATION;
                case PARTICIPATION -> Section.GROUP;
                case PROTOCOLE -> Section.HAPPENED;
                case FINANCE -> Section.BUDGET;
            };
        };
    }

    Doc build() {
        boolean quarter = report.period().kind() == Period.Kind.QUARTER;
        String title = ty.text(quarter ? "title.quarter" : "title.period", ty.periodName(report.period()));
        doc = new Doc(title, ty.text(quarter ? "brief.subtitle" : "brief.subtitle.period"));
        doc.masthead = Brief.masthead(report, ty);
        new Brief(report, ty, sentences, data, cohort).write(doc, charts, placedCharts, quoted);
        int briefNotes = doc.noted().size();
        SourceNotes.write(doc, report, ty, data, 0, "heading.notes.brief", "notes");
        doc.add(new PageBreak());
        doc.heading(2, ty.text("heading.annex"), "annexe");
        doc.para(List.of(Sentence.plain(ty.text("annex.intro"))));
        Scope prog = Scope.programme();
        atAGlance();
        doc.heading(2, ty.text("heading.happened"), "ce-qui-s-est-passe");
        doc.para(data.happened(prog));
        section(prog, Section.HAPPENED, 0);
        doc.heading(2, ty.text("heading.values"), "quatre-valeurs");
        doc.para(List.of(Sentence.plain(ty.text("values.intro"))));
        chartsFor(Set.of(Section.DEMOCRATIE, Section.QUALITE, Section.IMPACT, Section.PRODUCTIVITE), true);
        valueSection(Section.DEMOCRATIE, ValueFamily.DEMOCRATIE, Set.of(Measure.DEMOCRATIE), "democratie");
        valueSection(Section.QUALITE, ValueFamily.QUALITE, Set.of(Measure.QUALITE, Measure.SATISFACTION), "qualite");
        valueSection(Section.IMPACT, ValueFamily.IMPACT, Set.of(Measure.IMPACT), "impact");
        valueSection(Section.PRODUCTIVITE, ValueFamily.PRODUCTIVITE, Set.of(Measure.PRODUCTIVITE), "productivite");
        doc.heading(2, ty.text("heading.capacitation"), "capacitation");
        if (results(prog, Section.CAPACITATION).isEmpty()) {
            doc.para(List.of(Sentence.plain(ty.text("capacitation.none"))));
        }
        section(prog, Section.CAPACITATION, 0);
        quotes(Set.of(Measure.CAPACITATION), null, 3);
        doc.heading(2, ty.text("heading.group"), "groupe");
        section(prog, Section.GROUP, 0);
        doc.heading(2, ty.text("heading.lab"), "labo");
        doc.para(data.labWork(prog));
        section(prog, Section.LAB, 0);
        doc.heading(2, ty.text("heading.budget"), "budget");
        doc.para(data.budget(prog));
        section(prog, Section.BUDGET, 0);
        resists();
        next();
        labs();
        collectivites();
        ReadingNotes.write(doc, report, ty);
        SourceNotes.write(doc, report, ty, data, briefNotes, "heading.notes.annex", "notes-annexe");
        return doc;
    }

    // ---- programme sections ---------------------------------------------------------------------

    private void atAGlance() {
        doc.heading(2, ty.text("heading.glance"), "en-bref");
        List<IndicatorResult> prog = report.results(Scope.programme()).stream()
                .filter(r -> r.current().isShowable()).toList();
        // The key figures by rank, then others in the report's order up to three.
        List<IndicatorResult> keys = new ArrayList<>(prog.stream().filter(r -> r.definition().roles().isKeyFigure())
                .sorted(Comparator.comparingInt((IndicatorResult r) -> r.definition().roles().keyFigure())
                        .thenComparing(r -> r.definition().code()))
                .toList());
        for (IndicatorResult r : prog) {
            if (keys.size() >= 3) {
                break;
            }
            if (!keys.contains(r)) {
                keys.add(r);
            }
        }
        List<KeyFigure> figures = new ArrayList<>();
        for (IndicatorResult r : keys) {
            String figure = ty.value(r.current().value().value(), r.definition().unit());
            // The n goes with the words, beside the big figure: a thin rate reads as thin at a glance.
            String label = ty.in(r.definition().label()) + sentences.sampleSize(r.current().value());
            String cmp = sentences.comparison(r);
            figures.add(new KeyFigure(figure, label + (cmp.isEmpty() ? "" : " — " + cmp),
                    new Sentence(label, r.definition().code(), period, "programme")));
        }
        doc.para(data.whoTookPart());
        if (!figures.isEmpty()) {
            doc.add(new KeyFigures(figures));
        } else {
            doc.para(List.of(Sentence.plain(ty.text("glance.none"))));
        }
    }

    private void valueSection(Section s, ValueFamily family, Set<Measure> measures, String id) {
        doc.heading(3, ty.in(family.label()), id);
        List<IndicatorResult> rs = results(Scope.programme(), s);
        if (rs.isEmpty()) {
            doc.para(List.of(Sentence.plain(ty.text("values.none"))));
        }
        section(Scope.programme(), s, 0);
        quotes(measures, null, 3);
    }

    private void resists() {
        doc.heading(2, ty.text("heading.resists"), "ce-qui-resiste");
        List<Sentence> red = new ArrayList<>();
        for (IndicatorResult r : report.results()) {
            if (r.current().isShowable() && r.current().value().status() == Status.RED) {
                red.add(new Sentence(scopeName(r.scope()) + ty.colon() + sentences.generic(r),
                        r.definition().code(), period, r.scope().id()));
            }
        }
        if (red.isEmpty()) {
            doc.para(List.of(Sentence.plain(ty.text("resists.none"))));
        } else {
            doc.para(List.of(Sentence.plain(red.size() == 1 ? ty.text("resists.one")
                    : ty.text("resists.many", Typo.capitalize(ty.words(red.size()))))));
            doc.list(red);
        }
        List<Sentence> missing = new ArrayList<>();
        for (IndicatorResult r : report.results(Scope.programme())) {
            if (!r.current().isShowable()) {
                missing.add(sentences.about(r).get(0));
            }
        }
        if (!missing.isEmpty()) {
            doc.para(List.of(Sentence.plain(ty.text("resists.missing"))));
            doc.list(missing);
        }
    }

    private void next() {
        var next = nextPeriod();
        doc.heading(2, ty.text(report.period().kind() == Period.Kind.QUARTER ? "heading.next.quarter" : "heading.next.period"),
                "prochain");
        List<Session> planned = report.data().sessions(Scope.programme()).stream()
                .filter(s -> next.contains(s.dateDebut())).toList();
        String src = "sessions.csv";
        String lbl = next.label(report.locale());
        List<Sentence> out = new ArrayList<>();
        if (planned.isEmpty()) {
            out.add(new Sentence(ty.text("next.none", ty.ofPeriod(next)), src, lbl, "programme"));
        } else {
            LocalDate first = planned.stream().map(Session::dateDebut).min(LocalDate::compareTo).orElseThrow();
            out.add(new Sentence(ty.text(ty.plural(planned.size()) ? "next.planned.many" : "next.planned.one",
                    Typo.capitalize(ty.inPeriod(next)), ty.count(planned.size(), "count.session.one", "count.session.many"),
                    ty.date(first)), src, lbl, "programme"));
        }
        List<String> watch = new ArrayList<>();
        for (IndicatorResult r : report.results(Scope.programme())) {
            Status st = r.current().isShowable() ? r.current().value().status() : Status.NONE;
            if (st == Status.RED || st == Status.ORANGE) {
                watch.add(ty.in(r.definition().label()) + " (" + ty.in(st.label()) + ")");
            }
        }
        if (!watch.isEmpty()) {
            out.add(Sentence.plain(ty.text("next.watch", String.join(", ", watch))));
        }
        doc.para(out);
    }

    /** In a report consolidating several labs, each lab's figures: the level between programme and collectivité. */
    private void labs() {
        List<Scope> labs = report.scopes().stream().filter(Scope::isLab).toList();
        if (labs.isEmpty()) {
            return;
        }
        doc.heading(2, ty.text("heading.labs"), "labos");
        for (Scope s : labs) {
            doc.heading(3, scopeName(s), "l-" + Doc.NOT_ID.matcher(s.id()).replaceAll("-"));
            List<Sentence> figures = new ArrayList<>();
            for (IndicatorResult r : report.results(s)) {
                if (r.current().suppressed() || r.current().value().isComputable()) {
                    figures.addAll(sentences.about(r));
                }
            }
            doc.list(figures.isEmpty() ? List.of(Sentence.plain(ty.text("collectivite.none"))) : figures);
        }
    }

    /**
     * The collectivités active in the period, each with what has a value (no list of n/d); the others in one
     * list, a line each saying why there is nothing to tell.
     */
    private void collectivites() {
        List<Scope> scopes = report.scopes().stream().filter(s -> s.collectivite() != null).toList();
        if (scopes.isEmpty()) {
            return;
        }
        doc.heading(2, ty.text("heading.collectivites"), "collectivites");
        List<Sentence> idle = new ArrayList<>();
        for (Scope s : scopes) {
            if (!cohort.active().contains(s)) {
                idle.add(Sentence.plain(ty.text("annex.idle.item", scopeName(s), whyIdle(s))));
                continue;
            }
            doc.heading(3, scopeName(s), "c-" + Doc.NOT_ID.matcher(s.id()).replaceAll("-"));
            doc.para(data.happened(s));
            List<Sentence> figures = new ArrayList<>();
            for (IndicatorResult r : report.results(s)) {
                // a masked figure is said to be masked (that protects a group); an n/d is left out
                if (r.current().suppressed() || r.current().value().isComputable()) {
                    figures.addAll(sentences.about(r));
                }
            }
            if (figures.isEmpty()) {
                doc.para(List.of(Sentence.plain(ty.text("collectivite.none"))));
            } else {
                doc.list(figures);
            }
            quotes(Set.of(Measure.values()), s.collectivite(), 2);
        }
        if (!idle.isEmpty()) {
            doc.heading(3, ty.text("annex.idle"), "sans-activite");
            doc.list(idle);
        }
    }

    /** « programme achevé le 14 février 2018 », « programme commençant le … », or no session in the period. */
    private String whyIdle(Scope s) {
        var outside = cohort.outside(s);
        if (outside.isPresent()) {
            var c = outside.get();
            boolean ended = c.dateFin() != null && c.dateFin().isBefore(report.period().start());
            return ended ? ty.text("annex.idle.ended", ty.date(c.dateFin()))
                    : ty.text("annex.idle.notStarted", ty.date(c.dateDebut()));
        }
        return ty.text("annex.idle.none");
    }

    // ---- pieces ---------------------------------------------------------------------------------

    private void section(Scope scope, Section s, int unused) {
        List<Sentence> out = new ArrayList<>();
        for (IndicatorResult r : results(scope, s)) {
            out.addAll(sentences.about(r));
        }
        doc.list(out);
        chartsFor(Set.of(s), false);
    }

    private List<IndicatorResult> results(Scope scope, Section s) {
        return report.results(scope).stream().filter(r -> sectionOf(r) == s).toList();
    }

    /**
     * Places the charts whose codes all belong to {@code sections} (at most two per section, in the
     * chart service's order, overviews first); with {@code several}, only charts spanning more than
     * one of them.
     */
    private void chartsFor(Set<Section> sections, boolean several) {
        Map<String, Section> sectionByCode = new LinkedHashMap<>();
        report.results().forEach(r -> sectionByCode.putIfAbsent(r.definition().code(), sectionOf(r)));
        int placed = 0;
        for (Chart c : charts) {
            if (placed >= MAX_CHARTS_PER_SECTION || placedCharts.contains(c.id())) {
                continue;
            }
            Set<Section> of = new TreeSet<>();
            c.codes().forEach(code -> of.add(sectionByCode.get(code) == null ? Section.HAPPENED : sectionByCode.get(code)));
            boolean fits = sections.containsAll(of) && (several ? of.size() > 1 : of.size() == 1);
            if (fits) {
                placedCharts.add(c.id());
                String title = ty.in(c.title());
                doc.add(new Figure(c, title, ty.text("figure.caption", String.valueOf(doc.nextFigureNumber())), title));
                placed++;
            }
        }
    }

    /** Quotes of the period (and the window before it), each shown once in the whole narrative. */
    private void quotes(Set<Measure> measures, String collectivite, int max) {
        List<Quote> unused = periodQuotes.stream().filter(q -> !quoted.contains(Quotes.key(q))).toList();
        for (Quote q : Quotes.select(unused, measures, collectivite, max)) {
            quoted.add(Quotes.key(q));
            StringBuilder who = new StringBuilder(Brief.attribution(q, ty, words, data));
            if (Quotes.isBefore(q, report.period())) {
                who.append(' ').append(ty.text("quote.before"));
            }
            doc.add(new QuoteBlock(Quotes.shown(q), who.toString(), ty.english()));
        }
    }

    private Period nextPeriod() {
        var p = report.period();
        return switch (p.kind()) {
            case QUARTER -> Period.quarterOf(p.end().plusDays(1));
            case YEAR -> Period.year(p.end().getYear() + 1);
            case MONTH -> Period.month(p.end().plusDays(1).getYear(), p.end().plusDays(1).getMonthValue());
            case RANGE -> Period.range(p.end().plusDays(1),
                    p.end().plusDays(1 + java.time.temporal.ChronoUnit.DAYS.between(p.start(), p.end())));
        };
    }

    private String scopeName(Scope s) {
        return data.scopeName(s);
    }
}
