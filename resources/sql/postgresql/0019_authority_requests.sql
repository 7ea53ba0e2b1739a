-- Schema version 19: requests of the State Agency for Personal Data Protection and of the
-- Ombudsman (Akyikatchy), which the holder answers within a week (Law No. 58 Art. 17(g)): a kind
-- of claim of their own, with the body, the request's number and date (docs/claims.md).
ALTER TABLE claims DROP CONSTRAINT claims_kind_check;
ALTER TABLE claims ADD CONSTRAINT claims_kind_check CHECK (kind IN ('pretrial_claim', 'access_request', 'authority_request'));
ALTER TABLE claims ADD COLUMN authority TEXT CHECK (authority IN ('state_agency', 'ombudsman'));
ALTER TABLE claims ADD COLUMN request_number TEXT CHECK (request_number IS NULL OR length(trim(request_number)) BETWEEN 1 AND 64);
ALTER TABLE claims ADD COLUMN request_date DATE;
ALTER TABLE claims ADD CONSTRAINT claims_authority_named CHECK ((kind = 'authority_request') = (authority IS NOT NULL));
ALTER TABLE claims ADD CONSTRAINT claims_authority_request_complete CHECK (kind <> 'authority_request' OR (request_number IS NOT NULL AND request_date IS NOT NULL AND request_date <= received_on));
