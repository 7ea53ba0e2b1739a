-- Schema version 6: what a claim is linked to, and the paragraph of Law No. 58 Art. 15 that a
-- refused access request cites (docs/schema.md).
ALTER TABLE claims ADD COLUMN refusal_paragraph TEXT CHECK (refusal_paragraph IS NULL OR length(trim(refusal_paragraph)) BETWEEN 1 AND 20);

-- A claim may concern a withdrawal request, a disclosure, or another claim or access request.
CREATE TABLE claim_links (
    id                      INTEGER PRIMARY KEY,
    claim_id                INTEGER NOT NULL REFERENCES claims (id),
    withdrawal_request_id   INTEGER REFERENCES withdrawal_requests (id),
    disclosure_id           INTEGER REFERENCES disclosures (id),
    linked_claim_id         INTEGER REFERENCES claims (id),
    linked_at               TEXT NOT NULL,
    linked_by               INTEGER NOT NULL REFERENCES officers (id),
    CHECK ((withdrawal_request_id IS NOT NULL) + (disclosure_id IS NOT NULL) + (linked_claim_id IS NOT NULL) = 1),
    CHECK (linked_claim_id IS NULL OR linked_claim_id <> claim_id),
    UNIQUE (claim_id, withdrawal_request_id),
    UNIQUE (claim_id, disclosure_id),
    UNIQUE (claim_id, linked_claim_id)
);
CREATE INDEX claim_links_claim ON claim_links (claim_id);
