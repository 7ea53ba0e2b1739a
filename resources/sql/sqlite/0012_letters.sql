-- Schema version 12: letters an organisation sends. The holder of the data (its name, INN and
-- address in each letter language, the signatory's position) as settings an administrator edits,
-- seeded from the privacy policy's preamble (the address is the holder's to fill in); and the
-- register of outgoing letters, where every letter the console makes gets its number: the year's
-- next, a reprint of the same letter keeping its first number and date. The register names the
-- case and the addressee's record, not the addressee: a withdrawal that destroys a subject's name
-- leaves no copy of it here.
INSERT INTO console_settings (key, value) VALUES ('holder_name_ky', '«ОГОГО» ЖЧК');
INSERT INTO console_settings (key, value) VALUES ('holder_name_ru', 'ОсОО «ОГОГО»');
INSERT INTO console_settings (key, value) VALUES ('holder_inn', '00910202310316');
INSERT INTO console_settings (key, value) VALUES ('holder_address_ky', '');
INSERT INTO console_settings (key, value) VALUES ('holder_address_ru', '');
INSERT INTO console_settings (key, value)
    VALUES ('signatory_position_ky', 'Жеке маалыматтарды коргоо боюнча жооптуу адам');
INSERT INTO console_settings (key, value)
    VALUES ('signatory_position_ru', 'Ответственный за защиту персональных данных');

CREATE TABLE outgoing_letters (
    id             INTEGER PRIMARY KEY,
    year           INTEGER NOT NULL,
    seq            INTEGER NOT NULL CHECK (seq > 0),
    number         TEXT NOT NULL UNIQUE,
    registered_on  TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('claim.letter', 'withdrawal.letter',
                                                 'disclosure.notice_letter')),
    case_id        INTEGER NOT NULL,
    subject_id     INTEGER NOT NULL DEFAULT 0, -- a notice's subject; 0 for a case's one addressee
    language       TEXT NOT NULL CHECK (language IN ('ky', 'ru', 'ky+ru')),
    officer_id     INTEGER NOT NULL REFERENCES officers (id),
    UNIQUE (year, seq),
    UNIQUE (kind, case_id, subject_id)
);
CREATE INDEX outgoing_letters_order ON outgoing_letters (registered_on DESC, id DESC);
