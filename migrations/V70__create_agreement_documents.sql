-- Texts of an instrument: the signed text, its language versions, translations, amendments and summaries.
-- Metadata stays small for lists; the original file and its extracted text live in document_contents.
-- A newer upload of the same kind and language supersedes the older one (superseded_by), which stays readable.
-- Documents are archived (archived_at), never deleted.
CREATE TABLE agreement_documents (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    version        BIGINT        NOT NULL DEFAULT 0,
    agreement_id   BIGINT        NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    language       CHAR(2)       NOT NULL,
    title          VARCHAR(500)  NULL,
    version_date   DATE          NULL,
    source         VARCHAR(2000) NULL,
    classification VARCHAR(8)    NOT NULL,
    media_type     VARCHAR(120)  NOT NULL,
    file_name      VARCHAR(255)  NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    text_chars     INT           NOT NULL,
    superseded_by  BIGINT        NULL,
    archived_at    DATETIME(6)   NULL,
    uploaded_by    VARCHAR(100)  NOT NULL,
    uploaded_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_agreement_documents_agreement FOREIGN KEY (agreement_id) REFERENCES agreements (id),
    CONSTRAINT fk_agreement_documents_superseded FOREIGN KEY (superseded_by) REFERENCES agreement_documents (id),
    CONSTRAINT ck_agreement_documents_kind CHECK (kind IN ('SIGNED_TEXT', 'TRANSLATION', 'AMENDMENT', 'SUMMARY')),
    CONSTRAINT ck_agreement_documents_classification CHECK (classification IN ('OFFEN', 'VS_NFD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agreement_documents_agreement ON agreement_documents (agreement_id, archived_at, kind, language);
CREATE INDEX ix_agreement_documents_sha256 ON agreement_documents (sha256);

CREATE TABLE document_contents (
    document_id BIGINT   NOT NULL,
    original    LONGBLOB NOT NULL,
    text        LONGTEXT NOT NULL,
    PRIMARY KEY (document_id),
    CONSTRAINT fk_document_contents_document FOREIGN KEY (document_id) REFERENCES agreement_documents (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The structure of a document's text in reading order: preamble, articles, paragraphs, annexes.
-- anchor: stable Akoma-Ntoso-style id (art_7__para_2); label: citation (Art. 7 Abs. 2 / Article 7(2));
-- text: the unit's own text only (an article's heading and lead-in, not its paragraphs).
CREATE TABLE document_units (
    document_id   BIGINT       NOT NULL,
    position      INT          NOT NULL,
    anchor        VARCHAR(120) NOT NULL,
    parent_anchor VARCHAR(120) NULL,
    kind          VARCHAR(12)  NOT NULL,
    label         VARCHAR(120) NOT NULL,
    heading       VARCHAR(500) NULL,
    text          MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (document_id, position),
    CONSTRAINT uq_document_units_anchor UNIQUE (document_id, anchor),
    CONSTRAINT fk_document_units_document FOREIGN KEY (document_id) REFERENCES agreement_documents (id),
    CONSTRAINT ck_document_units_kind CHECK (kind IN ('PREAMBLE', 'ARTICLE', 'PARAGRAPH', 'ANNEX', 'TEXT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Evidence taken from a passage keeps its link, so reviewers and the scorecard open it in place.
ALTER TABLE assessments
    ADD COLUMN evidence_document_id BIGINT       NULL,
    ADD COLUMN evidence_anchor      VARCHAR(120) NULL,
    ADD CONSTRAINT fk_assessments_evidence_document FOREIGN KEY (evidence_document_id) REFERENCES agreement_documents (id);
