package de.bund.partnerschaftsmonitor.shared;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Client addresses for tests of the per-address limits. The counters are shared through the database by the whole
 * suite, so a test counts from an address nobody else in the run uses (198.18.0.0/15, the benchmarking range), named
 * through a trusted proxy's X-Forwarded-For.
 */
public final class TestAddresses {

    private TestAddresses() {
    }

    public static String fresh() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198." + (18 + r.nextInt(2)) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }
}
