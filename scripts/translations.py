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
    "Subjects not notified of a disclosure": ("Ачыкка чыгаруу тууралуу билдирүү алелек субъекттер", "Субъекты, не уведомлённые о раскрытии"),
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
PLURAL = {
    "%n subject(s) found (at most 500 shown).": (
        ["%n субъект табылды (эң көп 500 көрсөтүлөт)."],
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
