package org.recits.launcher.broken;

import org.recits.api.data.Dataset;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

/**
 * A plugin's indicator with a bug: {@code compute} throws. {@link BrokenPlugins} packs it into bundles
 * at test time; it is never loaded from the test classpath by the product.
 */
public final class ThrowingIndicator extends TestIndicator {

    public ThrowingIndicator() {
        super("EX_BROKEN", LocalizedText.of("Indicateur défectueux", "Broken indicator"),
                LocalizedText.of("Lève une exception.", "Throws."), LocalizedText.of("aucune", "none"));
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        throw new IllegalStateException("division par zéro dans le greffon de test");
    }
}
