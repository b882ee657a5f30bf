package de.bund.partnerschaftsmonitor.proof;

import de.bund.partnerschaftsmonitor.shared.DatabaseTest;

import java.util.Map;

/**
 * The shared real database, on a random HTTP port: application.yml's {@code ${PORT:8080}} would
 * otherwise bind every test server to 8080 and collide with anything else running on the machine.
 */
interface ProofTest extends DatabaseTest {

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> props = new java.util.HashMap<>(DatabaseTest.super.getProperties());
        props.put("micronaut.server.port", "-1");
        return props;
    }
}
