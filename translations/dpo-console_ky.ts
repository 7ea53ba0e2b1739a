<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ky_KG">
<context>
    <name>dpo::ConnectionDialog</name>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="21" />
        <source>Connect to a consent database</source>
        <translation>Макулдуктар базасына туташуу</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="24" />
        <source>sqlite:/path/consent.sqlite or postgresql://user@host:5432/dbname</source>
        <translation>sqlite:/жол/consent.sqlite же postgresql://колдонуучу@сервер:5432/база</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="26" />
        <source>A name for this connection</source>
        <comment>profile name placeholder</comment>
        <translation>Бул туташуунун аталышы</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="32" />
        <source>The PostgreSQL password is asked for when the server wants it, or read from PGPASSWORD or ~/.pgpass. It is never saved.</source>
        <translation>PostgreSQL сыр сөзү сервер талап кылганда суралат же PGPASSWORD, ~/.pgpass ичинен алынат. Ал эч качан сакталбайт.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="38" />
        <source>Saved connection:</source>
        <translation>Сакталган туташуу:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="39" />
        <source>Database URL:</source>
        <translation>Базанын дареги (URL):</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="40" />
        <source>Save as profile</source>
        <translation>Профиль катары сактоо</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="44" />
        <source>Profile name:</source>
        <translation>Профилдин аты:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="47" />
        <source>Connect</source>
        <comment>button</comment>
        <translation>Туташуу</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="100" />
        <source>Give the profile a name before saving it.</source>
        <translation>Сактоодон мурун профилге ат бериңиз.</translation>
    </message>
</context>
<context>
    <name>dpo::ConnectionProfiles</name>
    <message>
        <location filename="../ui/ConnectionProfiles.cpp" line="20" />
        <source>Embedded database (this computer)</source>
        <translation>Ички база (ушул компьютер)</translation>
    </message>
</context>
<context>
    <name>dpo::DashboardPage</name>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="18" />
        <source>Today</source>
        <translation>Бүгүн</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="20" />
        <source>Overdue withdrawal requests</source>
        <translation>Мөөнөтү өткөн кайтарып алуу арыздары</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="20" />
        <source>Past the target date</source>
        <translation>Белгиленген мөөнөт өттү</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="21" />
        <source>Overdue claims and access requests</source>
        <translation>Мөөнөтү өткөн доолор жана маалымат суроолору</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="21" />
        <source>Past the legal due date</source>
        <translation>Мыйзамдуу мөөнөт өттү</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="22" />
        <source>Due within 7 days</source>
        <translation>7 күндүн ичинде мөөнөтү бүтөт</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="22" />
        <source>Requests and claims</source>
        <translation>Арыздар жана доолор</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="23" />
        <source>Open withdrawal requests</source>
        <translation>Ачык кайтарып алуу арыздары</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="23" />
        <source>Not yet executed</source>
        <translation>Азырынча аткарыла элек</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="24" />
        <source>Open claims and access requests</source>
        <translation>Ачык доолор жана маалымат суроолору</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="24" />
        <source>Awaiting a written answer</source>
        <translation>Жазуу жүзүндөгү жоопту күтүүдө</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="25" />
        <source>Subjects not notified of a disclosure</source>
        <translation>Ачыкка чыгаруу тууралуу билдирүү алелек субъекттер</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="25" />
        <source>Policy 4.6.4</source>
        <translation>Саясаттын 4.6.4-пункту</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="26" />
        <source>Subjects under 18</source>
        <translation>18 жашка толо элек субъекттер</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="26" />
        <source>Policy 9.1: to delete</source>
        <translation>Саясаттын 9.1-пункту: жок кылуу керек</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="27" />
        <source>Data subjects</source>
        <translation>Жеке маалымат субъекттери</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="27" />
        <source>In this database</source>
        <translation>Бул базада</translation>
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
        <translation>Башкы бет</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="28" />
        <source>Subjects</source>
        <comment>section</comment>
        <translation>Субъекттер</translation>
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
        <translation>&amp;Жаңылоо</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="64" />
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="67" />
        <source>&amp;Edit</source>
        <translation>&amp;Түзөтүү</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68" />
        <source>&amp;Find subject…</source>
        <translation>Субъектти &amp;издөө…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74" />
        <source>&amp;Go</source>
        <translation>&amp;Өтүү</translation>
    </message>
</context>
<context>
    <name>dpo::Session</name>
    <message>
        <location filename="../models/core/Session.cpp" line="25" />
        <source>Unknown role "%1": expected administrator, supervisor, officer or auditor.</source>
        <translation>Белгисиз роль «%1»: administrator, supervisor, officer же auditor болушу керек.</translation>
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
        <translation>Көзөмөлчү</translation>
    </message>
    <message>
        <location filename="../models/core/Session.cpp" line="39" />
        <source>Officer</source>
        <comment>officer role</comment>
        <translation>Кызматкер</translation>
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
        <translation>%1 үчүн кириңиз.</translation>
    </message>
    <message>
        <location filename="../models/core/Session.cpp" line="56" />
        <source>%1 (%2) may not %3: this needs the role %4.</source>
        <translation>%1 (%2) %3 укугу жок: бул үчүн %4 ролу керек.</translation>
    </message>
</context>
<context>
    <name>dpo::SignInDialog</name>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="21" />
        <source>Sign in</source>
        <translation>Кирүү</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="31" />
        <source>Database: %1</source>
        <translation>База: %1</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="34" />
        <source>User name:</source>
        <translation>Колдонуучунун аты:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="35" />
        <source>Password:</source>
        <translation>Сыр сөз:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="37" />
        <source>Sign in</source>
        <comment>button</comment>
        <translation>Кирүү</translation>
    </message>
</context>
<context>
    <name>dpo::StartupFlow</name>
    <message>
        <location filename="../ui/StartupFlow.cpp" line="36" />
        <source>PostgreSQL password</source>
        <translation>PostgreSQL сыр сөзү</translation>
    </message>
    <message>
        <location filename="../ui/StartupFlow.cpp" line="37" />
        <source>Password of %1 on %2:</source>
        <translation>%2 серверинде %1 сыр сөзү:</translation>
    </message>
    <message>
        <location filename="../ui/StartupFlow.cpp" line="48" />
        <source>%1 is empty. Create the consent database with "dpo-console init" first.</source>
        <translation>%1 бош. Адегенде макулдуктар базасын «dpo-console init» менен түзүңүз.</translation>
    </message>
    <message>
        <location filename="../ui/StartupFlow.cpp" line="50" />
        <source>Upgrade the database</source>
        <translation>Базаны жаңыртуу</translation>
    </message>
    <message>
        <location filename="../ui/StartupFlow.cpp" line="51" />
        <source>The database has schema version %1; this program uses %2. Upgrade it now? Other officers need this version too.</source>
        <translation>Базанын схемасынын версиясы %1, бул программа %2 версиясын колдонот. Азыр жаңыртасызбы? Башка кызматкерлерге да ушул версия керек болот.</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectSearchModel</name>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="30" />
        <source>Active</source>
        <comment>subject status</comment>
        <translation>Активдүү</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="32" />
        <source>Blocked</source>
        <comment>subject status</comment>
        <translation>Жабылган</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="34" />
        <source>Depersonalised</source>
        <comment>subject status</comment>
        <translation>Ээсиздендирилген</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="36" />
        <source>Destroyed</source>
        <comment>subject status</comment>
        <translation>Жок кылынган</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="65" />
        <source>Platform ref.</source>
        <translation>Платформадагы №</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="66" />
        <source>INN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="67" />
        <source>Surname</source>
        <translation>Фамилиясы</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="68" />
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="69" />
        <source>Patronymic</source>
        <translation>Атасынын аты</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="70" />
        <source>Birth date</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="71" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectSearchModel.cpp" line="72" />
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectsPage</name>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="24" />
        <source>Name, INN, phone or platform reference</source>
        <translation>Аты-жөнү, ПИН, телефон же платформадагы №</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="40" />
        <location filename="../ui/pages/SubjectsPage.cpp" line="53" />
        <source>Type at least two letters or digits to search.</source>
        <translation>Издөө үчүн жок дегенде эки тамга же сан териңиз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/SubjectsPage.cpp" line="59" />
        <source>%n subject(s) found (at most 500 shown).</source>
        <translation>
            <numerusform>%n субъект табылды (эң көп 500 көрсөтүлөт).</numerusform></translation>
    </message>
</context>
</TS>