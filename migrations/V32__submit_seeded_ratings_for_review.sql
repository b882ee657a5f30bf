-- Ratings the seed loader took from public sources await a reviewer like any other; nothing is approved automatically.
UPDATE assessments
   SET review_state = 'SUBMITTED', submitted_by = assessed_by, submitted_at = assessed_at
 WHERE assessed_by = 'seed' AND review_state = 'DRAFT';
