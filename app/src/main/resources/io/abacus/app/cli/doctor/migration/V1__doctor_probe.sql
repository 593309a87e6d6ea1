-- Used only by `abacus doctor` on a throw-away database, to prove Flyway finds and runs
-- migrations from inside the packaged jars.
CREATE TABLE probe (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
INSERT INTO probe (id, label) VALUES (1, 'migrated');
