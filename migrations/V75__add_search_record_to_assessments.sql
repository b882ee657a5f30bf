-- A rating of 0 can record where the assessor looked: the documents and keywords searched, and that nothing was found.
-- JSON: {"documentIds": [..], "keywords": [..], "nothingFound": true}; evidence links themselves are in V70.
ALTER TABLE assessments
    ADD COLUMN search_record JSON NULL;
