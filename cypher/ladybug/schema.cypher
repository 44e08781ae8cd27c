// LadybugDB schema, created idempotently on every read-write open.
// Placeholders are filled by graph/stores/ladybug_store.py from graph.schema only:
// {label} runs the statement once per entity label (schema.LABELS); {type} once per
// relation type, with {pairs} its FROM/TO list from schema.DOMAIN; {claim_pairs} is
// "FROM Claim TO <label>" for every label but Person; {mention_pairs} is
// "FROM <label> TO Document" for every entity label.
CREATE NODE TABLE IF NOT EXISTS {label}(id STRING PRIMARY KEY, name STRING, aliases STRING[], kind STRING, country STRING);
CREATE NODE TABLE IF NOT EXISTS Document(id STRING PRIMARY KEY, title STRING, url STRING, publisher STRING, published STRING, language STRING, path STRING, sha256 STRING, extractor_version STRING, kb_version STRING);
// Stores made before documents recorded what built them get the two columns (a no-op after).
ALTER TABLE Document ADD IF NOT EXISTS extractor_version STRING;
ALTER TABLE Document ADD IF NOT EXISTS kb_version STRING;
// `end` is a reserved word in this dialect: always write it in backticks.
CREATE NODE TABLE IF NOT EXISTS Claim(id STRING PRIMARY KEY, type STRING, status STRING, confidence DOUBLE, evidence STRING, sentence INT64, start INT64, `end` INT64, rule STRING, date STRING, amount DOUBLE, currency STRING, amount_text STRING, round_amount DOUBLE, round_currency STRING, round_amount_text STRING, document_id STRING, source STRING, target STRING, year STRING);
CREATE REL TABLE IF NOT EXISTS {type}({pairs}, weight INT64, sources STRING[], evidence STRING[], status STRING, confidence DOUBLE, first_seen STRING, last_seen STRING, amount DOUBLE, currency STRING, amount_text STRING);
// Stores made before claims had round totals gain the columns (nothing stored changes).
ALTER TABLE Claim ADD IF NOT EXISTS round_amount DOUBLE;
ALTER TABLE Claim ADD IF NOT EXISTS round_currency STRING;
ALTER TABLE Claim ADD IF NOT EXISTS round_amount_text STRING;
// Stores made before claims were filed by year gain the column; `aipg store migrate` fills it (claim_years).
ALTER TABLE Claim ADD IF NOT EXISTS year STRING;
CREATE REL TABLE IF NOT EXISTS STATES(FROM Document TO Claim);
CREATE REL TABLE IF NOT EXISTS SUBJECT({claim_pairs});
CREATE REL TABLE IF NOT EXISTS OBJECT({claim_pairs});
CREATE REL TABLE IF NOT EXISTS MENTIONED_IN({mention_pairs}, count INT64, aliases STRING[]);
// The store's own record (graph/stores/version.py): schema version, and the aipg, extractor and
// knowledge-base versions of the last build.
CREATE NODE TABLE IF NOT EXISTS AipgMeta(key STRING PRIMARY KEY, value STRING);
