-- The level descriptions in German beside the English ones (level0 to level3 stay the English text).
ALTER TABLE criteria
    ADD COLUMN level0_de VARCHAR(1000) NULL AFTER level3,
    ADD COLUMN level1_de VARCHAR(1000) NULL AFTER level0_de,
    ADD COLUMN level2_de VARCHAR(1000) NULL AFTER level1_de,
    ADD COLUMN level3_de VARCHAR(1000) NULL AFTER level2_de;
