CREATE TABLE countries (
    iso2      CHAR(2)      NOT NULL,
    iso3      CHAR(3)      NULL,
    numeric_code CHAR(3)   NULL,
    name_de   VARCHAR(100) NOT NULL,
    name_en   VARCHAR(100) NOT NULL,
    region    VARCHAR(16)  NOT NULL,
    subregion VARCHAR(64)  NULL,
    PRIMARY KEY (iso2),
    CONSTRAINT ck_countries_region CHECK (region IN ('AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA', 'ANTARCTIC'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_countries_region ON countries (region);
