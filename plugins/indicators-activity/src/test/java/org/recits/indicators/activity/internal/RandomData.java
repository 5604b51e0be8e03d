package org.recits.indicators.activity.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.recits.api.data.Dataset;
import org.recits.api.model.Attendance;
import org.recits.api.model.CaseStatus;
import org.recits.api.model.Funding;
import org.recits.api.model.FundingType;
import org.recits.api.model.GroupWeather;
import org.recits.api.model.Participant;
import org.recits.api.model.PracticalCase;
import org.recits.api.model.Role;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;

/** Random but plausible datasets from a seed, for the properties and the size test. */
final class RandomData {

    private static final LocalDate ORIGIN = LocalDate.of(2020, 1, 1);

    private RandomData() {
    }

    /**
     * @param collectivites how many collectivités
     * @param people        ambassadors per collectivité (at most)
     * @param sessions      sessions and events per collectivité (at most)
     * @param days          span of the dates, in days from 01/01/2020
     * @param exact         whether every collectivité has exactly {@code people} and {@code sessions}
     */
    static Dataset generate(long seed, int collectivites, int people, int sessions, int days, boolean exact) {
        Random r = new Random(seed);
        Dataset.Builder b = Dataset.builder();
        SessionType[] types = SessionType.values();
        FundingType[] fundingTypes = FundingType.values();
        CaseStatus[] statuses = CaseStatus.values();
        for (int c = 0; c < collectivites; c++) {
            String col = "c" + c;
            int n = exact ? people : r.nextInt(people + 1);
            List<String> ids = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                LocalDate in = r.nextInt(3) == 0 ? ORIGIN.plusDays(r.nextInt(days)) : null;
                LocalDate out = r.nextInt(4) == 0 ? ORIGIN.plusDays(r.nextInt(days)) : null;
                Role role = r.nextInt(6) == 0 ? Role.REFERENT : Role.AMBASSADEUR;
                String id = col + "p" + p;
                ids.add(id);
                b.add(new Participant(col, id, role, "d" + r.nextInt(5), r.nextBoolean() ? "B" : "A", in, out, null,
                        null));
            }
            int m = exact ? sessions : r.nextInt(sessions + 1);
            for (int s = 0; s < m; s++) {
                String sid = col + "s" + s;
                double length = 0.5 * (1 + r.nextInt(4));
                b.add(new Session(col, sid, ORIGIN.plusDays(r.nextInt(days)), length,
                        r.nextInt(3) == 0 ? types[r.nextInt(types.length)] : null, null,
                        List.of("k" + r.nextInt(4)), r.nextInt(5) == 0, Map.of(), null));
                for (String id : ids) {
                    int draw = r.nextInt(4);
                    if (draw == 0) {
                        continue;
                    }
                    // Present days: empty (the whole session), or 0 to 3 days, possibly more than the session.
                    Double present = draw == 1 ? null : 0.5 * r.nextInt(7);
                    b.add(new Attendance(col, sid, id, present, null, null));
                    if (r.nextInt(10) == 0) {
                        b.add(new GroupWeather(col, sid, 1 + r.nextInt(5), r.nextBoolean() ? id : null, null, null,
                                null));
                    }
                }
            }
            for (int k = 0; k < 4; k++) {
                b.add(new PracticalCase(col, "k" + k, "cas", null, null, List.of("m" + r.nextInt(9)),
                        r.nextBoolean() ? null : ORIGIN.plusDays(r.nextInt(days)),
                        null, r.nextBoolean() ? null : statuses[r.nextInt(statuses.length)], null, null, null, null,
                        null));
            }
            int lines = r.nextInt(5);
            for (int f = 0; f < lines; f++) {
                b.add(new Funding(col, "f" + r.nextInt(3), fundingTypes[r.nextInt(fundingTypes.length)],
                        BigDecimal.valueOf(r.nextInt(10_000_000), 2),
                        r.nextBoolean() ? null : ORIGIN.plusDays(r.nextInt(days)), null, null, null));
            }
        }
        return b.build();
    }
}
