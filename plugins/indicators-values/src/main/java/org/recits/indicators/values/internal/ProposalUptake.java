package org.recits.indicators.values.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Detail;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.CaseStatus;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Scope;

/**
 * IMP_PROPOSAL_UPTAKE (catalogue de recherche, adapted). The catalogue uses the follow-up given to
 * closed cases ({@code suite_donnee}), which the input files (docs/format.md) do not carry; here it is the share of the
 * proposed cases that were taken on (retenu, en-cours, termine) out of every case with a status.
 */
@Component(service = Indicator.class)
public final class ProposalUptake extends ValuesIndicator {

    static final IndicatorDefinition DEFINITION = new IndicatorDefinition("IMP_PROPOSAL_UPTAKE",
            LocalizedText.of("Reprise des cas proposés", "Uptake of proposed cases"),
            LocalizedText.of("Quelle part des cas pratiques proposés a été retenue et travaillée.",
                    "What share of the proposed practical cases was taken on and worked on."),
            LocalizedText.of("cas de statut retenu, en-cours ou termine ÷ cas de statut propose, retenu, en-cours, "
                    + "termine ou abandonne\u202f; cas dont la date de début est au plus tard la fin de la période, ou "
                    + "vide quand la collectivité a déjà une session ou un cas daté à cette date\u202f; cas sans statut "
                    + "écartés",
                    "cases with status retenu, en-cours or termine ÷ cases with status propose, retenu, en-cours, "
                    + "termine or abandonne; cases whose start date is by the period's end, or empty when the "
                    + "local authority already has a dated session or case by then; cases without status left out"),
            Unit.PERCENT, Direction.HIGHER_IS_BETTER, ValueFamily.IMPACT, Temporality.UP_TO_PERIOD,
            Aggregation.RATIO_OF_SUMS, TargetBand.NONE, null).withSource(Sources.CATALOGUE_CASES).withRoles(CHARTED);

    public ProposalUptake() {
        super(DEFINITION);
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        Map<CaseStatus, Integer> byStatus = new EnumMap<>(CaseStatus.class);
        int withoutStatus = 0;
        // An undated case carries today's status: it tells nothing of a time before its collectivité's first
        // dated session or case (a period before the data would read « 0 % » from it).
        Map<String, LocalDate> firstActivity = new HashMap<>();
        data.sessions(scope).forEach(s -> firstActivity.merge(s.collectivite(), s.dateDebut(), ProposalUptake::earlier));
        data.cases(scope).stream().filter(c -> c.dateDebut() != null)
                .forEach(c -> firstActivity.merge(c.collectivite(), c.dateDebut(), ProposalUptake::earlier));
        for (PracticalCase c : data.cases(scope)) {
            LocalDate when = c.dateDebut() != null ? c.dateDebut() : firstActivity.get(c.collectivite());
            if (when != null && !period.upTo(when)) {
                continue;
            }
            if (c.statut() == null) {
                withoutStatus++;
            } else {
                byStatus.merge(c.statut(), 1, Integer::sum);
            }
        }
        int taken = 0;
        int all = 0;
        for (Map.Entry<CaseStatus, Integer> e : byStatus.entrySet()) {
            all += e.getValue();
            if (e.getKey() == CaseStatus.RETENU || e.getKey() == CaseStatus.EN_COURS
                    || e.getKey() == CaseStatus.TERMINE) {
                taken += e.getValue();
            }
        }
        IndicatorValue v = IndicatorValue.ratio(taken, all, DEFINITION.target(),
                Texts.text("nd.noCaseWithStatus"));
        for (CaseStatus s : CaseStatus.values()) {
            v = v.withDetail(new Detail("cases_" + s.code(), Texts.text("detail.casesOfStatus", Texts.word("status.", s.code())),
                    byStatus.getOrDefault(s, 0), Unit.COUNT));
        }
        if (v.isComputable()) {
            v = v.withDetail(Detail.sampleSize(all, Texts.text("detail.casesWithStatus")));
        }
        if (withoutStatus > 0) {
            v = v.withNote(Texts.text("note.casesWithoutStatusLeftOut", withoutStatus));
        }
        return v;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
