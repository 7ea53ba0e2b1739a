-- Schema version 24: anchors of the audit chain (docs/audit.md, "Anchors"). An anchor is a
-- time-stamping authority's RFC 3161 token over the chain's head at one moment (its seq and hash,
-- in the text AuditAnchorService::anchoredText makes), so that `audit verify --anchors` finds a
-- rewrite of the history before it even when every hash was recomputed. Kept like the trail:
-- added, never changed.
CREATE TABLE audit_anchors (
    id              INTEGER PRIMARY KEY,
    head_seq        INTEGER NOT NULL UNIQUE CHECK (head_seq >= 0),
    head_hash       TEXT NOT NULL CHECK (length(head_hash) = 64),
    stamped_at      TEXT NOT NULL,
    token           BLOB NOT NULL,
    authority_url   TEXT NOT NULL,
    created_by      INTEGER NOT NULL REFERENCES officers (id)
);

CREATE TRIGGER audit_anchors_no_update BEFORE UPDATE ON audit_anchors
BEGIN
    SELECT RAISE(ABORT, 'audit_anchors is append-only: UPDATE is refused');
END;

CREATE TRIGGER audit_anchors_no_delete BEFORE DELETE ON audit_anchors
BEGIN
    SELECT RAISE(ABORT, 'audit_anchors is append-only: DELETE is refused');
END;
