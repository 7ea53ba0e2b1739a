-- Schema version 11, with the calendar: a purpose that cited a clause for what it does not say.
-- Policy 4.2 limits the face photos given to FCOs to identification and authentication; a
-- financing decision by an FCO rests on 3.4.3 (documents for financing) and 4.1 (the data FCOs
-- receive through the platform). Changed only where it is still as seeded.
UPDATE processing_purposes SET policy_clause = '3.4.3, 4.1'
WHERE code = 'financing_decision' AND policy_clause = '3.4.3, 4.2';
