package de.bund.partnerschaftsmonitor.agreement;

import io.micronaut.core.annotation.Nullable;

/** The facts about an instrument that other features (assessment, scorecard) depend on; {@code fictitious}: of a demo country. */
public record AgreementFacts(long id, String countryIso2, @Nullable AgreementType type, AgreementStatus status,
                             boolean archived, @Nullable String titleDe, @Nullable String titleEn, boolean fictitious) {
}
