package de.bund.partnerschaftsmonitor.proof;

import de.bund.partnerschaftsmonitor.shared.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;

import java.util.HashMap;
import java.util.Map;

/** Two application instances on the shared test database, each with its own HTTP server: a cluster of two. */
record TwoInstances(ApplicationContext first, ApplicationContext second, String a, String b) implements AutoCloseable {

    static TwoInstances start(Map<String, Object> settings) {
        Map<String, Object> props = new HashMap<>(TestDatabase.properties());
        props.putAll(settings);
        ApplicationContext first = ApplicationContext.builder(Environment.TEST).properties(props).start();
        ApplicationContext second = ApplicationContext.builder(Environment.TEST).properties(props).start();
        return new TwoInstances(first, second, url(first), url(second));
    }

    private static String url(ApplicationContext context) {
        return "http://localhost:" + context.getBean(EmbeddedServer.class).start().getPort();
    }

    @Override
    public void close() {
        first.close();
        second.close();
    }
}
