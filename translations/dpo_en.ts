<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>dpo::AuditPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/AuditPage.cpp" line="155" />
        <source>%Ln entries, newest first.</source>
        <translation>
            <numerusform>%Ln entry, newest first.</numerusform><numerusform>%Ln entries, newest first.</numerusform></translation>
    </message>
</context>
<context>
    <name>dpo::CaseRegisterPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/CaseRegisterPage.cpp" line="164" />
        <source>%Ln entries.</source>
        <translation>
            <numerusform>%Ln entry.</numerusform><numerusform>%Ln entries.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/CaseRegisterPage.cpp" line="126" />
        <source>%Ln overdue.</source>
        <translation>
            <numerusform>%Ln overdue.</numerusform><numerusform>%Ln overdue.</numerusform></translation>
    </message>
</context>
<context>
    <name>dpo::ClaimDialog</name>
    <message numerus="yes">
        <location filename="../ui/pages/ClaimDialog.cpp" line="129" />
        <source>%1 (%Ln calendar day(s) from receipt, by the working-day calendar: the organisation's own target, not a period set by law)</source>
        <translation>
            <numerusform>%1 (%Ln calendar day from receipt, by the working-day calendar: the organisation's own target, not a period set by law)</numerusform><numerusform>%1 (%Ln calendar days from receipt, by the working-day calendar: the organisation's own target, not a period set by law)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/ClaimDialog.cpp" line="132" />
        <source>%1 (%Ln calendar day(s) from receipt, by the working-day calendar)</source>
        <translation>
            <numerusform>%1 (%Ln calendar day from receipt, by the working-day calendar)</numerusform><numerusform>%1 (%Ln calendar days from receipt, by the working-day calendar)</numerusform></translation>
    </message>
</context>
<context>
    <name>dpo::ClaimService</name>
    <message numerus="yes">
        <location filename="../models/services/ClaimService.cpp" line="407" />
        <source>Claim %1 corrected data that %n recipient(s) received: record that each was told before closing it.</source>
        <translation>
            <numerusform>Claim %1 corrected data that %n recipient received: record that each was told before closing it.</numerusform><numerusform>Claim %1 corrected data that %n recipients received: record that each was told before closing it.</numerusform></translation>
    </message>
</context>
<context>
    <name>dpo::ConnectionMonitor</name>
    <message numerus="yes">
        <location filename="../models/db/ConnectionMonitor.cpp" line="77" />
        <source>The database has not answered for %n second(s).</source>
        <translation>
            <numerusform>The database has not answered for %n second.</numerusform><numerusform>The database has not answered for %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>dpo::DashboardPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/DashboardPage.cpp" line="202" />
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform><numerusform>… and %n more.</numerusform></translation>
    </message>
</context>
<context>
    <name>dpo::DeadlineCalendar</name>
    <message numerus="yes">
        <location filename="../models/domain/DeadlineCalendar.cpp" line="67" />
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform><numerusform>%n days left</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/domain/DeadlineCalendar.cpp" line="69" />
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform><numerusform>overdue by %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>dpo::DisclosuresPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/DisclosuresPage.cpp" line="118" />
        <source>Each disclosure names its legal ground (policy 4.6.1-4.6.3, the subject's consent, or an international treaty under 1.1.6), its purpose and the recipient's country, and every subject outside platform cooperation is notified (policy 4.6.4). The policy sets no period for the notice; the organisation's own target is %n working day(s) (a setting), and a subject not notified by then is flagged.</source>
        <translation>
            <numerusform>Each disclosure names its legal ground (policy 4.6.1-4.6.3, the subject's consent, or an international treaty under 1.1.6), its purpose and the recipient's country, and every subject outside platform cooperation is notified (policy 4.6.4). The policy sets no period for the notice; the organisation's own target is %n working day (a setting), and a subject not notified by then is flagged.</numerusform><numerusform>Each disclosure names its legal ground (policy 4.6.1-4.6.3, the subject's consent, or an international treaty under 1.1.6), its purpose and the recipient's country, and every subject outside platform cooperation is notified (policy 4.6.4). The policy sets no period for the notice; the organisation's own target is %n working days (a setting), and a subject not notified by then is flagged.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/DisclosuresPage.cpp" line="132" />
        <source>%Ln not notified within the organisation's own target.</source>
        <translation>
            <numerusform>%Ln not notified within the organisation's own target.</numerusform><numerusform>%Ln not notified within the organisation's own target.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/DisclosuresPage.cpp" line="203" />
        <source>%Ln notice(s) queued</source>
        <translation>
            <numerusform>%Ln notice queued</numerusform><numerusform>%Ln notices queued</numerusform></translation>
    </message>
</context>
<context>
    <name>dpo::SubjectsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/SubjectsPage.cpp" line="179" />
        <source>%Ln subject(s)</source>
        <translation>
            <numerusform>%Ln subject</numerusform><numerusform>%Ln subjects</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/SubjectsPage.cpp" line="187" />
        <source>%Ln subject(s) match; the first %L1 are shown. Refine the search.</source>
        <translation>
            <numerusform>%Ln subject match; the first %L1 are shown. Refine the search.</numerusform><numerusform>%Ln subjects match; the first %L1 are shown. Refine the search.</numerusform></translation>
    </message>
</context>
<context>
    <name>dpo::SystemsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/SystemsPage.cpp" line="178" />
        <source>%n day(s)</source>
        <comment>a backup's rotation</comment>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>dpo::TaskService</name>
    <message numerus="yes">
        <location filename="../models/services/TaskService.cpp" line="262" />
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>dpo::WithdrawalService</name>
    <message numerus="yes">
        <location filename="../models/services/WithdrawalService.cpp" line="472" />
        <source>Request %1 waits for %n task(s) not yet confirmed done (%2); a supervisor may allow closing it with the reason.</source>
        <translation>
            <numerusform>Request %1 waits for %n task not yet confirmed done (%2); a supervisor may allow closing it with the reason.</numerusform><numerusform>Request %1 waits for %n tasks not yet confirmed done (%2); a supervisor may allow closing it with the reason.</numerusform></translation>
    </message>
</context>
<context>
    <name>dpo::WithdrawalsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="115" />
        <source>%Ln recipient(s) told</source>
        <translation>
            <numerusform>%Ln recipient told</numerusform><numerusform>%Ln recipients told</numerusform></translation>
    </message>
</context>
<context>
    <name>dpo::cli</name>
    <message numerus="yes">
        <location filename="../app/cli/Commands.cpp" line="270" />
        <source>%n subject(s) found.</source>
        <translation>
            <numerusform>%n subject found.</numerusform><numerusform>%n subjects found.</numerusform></translation>
    </message>
</context>
</TS>