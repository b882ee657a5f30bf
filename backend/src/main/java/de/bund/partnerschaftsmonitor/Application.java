package de.bund.partnerschaftsmonitor;

import de.bund.partnerschaftsmonitor.seed.SeedDefaults;
import de.bund.partnerschaftsmonitor.shared.db.DatabaseBackup;
import de.bund.partnerschaftsmonitor.shared.db.EmbeddedDatabase;
import de.bund.partnerschaftsmonitor.shared.security.JwtSecret;
import de.bund.partnerschaftsmonitor.shared.security.OidcSettings;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "partnerschaftsmonitor", version = "0.1",
        description = "Migration partnerships by partner country and the scores of their digital clauses"))
public class Application {

    public static void main(String[] args) {
        if (DatabaseBackup.isCommand(args)) {
            System.exit(DatabaseBackup.command(args));
        }
        Micronaut.build(args)
                .properties(EmbeddedDatabase.propertiesUnlessConfigured())
                .properties(SeedDefaults.fromEnvironment())
                .properties(OidcSettings.fromEnvironment())
                .properties(JwtSecret.fromEnvironment())
                .banner(false)
                .start();
    }
}
