package org.recits.narrative.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recits.api.model.Measure;
import org.recits.api.model.Quote;

class QuotesTest {

    @Test
    void negativeMarkersOnWholeWords() {
        assertThat(Quotes.isNotPositive(Fixtures.quote("x", "Il manque du temps.", Measure.QUALITE, true, 1))).isTrue();
        assertThat(Quotes.isNotPositive(Fixtures.quote("x", "C’est TROP long", Measure.QUALITE, true, 1))).isTrue();
        // « passé » and « repas » contain « pas » but are not negations
        assertThat(Quotes.isNotPositive(Fixtures.quote("x", "Le repas s’est bien passé.", Measure.QUALITE, true, 1))).isFalse();
    }

    @Test
    void aNotPositiveQuoteIsIncludedWhenOneExists() {
        // democratie, consented, in order: Mulhouse (positive), Paris (positive), Paris « Il manque… » (negative)
        List<Quote> two = Quotes.select(Fixtures.report(java.util.Locale.FRENCH).quotes(), Set.of(Measure.DEMOCRATIE), null, 2);
        assertThat(two).extracting(Quote::texte)
                .containsExactly("On a enfin pu parler aux usagers.", "Il manque du temps entre deux sessions.");
        // selection is stable
        assertThat(Quotes.select(Fixtures.report(java.util.Locale.FRENCH).quotes(), Set.of(Measure.DEMOCRATIE), null, 2))
                .isEqualTo(two);
    }

    @Test
    void unconsentedNeverEvenIfHandedIn() {
        // the dataset holds an unconsented, negative quote (« jamais »): it must not be picked
        List<Quote> all = Fixtures.data().quotes(Fixtures.PROG);
        assertThat(all).anyMatch(q -> !q.consent());
        List<Quote> picked = Quotes.select(all, Set.of(Measure.DEMOCRATIE), "mulhouse", 3);
        assertThat(picked).extracting(Quote::texte).containsExactly("On a enfin pu parler aux usagers.");
    }

    @Test
    void nothingWhenNoQuoteSpeaksToTheValue() {
        assertThat(Quotes.select(Fixtures.report(java.util.Locale.FRENCH).quotes(), Set.of(Measure.IMPACT), null, 3)).isEmpty();
    }
}
