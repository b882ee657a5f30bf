-- Summaries become bilingual like the titles: the existing summary is the English one (all seeded summaries are English).
ALTER TABLE agreements RENAME COLUMN summary TO summary_en;
ALTER TABLE agreements ADD COLUMN summary_de VARCHAR(4000) NULL AFTER title_original;
