#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills translations/dpo-console_{ky,ru}.ts from the table below after `lupdate`.

Usage: scripts/translations.py  (run from the repository root). Reports sources it has no
translation for, so that nothing ships unfinished by accident.
"""
import sys
import xml.etree.ElementTree as ET

T = {
    "Active": ("Активдүү", "Активен"),
    "Blocked": ("Жабылган", "Заблокирован"),
    "Depersonalised": ("Ээсиздендирилген", "Обезличен"),
    "Destroyed": ("Жок кылынган", "Уничтожен"),
    "Platform ref.": ("Платформадагы №", "№ на платформе"),
    "INN": ("ПИН", "ПИН"),
    "Surname": ("Фамилиясы", "Фамилия"),
    "Given name": ("Аты", "Имя"),
    "Patronymic": ("Атасынын аты", "Отчество"),
    "Birth date": ("Туулган күнү", "Дата рождения"),
    "Phone": ("Телефон", "Телефон"),
    "Status": ("Абалы", "Статус"),
    "Connect to a consent database": ("Макулдуктар базасына туташуу", "Подключение к базе согласий"),
    "sqlite:/path/consent.sqlite or postgresql://user@host:5432/dbname":
        ("sqlite:/жол/consent.sqlite же postgresql://колдонуучу@сервер:5432/база",
         "sqlite:/путь/consent.sqlite или postgresql://пользователь@сервер:5432/база"),
    "A name for this connection": ("Бул туташуунун аталышы", "Название подключения"),
    "The PostgreSQL password is asked for when the server wants it, or read from PGPASSWORD or ~/.pgpass. It is never saved.":
        ("PostgreSQL сыр сөзү сервер талап кылганда суралат же PGPASSWORD, ~/.pgpass ичинен алынат. Ал эч качан сакталбайт.",
         "Пароль PostgreSQL запрашивается, когда его требует сервер, или берётся из PGPASSWORD или ~/.pgpass. Он никогда не сохраняется."),
    "Saved connection:": ("Сакталган туташуу:", "Сохранённое подключение:"),
    "Database URL:": ("Базанын дареги (URL):", "Адрес базы (URL):"),
    "Save as profile": ("Профиль катары сактоо", "Сохранить как профиль"),
    "Profile name:": ("Профилдин аты:", "Имя профиля:"),
    "Connect": ("Туташуу", "Подключиться"),
    "Give the profile a name before saving it.": ("Сактоодон мурун профилге ат бериңиз.", "Дайте профилю имя перед сохранением."),
    "Embedded database (this computer)": ("Ички база (ушул компьютер)", "Встроенная база (этот компьютер)"),
    "Today": ("Бүгүн", "Сегодня"),
    "Overdue withdrawal requests": ("Мөөнөтү өткөн кайтарып алуу арыздары", "Просроченные заявления об отзыве"),
    "Past the target date": ("Белгиленген мөөнөт өттү", "Срок истёк"),
    "Overdue claims and access requests": ("Мөөнөтү өткөн доолор жана маалымат суроолору", "Просроченные претензии и запросы"),
    "Past the legal due date": ("Мыйзамдуу мөөнөт өттү", "Законный срок истёк"),
    "Due within 7 days": ("7 күндүн ичинде мөөнөтү бүтөт", "Срок в ближайшие 7 дней"),
    "Requests and claims": ("Арыздар жана доолор", "Заявления и претензии"),
    "Open withdrawal requests": ("Ачык кайтарып алуу арыздары", "Открытые заявления об отзыве"),
    "Not yet executed": ("Азырынча аткарыла элек", "Ещё не исполнены"),
    "Open claims and access requests": ("Ачык доолор жана маалымат суроолору", "Открытые претензии и запросы"),
    "Awaiting a written answer": ("Жазуу жүзүндөгү жоопту күтүүдө", "Ожидают письменного ответа"),
    "Subjects not notified of a disclosure": ("Ачыкка чыгаруу тууралуу билдирүү ала элек субъекттер", "Субъекты, не уведомлённые о раскрытии"),
    "Policy 4.6.4": ("Саясаттын 4.6.4-пункту", "Политика, п. 4.6.4"),
    "Subjects under 18": ("18 жашка толо элек субъекттер", "Субъекты младше 18 лет"),
    "Policy 9.1: to delete": ("Саясаттын 9.1-пункту: жок кылуу керек", "Политика, п. 9.1: удалить"),
    "Data subjects": ("Жеке маалымат субъекттери", "Субъекты персональных данных"),
    "In this database": ("Бул базада", "В этой базе"),
    "DPO Console": ("DPO Console", "DPO Console"),
    "Dashboard": ("Башкы бет", "Сводка"),
    "Subjects": ("Субъекттер", "Субъекты"),
    "SQLite: %1": ("SQLite: %1", "SQLite: %1"),
    "PostgreSQL: %1:%2/%3": ("PostgreSQL: %1:%2/%3", "PostgreSQL: %1:%2/%3"),
    "%1 (%2)": ("%1 (%2)", "%1 (%2)"),
    "&File": ("&Файл", "&Файл"),
    "&Refresh": ("&Жаңылоо", "&Обновить"),
    "&Quit": ("&Чыгуу", "&Выход"),
    "&Edit": ("&Түзөтүү", "&Правка"),
    "&Find subject…": ("Субъектти &издөө…", "&Найти субъекта…"),
    "&Go": ("&Өтүү", "&Переход"),
    "&Language": ("&Тил", "&Язык"),
    "Any status": ("Бардык абалдар", "Любой статус"),
    "Loading…": ("Жүктөлүүдө…", "Загрузка…"),
    "Open request or claim": ("Ачык арыз же доо", "Открытое заявление или претензия"),
    "Under 18": ("18 жашка толо элек", "Младше 18 лет"),
    "under 18": ("18 жашка толо элек", "младше 18 лет"),
    "Under 18: policy 9.1 says the platform keeps no data of minors.": ("18 жашка толо элек: саясаттын 9.1-пунктуна ылайык платформа балдардын маалыматтарын сактабайт.", "Младше 18 лет: по п. 9.1 политики платформа не хранит данные несовершеннолетних."),
    "list subjects": ("субъекттердин тизмесин алуу", "получить список субъектов"),
    "The language changes the next time the console starts.": ("Тил консол кийинки жолу ачылганда өзгөрөт.", "Язык сменится при следующем запуске консоли."),
    "Unknown role \"%1\": expected administrator, supervisor, officer or auditor.":
        ("Белгисиз роль «%1»: administrator, supervisor, officer же auditor болушу керек.",
         "Неизвестная роль «%1»: ожидается administrator, supervisor, officer или auditor."),
    "Administrator": ("Администратор", "Администратор"),
    "Supervisor": ("Көзөмөлчү", "Руководитель"),
    "Officer": ("Кызматкер", "Сотрудник"),
    "Auditor": ("Аудитор", "Аудитор"),
    "Sign in to %1.": ("%1 үчүн кириңиз.", "Войдите, чтобы %1."),
    "%1 (%2) may not %3: this needs the role %4.":
        ("%1 (%2) %3 укугу жок: бул үчүн %4 ролу керек.", "%1 (%2) не может %3: для этого нужна роль %4."),
    "Sign in": ("Кирүү", "Вход"),
    "Database: %1": ("База: %1", "База: %1"),
    "User name:": ("Колдонуучунун аты:", "Имя пользователя:"),
    "Password:": ("Сыр сөз:", "Пароль:"),
    "PostgreSQL password": ("PostgreSQL сыр сөзү", "Пароль PostgreSQL"),
    "Password of %1 on %2:": ("%2 серверинде %1 сыр сөзү:", "Пароль %1 на %2:"),
    "%1 is empty. Create the consent database with \"dpo-console init\" first.":
        ("%1 бош. Адегенде макулдуктар базасын «dpo-console init» менен түзүңүз.",
         "%1 пуста. Сначала создайте базу согласий командой «dpo-console init»."),
    "Upgrade the database": ("Базаны жаңыртуу", "Обновление базы"),
    "The database has schema version %1; this program uses %2. Upgrade it now? Other officers need this version too.":
        ("Базанын схемасынын версиясы %1, бул программа %2 версиясын колдонот. Азыр жаңыртасызбы? Башка кызматкерлерге да ушул версия керек болот.",
         "Версия схемы базы %1, программа использует %2. Обновить сейчас? Остальным сотрудникам тоже понадобится эта версия."),
    "Name, INN, phone or platform reference": ("Аты-жөнү, ПИН, телефон же платформадагы №", "ФИО, ПИН, телефон или № на платформе"),
    "Type at least two letters or digits to search.": ("Издөө үчүн жок дегенде эки тамга же сан териңиз.", "Для поиска введите хотя бы две буквы или цифры."),
}

# Messages of the models library that the GUI shows. Action phrases ("add officers", the
# database purposes) fill "%1" slots: verbal nouns in Kyrgyz, infinitives in Russian.
T.update({
    "The database could not prepare a statement: %1\n%2": ("Маалымат базасы сурамды даярдай алган жок: %1\n%2", "База данных не смогла подготовить запрос: %1\n%2"),
    "The database refused to %1: %2": ("Маалымат базасы %1 аракетинен баш тартты: %2", "База данных отказалась %1: %2"),
    "a quoted field is not closed before the end of the file": ("тырмакчадагы талаа файлдын аягына чейин жабылган жок", "поле в кавычках не закрыто до конца файла"),
    "text follows the closing quote of a field": ("талаанын жабуучу тырмакчасынан кийин текст турат", "после закрывающей кавычки поля идёт текст"),
    "a quote inside an unquoted field (quote the field and double the quote)": ("тырмакчасыз талаанын ичинде тырмакча бар (талааны тырмакчага алып, тырмакчаны кош жазыңыз)", "кавычка внутри поля без кавычек (заключите поле в кавычки и удвойте кавычку)"),
    "the text is not valid UTF-8; save the file as UTF-8": ("текст туура UTF-8 эмес; файлды UTF-8 катары сактаңыз", "текст не в кодировке UTF-8; сохраните файл в UTF-8"),
    "The database file %1 does not exist. Create it with \"dpo-console init --database sqlite:%1 --admin NAME\".": ("%1 маалымат базасынын файлы жок. Аны «dpo-console init --database sqlite:%1 --admin NAME» менен түзүңүз.", "Файла базы данных %1 не существует. Создайте его командой «dpo-console init --database sqlite:%1 --admin NAME»."),
    "Cannot create the database %1: the folder %2 does not exist.": ("%1 базасын түзүү мүмкүн эмес: %2 папкасы жок.", "Невозможно создать базу %1: папки %2 не существует."),
    "%1 is a folder, not a database file.": ("%1 — папка, маалымат базасынын файлы эмес.", "%1 — это папка, а не файл базы данных."),
    "Cannot open the SQLite database %1: %2": ("%1 SQLite базасын ачуу мүмкүн эмес: %2", "Невозможно открыть базу SQLite %1: %2"),
    "%1 is not a SQLite consent database (%2).": ("%1 — макулдуктардын SQLite базасы эмес (%2).", "%1 — не база согласий SQLite (%2)."),
    "Cannot prepare the SQLite database %1: %2": ("%1 SQLite базасын даярдоо мүмкүн эмес: %2", "Невозможно подготовить базу SQLite %1: %2"),
    "Cannot connect to PostgreSQL at %1: %2": ("%1 дарегиндеги PostgreSQL серверине туташуу мүмкүн эмес: %2", "Невозможно подключиться к PostgreSQL по адресу %1: %2"),
    "Cannot prepare the PostgreSQL session: %1": ("PostgreSQL сеансын даярдоо мүмкүн эмес: %1", "Невозможно подготовить сеанс PostgreSQL: %1"),
    "The database URL is empty: give sqlite:PATH or postgresql://user@host:port/dbname.": ("Базанын дареги бош: sqlite:ЖОЛ же postgresql://колдонуучу@сервер:порт/база жазыңыз.", "Адрес базы пуст: укажите sqlite:ПУТЬ или postgresql://пользователь@сервер:порт/база."),
    "The SQLite URL \"%1\" names no file: write sqlite:PATH.": ("«%1» SQLite дарегинде файл көрсөтүлгөн эмес: sqlite:ЖОЛ деп жазыңыз.", "В адресе SQLite «%1» не указан файл: напишите sqlite:ПУТЬ."),
    "Unknown database URL \"%1\": it must start with sqlite: or postgresql://.": ("Белгисиз база дареги «%1»: ал sqlite: же postgresql:// менен башталышы керек.", "Неизвестный адрес базы «%1»: он должен начинаться с sqlite: или postgresql://."),
    "The PostgreSQL URL \"%1\" is malformed: %2": ("«%1» PostgreSQL дареги туура эмес жазылган: %2", "Адрес PostgreSQL «%1» записан неверно: %2"),
    "The PostgreSQL URL must not contain a password: use PGPASSWORD, ~/.pgpass, or the console's prompt.": ("PostgreSQL дарегинде сыр сөз болбошу керек: PGPASSWORD, ~/.pgpass же консолдун суроосун колдонуңуз.", "Адрес PostgreSQL не должен содержать пароль: используйте PGPASSWORD, ~/.pgpass или запрос консоли."),
    "The PostgreSQL URL \"%1\" names no host.": ("«%1» PostgreSQL дарегинде сервер көрсөтүлгөн эмес.", "В адресе PostgreSQL «%1» не указан сервер."),
    "The port in \"%1\" is not between 1 and 65535.": ("«%1» ичиндеги порт 1 менен 65535 ортосунда эмес.", "Порт в «%1» не в диапазоне от 1 до 65535."),
    "The PostgreSQL URL \"%1\" names no database: write postgresql://user@host:port/dbname.": ("«%1» PostgreSQL дарегинде база көрсөтүлгөн эмес: postgresql://колдонуучу@сервер:порт/база деп жазыңыз.", "В адресе PostgreSQL «%1» не указана база: напишите postgresql://пользователь@сервер:порт/база."),
    "Unknown sslmode \"%1\": expected one of %2.": ("Белгисиз sslmode «%1»: төмөнкүлөрдүн бири болушу керек: %2.", "Неизвестный sslmode «%1»: ожидается одно из значений %2."),
    "Unknown option \"%1\" in the PostgreSQL URL: only sslmode is understood.": ("PostgreSQL дарегиндеги белгисиз параметр «%1»: sslmode гана колдоого алынат.", "Неизвестный параметр «%1» в адресе PostgreSQL: поддерживается только sslmode."),
    "generate demo data": ("демо маалыматтарды түзүү", "создавать демонстрационные данные"),
    "The number of demo subjects must be between 1 and 10000000, not %1.": ("Демо субъекттердин саны 1 менен 10000000 ортосунда болушу керек, %1 эмес.", "Число демонстрационных субъектов должно быть от 1 до 10000000, а не %1."),
    "The reference date of the demo data is not valid.": ("Демо маалыматтардын таяныч күнү туура эмес.", "Опорная дата демонстрационных данных неверна."),
    "%1 already holds subjects: demo data goes into an empty database only.": ("%1 базасында субъекттер бар: демо маалыматтар бош базага гана жазылат.", "В %1 уже есть субъекты: демонстрационные данные записываются только в пустую базу."),
    "The policy version 2024-06-01 is missing from the database.": ("Базада саясаттын 2024-06-01 редакциясы жок.", "В базе нет редакции политики 2024-06-01."),
    "%1 holds tables but is not a DPO Console consent database (it has no schema_migrations table).": ("%1 ичинде таблицалар бар, бирок ал DPO Console макулдуктар базасы эмес (schema_migrations таблицасы жок).", "%1 содержит таблицы, но не является базой согласий DPO Console (нет таблицы schema_migrations)."),
    "The migration scripts of schema version %1 are missing from this build.": ("Бул жыйнакта схеманын %1 версиясынын миграция скрипттери жок.", "В этой сборке нет скриптов миграции схемы версии %1."),
    "The database %1 has schema version %2, newer than this program knows (%3). Use a newer DPO Console; the database was not changed.": ("%1 базасынын схемасы %2 версиясында, бул программа билгенден (%3) жаңыраак. DPO Consoleдун жаңыраак версиясын колдонуңуз; база өзгөртүлгөн жок.", "Схема базы %1 имеет версию %2, новее известной этой программе (%3). Используйте более новую DPO Console; база не изменена."),
    "Cannot create the schema_migrations table: %1": ("schema_migrations таблицасын түзүү мүмкүн эмес: %1", "Невозможно создать таблицу schema_migrations: %1"),
    "Migration to schema version %1 failed; nothing was changed. %2\nStatement: %3": ("Схеманын %1 версиясына өтүү ишке ашкан жок; эч нерсе өзгөргөн жок. %2\nСурам: %3", "Переход на версию схемы %1 не удался; ничего не изменено. %2\nЗапрос: %3"),
    "The user name \"%1\" is not valid: use 2 to 64 lower-case Latin letters, digits, dots, hyphens or underscores.": ("«%1» колдонуучу аты туура эмес: 2ден 64кө чейин кичине латын тамгаларын, сандарды, чекитти, дефисти же астын сызууну колдонуңуз.", "Имя пользователя «%1» недопустимо: используйте от 2 до 64 строчных латинских букв, цифр, точек, дефисов или подчёркиваний."),
    "The password is too short: use at least %1 characters.": ("Сыр сөз өтө кыска: жок дегенде %1 белги колдонуңуз.", "Пароль слишком короткий: используйте не менее %1 символов."),
    "An officer named \"%1\" already exists.": ("«%1» аттуу кызматкер мурунтан эле бар.", "Сотрудник с именем «%1» уже существует."),
    "\"%1\" exists but is not an administrator.": ("«%1» бар, бирок ал администратор эмес.", "«%1» существует, но не является администратором."),
    "The database already has officers; \"%1\" is not one of them. An administrator adds further officers after signing in.": ("Базада кызматкерлер бар; «%1» алардын катарында жок. Башка кызматкерлерди администратор киргенден кийин кошот.", "В базе уже есть сотрудники; «%1» среди них нет. Других сотрудников добавляет администратор после входа."),
    "add officers": ("кызматкерлерди кошуу", "добавлять сотрудников"),
    "Sign-in failed: the user name or password is wrong, or the account is deactivated.": ("Кирүү ишке ашкан жок: колдонуучу аты же сыр сөз туура эмес, же эсеп өчүрүлгөн.", "Вход не выполнен: неверное имя пользователя или пароль, либо учётная запись отключена."),
    "… and %1 more problems; nothing was imported.": ("… жана дагы %1 ката; эч нерсе импорттолгон жок.", "… и ещё %1 ошибок; ничего не импортировано."),
    "%1 problem(s); nothing was imported.": ("Каталар: %1; эч нерсе импорттолгон жок.", "Ошибок: %1; ничего не импортировано."),
    "insert rows": ("катарларды кошуу", "вставить строки"),
    "lock tables for a bulk load": ("көп жазуу үчүн таблицаларды бөгөттөө", "заблокировать таблицы для массовой загрузки"),
    "allocate ids": ("идентификаторлорду бөлүү", "выделить идентификаторы"),
    "advance an id sequence": ("идентификаторлор ырааттуулугун жылдыруу", "сдвинуть последовательность идентификаторов"),
    "read the index definitions": ("индекстердин аныктамаларын окуу", "прочитать определения индексов"),
    "set indexes aside for a bulk load": ("көп жазуу үчүн индекстерди убактылуу алып коюу", "временно убрать индексы для массовой загрузки"),
    "rebuild indexes after a bulk load": ("көп жазуудан кийин индекстерди кайра куруу", "перестроить индексы после массовой загрузки"),
    "read the schema version": ("схеманын версиясын окуу", "прочитать версию схемы"),
    "record the schema version": ("схеманын версиясын жазуу", "записать версию схемы"),
    "write demo data": ("демо маалыматтарды жазуу", "записать демонстрационные данные"),
    "count subjects": ("субъекттерди саноо", "посчитать субъектов"),
    "read the policy versions": ("саясаттын редакцияларын окуу", "прочитать редакции политики"),
    "read the calendar": ("календарды окуу", "прочитать календарь"),
    "check for duplicates": ("кайталанууларды текшерүү", "проверить повторы"),
    "lock the audit trail": ("аудит журналын бөгөттөө", "заблокировать журнал аудита"),
    "read the audit trail": ("аудит журналын окуу", "прочитать журнал аудита"),
    "append to the audit trail": ("аудит журналына жазуу", "дописать журнал аудита"),
    "count for the dashboard": ("башкы бет үчүн саноо", "посчитать показатели сводки"),
    "look up an officer": ("кызматкерди издөө", "найти сотрудника"),
    "add an officer": ("кызматкерди кошуу", "добавить сотрудника"),
    "list the officers": ("кызматкерлердин тизмесин алуу", "получить список сотрудников"),
    "count the officers": ("кызматкерлерди саноо", "посчитать сотрудников"),
    "search subjects": ("субъекттерди издөө", "искать субъектов"),
    "import subjects": ("субъекттерди импорттоо", "импортировать субъектов"),
    "%1: cannot read the file: %2": ("%1: файлды окуу мүмкүн эмес: %2", "%1: невозможно прочитать файл: %2"),
    "the file is empty; expected a header row: %1": ("файл бош; баш сап күтүлгөн: %1", "файл пуст; ожидается строка заголовка: %1"),
    "the column appears twice in the header": ("мамыча баш сапта эки жолу кездешет", "столбец указан в заголовке дважды"),
    "unknown column; expected exactly: %1": ("белгисиз мамыча; так ушулар күтүлгөн: %1", "неизвестный столбец; ожидаются ровно: %1"),
    "the column is missing from the header": ("мамыча баш сапта жок", "столбца нет в заголовке"),
    "%1 fields where the header has %2": ("баш сапта %2 болсо, бул жерде %1 талаа", "%1 полей, а в заголовке %2"),
    "is empty": ("бош", "пусто"),
    "is longer than 64 characters": ("64 белгиден узун", "длиннее 64 символов"),
    "\"%1\" repeats line %2": ("«%1» %2-сапты кайталайт", "«%1» повторяет строку %2"),
    "\"%1\" is already in the database": ("«%1» базада мурунтан эле бар", "«%1» уже есть в базе"),
    "\"%1\" is not 14 digits": ("«%1» 14 сандан турбайт", "«%1» — не 14 цифр"),
    "%1 repeats line %2": ("%1 %2-сапты кайталайт", "%1 повторяет строку %2"),
    "%1 is already in the database": ("%1 базада мурунтан эле бар", "%1 уже есть в базе"),
    "warning: the birth date usually embedded in digits 2-9 does not parse": ("эскертүү: адатта 2-9-сандарда жазылган туулган күн окулбайт", "предупреждение: дата рождения, обычно записанная в цифрах 2-9, не распознаётся"),
    "\"%1\" is not a date in the form YYYY-MM-DD": ("«%1» ЖЖЖЖ-АА-КК түрүндөгү күн эмес", "«%1» — не дата вида ГГГГ-ММ-ДД"),
    "%1 is in the future": ("%1 келечекте", "%1 — в будущем"),
    "warning: the subject is under 18 (policy 9.1): queue the data for deletion": ("эскертүү: субъект 18 жашка толо элек (саясаттын 9.1-пункту): маалыматтарды жок кылууга коюңуз", "предупреждение: субъекту нет 18 лет (п. 9.1 политики): поставьте данные в очередь на удаление"),
    "\"%1\" is not F or M": ("«%1» F же M эмес", "«%1» — не F и не M"),
    "\"%1\" is not a Kyrgyz number such as +996 555 123 456": ("«%1» +996 555 123 456 сыяктуу Кыргызстандын номери эмес", "«%1» — не киргизский номер вида +996 555 123 456"),
    "\"%1\" is not an e-mail address": ("«%1» электрондук почтанын дареги эмес", "«%1» — не адрес электронной почты"),
    "\"%1\" is not ky or ru": ("«%1» ky же ru эмес", "«%1» — не ky и не ru"),
    "\"%1\" is not a known policy version (known: %2)": ("«%1» — белгисиз саясат редакциясы (белгилүүлөрү: %2)", "«%1» — неизвестная редакция политики (известны: %2)"),
    "\"%1\" is not a date (YYYY-MM-DD) or an ISO-8601 time": ("«%1» күн (ЖЖЖЖ-АА-КК) же ISO-8601 убакыт эмес", "«%1» — не дата (ГГГГ-ММ-ДД) и не время ISO-8601"),
    "%1 is before policy version %2 took effect": ("%1 саясаттын %2 редакциясы күчүнө киргенге чейин", "%1 — раньше вступления в силу редакции политики %2"),
    "the file has a header but no rows": ("файлда баш сап бар, бирок катарлар жок", "в файле есть заголовок, но нет строк"),
    "Cannot start a transaction: %1": ("Транзакцияны баштоо мүмкүн эмес: %1", "Невозможно начать транзакцию: %1"),
    "Cannot commit the transaction: %1": ("Транзакцияны бекитүү мүмкүн эмес: %1", "Невозможно зафиксировать транзакцию: %1"),
})

PLURAL = {
    "%Ln subject(s)": (["%Ln субъект", "%Ln субъект"], ["%Ln субъект", "%Ln субъекта", "%Ln субъектов"]),
    "%n subject(s) found (at most 500 shown).": (
        # Qt counts two forms for Kyrgyz (one, other); the sentence is the same for both.
        ["%n субъект табылды (эң көп 500 көрсөтүлөт).", "%n субъект табылды (эң көп 500 көрсөтүлөт)."],
        ["Найден %n субъект (показано не более 500).", "Найдено %n субъекта (показано не более 500).",
         "Найдено %n субъектов (показано не более 500)."]),
}

missing = set()
for index, lang in ((0, "ky"), (1, "ru")):
    path = f"translations/dpo-console_{lang}.ts"
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", "ky_KG" if lang == "ky" else "ru_RU")
    for message in root.iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = PLURAL.get(source)
            if forms is None:
                missing.add(source)
                continue
            for child in list(translation):
                translation.remove(child)
            for form in forms[index]:
                ET.SubElement(translation, "numerusform").text = form
            translation.attrib.pop("type", None)
            continue
        if source not in T:
            missing.add(source)
            continue
        translation.text = T[source][index]
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
if missing:
    print("No translation for:\n  " + "\n  ".join(sorted(missing)), file=sys.stderr)
    sys.exit(1)
