package de.bund.partnerschaftsmonitor.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Someone who changed or submitted a rating since its last approval (four eyes: they may not decide it). */
@MappedEntity("assessment_contributors")
record AssessmentContributor(@Id @GeneratedValue @Nullable Long id, Long assessmentId, String username) {
}
