-- Schema version 16: the subjects with a category not simply held (blocked, kept, destroyed,
-- depersonalised) found from an index of those rows alone, a few thousand in a million, so that
-- each batch of the change feed reads them at once instead of scanning every subject's
-- categories (docs/feed.md, "Speed").
CREATE INDEX subject_categories_not_held ON subject_categories (subject_id) WHERE state <> 'held';
