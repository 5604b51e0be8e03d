package org.recits.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pieces of a bundle's failure users are shown; the bundles themselves are in distribution's ITs. */
class PluginBundlesTest {

    @Test
    void theVersionRangeAskedForIsReadFromTheRequirement() {
        assertThat(PluginBundles.range("(&(osgi.wiring.package=org.recits.api.data)(version>=2.0.0)(!(version>=3.0.0)))"))
                .isEqualTo("[2.0.0,3.0.0)");
        assertThat(PluginBundles.range("(&(osgi.wiring.package=org.recits.api.data)(version>=1.1.0))")).isEqualTo("1.1.0");
        assertThat(PluginBundles.range("(osgi.wiring.package=org.recits.api.data)")).isEmpty();
    }

    @Test
    void aComponentFailureIsItsRootCauseOnOneLine() {
        String trace = "java.lang.reflect.InvocationTargetException\n"
                + "\tat java.base/jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)\n"
                + "Caused by: java.lang.IllegalStateException: fichier de configuration absent\n"
                + "\tat org.example.Boom.<init>(Boom.java:14)\n\t... 40 more\n";
        assertThat(PluginBundles.cause(trace)).isEqualTo("IllegalStateException: fichier de configuration absent");
        assertThat(PluginBundles.cause("java.lang.NullPointerException\n\tat x.y(Z.java:1)"))
                .isEqualTo("NullPointerException");
        assertThat(PluginBundles.cause(null)).isEqualTo("?");
    }
}
