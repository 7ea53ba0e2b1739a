-- Schema version 23: the X.509 certificate of each signing key, PEM, the signer's first and then
-- its issuers', so that exports carry a CMS signature `openssl cms -verify` checks (docs/audit.md).
-- `keys init` stores a self-signed one with the key; a certification authority's replaces it
-- (`keys import-certificate`). Keys made before (Ed25519) have none and sign FILE.sig only.
ALTER TABLE signing_keys ADD COLUMN certificate_pem TEXT;
