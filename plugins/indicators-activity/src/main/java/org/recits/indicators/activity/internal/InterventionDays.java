package org.recits.indicators.activity.internal;

import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.ChartKind;
import org.recits.api.indicator.ChartRole;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorRoles;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Interval;
import org.recits.api.indicator.Planned;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.model.Collectivite;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;

/**
 * PROT_INTERVENTION_DAYS: days of intervention so far, judged against the programme's progress when
 * its end is known (10 days after a quarter of a 40-day programme is on track, not red).
 */
@Component(service = Indicator.class)
public final class InterventionDays extends ActivityIndicator {

    static final TargetBand BAND = Bands.of(List.of(Interval.closed(30, 40)),
            List.of(Interval.closedOpen(20, 30), Interval.openClosed(40, 45)),
            "30–40 / 20–30 ou 40–45 / sinon", "30–40 / 20–30 or 40–45 / otherwise");

    /** Roles: a headline and key figure, drawn per collectivité against the protocol’s 35 days (the middle of the 30–40 green band). */
    static final IndicatorRoles ROLES = IndicatorRoles.NONE.withHeadline(4).withKeyFigure(2)
            .withChart(ChartRole.of(ChartKind.BARS_AGAINST_PLANNED, "jours-intervention", LocalizedText.of(
                    "Jours d’intervention cumulés par collectivité à fin {0}, au regard des 35\u00a0jours du protocole",
                    "Cumulative intervention days by local authority at the end of {0}, against the protocol’s 35\u00a0days")))
            .withPlanned(new Planned(35, LocalizedText.of("protocole\u00a0: 35\u00a0jours", "protocol: 35\u00a0days")));

    public InterventionDays() {
        super(definition("PROT_INTERVENTION_DAYS",
                LocalizedText.of("Jours d’intervention", "Intervention days"),
                LocalizedText.of("Jours de sessions et d’immersions tenus depuis le début, au regard de l’avancement.",
                        "Days of sessions and immersions held so far, against the programme’s progress."),
                LocalizedText.of(
                        "Σ jours des sessions et immersions dont la date_debut ≤ fin de la période. Quand la "
                                + "date_fin de la collectivité est connue, la cible est multipliée par la part écoulée "
                                + "= (jours du début au min(fin de période, date_fin), bornes incluses) ÷ (jours du "
                                + "début à date_fin, bornes incluses), le début étant la date_debut de la collectivité, "
                                + "sinon sa première session comptée. Programme\u00a0: somme des collectivités, non jugée.",
                        "Σ jours of the sessions and immersions with date_debut ≤ the period’s end. When the "
                                + "local authority’s date_fin is known, the target is multiplied by the elapsed share = "
                                + "(days from the start to min(period end, date_fin), both included) ÷ (days from the "
                                + "start to date_fin, both included), the start being the local authority’s date_debut, "
                                + "else its first counted session. Programme: sum over the local authorities, not judged."),
                Unit.DAYS, Direction.WITHIN_BAND, Temporality.UP_TO_PERIOD, Aggregation.SUM, BAND).withRoles(ROLES));
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        double days = 0;
        LocalDate firstSession = null;
        for (String c : collectivites(data, scope)) {
            for (Session s : Activity.countedSessions(data, c, period::upTo)) {
                days += s.jours();
                if (firstSession == null || s.dateDebut().isBefore(firstSession)) {
                    firstSession = s.dateDebut();
                }
            }
        }
        if (firstSession == null) {
            return IndicatorValue.notComputable(Texts.text("text.noCountedSessionByThen"), band());
        }
        if (scope.isProgramme()) {
            return IndicatorValue.of(days, Bands.notJudgedForProgramme(band())).withNote(Bands.PROGRAMME_SUM_NOTE);
        }
        Optional<Collectivite> col = data.collectivite(scope.collectivite());
        LocalDate fin = col.map(Collectivite::dateFin).orElse(null);
        if (fin == null) {
            return IndicatorValue.of(days, band()).withNote(Texts.text("text.wholeTargetTheCollectivitesDateFin"));
        }
        LocalDate start = col.map(Collectivite::dateDebut).orElse(null);
        if (start == null) {
            start = firstSession;
        }
        if (fin.isBefore(start)) {
            return IndicatorValue.of(days, band()).withNote(Texts.text("text.wholeTargetDateFinBeforeThe"));
        }
        if (!period.end().isBefore(fin)) {
            return IndicatorValue.of(days, band()).withNote(LocalizedText.of(Texts.FR.get("note.wholeTargetEnded", Texts.frDate(fin)),
                    Texts.EN.get("note.wholeTargetEnded", Texts.enDate(fin))));
        }
        if (period.end().isBefore(start)) {
            return IndicatorValue.of(days, TargetBand.NONE).withNote(LocalizedText.of(Texts.FR.get("note.notJudgedBeforeStart", Texts.frDate(start)),
                    Texts.EN.get("note.notJudgedBeforeStart", Texts.enDate(start))));
        }
        double share = (double) (ChronoUnit.DAYS.between(start, period.end()) + 1)
                / (ChronoUnit.DAYS.between(start, fin) + 1);
        TargetBand prorated = prorate(band(), share);
        return IndicatorValue.of(days, prorated).withNote(LocalizedText.of(
                Texts.FR.get("note.prorated", Texts.number(1, Locale.FRENCH).format(share * 100),
                        Texts.frDate(period.end()), Texts.frDate(start), Texts.frDate(fin)),
                Texts.EN.get("note.prorated", Texts.number(1, Locale.ENGLISH).format(share * 100),
                        Texts.enDate(period.end()), Texts.enDate(start), Texts.enDate(fin))));
    }

    /** The band scaled by {@code share}, its text giving the prorated bounds. */
    static TargetBand prorate(TargetBand band, double share) {
        DecimalFormat f = Texts.number(1, Locale.FRENCH);
        DecimalFormat e = Texts.number(1, Locale.ENGLISH);
        return band.scaled(share, LocalizedText.of(
                Texts.FR.get("band.prorated", f.format(share * 100), f.format(30 * share), f.format(40 * share),
                        f.format(20 * share), f.format(45 * share)),
                Texts.EN.get("band.prorated", e.format(share * 100), e.format(30 * share), e.format(40 * share),
                        e.format(20 * share), e.format(45 * share))));
    }
}
