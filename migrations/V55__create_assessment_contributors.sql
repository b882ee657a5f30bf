-- Four eyes: everyone who changed or submitted a rating since its last approval; emptied when it is approved.
-- None of them may approve or return it. Pending ratings start with their last editor and their submitter.
CREATE TABLE assessment_contributors (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    assessment_id BIGINT        NOT NULL,
    username      VARCHAR(100)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_assessment_contributors UNIQUE (assessment_id, username),
    CONSTRAINT fk_assessment_contributors_assessment FOREIGN KEY (assessment_id) REFERENCES assessments (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO assessment_contributors (assessment_id, username)
SELECT id, assessed_by FROM assessments WHERE review_state <> 'APPROVED';

INSERT INTO assessment_contributors (assessment_id, username)
SELECT id, submitted_by FROM assessments
 WHERE review_state <> 'APPROVED' AND submitted_by IS NOT NULL AND submitted_by <> assessed_by;
