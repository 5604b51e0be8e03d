package org.recits.narrative.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recits.api.indicator.Status;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.CaseStatus;
import org.recits.api.model.Period;
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Quote;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Report;
import org.recits.api.report.ReportIdentity;
import org.recits.charts.Chart;
import org.recits.narrative.internal.Doc.Figure;
import org.recits.narrative.internal.Doc.KeyMessage;
import org.recits.narrative.internal.Doc.KeyMessages;
import org.recits.narrative.internal.Doc.QuoteBlock;
import org.recits.narrative.internal.Doc.Sentence;
import org.recits.narrative.internal.Highlights.Highlight;

/**
 * The four pages an élu reads: who took part, three key messages with a chart each, the practical cases
 * of the period by title, two or three quotes of the period, and what resists; the detail is left to the
 * annex. Every figure keeps its note; no indicator code is written in the text.
 */
final class Brief {

    /** Case titles named in the brief; the others are counted and left to the annex. */
    static final int MAX_CASES = 10;
    /** Quotes in the brief. */
    static final int MAX_QUOTES = 3;
    /** Red indicators said in the brief; the others are counted. */
    static final int MAX_RED = 3;

    private final Report report;
    private final Typo ty;
    private final Sentences sentences;
    private final DataSentences data;
    private final Cohort cohort;
    private final Vocabulary words;
    private final String period;

    Brief(Report report, Typo ty, Sentences sentences, DataSentences data, Cohort cohort) {
        this.report = report;
        this.ty = ty;
        this.sentences = sentences;
        this.data = data;
        this.cohort = cohort;
        this.words = new Vocabulary(ty);
        this.period = report.period().label(report.locale());
    }

    /**
     * Writes the brief into {@code doc}; the charts it shows are added to {@code placed}, the quotes it
     * shows to {@code quoted} (by {@link Quotes#key}), so that the annex does not show them again.
     */
    void write(Doc doc, List<Chart> charts, Set<String> placed, Set<String> quoted) {
        doc.para(whoTookPart());
        doc.heading(2, ty.text("heading.brief.messages"), "messages");
        List<Highlight> picked = Highlights.pick(report.results(Scope.programme()), ty);
        if (picked.isEmpty()) {
            doc.para(List.of(Sentence.plain(ty.text("message.none"))));
        } else {
            List<KeyMessage> messages = new ArrayList<>();
            for (Highlight h : picked) {
                messages.add(new KeyMessage(ty.text(title(h.kind())), message(h)));
            }
            doc.add(new KeyMessages(messages));
            // Without the charts bundle its classes cannot be loaded: no chart code runs then.
            if (!charts.isEmpty()) {
                figures(doc, picked, messages, charts, placed);
            }
        }
        cases(doc);
        quotes(doc, quoted);
        resists(doc);
    }

    /** One chart per message, each not shown before. */
    private void figures(Doc doc, List<Highlight> picked, List<KeyMessage> messages, List<Chart> charts,
            Set<String> placed) {
        for (int i = 0; i < picked.size(); i++) {
            Chart c = chartFor(picked.get(i), charts, placed);
            if (c != null) {
                placed.add(c.id());
                String title = ty.in(c.title());
                String caption = ty.text("figure.caption.message", String.valueOf(doc.nextFigureNumber()),
                        lowerFirst(messages.get(i).title()));
                doc.add(new Figure(c, title, caption, ty.text("message.chart.alt", Sentences.withoutFullStop(title),
                        messages.get(i).text().text())));
            }
        }
    }

    /**
     * Who reports and as of when, from the report's identity: the lab above the title, its logo, then the
     * collectivité, the report's date when the lab gives one, the date the data stops at, a contact.
     */
    static Doc.Masthead masthead(Report report, Typo ty) {
        ReportIdentity id = report.identity();
        List<String> lines = new ArrayList<>();
        if (id.collectivite() != null) {
            lines.add(ty.text("brief.collectivite", ty.prose(id.collectivite())));
        }
        if (id.reportDate() != null) {
            lines.add(ty.text("brief.reportDate", ty.date(id.reportDate())));
        }
        if (id.dataUpTo() != null) {
            lines.add(ty.text("brief.dataUpTo", ty.date(id.dataUpTo())));
        }
        if (id.contact() != null) {
            lines.add(ty.text("brief.contact", id.contact()));
        }
        String lab = id.lab() == null ? null : ty.prose(id.lab());
        return new Doc.Masthead(lab, picture(id.logo(), ty.text("brief.logo",
                lab != null ? lab : id.collectivite() != null ? ty.prose(id.collectivite()) : id.logo() == null ? ""
                        : id.logo().fileName())), lines);
    }

    /** The logo with its size in pixels; none when the image cannot be read (its bytes were checked as PNG or JPEG). */
    private static Doc.Picture picture(ReportIdentity.Logo logo, String alt) {
        if (logo == null) {
            return null;
        }
        try {
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(logo.bytes()));
            return img == null ? null : new Doc.Picture(logo.bytes(), logo.mediaType(), img.getWidth(), img.getHeight(), alt);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** « Au premier trimestre 2021, le programme a réuni 2 collectivités. », then how many had no activity. */
    private List<Sentence> whoTookPart() {
        String when = Typo.capitalize(ty.inPeriod(report.period()));
        int n = cohort.active().size();
        List<Sentence> out = new ArrayList<>();
        out.add(new Sentence(n == 0 ? ty.text("brief.active.none", when)
                : ty.text("brief.active", when, ty.count(n, "count.collectivite.one", "count.collectivite.many")),
                "sessions.csv", period, "programme"));
        int others = cohort.ended().size() + cohort.notStarted().size() + cohort.idle().size();
        if (others > 0) {
            out.add(Sentence.plain(others == 1 ? ty.text("brief.others.one")
                    : ty.text("brief.others.many", Typo.capitalize(ty.words(others)))));
        }
        return out;
    }

    private static String title(Highlights.Kind kind) {
        return switch (kind) {
            case CHANGE -> "message.change";
            case TARGET_MET -> "message.targetMet";
            case TARGET_MISSED -> "message.targetMissed";
            case STRONGEST_VALUE -> "message.strongestValue";
        };
    }

    /** The message's sentence, with the result's note. */
    private Sentence message(Highlight h) {
        IndicatorResult r = h.result();
        String label = ty.in(r.definition().label());
        String text = switch (h.kind()) {
            case CHANGE -> sentences.brief(r);
            case TARGET_MET, TARGET_MISSED -> ty.text("message.target", label, sentences.valueWithN(r),
                    ty.in(r.current().value().target().text()));
            case STRONGEST_VALUE -> strongest(r);
        };
        return new Sentence(text, r.definition().code(), period, "programme");
    }

    /**
     * « Qualité : 4,0 sur 5 (satisfaction des participants, n = 18), devant démocratie (3,7), impact (3,7) et
     * productivité (3,1). »: the value by its name, then the others, each at the same precision.
     */
    private String strongest(IndicatorResult r) {
        Map<ValueFamily, IndicatorResult> scores = Highlights.valueScores(report.results(Scope.programme()));
        String family = ty.in(r.definition().family().label());
        String n = sentences.inlineN(r.current().value());
        String what = lowerFirst(ty.in(r.definition().label())) + (n.isEmpty() ? "" : ", " + n);
        String value = ty.value(r.current().value().value(), r.definition().unit());
        // « devant » the others from the nearest down: « devant impact (3,9), démocratie (3,5) et productivité (3,4) »
        List<String> others = new ArrayList<>();
        scores.entrySet().stream().filter(e -> e.getValue() != r)
                .sorted(Comparator.comparingDouble((Map.Entry<ValueFamily, IndicatorResult> e) ->
                        -ty.rounded(e.getValue().current().value().value(), r.definition().unit()))
                        .thenComparingInt(e -> e.getKey().ordinal()))
                .forEach(e -> others.add(ty.text("message.value.other", lowerFirst(ty.in(e.getKey().label())),
                        ty.fixed(e.getValue().current().value().value(), 1))));
        return others.isEmpty() ? ty.text("message.value.alone", family, value, what)
                : ty.text("message.value", family, value, what, ty.list(others));
    }

    /**
     * The chart of a message: one not shown yet that holds its indicator; the one with the fewest
     * indicators (the indicator over time), but for the strongest value the one with the most (the values
     * side by side).
     */
    static Chart chartFor(Highlight h, List<Chart> charts, Set<String> placed) {
        String code = h.result().definition().code();
        Comparator<Chart> bySize = Comparator.comparingInt(c -> c.codes().size());
        return charts.stream().filter(c -> !placed.contains(c.id()) && c.codes().contains(code))
                .min(h.kind() == Highlights.Kind.STRONGEST_VALUE ? bySize.reversed() : bySize).orElse(null);
    }

    /** The practical cases worked on in the period, by title, collectivité by collectivité. */
    private void cases(Doc doc) {
        boolean quarter = report.period().kind() == Period.Kind.QUARTER;
        doc.heading(2, ty.text(quarter ? "heading.brief.cases" : "heading.brief.cases.period"), "cas");
        Map<String, List<String>> byCollectivite = workedOn(report, cohort);
        if (byCollectivite.isEmpty()) {
            doc.para(List.of(new Sentence(ty.text("cases.none"), "cas.csv", period, "programme")));
            return;
        }
        List<Sentence> lines = new ArrayList<>();
        int named = 0;
        int total = 0;
        for (Map.Entry<String, List<String>> e : byCollectivite.entrySet()) {
            total += e.getValue().size();
            List<String> titles = new ArrayList<>();
            for (String t : e.getValue()) {
                if (named < MAX_CASES) {
                    titles.add(ty.text("cases.title", ty.prose(t)));
                    named++;
                }
            }
            if (!titles.isEmpty()) {
                lines.add(new Sentence(ty.text("cases.item", data.scopeName(Scope.of(e.getKey())),
                        String.join(", ", titles)), "cas.csv", period, e.getKey()));
            }
        }
        doc.list(lines);
        int more = total - named;
        if (more > 0) {
            doc.para(List.of(Sentence.plain(Typo.capitalize(more == 1 ? ty.text("cases.more.one")
                    : ty.text("cases.more.many", ty.words(more))))));
        }
    }

    /**
     * The titles of the cases worked on in the period, by collectivité active in it (report order): a case
     * a session of the period names, one retained or under way during the period, or one finished in it.
     * Proposed and dropped cases were not worked on; an ended collectivité's open cases were not either.
     */
    static Map<String, List<String>> workedOn(Report report, Cohort cohort) {
        Period p = report.period();
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Scope s : cohort.active()) {
            Set<String> inSessions = new HashSet<>();
            for (Session session : report.data().sessions(s)) {
                if (p.contains(session.dateDebut())) {
                    inSessions.addAll(session.cas());
                }
            }
            List<String> titles = new ArrayList<>();
            for (PracticalCase c : report.data().cases(s)) {
                if (workedOn(c, p, inSessions) && !titles.contains(c.titre().strip())) {
                    titles.add(c.titre().strip());
                }
            }
            if (!titles.isEmpty()) {
                out.put(s.collectivite(), titles);
            }
        }
        return out;
    }

    private static boolean workedOn(PracticalCase c, Period p, Set<String> inSessions) {
        if (c.statut() == CaseStatus.PROPOSE || c.statut() == CaseStatus.ABANDONNE) {
            return false;
        }
        if (inSessions.contains(c.id())) {
            return true;
        }
        boolean started = c.dateDebut() == null || !c.dateDebut().isAfter(p.end());
        boolean notEnded = c.dateFin() == null || !c.dateFin().isBefore(p.start());
        return started && notEnded && (c.statut() != CaseStatus.TERMINE || c.dateFin() != null);
    }

    /** Two or three consented quotes dated in the period, never from before it. */
    private void quotes(Doc doc, Set<String> quoted) {
        doc.heading(2, ty.text("heading.brief.quotes"), "paroles");
        List<Quote> inPeriod = Quotes.forPeriod(report.quotes(), report.period()).stream()
                .filter(q -> report.period().contains(q.date())).toList();
        List<Quote> chosen = Quotes.select(inPeriod, null, null, MAX_QUOTES);
        if (chosen.isEmpty()) {
            doc.para(List.of(Sentence.plain(ty.text("quotes.none"))));
            return;
        }
        for (Quote q : chosen) {
            quoted.add(Quotes.key(q));
            doc.add(new QuoteBlock(Quotes.shown(q), attribution(q, ty, words, data), ty.english()));
        }
    }

    /** « Une élue, Ville de Belrive, 5 septembre 2017 »: the speaker in words, never the role's code. */
    static String attribution(Quote q, Typo ty, Vocabulary words, DataSentences data) {
        String name = data.scopeName(Scope.of(q.collectivite()));
        String date = ty.date(q.date());
        if (q.role() == null || q.role().isBlank()) {
            return name + ", " + date;
        }
        return Typo.capitalize(ty.text("quote.who", words.speaker(q.role()), name, date));
    }

    /** At most three red indicators, the programme's first, said briefly; the others counted. */
    private void resists(Doc doc) {
        doc.heading(2, ty.text("heading.brief.resists"), "resiste");
        List<IndicatorResult> red = report.results().stream()
                .filter(r -> r.current().isShowable() && r.current().value().status() == Status.RED)
                .sorted(Comparator.comparing((IndicatorResult r) -> !r.scope().isProgramme()))
                .toList();
        if (red.isEmpty()) {
            doc.para(List.of(Sentence.plain(ty.text("resists.none"))));
            return;
        }
        List<Sentence> said = new ArrayList<>();
        for (IndicatorResult r : red.subList(0, Math.min(MAX_RED, red.size()))) {
            // what makes it red, said once: « …, stable (8,8 mois) ; hors cible (rouge ; repères ≤ 6 / 6–8 / > 8). »
            String text = Sentences.withoutFullStop(sentences.brief(r)) + ty.semicolon()
                    + sentences.target(r.current().value()) + ".";
            if (!r.scope().isProgramme()) {
                // « Paris — taux de présence : 58 % », not two colons in a row
                text = ty.text("resists.brief.where", data.scopeName(r.scope()), lowerFirst(text));
            }
            said.add(new Sentence(text, r.definition().code(), period, r.scope().id()));
        }
        doc.list(said);
        int more = red.size() - said.size();
        if (more > 0) {
            doc.para(List.of(Sentence.plain(more == 1 ? ty.text("resists.brief.more.one")
                    : ty.text("resists.brief.more.many", Typo.capitalize(ty.words(more))))));
        }
    }

    /** « score démocratie » inside a sentence; an acronym or a proper noun keeps its capital. */
    static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
