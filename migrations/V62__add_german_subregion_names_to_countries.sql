-- German names of the subregions (UN M49 geoscheme as used in seed/countries.csv) beside the English ones in `subregion`.
ALTER TABLE countries ADD COLUMN subregion_de VARCHAR(64) NULL AFTER subregion;

UPDATE countries SET subregion_de = CASE subregion
    WHEN 'Eastern Africa' THEN 'Ostafrika'
    WHEN 'Middle Africa' THEN 'Zentralafrika'
    WHEN 'Northern Africa' THEN 'Nordafrika'
    WHEN 'Southern Africa' THEN 'Südliches Afrika'
    WHEN 'Western Africa' THEN 'Westafrika'
    WHEN 'Caribbean' THEN 'Karibik'
    WHEN 'Central America' THEN 'Mittelamerika'
    WHEN 'North America' THEN 'Nordamerika'
    WHEN 'South America' THEN 'Südamerika'
    WHEN 'Central Asia' THEN 'Zentralasien'
    WHEN 'Eastern Asia' THEN 'Ostasien'
    WHEN 'South-Eastern Asia' THEN 'Südostasien'
    WHEN 'Southern Asia' THEN 'Südasien'
    WHEN 'Western Asia' THEN 'Westasien'
    WHEN 'Central Europe' THEN 'Mitteleuropa'
    WHEN 'Eastern Europe' THEN 'Osteuropa'
    WHEN 'Northern Europe' THEN 'Nordeuropa'
    WHEN 'Southeast Europe' THEN 'Südosteuropa'
    WHEN 'Southern Europe' THEN 'Südeuropa'
    WHEN 'Western Europe' THEN 'Westeuropa'
    WHEN 'Australia and New Zealand' THEN 'Australien und Neuseeland'
    WHEN 'Melanesia' THEN 'Melanesien'
    WHEN 'Micronesia' THEN 'Mikronesien'
    WHEN 'Polynesia' THEN 'Polynesien'
    ELSE NULL END;
