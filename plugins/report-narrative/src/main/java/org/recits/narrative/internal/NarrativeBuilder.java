// Over 400 lines: the narrative's sections in reading order, one method each, with their words still inline (Typo.t), not yet in a bundle.
package org.recits.narrative.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.recits.api.indicator.Status;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.FundingType;
import org.recits.api.model.Measure;
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Quote;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.PluginFailure;
import org.recits.api.report.Report;
import org.recits.charts.Chart;
import org.recits.narrative.internal.Doc.Figure;
import org.recits.narrative.internal.Doc.KeyFigure;
import org.recits.narrative.internal.Doc.KeyFigures;
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
    private final List<Quote> periodQuotes;
    private final Set<String> quoted = new java.util.HashSet<>();
    private Doc doc;

    NarrativeBuilder(Report report, List<Chart> charts) {
        this.report = report;
        this.ty = new Typo(report.locale());
        this.sentences = new Sentences(report, ty);
        this.charts = charts == null ? List.of() : charts;
        this.period = report.period().label(report.locale());
        this.cohort = new Cohort(report);
        this.periodQuotes = Quotes.forPeriod(report.quotes(), report.period());
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
        String title = ty.t("Récit du ", "Story of the ") + ty.periodName(report.period());
        if (report.period().kind() != org.recits.api.model.Period.Kind.QUARTER) {
            title = ty.t("Récit : ", "Story: ") + ty.periodName(report.period());
        }
        doc = new Doc(Typo.capitalize(title), ty.t("Établi le ", "Written on ") + ty.date(report.generatedOn())
                + ty.t(" à partir des fichiers du labo ; chaque phrase renvoie à l’indicateur et à la période dont elle vient, "
                        + "à retrouver dans le classeur.",
                        " from the lab’s files; every sentence points to the indicator and period it comes from, "
                                + "to be found in the workbook."));
        Scope prog = Scope.programme();
        atAGlance();
        doc.heading(2, ty.t("Ce qui s’est passé", "What happened"), "ce-qui-s-est-passe");
        doc.para(happened(prog));
        section(prog, Section.HAPPENED, 0);
        doc.heading(2, ty.t("Les quatre valeurs", "The four values"), "quatre-valeurs");
        doc.para(List.of(Sentence.plain(ty.t(
                "Le programme se juge sur quatre valeurs : démocratie, qualité, impact et productivité. "
                        + "Pour chacune, les chiffres puis la parole des personnes qui ont accepté d’être citées.",
                "The programme is judged on four values: democracy, quality, impact and productivity. For each, "
                        + "the figures, then the words of the people who agreed to be quoted."))));
        chartsFor(Set.of(Section.DEMOCRATIE, Section.QUALITE, Section.IMPACT, Section.PRODUCTIVITE), true);
        valueSection(Section.DEMOCRATIE, ValueFamily.DEMOCRATIE, Set.of(Measure.DEMOCRATIE), "democratie");
        valueSection(Section.QUALITE, ValueFamily.QUALITE, Set.of(Measure.QUALITE, Measure.SATISFACTION), "qualite");
        valueSection(Section.IMPACT, ValueFamily.IMPACT, Set.of(Measure.IMPACT), "impact");
        valueSection(Section.PRODUCTIVITE, ValueFamily.PRODUCTIVITE, Set.of(Measure.PRODUCTIVITE), "productivite");
        doc.heading(2, ty.t("Capacitation", "Capacity building"), "capacitation");
        if (results(prog, Section.CAPACITATION).isEmpty()) {
            doc.para(List.of(Sentence.plain(ty.t("Aucun indicateur de capacitation n’est mesuré pour le programme sur cette période.",
                    "No capacity-building indicator is measured for the programme in this period."))));
        }
        section(prog, Section.CAPACITATION, 0);
        quotes(Set.of(Measure.CAPACITATION), null, 3);
        doc.heading(2, ty.t("Le groupe", "The group"), "groupe");
        section(prog, Section.GROUP, 0);
        doc.heading(2, ty.t("Le labo en construction", "The lab in the making"), "labo");
        doc.para(labWork(prog));
        section(prog, Section.LAB, 0);
        doc.heading(2, ty.t("Budget", "Budget"), "budget");
        doc.para(budget(prog));
        section(prog, Section.BUDGET, 0);
        resists();
        next();
        collectivites();
        method();
        return doc;
    }

    // ---- programme sections ---------------------------------------------------------------------

    private void atAGlance() {
        doc.heading(2, ty.t("En bref", "At a glance"), "en-bref");
        List<IndicatorResult> prog = report.results(Scope.programme()).stream()
                .filter(r -> r.current().isShowable()).toList();
        // The key figures by rank, then others in the report's order up to three.
        List<IndicatorResult> keys = new ArrayList<>(prog.stream().filter(r -> r.definition().roles().isKeyFigure())
                .sorted(java.util.Comparator.comparingInt((IndicatorResult r) -> r.definition().roles().keyFigure())
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
            String label = r.definition().label().in(report.locale()) + sentences.sampleSize(r.current().value());
            String cmp = sentences.comparison(r);
            figures.add(new KeyFigure(figure, label + (cmp.isEmpty() ? "" : " — " + cmp),
                    new Sentence(label, r.definition().code(), period, "programme")));
        }
        doc.para(whoTookPart());
        if (!figures.isEmpty()) {
            doc.add(new KeyFigures(figures));
        } else {
            doc.para(List.of(Sentence.plain(ty.t("Aucun chiffre du programme ne peut encore être montré pour cette période.",
                    "No programme figure can be shown for this period yet."))));
        }
    }

    /**
     * The headline count: collectivités with a session or an event in the period, not every one in the
     * data; those whose programme had ended (or not started) are named instead of counted.
     */
    private List<Sentence> whoTookPart() {
        List<Sentence> out = new ArrayList<>();
        String when = Typo.capitalize(ty.inPeriod(report.period()));
        int n = cohort.active().size();
        out.add(new Sentence(n == 0
                ? when + ty.t(", aucune collectivité n’a eu de session ni de temps collectif dans le programme.",
                        ", no collectivité had a session or a collective event in the programme.")
                : when + ty.t(", le programme a réuni ", ", the programme brought together ")
                        + ty.count(n, "collectivité", "collectivités")
                        + ty.t(" (au moins une session ou un temps collectif dans la période).",
                                " (at least one session or collective event in the period)."),
                "sessions.csv", period, "programme"));
        List<String> ended = cohort.ended().stream().map(c -> c.nom() + ty.t(", le ", ", on ") + ty.date(c.dateFin())).toList();
        if (!ended.isEmpty()) {
            out.add(Sentence.plain((ended.size() == 1
                    ? ty.t("Programme achevé avant la période, collectivité non comptée", "Programme ended before the period, not counted")
                    : ty.t("Programme achevé avant la période, collectivités non comptées", "Programme ended before the period, not counted"))
                    + ty.colon() + String.join(ty.semicolon(), ended) + "."));
        }
        List<String> later = cohort.notStarted().stream().map(c -> c.nom() + ty.t(", début le ", ", starting on ") + ty.date(c.dateDebut())).toList();
        if (!later.isEmpty()) {
            out.add(Sentence.plain((later.size() == 1
                    ? ty.t("Programme pas encore commencé, collectivité non comptée", "Programme not started yet, not counted")
                    : ty.t("Programme pas encore commencé, collectivités non comptées", "Programme not started yet, not counted"))
                    + ty.colon() + String.join(ty.semicolon(), later) + "."));
        }
        if (!cohort.idle().isEmpty()) {
            out.add(Sentence.plain(ty.t("Sans session ni temps collectif dans la période", "No session or collective event in the period")
                    + ty.colon() + String.join(", ", cohort.idle().stream().map(this::scopeName).toList()) + "."));
        }
        return out;
    }

    private void valueSection(Section s, ValueFamily family, Set<Measure> measures, String id) {
        doc.heading(3, family.label().in(report.locale()), id);
        List<IndicatorResult> rs = results(Scope.programme(), s);
        if (rs.isEmpty()) {
            doc.para(List.of(Sentence.plain(ty.t("Aucun indicateur de cette valeur n’est mesuré pour le programme sur cette période.",
                    "No indicator of this value is measured for the programme in this period."))));
        }
        section(Scope.programme(), s, 0);
        quotes(measures, null, 3);
    }

    private void resists() {
        doc.heading(2, ty.t("Ce qui résiste", "What resists"), "ce-qui-resiste");
        List<Sentence> red = new ArrayList<>();
        for (IndicatorResult r : report.results()) {
            if (r.current().isShowable() && r.current().value().status() == Status.RED) {
                red.add(new Sentence(scopeName(r.scope()) + ty.colon() + sentences.generic(r),
                        r.definition().code(), period, r.scope().id()));
            }
        }
        if (red.isEmpty()) {
            doc.para(List.of(Sentence.plain(ty.t("Aucun indicateur n’est dans le rouge sur cette période.",
                    "No indicator is in the red in this period."))));
        } else {
            doc.para(List.of(Sentence.plain(red.size() == 1
                    ? ty.t("Un indicateur est dans le rouge ; il est dit tel quel :", "One indicator is in the red; here it is, plainly:")
                    : Typo.capitalize(ty.words(red.size())) + ty.t(" indicateurs sont dans le rouge ; ils sont dits tels quels :",
                            " indicators are in the red; here they are, plainly:"))));
            doc.list(red);
        }
        List<Sentence> missing = new ArrayList<>();
        for (IndicatorResult r : report.results(Scope.programme())) {
            if (!r.current().isShowable()) {
                missing.add(sentences.about(r).get(0));
            }
        }
        if (!missing.isEmpty()) {
            doc.para(List.of(Sentence.plain(ty.t("Ce que l’on ne peut pas encore dire pour le programme :",
                    "What cannot be said for the programme yet:"))));
            doc.list(missing);
        }
    }

    private void next() {
        var next = nextPeriod();
        doc.heading(2, Typo.capitalize(ty.t("le ", "the ") + (report.period().kind() == org.recits.api.model.Period.Kind.QUARTER
                ? ty.t("trimestre prochain", "next quarter") : ty.t("période suivante", "next period"))), "prochain");
        List<Session> planned = report.data().sessions(Scope.programme()).stream()
                .filter(s -> next.contains(s.dateDebut())).toList();
        String src = "sessions.csv";
        String lbl = next.label(report.locale());
        List<Sentence> out = new ArrayList<>();
        if (planned.isEmpty()) {
            out.add(new Sentence(ty.t("Aucune session n’est encore inscrite au calendrier ", "No session is on the calendar yet ")
                    + ty.inPeriod(next).replaceFirst("^au ", "du ").replaceFirst("^en ", "de ") + ".", src, lbl, "programme"));
        } else {
            LocalDate first = planned.stream().map(Session::dateDebut).min(LocalDate::compareTo).orElseThrow();
            out.add(new Sentence(Typo.capitalize(ty.inPeriod(next)) + ", " + ty.count(planned.size(), "session", "sessions")
                    + (ty.plural(planned.size()) ? ty.t(" sont déjà prévues", " are already planned") : ty.t(" est déjà prévue", " is already planned"))
                    + ty.t(", la première le ", ", the first on ") + ty.date(first) + ".", src, lbl, "programme"));
        }
        List<String> watch = new ArrayList<>();
        for (IndicatorResult r : report.results(Scope.programme())) {
            Status st = r.current().isShowable() ? r.current().value().status() : Status.NONE;
            if (st == Status.RED || st == Status.ORANGE) {
                watch.add(r.definition().label().in(report.locale()) + " (" + st.label().in(report.locale()) + ")");
            }
        }
        if (!watch.isEmpty()) {
            out.add(Sentence.plain(ty.t("À suivre de près", "To follow closely") + ty.colon() + String.join(", ", watch) + "."));
        }
        doc.para(out);
    }

    private void collectivites() {
        List<Scope> scopes = report.scopes().stream().filter(s -> !s.isProgramme()).toList();
        if (scopes.isEmpty()) {
            return;
        }
        doc.heading(2, ty.t("Collectivité par collectivité", "Collectivité by collectivité"), "collectivites");
        for (Scope s : scopes) {
            doc.heading(3, scopeName(s), "c-" + Doc.NOT_ID.matcher(s.id()).replaceAll("-"));
            var outside = cohort.outside(s);
            // Outside its programme's dates a collectivité has nothing of the period to tell: say so once,
            // then only the cumulative figures kept for the record (not a list of n/d).
            doc.para(outside.isPresent() ? List.of(outsideProgramme(outside.get())) : happened(s));
            List<Sentence> figures = new ArrayList<>();
            for (IndicatorResult r : report.results(s)) {
                if (outside.isEmpty() || r.current().isShowable()) {
                    figures.addAll(sentences.about(r));
                }
            }
            if (figures.isEmpty()) {
                doc.para(List.of(Sentence.plain(ty.t("Pas d’indicateur pour cette collectivité.", "No indicator for this collectivité."))));
            } else {
                doc.list(figures);
            }
            quotes(Set.of(Measure.values()), s.collectivite(), 2);
        }
    }

    private void method() {
        doc.heading(2, ty.t("Comment lire ce récit", "How to read this story"), "methode");
        List<Sentence> out = new ArrayList<>();
        out.add(Sentence.plain(ty.t("Chaque phrase chiffrée se termine par une référence [CODE, période] : le code de l’indicateur "
                + "(ou le fichier source) et la période, à retrouver dans le classeur du rapport.",
                "Every sentence with a figure ends with a reference [CODE, period]: the indicator’s code (or the source file) "
                        + "and the period, to be found in the report’s workbook.")));
        out.add(Sentence.plain(ty.t("Aucun chiffre n’est montré s’il repose sur moins de ", "No figure is shown if it rests on fewer than ")
                + report.suppressionThreshold() + ty.t(" personnes ; « n/d » signifie que la valeur ne peut pas être calculée, avec la raison.",
                        " people; “n/a” means the value cannot be computed, with the reason.")));
        out.add(Sentence.plain(ty.t("Seules les citations dont l’auteur a donné son accord sont publiées",
                "Only quotes whose speakers agreed are published") + ty.semicolon()
                + ty.t("elles datent de la période ou, à défaut, des " + Quotes.WINDOW_MONTHS
                        + " mois qui la précèdent (elles portent alors la mention «" + Typo.NBSP + "avant la période" + Typo.NBSP + "»), et chacune ne paraît qu’une fois.",
                        "they date from the period or, failing that, from the " + Quotes.WINDOW_MONTHS
                                + " months before it (then marked “before the period”), and each appears once.")));
        if (ty.english()) {
            out.add(Sentence.plain("Quotes are given in French, as they were said."));
        }
        doc.para(out);
        if (!report.failures().isEmpty()) {
            // Which plugin and at what step only: an exception's text (class names, English) tells an élu
            // nothing and the workbook's Provenance sheet keeps it for whoever maintains the plugins.
            List<Sentence> f = new ArrayList<>();
            for (PluginFailure pf : report.failures()) {
                f.add(Sentence.plain(pf.plugin() + ty.colon() + stage(pf.stage())));
            }
            doc.para(List.of(Sentence.plain(ty.t("Extensions en échec" + Typo.NNBSP + "; ce qu’elles devaient apporter "
                    + "manque à ce récit (le détail est dans l’onglet «" + Typo.NBSP + "Provenance" + Typo.NBSP
                    + "» du classeur)", "Plugins that failed; what they were to bring is missing from this story "
                    + "(details in the workbook’s “Provenance” sheet)") + ty.colon().stripTrailing())));
            doc.list(f);
        }
    }

    /** What a plugin was doing when it failed, in words. */
    private String stage(String stage) {
        return switch (stage) {
            case "load" -> ty.t("chargement", "loading");
            case "ingest" -> ty.t("lecture des fichiers", "reading the files");
            case "compute" -> ty.t("calcul des chiffres", "computing the figures");
            case "sentences" -> ty.t("phrases du récit (ses chiffres sont dans le classeur)",
                    "sentences of the story (its figures are in the workbook)");
            case "render" -> ty.t("écriture", "writing");
            default -> stage;
        };
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
                doc.add(new Figure(c, c.title().in(report.locale())));
                placed++;
            }
        }
    }

    /** Quotes of the period (and the window before it), each shown once in the whole narrative. */
    private void quotes(Set<Measure> measures, String collectivite, int max) {
        List<Quote> unused = periodQuotes.stream().filter(q -> !quoted.contains(Quotes.key(q))).toList();
        for (Quote q : Quotes.select(unused, measures, collectivite, max)) {
            quoted.add(Quotes.key(q));
            StringBuilder who = new StringBuilder();
            if (q.role() != null && !q.role().isBlank()) {
                who.append(Typo.capitalize(q.role().strip())).append(", ");
            }
            who.append(scopeName(Scope.of(q.collectivite())));
            who.append(", ").append(ty.date(q.date()));
            if (Quotes.isBefore(q, report.period())) {
                who.append(ty.t(" (avant la période)", " (before the period)"));
            }
            doc.add(new QuoteBlock(q.texte().strip(), who.toString()));
        }
    }

    /** Sessions, cases and methods of the period, from the dataset. */
    private List<Sentence> happened(Scope scope) {
        List<Sentence> out = new ArrayList<>();
        List<Session> all = report.data().sessions(scope);
        List<Session> counted = all.stream().filter(s -> s.isCounted() && report.period().contains(s.dateDebut())).toList();
        double days = counted.stream().mapToDouble(Session::jours).sum();
        String when = ty.inPeriod(report.period());
        String sid = scope.id();
        if (counted.isEmpty()) {
            out.add(new Sentence(ty.t("Aucune session ne s’est tenue ", "No session was held ") + when + ".",
                    "sessions.csv", period, sid));
        } else {
            LocalDate first = counted.stream().map(Session::dateDebut).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = counted.stream().map(Session::dateDebut).max(LocalDate::compareTo).orElseThrow();
            String n = ty.count(counted.size(), "session", "sessions");
            String verb = ty.plural(counted.size()) ? ty.t(" se sont tenues ", " were held ") : ty.t(" s’est tenue ", " was held ");
            String dates = counted.size() == 1 ? ty.t(", le ", ", on ") + ty.date(first)
                    : ty.t(", du ", ", from ") + ty.date(first) + ty.t(" au ", " to ") + ty.date(last);
            out.add(new Sentence(Typo.capitalize(when) + ", " + n + verb.stripTrailing() + dates + ty.t(", soit ", ", that is ")
                    + ty.count(days, ty.t("jour d’intervention", "intervention day"), ty.t("jours d’intervention", "intervention days"))
                    + ".", "sessions.csv", period, sid));
        }
        Map<SessionType, Integer> events = new LinkedHashMap<>();
        all.stream().filter(s -> !s.isCounted() && report.period().contains(s.dateDebut()))
                .forEach(s -> events.merge(s.type(), 1, Integer::sum));
        if (!events.isEmpty()) {
            List<String> parts = new ArrayList<>();
            events.forEach((t, c) -> parts.add(c + " " + eventName(t, c)));
            out.add(new Sentence(ty.t("Autres temps du programme", "Other programme events") + ty.colon()
                    + String.join(", ", parts) + ".", "sessions.csv", period, sid));
        }
        List<PracticalCase> cases = report.data().cases(scope).stream()
                .filter(c -> c.isCountedUpTo(report.period().end())).toList();
        if (!cases.isEmpty()) {
            long done = cases.stream().filter(c -> c.statut() == org.recits.api.model.CaseStatus.TERMINE).count();
            TreeSet<String> methods = new TreeSet<>();
            cases.forEach(c -> c.methodes().forEach(m -> {
                if (!m.isBlank()) {
                    methods.add(m.strip().toLowerCase(java.util.Locale.ROOT));
                }
            }));
            String s = ty.t("À la fin de la période, ", "At the end of the period, ")
                    + ty.count(cases.size(), ty.t("cas pratique", "practical case"), ty.t("cas pratiques", "practical cases"))
                    + ty.t(" " + (ty.plural(cases.size()) ? "sont" : "est") + " retenu" + (ty.plural(cases.size()) ? "s" : "")
                            + " ou en cours", (cases.size() == 1 ? " is" : " are") + " selected or under way");
            if (done > 0) {
                s += ty.t(", dont " + done + " terminé" + (ty.plural(done) ? "s" : ""), ", " + done + " of them finished");
            }
            if (!methods.isEmpty()) {
                s += ty.semicolon() + ty.t(methods.size() == 1 ? "méthode employée" : "méthodes employées",
                        methods.size() == 1 ? "method used" : "methods used") + ty.colon() + String.join(", ", methods);
            }
            out.add(new Sentence(s + ".", "cas.csv", period, sid));
        }
        return out;
    }

    private Sentence outsideProgramme(org.recits.api.model.Collectivite c) {
        boolean ended = c.dateFin() != null && c.dateFin().isBefore(report.period().start());
        return Sentence.plain(ended
                ? ty.t("Programme achevé le ", "Programme ended on ") + ty.date(c.dateFin()) + ty.colon()
                        + ty.t("la collectivité n’est plus comptée parmi les actives", "the collectivité is no longer counted as active")
                        + ty.semicolon() + ty.t("ses chiffres cumulés sont rappelés pour mémoire, sans jugement au regard des cibles.",
                                "its cumulative figures are recalled for the record, not judged against the targets.")
                : ty.t("Programme pas encore commencé (début le ", "Programme not started yet (starting on ")
                        + ty.date(c.dateDebut()) + ")" + ty.colon()
                        + ty.t("la collectivité n’est pas comptée pour cette période.",
                                "the collectivité is not counted for this period."));
    }

    private String eventName(SessionType t, int n) {
        boolean pl = ty.plural(n);
        return switch (t) {
            case INTERTRANSFO -> pl ? "InterTransfos" : "InterTransfo";
            case ATELIER_COLLECTIF -> ty.t(pl ? "ateliers collectifs" : "atelier collectif", pl ? "collective workshops" : "collective workshop");
            case VISIO -> ty.t(pl ? "visioconférences" : "visioconférence", pl ? "video calls" : "video call");
            default -> t.code();
        };
    }

    private List<Sentence> labWork(Scope scope) {
        long n = report.data().sessions(scope).stream()
                .filter(s -> s.isCounted() && s.travailLabo() && report.period().contains(s.dateDebut())).count();
        String s = n == 0
                ? ty.t("Aucune session n’a porté sur la préfiguration du futur labo ", "No session was spent prefiguring the future lab ")
                        + ty.inPeriod(report.period()) + "."
                : Typo.capitalize(ty.inPeriod(report.period())) + ", " + ty.count(n, "session", "sessions")
                        + (ty.plural(n) ? ty.t(" ont porté", " were spent") : ty.t(" a porté", " was spent"))
                        + ty.t(" sur la préfiguration du futur labo.", " prefiguring the future lab.");
        return List.of(new Sentence(s, "sessions.csv", period, scope.id()));
    }

    private List<Sentence> budget(Scope scope) {
        var rows = report.data().funding(scope).stream()
                .filter(f -> f.date() == null || !f.date().isAfter(report.period().end())).toList();
        if (rows.isEmpty()) {
            return List.of(new Sentence(ty.t("Aucun financement n’est enregistré à la fin de la période.",
                    "No funding is recorded at the end of the period."), "financements.csv", period, scope.id()));
        }
        BigDecimal total = rows.stream().map(f -> f.montantEur()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal own = rows.stream().filter(f -> f.type() == FundingType.COLLECTIVITE).map(f -> f.montantEur())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String s = ty.t("Financements engagés au ", "Funding committed by ") + ty.date(report.period().end()) + ty.colon()
                + ty.euros(total.doubleValue()) + ty.t(", dont ", ", of which ") + ty.euros(own.doubleValue())
                + ty.t(" par les collectivités", " from the collectivités")
                + (total.signum() > 0 ? " (" + ty.percent(own.doubleValue() / total.doubleValue()) + ")" : "") + ".";
        return List.of(new Sentence(s, "financements.csv", period, scope.id()));
    }

    private org.recits.api.model.Period nextPeriod() {
        var p = report.period();
        return switch (p.kind()) {
            case QUARTER -> org.recits.api.model.Period.quarterOf(p.end().plusDays(1));
            case YEAR -> org.recits.api.model.Period.year(p.end().getYear() + 1);
            case MONTH -> org.recits.api.model.Period.month(p.end().plusDays(1).getYear(), p.end().plusDays(1).getMonthValue());
            case RANGE -> org.recits.api.model.Period.range(p.end().plusDays(1),
                    p.end().plusDays(1 + java.time.temporal.ChronoUnit.DAYS.between(p.start(), p.end())));
        };
    }

    String scopeName(Scope s) {
        if (s.isProgramme()) {
            return ty.t("Programme", "Programme");
        }
        return report.data().collectivite(s.collectivite()).map(c -> c.nom()).orElse(s.collectivite());
    }
}
