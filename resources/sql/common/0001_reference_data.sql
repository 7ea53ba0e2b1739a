-- Reference data of schema version 1, the same on both backends: the policy version in force
-- and the data categories and processing purposes as the policy (section 3) lists them.

INSERT INTO policy_versions (code, effective_from, title) VALUES
    ('2024-06-01', '2024-06-01', 'Купуялуулук саясаты жана жеке маалыматтарды чогултууга, иштетүүгө макулдук берүү');

INSERT INTO data_categories (code, policy_clause, name_ky, name_ru, name_en, sort_order) VALUES
    ('personal_details', '3.1.1', 'Жашы, жынысы, фамилиясы, аты, атасынын аты', 'Возраст, пол, фамилия, имя, отчество', 'Age, sex and full name', 1),
    ('identity_document', '3.1.1, 3.2.6', 'Өздүгүн тастыктаган документ', 'Документ, удостоверяющий личность', 'Identity document', 2),
    ('face_photo', '3.1.1, 3.1.4, 6.2-6.4', 'Жүздүн сүрөтү', 'Фотография лица', 'Face photo', 3),
    ('face_video', '3.1.1, 3.1.4', 'Жүздүн видеосу', 'Видео лица', 'Face video', 4),
    ('addresses', '3.1.1', 'Жашаган жана катталган жери', 'Адрес проживания и регистрации', 'Residence and registration address', 5),
    ('employment', '3.1.1', 'Иштеген жери', 'Место работы', 'Place of work', 6),
    ('family', '3.1.1', 'Үй-бүлөлүк абалы жана багуудагы адамдар', 'Семейное положение и иждивенцы', 'Marital status and dependants', 7),
    ('education', '3.1.1', 'Билими', 'Образование', 'Education', 8),
    ('contacts', '3.1.2, 3.4.8', 'Байланыш маалыматтары (телефон, электрондук почта)', 'Контактные данные (телефон, электронная почта)', 'Contact details (phone, email)', 9),
    ('address_book', '3.1.1, 3.2.2, 3.4.7', 'Байланыш тизмеси', 'Список контактов', 'Address book', 10),
    ('correspondence', '3.1.2, 3.1.3', 'Кат алышуу жана чалуулар', 'Переписка и звонки', 'Correspondence and calls', 11),
    ('financing_application', '3.1.6, 3.4.3', 'Каржылоого арыз', 'Заявка на финансирование', 'Financing application', 12),
    ('device_identifiers', '3.2.1, 3.3.1', 'Түзмөктүн идентификаторлору', 'Идентификаторы устройства', 'Device identifiers', 13),
    ('geolocation', '3.2.1, 3.3.4', 'Геопозиция', 'Геолокация', 'Geolocation', 14),
    ('usage_data', '3.2.4, 3.2.5, 3.6', 'Платформаны колдонуу маалыматтары', 'Данные об использовании платформы', 'Platform usage data', 15),
    ('security_telemetry', '3.3', 'Коопсуздук маалыматтары (тиркемелер, тармак, түзмөк изи)', 'Данные безопасности (приложения, сеть, отпечаток устройства)', 'Security telemetry', 16),
    ('state_registry', '3.2.6', 'Мамлекеттик органдардын маалыматтары (УПМР)', 'Данные государственных органов (ГРНП)', 'State registry data', 17),
    ('tunduk', '3.1.8', '«Түндүк» тутумунун маалыматтары', 'Данные системы «Тундук»', 'Tunduk data', 18),
    ('credit_bureau', '3.1.8, 3.2.7', 'Кредиттик бюронун маалыматтары', 'Данные кредитного бюро', 'Credit bureau data', 19),
    ('social_fund', '3.1.8, 3.2.8', 'Социалдык фонддун маалыматтары', 'Данные Социального фонда', 'Social Fund data', 20),
    ('tax', '3.1.8', 'Салык органдарынын маалыматтары', 'Данные налоговых органов', 'Tax data', 21),
    ('participant_data', '3.1.7, 3.5', 'Платформанын катышуучуларынан алынган маалыматтар', 'Данные от участников платформы', 'Data from platform participants', 22);

INSERT INTO processing_purposes (code, policy_clause, name_ky, name_ru, name_en, sort_order) VALUES
    ('authentication', '3.4.1', 'Аккаунттун аутентификациясы', 'Аутентификация аккаунта', 'Account authentication', 1),
    ('account_verification', '3.4.2', 'Аккаунтту текшерүү', 'Проверка аккаунта', 'Account verification', 2),
    ('financing_decision', '3.4.3, 4.2', 'ФКОнун каржылоо боюнча чечими', 'Решение ФКО о финансировании', 'Financing decision by an FCO', 3),
    ('platform_services', '3.4.4, 3.4.9', 'Платформанын кызматтары (буйрутмалар, арыздар)', 'Услуги платформы (заказы, заявки)', 'Platform services (orders, applications)', 4),
    ('messages', '3.4.5, 3.4.12', 'SMS жана push билдирүүлөр', 'SMS и push-уведомления', 'SMS and push messages', 5),
    ('enquiries', '3.4.6, 3.4.8', 'Суроолорго жооп берүү жана байланышуу', 'Ответы на обращения и связь', 'Answering enquiries and contact', 6),
    ('legal_compliance', '3.4.10, 12.1.2', 'Мыйзам талаптары, кирешелерди адалдоого жана терроризмди каржылоого каршы аракеттенүү', 'Требования закона, ПОД/ФТ', 'Legal compliance, AML/CFT', 7),
    ('support', '3.4.11, 3.4.14', 'Платформаны колдоо жана кардарларды тейлөө', 'Поддержка платформы и обслуживание клиентов', 'Platform and customer support', 8),
    ('analytics', '3.4.15, 3.4.16', 'Талдоо жана колдонууга көз салуу', 'Аналитика и мониторинг использования', 'Analytics and usage monitoring', 9),
    ('security', '3.3, 3.4.17', 'Коопсуздук жана техникалык көйгөйлөрдү чечүү', 'Безопасность и устранение технических проблем', 'Security and technical troubleshooting', 10);
