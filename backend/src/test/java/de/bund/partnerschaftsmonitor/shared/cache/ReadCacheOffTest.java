package de.bund.partnerschaftsmonitor.shared.cache;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code PM_READ_CACHE_ENTRIES=0}: nothing kept, nothing shared, no database poll; every read computes. */
class ReadCacheOffTest {

    @Test
    void shouldComputeEveryReadWhenSwitchedOff() {
        ReadCache off = new ReadCache(null, null, Duration.ofHours(1), 0);
        AtomicInteger computations = new AtomicInteger();
        off.get("k", computations::incrementAndGet);
        off.get("k", computations::incrementAndGet);
        assertThat(computations).hasValue(2);
    }
}
