package de.bund.partnerschaftsmonitor.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A valid instrument, for tests here that need some write to go through. */
final class AgreementBodies {

    private AgreementBodies() {
    }

    static Map<String, Object> valid() {
        Map<String, Object> body = new HashMap<>();
        body.put("countryIso2", "NZ");
        body.put("type", "MOU");
        body.put("titleDe", "Sicherheitstest " + UUID.randomUUID());
        body.put("partyLevel", "DE_BILATERAL");
        body.put("status", "SIGNED");
        body.put("dateSigned", "2025-03-01");
        body.put("components", List.of("SKILLED_LABOUR"));
        return body;
    }
}
