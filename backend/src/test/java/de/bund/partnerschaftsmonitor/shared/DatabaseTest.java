package de.bund.partnerschaftsmonitor.shared;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

/** Implemented by every test that needs the application on the shared real database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public interface DatabaseTest extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>();
        TestDatabase.properties().forEach((k, v) -> props.put(k, String.valueOf(v)));
        return props;
    }
}
