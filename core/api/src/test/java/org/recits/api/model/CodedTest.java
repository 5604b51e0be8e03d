package org.recits.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The vocabularies of the input files: {@link Coded#find} and the codes each enum declares. */
class CodedTest {

    /** Every vocabulary of the model, as the readers look them up. */
    private static final List<Class<? extends Coded>> VOCABULARIES = List.of(CaseStatus.class, FundingType.class,
            Measure.class, Role.class, SessionType.class, Signal.class, Wave.class);

    @Test
    void findsAConstantByItsCode() {
        assertThat(Coded.find(CaseStatus.class, "en-cours")).contains(CaseStatus.EN_COURS);
        assertThat(Coded.find(Wave.class, "apres")).contains(Wave.APRES);
        assertThat(Coded.find(Role.class, "elu")).contains(Role.ELU);
    }

    @Test
    void nullAndUnknownCodesAreEmptySoTheReaderCanReportTheRow() {
        assertThat(Coded.find(Measure.class, null)).isEmpty();
        assertThat(Coded.find(Measure.class, "")).isEmpty();
        assertThat(Coded.find(Measure.class, "bonheur")).isEmpty();
    }

    @Test
    void findDoesNotNormaliseTheCode() {
        // The readers normalise (case, accents, spaces) before looking up: find compares exactly.
        assertThat(Coded.find(Wave.class, "APRES")).isEmpty();
        assertThat(Coded.find(Wave.class, "après")).isEmpty();
        assertThat(Coded.find(Wave.class, " apres")).isEmpty();
        assertThat(Coded.find(CaseStatus.class, "en_cours")).isEmpty();
    }

    @Test
    void findDoesNotTakeTheConstantsName() {
        assertThat(Coded.find(CaseStatus.class, "EN_COURS")).isEmpty();
        assertThat(Coded.find(CaseStatus.class, "en-cours")).isPresent();
    }

    @Test
    void everyCodeIsLowerCaseAsciiAndUniqueInItsVocabulary() {
        for (Class<? extends Coded> type : VOCABULARIES) {
            Set<String> seen = new HashSet<>();
            for (Coded c : type.getEnumConstants()) {
                assertThat(c.code()).as(type.getSimpleName() + "." + c).matches("[a-z][a-z0-9-]*");
                assertThat(seen.add(c.code())).as("%s code %s once", type.getSimpleName(), c.code()).isTrue();
            }
        }
    }

    @Test
    void everyConstantIsFoundByItsOwnCode() {
        assertRoundTrip(CaseStatus.class);
        assertRoundTrip(FundingType.class);
        assertRoundTrip(Measure.class);
        assertRoundTrip(Role.class);
        assertRoundTrip(SessionType.class);
        assertRoundTrip(Signal.class);
        assertRoundTrip(Wave.class);
    }

    private static <E extends Enum<E> & Coded> void assertRoundTrip(Class<E> type) {
        for (E e : type.getEnumConstants()) {
            assertThat(Coded.find(type, e.code())).as(type.getSimpleName()).contains(e);
        }
    }

    @Test
    void theVocabulariesAreThoseOfTheInputContract() {
        assertThat(codes(CaseStatus.class)).containsExactly("propose", "retenu", "en-cours", "termine", "abandonne");
        assertThat(codes(Wave.class)).containsExactly("avant", "apres");
        assertThat(codes(Signal.class)).containsExactly("vert", "orange", "rouge");
        assertThat(codes(Measure.class)).containsExactly("democratie", "qualite", "impact", "productivite",
                "capacitation", "satisfaction");
        assertThat(codes(SessionType.class)).containsExactly("session", "intertransfo", "atelier-collectif", "visio",
                "immersion");
        assertThat(codes(FundingType.class)).containsExactly("collectivite", "partenaire", "fondation", "etat",
                "europe", "autre");
        assertThat(codes(Role.class)).containsExactly("ambassadeur", "resident", "referent", "coordinateur", "elu",
                "relais", "partenaire", "usager");
    }

    private static List<String> codes(Class<? extends Coded> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    }
}
