package de.bund.partnerschaftsmonitor.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frontend's API types are generated from {@code frontend/openapi.yml}; this keeps that copy equal
 * to the document the backend generates, so the types cannot drift from the API.
 */
class OpenApiContractTest {

    @Test
    void shouldMatchTheDocumentTheFrontendTypesAreGeneratedFrom() throws IOException {
        String generated;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/swagger/partnerschaftsmonitor-0.1.yml")) {
            assertThat(in).as("OpenAPI document generated at compile time").isNotNull();
            generated = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String committed = Files.readString(Path.of("..", "frontend", "openapi.yml"));

        assertThat(committed)
                .as("frontend/openapi.yml is out of date. Run: cp backend/target/classes/META-INF/swagger/partnerschaftsmonitor-0.1.yml "
                        + "frontend/openapi.yml && (cd frontend && npm run gen:api)")
                .isEqualTo(generated);
    }
}
