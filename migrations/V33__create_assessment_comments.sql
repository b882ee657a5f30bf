-- Review conversation on a rating: free comments and the reasons given when a rating was returned.
CREATE TABLE assessment_comments (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    assessment_id BIGINT        NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    author        VARCHAR(100)  NOT NULL,
    body          VARCHAR(2000) NOT NULL,
    created_at    DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_assessment_comments_assessment FOREIGN KEY (assessment_id) REFERENCES assessments (id),
    CONSTRAINT ck_assessment_comments_kind CHECK (kind IN ('COMMENT', 'RETURN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_assessment_comments_assessment ON assessment_comments (assessment_id, id);
