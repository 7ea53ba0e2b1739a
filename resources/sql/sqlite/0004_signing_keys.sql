-- Schema version 4: the organisation's Ed25519 keys that sign audit exports (docs/audit.md). Only
-- the public key is stored; the private key stays in a passphrase-protected PKCS#8 file.
CREATE TABLE signing_keys (
    id              INTEGER PRIMARY KEY,
    fingerprint     TEXT NOT NULL UNIQUE CHECK (length(fingerprint) = 64),
    public_key_pem  TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    created_by      INTEGER NOT NULL REFERENCES officers (id),
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
