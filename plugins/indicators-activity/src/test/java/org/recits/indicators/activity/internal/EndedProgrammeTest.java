package org.recits.indicators.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.recits.indicators.activity.internal.Fixture.LILLE;
import static org.recits.indicators.activity.internal.Fixture.PROGRAMME;
import static org.recits.indicators.activity.internal.Fixture.compute;

import org.junit.jupiter.api.Test;
import org.recits.api.model.Period;

/**
 * The programme's stocks of active people count only the collectivités whose programme runs during the
 * period: metz's ended on 31/12/2020, so in 2021 its ambassadors (m1, m3, with no date_sortie) are not
 * active any more; lille has no dates and always counts.
 */
class EndedProgrammeTest {

    private static final Period Q1_2021 = Period.parse("2021-T1");
    private static final Period Q4_2020 = Period.parse("2020-T4");

    @Test
    void activeAmbassadorsLeaveOutAGroupWhoseProgrammeEnded() {
        ActiveAmbassadors ind = new ActiveAmbassadors();
        // 2020-T4: metz m1, m3 + lille l1, l2.
        assertThat(compute(ind, PROGRAMME, Q4_2020).value()).isEqualTo(4.0);
        // 2021-T1: lille l1, l2 only (it was 4: metz's two counted as if its programme still ran).
        assertThat(compute(ind, PROGRAMME, Q1_2021).value()).isEqualTo(2.0);
        assertThat(compute(ind, PROGRAMME, Q1_2021).value()).isEqualTo(compute(ind, LILLE, Q1_2021).value());
    }

    @Test
    void groupDiversityLeavesItOutToo() {
        GroupDiversity ind = new GroupDiversity();
        // lille on 31/03/2021: l1 Social, l2 no direction → 1 (metz would add Sports and Culture).
        assertThat(compute(ind, PROGRAMME, Q1_2021).value()).isEqualTo(1.0);
    }

    @Test
    void retentionIsOverTheRunningGroupsOnly() {
        RetentionRate ind = new RetentionRate();
        // lille: l1, l2, l3 active on its first counted session (05/12/2019); l1, l2 on 31/03/2021 → 2/3.
        // With metz (m1, m2 at 10/01/2020; m1 "still active") it read 3/5.
        assertThat(compute(ind, PROGRAMME, Q1_2021).value()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(compute(ind, PROGRAMME, Q1_2021).population()).isEqualTo(3);
    }
}
