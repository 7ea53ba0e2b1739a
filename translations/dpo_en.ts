<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>dpo::AuditPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/AuditPage.cpp" line="156"/>
        <source>%Ln entries, newest first.</source>
        <extracomment>%Ln: the number of audit entries.</extracomment>
        <translation>
            <numerusform>%Ln entry, newest first.</numerusform>
            <numerusform>%Ln entries, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::CaseRegisterPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/CaseRegisterPage.cpp" line="166"/>
        <source>%Ln entries.</source>
        <extracomment>%Ln: the number of entries in the register.</extracomment>
        <translation>
            <numerusform>%Ln entry.</numerusform>
            <numerusform>%Ln entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/CaseRegisterPage.cpp" line="127"/>
        <source>%Ln overdue.</source>
        <extracomment>%Ln: the number of cases overdue.</extracomment>
        <translation>
            <numerusform>%Ln overdue.</numerusform>
            <numerusform>%Ln overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::ClaimDialog</name>
    <message numerus="yes">
        <location filename="../ui/pages/ClaimDialog.cpp" line="132"/>
        <source>%1 (%Ln calendar day(s) from receipt, by the working-day calendar: the organisation&apos;s own target, not a period set by law)</source>
        <extracomment>The due date of a case. %1: the due date; %Ln: the number of calendar days from receipt.</extracomment>
        <translation>
            <numerusform>%1 (%Ln calendar day from receipt, by the working-day calendar: the organisation&apos;s own target, not a period set by law)</numerusform>
            <numerusform>%1 (%Ln calendar days from receipt, by the working-day calendar: the organisation&apos;s own target, not a period set by law)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/ClaimDialog.cpp" line="138"/>
        <source>%1 (%Ln calendar day(s) from receipt, by the working-day calendar)</source>
        <extracomment>The due date of a case. %1: the due date; %Ln: the number of calendar days from receipt.</extracomment>
        <translation>
            <numerusform>%1 (%Ln calendar day from receipt, by the working-day calendar)</numerusform>
            <numerusform>%1 (%Ln calendar days from receipt, by the working-day calendar)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::ClaimService</name>
    <message numerus="yes">
        <location filename="../models/services/ClaimService.cpp" line="420"/>
        <source>Claim %1 corrected data that %n recipient(s) received: record that each was told before closing it.</source>
        <extracomment>%1: the claim&apos;s number; %n: the number of recipients.</extracomment>
        <translation>
            <numerusform>Claim %1 corrected data that %n recipient received: record that each was told before closing it.</numerusform>
            <numerusform>Claim %1 corrected data that %n recipients received: record that each was told before closing it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::ConnectionMonitor</name>
    <message numerus="yes">
        <location filename="../models/db/ConnectionMonitor.cpp" line="78"/>
        <source>The database has not answered for %n second(s).</source>
        <extracomment>%n: a number of seconds.</extracomment>
        <translation>
            <numerusform>The database has not answered for %n second.</numerusform>
            <numerusform>The database has not answered for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::DashboardPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/DashboardPage.cpp" line="204"/>
        <source>… and %n more.</source>
        <extracomment>Ends a list of cases. %n: the number not listed.</extracomment>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::DeadlineCalendar</name>
    <message numerus="yes">
        <location filename="../models/domain/DeadlineCalendar.cpp" line="69"/>
        <source>%n day(s) left</source>
        <extracomment>%n: a number of days until a deadline; shown in a table cell beside the due date.</extracomment>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/domain/DeadlineCalendar.cpp" line="72"/>
        <source>overdue by %n day(s)</source>
        <extracomment>%n: a number of days after a missed deadline; shown in a table cell beside the due date.</extracomment>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::DisclosuresPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/DisclosuresPage.cpp" line="119"/>
        <source>Each disclosure names its legal ground (policy 4.6.1-4.6.3, the subject&apos;s consent, or an international treaty under 1.1.6), its purpose and the recipient&apos;s country, and every subject outside platform cooperation is notified (policy 4.6.4). The policy sets no period for the notice; the organisation&apos;s own target is %n working day(s) (a setting), and a subject not notified by then is flagged.</source>
        <extracomment>%n: the organisation&apos;s own target, a number of working days.</extracomment>
        <translation>
            <numerusform>Each disclosure names its legal ground (policy 4.6.1-4.6.3, the subject&apos;s consent, or an international treaty under 1.1.6), its purpose and the recipient&apos;s country, and every subject outside platform cooperation is notified (policy 4.6.4). The policy sets no period for the notice; the organisation&apos;s own target is %n working day (a setting), and a subject not notified by then is flagged.</numerusform>
            <numerusform>Each disclosure names its legal ground (policy 4.6.1-4.6.3, the subject&apos;s consent, or an international treaty under 1.1.6), its purpose and the recipient&apos;s country, and every subject outside platform cooperation is notified (policy 4.6.4). The policy sets no period for the notice; the organisation&apos;s own target is %n working days (a setting), and a subject not notified by then is flagged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/DisclosuresPage.cpp" line="134"/>
        <source>%Ln not notified within the organisation&apos;s own target.</source>
        <extracomment>%Ln: the number of disclosures.</extracomment>
        <translation>
            <numerusform>%Ln not notified within the organisation&apos;s own target.</numerusform>
            <numerusform>%Ln not notified within the organisation&apos;s own target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/DisclosuresPage.cpp" line="209"/>
        <source>%Ln notice(s) queued</source>
        <extracomment>%Ln: the number of notices queued.</extracomment>
        <translation>
            <numerusform>%Ln notice queued</numerusform>
            <numerusform>%Ln notices queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::FeedService</name>
    <message numerus="yes">
        <location filename="../models/feed/FeedService.cpp" line="32"/>
        <source>… and %n more problem(s); nothing was applied.</source>
        <extracomment>The last line of a feed file&apos;s problems. %n: the number of problems not listed.</extracomment>
        <translation>
            <numerusform>… and %n more problem; nothing was applied.</numerusform>
            <numerusform>… and %n more problems; nothing was applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/feed/FeedService.cpp" line="36"/>
        <source>%n problem(s); nothing was applied.</source>
        <extracomment>The last line of a feed file&apos;s problems. %n: the number of problems.</extracomment>
        <translation>
            <numerusform>%n problem; nothing was applied.</numerusform>
            <numerusform>%n problems; nothing was applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::SubjectImportService</name>
    <message numerus="yes">
        <location filename="../models/import/SubjectImportService.cpp" line="58"/>
        <source>… and %n more problem(s); nothing was imported.</source>
        <extracomment>The last line of an import&apos;s problems. %n: the number of problems not listed.</extracomment>
        <translation>
            <numerusform>… and %n more problem; nothing was imported.</numerusform>
            <numerusform>… and %n more problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/import/SubjectImportService.cpp" line="63"/>
        <source>%n problem(s); nothing was imported.</source>
        <extracomment>The last line of an import&apos;s problems. %n: the number of problems.</extracomment>
        <translation>
            <numerusform>%n problem; nothing was imported.</numerusform>
            <numerusform>%n problems; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::SubjectsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/SubjectsPage.cpp" line="181"/>
        <source>%Ln subject(s)</source>
        <extracomment>%Ln: the number of subjects.</extracomment>
        <translation>
            <numerusform>%Ln subject</numerusform>
            <numerusform>%Ln subjects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/SubjectsPage.cpp" line="191"/>
        <source>%Ln subject(s) match; the first %L1 are shown. Refine the search.</source>
        <extracomment>%Ln: the number of subjects that match; %1: the number shown.</extracomment>
        <translation>
            <numerusform>%Ln subject match; the first %L1 are shown. Refine the search.</numerusform>
            <numerusform>%Ln subjects match; the first %L1 are shown. Refine the search.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::SystemsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/SystemsPage.cpp" line="178"/>
        <source>%n day(s)</source>
        <comment>a backup&apos;s rotation</comment>
        <extracomment>A backup&apos;s rotation in a table cell. %n: a number of days.</extracomment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::TaskService</name>
    <message numerus="yes">
        <location filename="../models/services/TaskService.cpp" line="265"/>
        <source>and %n more</source>
        <extracomment>Ends a list of tasks. %n: the number of tasks not listed.</extracomment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::WithdrawalService</name>
    <message numerus="yes">
        <location filename="../models/services/WithdrawalClosing.cpp" line="190"/>
        <source>Request %1 waits for %n task(s) not yet confirmed done (%2); a supervisor may allow closing it with the reason.</source>
        <extracomment>%1: the request&apos;s number; %n: the number of tasks; %2: the first tasks, listed.</extracomment>
        <translation>
            <numerusform>Request %1 waits for %n task not yet confirmed done (%2); a supervisor may allow closing it with the reason.</numerusform>
            <numerusform>Request %1 waits for %n tasks not yet confirmed done (%2); a supervisor may allow closing it with the reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::WithdrawalsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="118"/>
        <source>%Ln recipient(s) told</source>
        <extracomment>%Ln: the number of recipients.</extracomment>
        <translation>
            <numerusform>%Ln recipient told</numerusform>
            <numerusform>%Ln recipients told</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::cli</name>
    <message numerus="yes">
        <location filename="../app/cli/Commands.cpp" line="285"/>
        <source>%n subject(s) found.</source>
        <extracomment>%n: the number of subjects found.</extracomment>
        <translation>
            <numerusform>%n subject found.</numerusform>
            <numerusform>%n subjects found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TaskCommands.cpp" line="219"/>
        <source>%n backup task(s) done by their rotation.</source>
        <extracomment>%n: the number of backup tasks.</extracomment>
        <translation>
            <numerusform>%n backup task done by its rotation.</numerusform>
            <numerusform>%n backup tasks done by their rotation.</numerusform>
        </translation>
    </message>
</context>
</TS>
