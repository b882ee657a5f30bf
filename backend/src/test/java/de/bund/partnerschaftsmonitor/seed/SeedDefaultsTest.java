package de.bund.partnerschaftsmonitor.seed;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SeedDefaultsTest {

    @Test
    void shouldSwitchTheDemoSeedOffForAnExternalDatabaseUnlessAskedFor() {
        assertThat(SeedDefaults.properties(null, null, true)).isEqualTo(Map.of("pm.seed.enabled", false));
        assertThat(SeedDefaults.properties("", " ", true)).isEqualTo(Map.of("pm.seed.enabled", false));
        assertThat(SeedDefaults.properties("true", null, true)).isEmpty();
        assertThat(SeedDefaults.properties(null, "true", true)).isEmpty();
        assertThat(SeedDefaults.properties(null, null, false)).as("embedded: the yml default (on)").isEmpty();
    }

    @Test
    void shouldOverrideTheDefaultOfTheConfiguration() {
        try (ApplicationContext ctx = ApplicationContext.builder().properties(SeedDefaults.properties(null, null, true)).build()) {
            ctx.getEnvironment().start();
            assertThat(ctx.getProperty("pm.seed.enabled", Boolean.class)).contains(false);
        }
        try (ApplicationContext ctx = ApplicationContext.builder().properties(SeedDefaults.properties(null, null, false)).build()) {
            ctx.getEnvironment().start();
            assertThat(ctx.getProperty("pm.seed.enabled", Boolean.class)).contains(true);
        }
    }
}
