-- Counters of attempts per subject (failed sign-ins per client address and per unknown user name, feedback messages per
-- address), shared by every instance on the database so that a limit cannot be dodged by reaching another instance.
-- A counter counts from window_start; the first attempt after the window has passed starts it again.
CREATE TABLE attempt_counters (
    kind         VARCHAR(20)  NOT NULL,
    subject      VARCHAR(120) NOT NULL,
    attempts     INT          NOT NULL,
    window_start DATETIME(6)  NOT NULL,
    PRIMARY KEY (kind, subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_attempt_counters_window ON attempt_counters (window_start);
