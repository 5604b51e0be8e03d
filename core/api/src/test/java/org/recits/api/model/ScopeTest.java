package org.recits.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void theProgrammeIsOneInstanceWithNoCollectivite() {
        assertThat(Scope.programme()).isSameAs(Scope.programme());
        assertThat(Scope.programme().isProgramme()).isTrue();
        assertThat(Scope.programme().collectivite()).isNull();
        assertThat(Scope.programme()).isEqualTo(new Scope(null));
    }

    @Test
    void aBlankOrNullIdIsRefusedRatherThanTakenForTheProgramme() {
        assertThatThrownBy(() -> Scope.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scope.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scope.of(" \t")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scopesOfOneCollectiviteAreEqualByValue() {
        assertThat(Scope.of("metz")).isEqualTo(Scope.of("metz")).hasSameHashCodeAs(Scope.of("metz"));
        assertThat(Scope.of("metz")).isNotEqualTo(Scope.of("Metz")).isNotEqualTo(Scope.programme());
    }

    @Test
    void theProgrammeIncludesEveryCollectiviteAndACollectiviteOnlyItself() {
        assertThat(Scope.programme().includes("metz")).isTrue();
        assertThat(Scope.programme().includes(null)).isTrue();
        assertThat(Scope.of("metz").includes("metz")).isTrue();
        assertThat(Scope.of("metz").includes("lille")).isFalse();
        assertThat(Scope.of("metz").includes(null)).isFalse();
    }

    @Test
    void theIdShownIsProgrammeOrTheCollectivitesId() {
        assertThat(Scope.programme().id()).isEqualTo("programme");
        assertThat(Scope.programme()).hasToString("programme");
        assertThat(Scope.of("metz").id()).isEqualTo("metz");
        assertThat(Scope.of("metz")).hasToString("metz");
    }

    @Test
    void theProgrammeSortsFirstThenCollectivitesById() {
        List<Scope> scopes = new ArrayList<>(List.of(Scope.of("metz"), Scope.programme(), Scope.of("lille")));
        Collections.sort(scopes);
        assertThat(scopes).containsExactly(Scope.programme(), Scope.of("lille"), Scope.of("metz"));
        assertThat(Scope.programme().compareTo(Scope.programme())).isZero();
        assertThat(Scope.of("metz").compareTo(Scope.of("metz"))).isZero();
    }

    @Test
    void aCollectiviteNamedProgrammeIsStillNotTheProgramme() {
        // Same id in outputs, but never the same scope: only a null collectivité is the programme.
        Scope named = Scope.of("programme");
        assertThat(named.isProgramme()).isFalse();
        assertThat(named).isNotEqualTo(Scope.programme());
        assertThat(named.compareTo(Scope.programme())).isPositive();
    }

    @Test
    void aLabSitsBetweenTheProgrammeAndItsCollectivites() {
        List<Scope> scopes = new ArrayList<>(List.of(Scope.of("nice").inLab("sud"), Scope.ofLab("sud"),
                Scope.of("metz").inLab("nord"), Scope.programme(), Scope.ofLab("nord"), Scope.of("lille").inLab("nord")));
        Collections.sort(scopes);
        assertThat(scopes).containsExactly(Scope.programme(), Scope.ofLab("nord"), Scope.of("lille").inLab("nord"),
                Scope.of("metz").inLab("nord"), Scope.ofLab("sud"), Scope.of("nice").inLab("sud"));
        assertThat(Scope.ofLab("nord").isLab()).isTrue();
        assertThat(Scope.ofLab("nord").isProgramme()).isFalse();
        assertThat(Scope.ofLab("nord").id()).isEqualTo("nord");
        assertThat(Scope.of("metz").inLab("nord").id()).isEqualTo("metz");
        assertThat(Scope.of("metz").inLab("nord").isLab()).isFalse();
        assertThat(Scope.of("metz").inLab("nord").includes("metz")).isTrue();
        assertThat(Scope.of("metz").inLab("nord")).isNotEqualTo(Scope.of("metz"));
    }

    @Test
    void aLabCannotSayWhichCollectivitesItHoldsNorBeBlank() {
        assertThatThrownBy(() -> Scope.ofLab("nord").includes("metz")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Scope.ofLab(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scope.ofLab("nord").inLab("sud")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Scope.of("metz").inLab(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withNoLabTheOrderIsTheOneLabReportsOrder() {
        // a one-lab report must keep its bytes: its scopes sort as they always did
        assertThat(new Scope("metz")).isEqualTo(Scope.of("metz"));
        assertThat(Scope.of("metz").compareTo(Scope.of("lille"))).isPositive();
    }
}
