package de.bund.partnerschaftsmonitor.shared.warmup;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Warms the heavy libraries (POI, openhtmltopdf/PDFBox, Tika) once the server is listening: the first XLSX export,
 * brief and PDF upload otherwise pay seconds of class loading and JIT. One daemon thread of the lowest priority, so
 * start-up and {@code /health} never wait for it and requests win the CPU; a failure is logged and changes nothing.
 * Off with {@code pm.warmup.enabled=false} (the tests' default).
 */
@Singleton
@Requires(property = "pm.warmup.enabled", notEquals = "false")
public class WarmUpRunner implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUpRunner.class);
    static final String THREAD = "pm-warmup";

    /** What one warm-up did: how long it took, and the error when it failed. */
    public record Outcome(String name, long millis, String thread, int priority, boolean daemon, String error) {
    }

    private final List<WarmUp> warmUps;
    private final CompletableFuture<List<Outcome>> done = new CompletableFuture<>();

    WarmUpRunner(List<WarmUp> warmUps) {
        this.warmUps = warmUps;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (done.isDone()) {
            return;
        }
        Thread thread = new Thread(() -> done.complete(runAll()), THREAD);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Completes when every warm-up has run. */
    public CompletableFuture<List<Outcome>> done() {
        return done;
    }

    /** Runs every warm-up on the calling thread. */
    List<Outcome> runAll() {
        List<Outcome> outcomes = new ArrayList<>();
        Thread self = Thread.currentThread();
        for (WarmUp warmUp : warmUps) {
            long start = System.nanoTime();
            String error = null;
            try {
                warmUp.run();
            } catch (Exception | LinkageError e) {
                error = e.toString();
                LOG.warn("Warm-up of {} failed: {}", warmUp.name(), error);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            outcomes.add(new Outcome(warmUp.name(), millis, self.getName(), self.getPriority(), self.isDaemon(), error));
        }
        LOG.info("Warmed up {}", outcomes.stream().map(o -> o.name() + " (" + o.millis() + " ms)").toList());
        return Collections.unmodifiableList(outcomes);
    }
}
