package de.bund.partnerschaftsmonitor.shared.db;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Connector/J settings for every datasource, whatever its URL (embedded or {@code DATASOURCE_URL}). Each read-only
 * transaction otherwise costs six extra round trips ({@code SELECT @@session.transaction_read_only}, {@code SET SESSION
 * TRANSACTION READ ONLY/WRITE}, {@code SET autocommit} twice) and every statement is parsed again. Set here rather than
 * in YAML because configuration keys are normalised to kebab case, which the driver does not know.
 */
@Singleton
class DriverSettings implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final Map<String, String> SETTINGS = Map.of(
            "useLocalSessionState", "true",
            "useLocalTransactionState", "true",
            // The application decides what a read-only transaction may do; the server need not be told each time.
            "readOnlyPropagatesToServer", "false",
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "4096",
            "cacheServerConfiguration", "true");

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        SETTINGS.forEach(config::addDataSourceProperty);
        return config;
    }
}
