<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>dpo::ConnectionDialog</name>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="21" />
        <source>Connect to a consent database</source>
        <translation>Подключение к базе согласий</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="24" />
        <source>sqlite:/path/consent.sqlite or postgresql://user@host:5432/dbname</source>
        <translation>sqlite:/путь/consent.sqlite или postgresql://пользователь@сервер:5432/база</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="26" />
        <source>A name for this connection</source>
        <comment>profile name placeholder</comment>
        <translation>Название подключения</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="32" />
        <source>The PostgreSQL password is asked for when the server wants it, or read from PGPASSWORD or ~/.pgpass. It is never saved.</source>
        <translation>Пароль PostgreSQL запрашивается, когда его требует сервер, или берётся из PGPASSWORD или ~/.pgpass. Он никогда не сохраняется.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="38" />
        <source>Saved connection:</source>
        <translation>Сохранённое подключение:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="39" />
        <source>Database URL:</source>
        <translation>Адрес базы (URL):</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="40" />
        <source>Save as profile</source>
        <translation>Сохранить как профиль</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="44" />
        <source>Profile name:</source>
        <translation>Имя профиля:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="47" />
        <source>Connect</source>
        <comment>button</comment>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="100" />
        <source>Give the profile a name before saving it.</source>
        <translation>Дайте профилю имя перед сохранением.</translation>
    </message>
</context>
<context>
    <name>dpo::ConnectionProfiles</name>
    <message>
        <location filename="../ui/ConnectionProfiles.cpp" line="20" />
        <source>Embedded database (this computer)</source>
        <translation>Встроенная база (этот компьютер)</translation>
    </message>
</context>
<context>
    <name>dpo::DashboardPage</name>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="18" />
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="20" />
        <source>Overdue withdrawal requests</source>
        <translation>Просроченные заявления об отзыве</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="20" />
        <source>Past the target date</source>
        <translation>Срок истёк</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="21" />
        <source>Overdue claims and access requests</source>
        <translation>Просроченные претензии и запросы</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="21" />
        <source>Past the legal due date</source>
        <translation>Законный срок истёк</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="22" />
        <source>Due within 7 days</source>
        <translation>Срок в ближайшие 7 дней</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="22" />
        <source>Requests and claims</source>
        <translation>Заявления и претензии</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="23" />
        <source>Open withdrawal requests</source>
        <translation>Открытые заявления об отзыве</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="23" />
        <source>Not yet executed</source>
        <translation>Ещё не исполнены</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="24" />
        <source>Open claims and access requests</source>
        <translation>Открытые претензии и запросы</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="24" />
        <source>Awaiting a written answer</source>
        <translation>Ожидают письменного ответа</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="25" />
        <source>Subjects not notified of a disclosure</source>
        <translation>Субъекты, не уведомлённые о раскрытии</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="25" />
        <source>Policy 4.6.4</source>
        <translation>Политика, п. 4.6.4</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="26" />
        <source>Subjects under 18</source>
        <translation>Субъекты младше 18 лет</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="26" />
        <source>Policy 9.1: to delete</source>
        <translation>Политика, п. 9.1: удалить</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="27" />
        <source>Data subjects</source>
        <translation>Субъекты персональных данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="27" />
        <source>In this database</source>
        <translation>В этой базе</translation>
    </message>
</context>
<context>
    <name>dpo::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="24" />
        <source>DPO Console</source>
        <translation>DPO Console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="27" />
        <source>Dashboard</source>
        <comment>section</comment>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="28" />
        <source>Subjects</source>
        <comment>section</comment>
        <translation>Субъекты</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="43" />
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44" />
        <source>PostgreSQL: %1:%2/%3</source>
        <translation>PostgreSQL: %1:%2/%3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="47" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="61" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="64" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="67" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68" />
        <source>&amp;Find subject…</source>
        <translation>&amp;Найти субъекта…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74" />
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
</context>
<context>
    <name>dpo::Session</name>
    <message>
        <location filename="../models/core/Session.cpp" line="25" />
        <source>Unknown role "%1": expected administrator, supervisor, officer or auditor.</source>
        <translation>Неизвестная роль «%1»: ожидается administrator, supervisor, officer или auditor.</translation>
    </message>
    <message>
        <location filename="../models/core/Session.cpp" line="35" />
        <source>Administrator</source>
        <comment>officer role</comment>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../models/core/Session.cpp" line="37" />
        <source>Supervisor</source>
        <comment>officer role</comment>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../models/core/Session.cpp" line="39" />
        <source>Officer</source>
        <comment>officer role</comment>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../models/core/Session.cpp" line="41" />
        <source>Auditor</source>
        <comment>officer role</comment>
        <translation>Аудитор</translation>
    </message>
    <message>
        <location filename="../models/core/Session.cpp" line="50" />
        <source>Sign in to %1.</source>
        <translation>Войдите, чтобы %1.</translation>
    </message>
    <message>
        <location filename="../models/core/Session.cpp" line="56" />
        <source>%1 (%2) may not %3: this needs the role %4.</source>
        <translation>%1 (%2) не может %3: для этого нужна роль %4.</translation>
    </message>
</context>
<context>
    <name>dpo::SignInDialog</name>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="21" />
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="31" />
        <source>Database: %1</source>
        <translation>База: %1</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="34" />
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="35" />
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="37" />
        <source>Sign in</source>
        <comment>button</comment>
        <translation>Вход</translation>
    </message>
</context>
<context>
    <name>dpo::StartupFlow</name>
    <message>
        <location filename="../ui/StartupFlow.cpp" line="36" />
        <source>PostgreSQL password</source>
        <translation>Пароль PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/StartupFlow.cpp" line="37" />
        <source>Password of %1 on %2:</source>
        <translation>Пароль %1 на %2:</translation>
    </message>
    <message>
        <location filename="../ui/StartupFlow.cpp" line="48" />
        <source>%1 is empty. Create the consent database with "dpo-console init" first.</source>
        <translation>%1 пуста. Сначала создайте базу согласий командой «dpo-console init».</translation>
    </message>
    <message>
        <location filename="../ui/StartupFlow.cpp" line="50" />
        <source>Upgrade the database</source>
        <translation>Обновление базы</translation>
    </message>
    <message>
        <location filename="../ui/StartupFlow.cpp" line="51" />
        <source>The database has schema version %1; this program uses %2. Upgrade it now? Other officers need this version too.</source>
        <translation>Версия схемы базы %1, программа использует %2. Обновить сейчас? Остальным сотрудникам тоже понадобится эта версия.</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectSearchModel</name>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="30" />
        <source>Active</source>
        <comment>subject status</comment>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="32" />
        <source>Blocked</source>
        <comment>subject status</comment>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="34" />
        <source>Depersonalised</source>
        <comment>subject status</comment>
        <translation>Обезличен</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="36" />
        <source>Destroyed</source>
        <comment>subject status</comment>
        <translation>Уничтожен</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="65" />
        <source>Platform ref.</source>
        <translation>№ на платформе</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="66" />
        <source>INN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="67" />
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="68" />
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="69" />
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="70" />
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="71" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="72" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectsPage</name>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="24" />
        <source>Name, INN, phone or platform reference</source>
        <translation>ФИО, ПИН, телефон или № на платформе</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="40" />
        <location filename="../ui/pages/SubjectsPage.cpp" line="53" />
        <source>Type at least two letters or digits to search.</source>
        <translation>Для поиска введите хотя бы две буквы или цифры.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/SubjectsPage.cpp" line="59" />
        <source>%n subject(s) found (at most 500 shown).</source>
        <translation>
            <numerusform>Найден %n субъект (показано не более 500).</numerusform><numerusform>Найдено %n субъекта (показано не более 500).</numerusform><numerusform>Найдено %n субъектов (показано не более 500).</numerusform></translation>
    </message>
</context>
</TS>