<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>dpo::AccessControl</name>
    <message>
        <location filename="../models/services/AccessControl.cpp" line="31"/>
        <source>Your account has been deactivated by an administrator; nothing was changed.</source>
        <translation>Сиздин эсебиңизди администратор өчүрдү; эч нерсе өзгөртүлгөн жок.</translation>
    </message>
</context>
<context>
    <name>dpo::AllowCloseDialog</name>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="329"/>
        <source>Allow request No. %1 to close with tasks open</source>
        <extracomment>A dialog&apos;s title. %1: the request&apos;s number.</extracomment>
        <translation>№ %1 арызды тапшырмалар ачык турганда жабууга уруксат берүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="330"/>
        <source>Allow closing</source>
        <translation>Жабууга уруксат берүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="332"/>
        <source>Not yet done: %1. A supervisor or administrator who did not execute the request signs in and says why it may close now; the tasks stay open until their systems confirm them.</source>
        <extracomment>%1: the open tasks, listed.</extracomment>
        <translation>Азырынча аткарыла элек: %1. Арызды аткарбаган көзөмөлчү же администратор кирип, эмне үчүн аны азыр жабууга болорун жазат; тапшырмалар тутумдары тастыктаганга чейин ачык калат.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="342"/>
        <source>Why the request may close before every task is confirmed</source>
        <translation>Бардык тапшырмалар тастыкталганга чейин арыз эмне үчүн жабылышы мүмкүн</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="343"/>
        <source>Reason:</source>
        <translation>Себеби:</translation>
    </message>
</context>
<context>
    <name>dpo::AnswerDraftDialog</name>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="87"/>
        <source>The written answer to No. %1</source>
        <extracomment>A dialog&apos;s title. %1: the claim&apos;s number.</extracomment>
        <translation>№ %1 жазуу жүзүндөгү жообу</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="87"/>
        <source>Save draft</source>
        <translation>Долбоорду сактоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="90"/>
        <source>Answer:</source>
        <translation>Жооп:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="94"/>
        <source>The answer&apos;s text as the letter prints it</source>
        <translation>Жооптун каттагы тексти</translation>
    </message>
</context>
<context>
    <name>dpo::AnswerSentDialog</name>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="108"/>
        <source>The answer to No. %1 was sent</source>
        <extracomment>A dialog&apos;s title. %1: the claim&apos;s number.</extracomment>
        <translation>№ %1 жообу жөнөтүлдү</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="108"/>
        <source>Log</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="117"/>
        <source>The day the answer was sent; not before the claim was received</source>
        <translation>Жооп жөнөтүлгөн күн; доомат кабыл алынганга чейин эмес</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="119"/>
        <source>By post</source>
        <comment>answer sent</comment>
        <translation>Почта аркылуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="120"/>
        <source>By hand</source>
        <comment>answer sent</comment>
        <translation>Колго тапшырылды</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="121"/>
        <source>By email</source>
        <comment>answer sent</comment>
        <translation>Электрондук почта аркылуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="122"/>
        <source>The way the answer was sent</source>
        <translation>Жооп жөнөтүлгөн жол</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="124"/>
        <source>Required for post, e.g. RR123456789KG</source>
        <translation>Почта үчүн милдеттүү, мисалы RR123456789KG</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="125"/>
        <source>The post&apos;s tracking number of the letter</source>
        <translation>Каттын почталык көзөмөл номери</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="126"/>
        <source>Sent on:</source>
        <translation>Жөнөтүлгөн күнү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="127"/>
        <source>How:</source>
        <translation>Кантип:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="128"/>
        <source>Tracking number:</source>
        <translation>Трек-номери:</translation>
    </message>
</context>
<context>
    <name>dpo::ApprovalDialog</name>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="286"/>
        <source>Approve keeping data: request No. %1</source>
        <extracomment>A dialog&apos;s title. %1: the request&apos;s number.</extracomment>
        <translation>Маалыматтарды сактоону бекитүү: № %1 арыз</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="286"/>
        <source>Approve</source>
        <translation>Бекитүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="287"/>
        <source>A supervisor other than the officer who proposed the keep signs in to approve it.</source>
        <translation>Сактоону сунуштаган кызматкерден башка жетекчи бекитүү үчүн кирет.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="301"/>
        <source>The user name of the supervisor who approves</source>
        <translation>Бекиткен көзөмөлчүнүн колдонуучу аты</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="302"/>
        <source>The supervisor&apos;s own password; it is not kept</source>
        <translation>Көзөмөлчүнүн өз сыр сөзү; ал сакталбайт</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="306"/>
        <source>Supervisor:</source>
        <translation>Жетекчи:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="307"/>
        <source>Password:</source>
        <translation>Сыр сөз:</translation>
    </message>
</context>
<context>
    <name>dpo::AttachmentService</name>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="64"/>
        <source>There is no withdrawal request %1.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Кайтарып алуу боюнча %1-арыз жок.</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="70"/>
        <source>There is no claim %1.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>%1-доомат жок.</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="77"/>
        <source>There is no disclosure %1.</source>
        <extracomment>%1: the disclosure&apos;s number.</extracomment>
        <translation>%1-ачып берүү жок.</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="120"/>
        <location filename="../models/services/AttachmentService.cpp" line="139"/>
        <source>%1 is %2 MB; a document may be at most 20 MB.</source>
        <extracomment>%1: the document&apos;s file name; %2: its size in megabytes, one decimal.</extracomment>
        <translation>%1 — %2 МБ; документ 20 МБдан ашпашы керек.</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="125"/>
        <source>Cannot read %1: %2.</source>
        <extracomment>%1: the file&apos;s path; %2: the system&apos;s reason.</extracomment>
        <translation>%1 окулбайт: %2.</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="133"/>
        <source>The document has no file name.</source>
        <translation>Документтин файл аты жок.</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="136"/>
        <source>%1 is empty.</source>
        <extracomment>%1: the file&apos;s name.</extracomment>
        <translation>%1 бош.</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="147"/>
        <source>%1 is not a PDF, JPEG, PNG or TIFF file (judged by its content, not its name).</source>
        <extracomment>%1: the file&apos;s name.</extracomment>
        <translation>%1 PDF, JPEG, PNG же TIFF файлы эмес (аты боюнча эмес, мазмуну боюнча текшерилди).</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="157"/>
        <location filename="../models/services/AttachmentService.cpp" line="195"/>
        <source>attach a document</source>
        <translation>документ тиркөө</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="178"/>
        <source>The database did not return the new document&apos;s number.</source>
        <translation>Маалымат базасы жаңы документтин номерин кайтарган жок.</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="246"/>
        <source>Document %1 does not exist.</source>
        <extracomment>%1: the document&apos;s number.</extracomment>
        <translation>%1-документ жок.</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="284"/>
        <source>Document %1 (%2) has changed since it was stored: its SHA-256 is %3, not %4. It is not shown; the failed check is in the audit trail.</source>
        <extracomment>%1: the document&apos;s number; %2: its file name; %3: the hash it has now; %4: the hash it was stored with.</extracomment>
        <translation>%1-документ (%2) сакталгандан бери өзгөргөн: анын SHA-256 %3, %4 эмес. Ал көрсөтүлбөйт; ийгиликсиз текшерүү аудит журналында.</translation>
    </message>
</context>
<context>
    <name>dpo::AuditAnchorService</name>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="54"/>
        <source>Cannot read %1: %2</source>
        <extracomment>%1: the file&apos;s path; %2: the system&apos;s reason.</extracomment>
        <translation>%1 окулбай жатат: %2</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="73"/>
        <location filename="../models/services/AuditAnchorService.cpp" line="88"/>
        <source>anchor the audit chain</source>
        <translation>аудит чынжырын бекитүү</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="77"/>
        <source>No time-stamping authority is set: an anchor is its time-stamp (dpo-console keys time-stamping URL).</source>
        <translation>Убакыт белгисин берүүчү борбор коюлган эмес: бекитме — анын убакыт белгиси (dpo-console keys time-stamping URL).</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="98"/>
        <source>The chain&apos;s head, entry %1, was anchored already at %2 UTC.</source>
        <extracomment>%1: the entry&apos;s sequence number; %2: the time (UTC) it was anchored.</extracomment>
        <translation>Чынжырдын акыркы жазуусу (%1-жазуу) %2 UTC убагында бекитилген.</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="166"/>
        <source>its time-stamp cannot be read: %1</source>
        <extracomment>%1: why, a sentence.</extracomment>
        <translation>анын убакыт белгиси окулбайт: %1</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="169"/>
        <source>its time-stamp is not over this entry and hash</source>
        <translation>анын убакыт белгиси бул жазууга жана хэшке коюлган эмес</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="173"/>
        <source>its recorded time is not its time-stamp&apos;s</source>
        <translation>жазылган убактысы убакыт белгисиндеги убакыт эмес</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="182"/>
        <source>the chain has no such entry any more</source>
        <translation>чынжырда мындай жазуу жок болуп калды</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="185"/>
        <source>the chain&apos;s entry there now hashes to %1, the anchored entry to %2</source>
        <extracomment>%1: the hash the chain has at that entry now; %2: the anchored hash.</extracomment>
        <translation>чынжырдагы ошол жазуунун хэши азыр %1, бекитилген жазууныку %2</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="198"/>
        <source>Cannot make the folder %1.</source>
        <extracomment>%1: the folder&apos;s path.</extracomment>
        <translation>%1 папкасы түзүлбөй жатат.</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="214"/>
        <source>There is no folder %1.</source>
        <extracomment>%1: the folder&apos;s path.</extracomment>
        <translation>%1 папкасы жок.</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="228"/>
        <source>%1 is not an anchor&apos;s text (docs/audit.md, &quot;Anchors&quot;).</source>
        <extracomment>%1: the file&apos;s path.</extracomment>
        <translation>%1 бекитменин тексти эмес (docs/audit.md, «Anchors»).</translation>
    </message>
</context>
<context>
    <name>dpo::AuditExport</name>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="23"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="24"/>
        <source>Time</source>
        <translation>Убакыт</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="25"/>
        <source>Officer</source>
        <translation>Кызматкер</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="26"/>
        <source>Action</source>
        <translation>Аракет</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="27"/>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="28"/>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="29"/>
        <source>Details</source>
        <translation>Толук маалымат</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="30"/>
        <source>Hash</source>
        <translation>Хэш</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="97"/>
        <source>%1 (INN %2), holder of the personal data array</source>
        <extracomment>The holder&apos;s line at the top of an audit export. %1: the organisation&apos;s name; %2: its tax number.</extracomment>
        <translation>%1 (ИНН %2), жеке маалыматтар массивин кармоочу</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="100"/>
        <source>Made by %1 on %2 (Bishkek time)</source>
        <extracomment>%1: the officer&apos;s name; %2: a date and time.</extracomment>
        <translation>Түзгөн: %1, %2 (Бишкек убактысы)</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="105"/>
        <location filename="../models/services/AuditExportService.cpp" line="312"/>
        <source>Audit trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="111"/>
        <source>Period: %1</source>
        <extracomment>%1: the period, e.g. &quot;2026-01-01 to 2026-03-31&quot; or &quot;all entries&quot;.</extracomment>
        <translation>Мезгил: %1</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="113"/>
        <source>Filters: %1</source>
        <extracomment>%1: the filters applied, separated by commas, or &quot;none&quot;.</extracomment>
        <translation>Чыпкалар: %1</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="114"/>
        <source>none</source>
        <translation>жок</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="123"/>
        <source>Page %1 of %2</source>
        <extracomment>%1: the page&apos;s number; %2: the number of pages.</extracomment>
        <translation>%2 барактын %1-барагы</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="164"/>
        <source>Summary</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="171"/>
        <source>Entries in this export: %1</source>
        <extracomment>%1: the number of entries.</extracomment>
        <translation>Бул экспорттогу жазуулар: %1</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="174"/>
        <source>First entry: %1, hash %2</source>
        <extracomment>%1: the entry&apos;s sequence number; %2: its SHA-256 hash.</extracomment>
        <translation>Биринчи жазуу: %1, хэш %2</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="178"/>
        <source>Last entry: %1, hash %2</source>
        <extracomment>%1: the entry&apos;s sequence number; %2: its SHA-256 hash.</extracomment>
        <translation>Акыркы жазуу: %1, хэш %2</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="182"/>
        <source>Chain head when exported: entry %1, hash %2</source>
        <extracomment>%1: the head entry&apos;s sequence number; %2: its SHA-256 hash.</extracomment>
        <translation>Экспорт учурундагы чынжырдын акыркы жазуусу: %1, хэш %2</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="186"/>
        <source>Each hash is SHA-256 over the previous hash and the entry&apos;s fields (docs/audit.md); `dpo-console audit verify` re-computes the chain.</source>
        <translation>Ар бир хэш — мурунку хэш жана жазуунун талаалары боюнча SHA-256 (docs/audit.md); `dpo-console audit verify` чынжырды кайра эсептейт.</translation>
    </message>
    <message>
        <location filename="../models/services/AuditExportService.cpp" line="64"/>
        <source>officer %1</source>
        <extracomment>One filter of an audit export, listed after &quot;Filters:&quot;. %1: the officer&apos;s user name.</extracomment>
        <translation>кызматкер %1</translation>
    </message>
    <message>
        <location filename="../models/services/AuditExportService.cpp" line="66"/>
        <source>action %1</source>
        <extracomment>One filter of an audit export, listed after &quot;Filters:&quot;. %1: the action&apos;s code.</extracomment>
        <translation>аракет %1</translation>
    </message>
    <message>
        <location filename="../models/services/AuditExportService.cpp" line="69"/>
        <source>subject %1</source>
        <extracomment>One filter of an audit export, listed after &quot;Filters:&quot;. %1: the subject&apos;s platform reference.</extracomment>
        <translation>субъект %1</translation>
    </message>
    <message>
        <location filename="../models/services/AuditExportService.cpp" line="71"/>
        <source>entity %1</source>
        <extracomment>One filter of an audit export, listed after &quot;Filters:&quot;. %1: the entity&apos;s code, e.g. &quot;claim&quot;.</extracomment>
        <translation>объект %1</translation>
    </message>
    <message>
        <location filename="../models/services/AuditExportService.cpp" line="299"/>
        <source>the whole trail</source>
        <translation>бүт журнал</translation>
    </message>
</context>
<context>
    <name>dpo::AuditExportService</name>
    <message>
        <location filename="../models/services/AuditExportService.cpp" line="405"/>
        <source>Unknown export format &quot;%1&quot;: use pdf, csv or jsonl.</source>
        <extracomment>%1: the format as given.</extracomment>
        <translation>Белгисиз экспорт форматы «%1»: pdf, csv же jsonl колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../models/services/AuditExportService.cpp" line="121"/>
        <location filename="../models/services/AuditExportService.cpp" line="343"/>
        <location filename="../models/services/AuditExportService.cpp" line="414"/>
        <location filename="../models/services/AuditExportService.cpp" line="442"/>
        <location filename="../models/services/AuditExportService.cpp" line="547"/>
        <source>Cannot write %1: %2</source>
        <extracomment>%1: the file&apos;s path; %2: the system&apos;s reason.</extracomment>
        <translation>%1 жазылбай калды: %2</translation>
    </message>
    <message>
        <location filename="../models/services/AuditExportService.cpp" line="144"/>
        <source>No subject has the platform reference &quot;%1&quot;; nothing was exported.</source>
        <extracomment>%1: the platform reference as typed.</extracomment>
        <translation>«%1» платформалык шилтемеси бар субъект жок; эч нерсе экспорттолгон жок.</translation>
    </message>
    <message>
        <location filename="../models/services/AuditExportService.cpp" line="429"/>
        <source>An export set has each of its formats once: pdf, csv, jsonl.</source>
        <translation>Экспорт топтомунда ар бир формат бир жолу гана болот: pdf, csv, jsonl.</translation>
    </message>
    <message>
        <location filename="../models/services/AuditExportService.cpp" line="434"/>
        <source>Cannot make the folder %1.</source>
        <extracomment>%1: the folder&apos;s path.</extracomment>
        <translation>%1 папкасы түзүлбөй жатат.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportSigner.cpp" line="26"/>
        <source>This database signs its exports: give the signing key&apos;s file and its passphrase.</source>
        <translation>Бул база экспортторуна кол коёт: кол коюу ачкычынын файлын жана анын сырсөзүн бериңиз.</translation>
    </message>
    <message>
        <location filename="../models/services/AuditExportService.cpp" line="461"/>
        <source>export the audit trail</source>
        <translation>аудит журналын экспорттоо</translation>
    </message>
</context>
<context>
    <name>dpo::AuditListModel</name>
    <message>
        <location filename="../models/items/AuditListModel.cpp" line="52"/>
        <source>Loading…</source>
        <translation>Жүктөлүүдө…</translation>
    </message>
    <message>
        <location filename="../models/items/AuditListModel.cpp" line="91"/>
        <source>Seq.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../models/items/AuditListModel.cpp" line="93"/>
        <source>Time</source>
        <translation>Убакыт</translation>
    </message>
    <message>
        <location filename="../models/items/AuditListModel.cpp" line="95"/>
        <source>Officer</source>
        <translation>Кызматкер</translation>
    </message>
    <message>
        <location filename="../models/items/AuditListModel.cpp" line="97"/>
        <source>Action</source>
        <translation>Аракет</translation>
    </message>
    <message>
        <location filename="../models/items/AuditListModel.cpp" line="99"/>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../models/items/AuditListModel.cpp" line="101"/>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <location filename="../models/items/AuditListModel.cpp" line="103"/>
        <source>Details</source>
        <translation>Толук маалымат</translation>
    </message>
</context>
<context>
    <name>dpo::AuditPage</name>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="52"/>
        <source>any day</source>
        <translation>каалаган күн</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="67"/>
        <source>Verify the chain</source>
        <translation>Чынжырды текшерүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="68"/>
        <source>Export</source>
        <comment>button: export the audit trail</comment>
        <translation>Экспорттоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="69"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="75"/>
        <location filename="../ui/pages/AuditPage.cpp" line="451"/>
        <location filename="../ui/pages/AuditPage.cpp" line="454"/>
        <source>Audit trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="80"/>
        <source>Subject&apos;s platform reference</source>
        <translation>Субъекттин платформадагы шилтемеси</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="81"/>
        <source>Subject: platform reference</source>
        <translation>Субъект: платформадагы номери</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="84"/>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="85"/>
        <source>Entity, e.g. subject</source>
        <translation>Объект, мисалы subject</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="89"/>
        <source>The selected entry in full</source>
        <translation>Тандалган жазуу толугу менен</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="90"/>
        <source>The entry&apos;s fields, its hash and the previous one&apos;s</source>
        <translation>Жазуунун талаалары, анын хеши жана мурунку жазуунун хеши</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="91"/>
        <source>From</source>
        <comment>a period</comment>
        <translation>Баштап</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="92"/>
        <source>Show the entries written on this day or later</source>
        <translation>Ушул күнү же андан кийин жазылган жазууларды көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="93"/>
        <source>To</source>
        <comment>a period</comment>
        <translation>Чейин</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="94"/>
        <source>Show the entries written on this day or earlier</source>
        <translation>Ушул күнү же андан мурун жазылган жазууларды көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="95"/>
        <source>Show only the entries of one officer</source>
        <translation>Бир кызматкердин жазууларын гана көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="96"/>
        <source>Show only one kind of action</source>
        <translation>Аракеттин бир түрүн гана көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="97"/>
        <source>Show only the entries about one subject</source>
        <translation>Бир субъект тууралуу жазууларды гана көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="98"/>
        <source>Show only the entries about one kind of record</source>
        <translation>Жазуунун бир түрү тууралуу жазууларды гана көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="99"/>
        <source>Audit entries</source>
        <translation>Аудит жазуулары</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="101"/>
        <source>The entries the filters show, newest first; select one to read it in full below</source>
        <translation>Чыпкалар көрсөткөн жазуулар, эң жаңысы биринчи; төмөндө толук окуу үчүн тандаңыз</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="103"/>
        <source>Select an entry to see it in full, with its hashes.</source>
        <translation>Жазууну хэштери менен толук көрүү үчүн аны тандаңыз.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="106"/>
        <source>Re-computes every entry&apos;s hash from the first one (docs/audit.md)</source>
        <translation>Ар бир жазуунун хэшин биринчисинен баштап кайра эсептейт (docs/audit.md)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="108"/>
        <source>Stop the running job; an export stopped writes no file</source>
        <translation>Жүрүп жаткан ишти токтотуу; токтотулган экспорт файл жазбайт</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="111"/>
        <source>The entries the filters show, for an inspection; the export is audited</source>
        <translation>Чыпкалар көрсөткөн жазуулар, текшерүү үчүн; экспорт аудит журналына жазылат</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="116"/>
        <source>The language of the printed export</source>
        <translation>Басылып чыккан экспорттун тили</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="118"/>
        <source>Print preview…</source>
        <translation>Басып чыгаруудан мурун көрүү…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="119"/>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="121"/>
        <source>Save as PDF…</source>
        <translation>PDF катары сактоо…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="123"/>
        <source>Save as CSV…</source>
        <translation>CSV катары сактоо…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="125"/>
        <source>Save as JSON Lines…</source>
        <translation>JSON Lines катары сактоо…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/AuditPage.cpp" line="156"/>
        <source>%Ln entries, newest first.</source>
        <extracomment>%Ln: the number of audit entries.</extracomment>
        <translation>
            <numerusform>%Ln жазуу, эң жаңысы биринчи.</numerusform>
            <numerusform>%Ln жазуу, эң жаңысы биринчи.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="172"/>
        <source>From:</source>
        <translation>Качантан:</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="174"/>
        <source>to:</source>
        <translation>качанга чейин:</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="220"/>
        <source>Any officer</source>
        <translation>Бардык кызматкерлер</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="225"/>
        <source>Any action</source>
        <translation>Бардык аракеттер</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="271"/>
        <source>Entry %1
Time: %2 (Bishkek), %3 UTC
Officer: %4
Action: %5
Entity: %6 %7
Subject: %8
Previous hash: %9
Hash: %10
Details:
%11</source>
        <extracomment>The details of one audit entry, in a tooltip. %1: its sequence number; %2: the time in Bishkek; %3: the time in UTC; %4: the officer&apos;s user name; %5: the action, e.g. &quot;Claim registered&quot;; %6: the entity, e.g. &quot;Claim&quot;; %7: the entity&apos;s number; %8: the subject&apos;s platform reference or &quot;—&quot;; %9: the previous entry&apos;s hash; %10: this entry&apos;s hash; %11: the details as JSON.</extracomment>
        <translation>%1-жазуу
Убакыт: %2 (Бишкек), %3 UTC
Кызматкер: %4
Аракет: %5
Объект: %6 %7
Субъект: %8
Мурунку хэш: %9
Хэш: %10
Толук маалымат:
%11</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="292"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтер (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="293"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="294"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="296"/>
        <location filename="../ui/pages/AuditPage.cpp" line="320"/>
        <location filename="../ui/pages/AuditPage.cpp" line="359"/>
        <source>Export the audit trail</source>
        <translation>Аудит журналын экспорттоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="308"/>
        <source>The organisation&apos;s signing key</source>
        <translation>Уюмдун кол коюу ачкычы</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="308"/>
        <source>PEM files (*.pem)</source>
        <translation>PEM файлдары (*.pem)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="313"/>
        <source>Signing key</source>
        <translation>Кол коюу ачкычы</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="314"/>
        <source>Passphrase of the signing key:</source>
        <translation>Кол коюу ачкычынын сырсөзү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="354"/>
        <source>Export cancelled: nothing was saved.</source>
        <translation>Экспорт жокко чыгарылды: эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="366"/>
        <source>Exported %L1 entries to %2.</source>
        <extracomment>%1: the number of entries; %2: the file&apos;s path.</extracomment>
        <translation>%L1 жазуу %2 ичине экспорттолду.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="370"/>
        <source>Exported %L1 entries to %2, signed (%3).</source>
        <extracomment>%1: the number of entries; %2: the file&apos;s path; %3: the signature file&apos;s path.</extracomment>
        <translation>%L1 жазуу %2 ичине экспорттолду, кол коюлду (%3).</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="376"/>
        <source>Time-stamped by the authority at %1 UTC.</source>
        <extracomment>Follows the export&apos;s message. %1: the time-stamping authority&apos;s date and time (UTC).</extracomment>
        <translation>Борбор убакыт белгисин койду: %1 UTC.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="383"/>
        <location filename="../ui/pages/AuditPage.cpp" line="406"/>
        <source>Exporting…</source>
        <translation>Экспорттолууда…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="409"/>
        <source>Exporting: reading the entries…</source>
        <translation>Экспорттолууда: жазуулар окулууда…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="412"/>
        <source>Exporting: laying out the pages…</source>
        <translation>Экспорттолууда: барактар түзүлүүдө…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="415"/>
        <source>Exporting: signing and saving…</source>
        <translation>Экспорттолууда: кол коюлуп, сакталууда…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="447"/>
        <source>Print the audit trail</source>
        <translation>Аудит журналын басып чыгаруу</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="470"/>
        <source>Verifying…</source>
        <translation>Текшерилүүдө…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="523"/>
        <location filename="../ui/pages/AuditPage.cpp" line="544"/>
        <location filename="../ui/pages/AuditPage.cpp" line="568"/>
        <source>Verify the audit chain</source>
        <translation>Аудит чынжырын текшерүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="526"/>
        <source>Verification cancelled after %L1 entries.</source>
        <extracomment>%1: the number of entries verified.</extracomment>
        <translation>Текшерүү %L1 жазуудан кийин токтотулду.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="537"/>
        <source>The entries hash and link, but the chain does not hold the anchor of entry %1, time-stamped %2: %3. The history up to that entry was rewritten after it was anchored.</source>
        <extracomment>%1: the anchored entry&apos;s number; %2: the date and time of its time-stamp; %3: why it does not hold, in words.</extracomment>
        <translation>Жазуулардын хэштери жана байланыштары туура, бирок чынжыр %1-жазуунун бекитмесине дал келбейт (убакыт белгиси %2): %3. Ошол жазууга чейинки тарых бекитилгенден кийин кайра жазылган.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="548"/>
        <source>Intact: %L1 entries verified on %2 by %3; head %4.</source>
        <extracomment>%1: the number of entries; %2: a date and time; %3: the officer&apos;s name; %4: the beginning of the head&apos;s hash.</extracomment>
        <translation>Бүтүн: %L1 жазуу %2 күнү текшерилди, текшерген %3; акыркы хэш %4.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="554"/>
        <source>It holds all %L1 anchors, the last at entry %2.</source>
        <extracomment>Follows &quot;Intact: …&quot;. %L1: the number of anchors; %2: the last anchored entry.</extracomment>
        <translation>Бардык бекитмелерге дал келет (саны: %L1), акыркысы %2-жазууда.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="563"/>
        <source>Broken at entry %1 (%2): %3</source>
        <extracomment>%1: the broken entry&apos;s sequence number; %2: a problem code, e.g. &quot;hash&quot;; %3: what is wrong, in words.</extracomment>
        <translation>%1-жазууда бузулган (%2): %3</translation>
    </message>
</context>
<context>
    <name>dpo::AuditService</name>
    <message>
        <location filename="../models/services/AuditService.cpp" line="128"/>
        <location filename="../models/services/AuditService.cpp" line="145"/>
        <source>The server appended no audit entry.</source>
        <translation>Сервер аудит журналына жазуу кошкон жок.</translation>
    </message>
    <message>
        <location filename="../models/services/AuditService.cpp" line="179"/>
        <source>This computer&apos;s clock (%1) is behind the audit trail&apos;s last entry, No. %2 of %3: set the clock right. Nothing was written.</source>
        <extracomment>%1: this computer&apos;s time; %2: the last audit entry&apos;s number; %3: its time. Both times in UTC, ISO 8601.</extracomment>
        <translation>Бул компьютердин сааты (%1) аудит журналынын акыркы жазуусунан артта калды (№ %2, %3): саатты туура коюңуз. Эч нерсе жазылган жок.</translation>
    </message>
</context>
<context>
    <name>dpo::AuditVerifier</name>
    <message>
        <location filename="../models/services/AuditVerifier.cpp" line="80"/>
        <source>entry %1 is missing: the entry after %2 is %3</source>
        <extracomment>Follows &quot;The audit chain is broken at entry N:&quot;. %1: the missing entry&apos;s number; %2: the entry before it; %3: the entry found instead.</extracomment>
        <translation>%1-жазуу жок: %2-жазуудан кийин %3-жазуу турат</translation>
    </message>
    <message>
        <location filename="../models/services/AuditVerifier.cpp" line="88"/>
        <source>entry %1 comes again after %2</source>
        <extracomment>Follows &quot;The audit chain is broken at entry N:&quot;. %1: the repeated entry&apos;s number; %2: the entry before it.</extracomment>
        <translation>%1-жазуу %2-жазуудан кийин кайра келди</translation>
    </message>
    <message>
        <location filename="../models/services/AuditVerifier.cpp" line="96"/>
        <source>its prev_hash is %1, but the entry before it has the hash %2</source>
        <extracomment>Follows &quot;The audit chain is broken at entry N:&quot;; &quot;its&quot; is that entry&apos;s. %1 and %2: SHA-256 hashes in hex.</extracomment>
        <translation>анын prev_hash мааниси %1, бирок мурунку жазуунун хэши %2</translation>
    </message>
    <message>
        <location filename="../models/services/AuditVerifier.cpp" line="110"/>
        <source>its fields hash to %1, but its stored hash is %2</source>
        <extracomment>Follows &quot;The audit chain is broken at entry N:&quot;; &quot;its&quot; is that entry&apos;s. %1 and %2: SHA-256 hashes in hex.</extracomment>
        <translation>анын талааларынын хэши %1, бирок сакталган хэши %2</translation>
    </message>
    <message>
        <location filename="../models/services/AuditVerifier.cpp" line="118"/>
        <source>it is dated %1, before the entry it follows (%2)</source>
        <extracomment>Follows &quot;The audit chain is broken at entry N:&quot;; &quot;it&quot; is that entry. %1 and %2: times in UTC, ISO 8601.</extracomment>
        <translation>анын убактысы %1, өзүнөн мурунку жазуунукунан (%2) эрте</translation>
    </message>
    <message>
        <location filename="../models/services/AuditVerifier.cpp" line="275"/>
        <location filename="../models/services/AuditVerifier.cpp" line="297"/>
        <source>The database could not read the audit trail: %1</source>
        <extracomment>%1: SQLite&apos;s own message.</extracomment>
        <translation>Маалымат базасы аудит журналын окуй алган жок: %1</translation>
    </message>
</context>
<context>
    <name>dpo::BulkRun</name>
    <message>
        <location filename="../models/services/BulkRun.cpp" line="25"/>
        <source>%L1 done, %L2 refused.</source>
        <extracomment>The result of an action on several selected cases. %1: the number of cases done; %2: the number refused.</extracomment>
        <translation>%L1 аткарылды, %L2 баш тартылды.</translation>
    </message>
    <message>
        <location filename="../models/services/BulkRun.cpp" line="28"/>
        <source>Cancelled: %L1 not reached.</source>
        <extracomment>%1: the number of selected cases not reached before the officer cancelled.</extracomment>
        <translation>Токтотулду: %L1 ишке жетпей калды.</translation>
    </message>
    <message>
        <location filename="../models/services/BulkRun.cpp" line="38"/>
        <source>%L1 cases are selected; one action takes at most %L2.</source>
        <extracomment>%1: the number of selected cases; %2: the most one action takes.</extracomment>
        <translation>%L1 иш тандалды; бир аракет эң көп %L2 ишти камтыйт.</translation>
    </message>
</context>
<context>
    <name>dpo::BulkRunDialog</name>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="32"/>
        <source>Each case is done as its own step, with its own audit entry; a case that is refused says why and the others go on. Cancel stops before the next case: those done stay done.</source>
        <translation>Ар бир иш өзүнчө кадам катары, өзүнүн аудит жазуусу менен аткарылат; баш тартылган иштин себеби көрсөтүлөт, калгандары улантылат. Токтотуу кийинки иштин алдында токтотот: аткарылгандар аткарылган бойдон калат.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="38"/>
        <source>Result of the action</source>
        <translation>Аракеттин жыйынтыгы</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="42"/>
        <source>Cases done so far</source>
        <translation>Азырга чейин аткарылган иштер</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="44"/>
        <source>%v of %m</source>
        <translation>%m ичинен %v</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="46"/>
        <source>Ca&amp;ncel</source>
        <comment>a bulk action</comment>
        <translation>&amp;Токтотуу</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="47"/>
        <source>Cancel: stop before the next case</source>
        <translation>Токтотуу: кийинки иштин алдында токтойт</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="48"/>
        <source>The cases done stay done; the rest are not touched</source>
        <translation>Аткарылган иштер аткарылган бойдон калат; калгандарына тийилбейт</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="50"/>
        <source>C&amp;lose</source>
        <comment>a dialog</comment>
        <translation>&amp;Жабуу</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="51"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="52"/>
        <source>Close the result; a running action is cancelled first</source>
        <translation>Жыйынтыкты жабуу; жүрүп жаткан аракет адегенде жокко чыгарылат</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="55"/>
        <source>What became of each case</source>
        <translation>Ар бир иштин абалы</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="56"/>
        <source>Each case: done or refused, and why it was refused</source>
        <translation>Ар бир иш: аткарылдыбы же баш тартылдыбы, жана эмне үчүн баш тартылды</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="59"/>
        <source>Result</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="59"/>
        <source>Details</source>
        <comment>of a case&apos;s result</comment>
        <translation>Толук маалымат</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="107"/>
        <source>Working…</source>
        <translation>Аткарылууда…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="116"/>
        <source>Cancelling after the case under way…</source>
        <translation>Аткарылып жаткан иштен кийин токтотулат…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="153"/>
        <source>Done</source>
        <comment>a case of a bulk action</comment>
        <translation>Аткарылды</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="154"/>
        <source>Refused</source>
        <comment>a case of a bulk action</comment>
        <translation>Баш тартылды</translation>
    </message>
</context>
<context>
    <name>dpo::CalendarEditDialog</name>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="49"/>
        <source>Set a day of the calendar</source>
        <translation>Календардын күнүн белгилөө</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="50"/>
        <source>Move a day of the calendar</source>
        <translation>Календардын күнүн которуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="51"/>
        <source>Remove a day from the calendar</source>
        <translation>Күндү календардан алып салуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="52"/>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="53"/>
        <source>Move</source>
        <comment>a calendar day</comment>
        <translation>Которуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="54"/>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="60"/>
        <source>The act that makes the change: its kind, number and date</source>
        <translation>Өзгөртүүнү киргизген акт: түрү, номери жана күнү</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="61"/>
        <source>The day of the calendar</source>
        <translation>Календардын күнү</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="63"/>
        <source>e.g. Resolution of the Cabinet of Ministers No. 123 of 01.03.2026</source>
        <translation>мисалы, Министрлер Кабинетинин 01.03.2026-жылдагы № 123 токтому</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="65"/>
        <source>Day:</source>
        <translation>Күн:</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="70"/>
        <source>A holiday that is a day off, a day off by decree, a weekend day made a working day, or a public holiday that is a working day</source>
        <translation>Эс алуу күнү болгон майрам, токтом менен эс алуу күнү, иш күнү болуп калган дем алыш, же иш күнү болгон майрам</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="76"/>
        <location filename="../ui/pages/CalendarPage.cpp" line="77"/>
        <source>The holiday, or what the decree moves</source>
        <translation>Майрам же токтом эмнени которорун</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="81"/>
        <source>Kind:</source>
        <translation>Түрү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="82"/>
        <source>Name:</source>
        <translation>Аталышы:</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="85"/>
        <source>The day the marked day moves to</source>
        <translation>Белгиленген күн которула турган күн</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="86"/>
        <source>Moves to:</source>
        <translation>Кайсы күнгө:</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="87"/>
        <location filename="../ui/pages/CalendarPage.cpp" line="89"/>
        <source>What:</source>
        <translation>Эмне:</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="91"/>
        <source>Decree:</source>
        <translation>Токтом:</translation>
    </message>
</context>
<context>
    <name>dpo::CalendarImport</name>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="158"/>
        <source>%1: the first line must name the columns date, kind, name and decree; it lacks %2.</source>
        <extracomment>%1: the calendar file&apos;s name; %2: the missing column names, separated by commas.</extracomment>
        <translation>%1: биринчи сапта date, kind, name жана decree мамычалары аталышы керек; %2 жок.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="173"/>
        <source>Cannot read %1: %2</source>
        <extracomment>%1: the file&apos;s path; %2: the system&apos;s reason.</extracomment>
        <translation>%1 окулбай калды: %2</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="182"/>
        <source>%1 is not a year the calendar holds (2000 to 2100).</source>
        <extracomment>%1: the year as given.</extracomment>
        <translation>%1 — календардагы жыл эмес (2000–2100).</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="194"/>
        <source>%1 is empty.</source>
        <extracomment>%1: the calendar file&apos;s name.</extracomment>
        <translation>%1 бош.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="199"/>
        <source>%1, line %2: %3</source>
        <extracomment>%1: the calendar file&apos;s name; %2: the line&apos;s number; %3: what is wrong with it.</extracomment>
        <translation>%1, %2-сап: %3</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="207"/>
        <source>line %1: %2</source>
        <extracomment>%1: the line&apos;s number; %2: what is wrong with it.</extracomment>
        <translation>%1-сап: %2</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="226"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <extracomment>%1: the date as given.</extracomment>
        <translation>«%1» — күн эмес (ЖЖЖЖ-АА-КК).</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="231"/>
        <source>%1 is not in %2.</source>
        <extracomment>%1: a date (YYYY-MM-DD); %2: the year being imported.</extracomment>
        <translation>%1 %2-жылга кирбейт.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="236"/>
        <source>%1 is listed twice (also on line %2).</source>
        <extracomment>%1: a date (YYYY-MM-DD); %2: the other line&apos;s number.</extracomment>
        <translation>%1 эки жолу көрсөтүлгөн (%2-сапта да).</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="247"/>
        <source>%1 has no name.</source>
        <extracomment>%1: a date (YYYY-MM-DD).</extracomment>
        <translation>%1 күнүнүн аталышы жок.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="251"/>
        <source>%1 names no law or decree it rests on.</source>
        <extracomment>%1: a date (YYYY-MM-DD).</extracomment>
        <translation>%1 күнү үчүн негиз болгон мыйзам же токтом аталган эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="256"/>
        <source>… and %1 more.</source>
        <extracomment>Ends a list of problems. %1: the number of problems not listed.</extracomment>
        <translation>… жана дагы %1.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="259"/>
        <source>%1 cannot be imported; nothing was changed:
%2</source>
        <extracomment>%1: the calendar file&apos;s name; %2: its problems, one per line.</extracomment>
        <translation>%1 импорттолбойт; эч нерсе өзгөргөн жок:
%2</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="263"/>
        <source>%1 lists no day of %2.</source>
        <extracomment>%1: the calendar file&apos;s name; %2: the year.</extracomment>
        <translation>%1 файлында %2-жылдын бир да күнү жок.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="277"/>
        <source>import a year&apos;s calendar</source>
        <translation>жылдын календарын импорттоо</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="285"/>
        <source>The calendar of %1 was changed since the file was checked; nothing was imported. Check the file again.</source>
        <extracomment>%1: the year.</extracomment>
        <translation>Файл текшерилгенден бери %1-жылдын календары өзгөрдү; эч нерсе импорттолгон жок. Файлды кайра текшериңиз.</translation>
    </message>
</context>
<context>
    <name>dpo::CalendarImportDialog</name>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="21"/>
        <source>not marked</source>
        <comment>a calendar day</comment>
        <translation>белгиленген эмес</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="39"/>
        <source>Import the calendar of %1</source>
        <extracomment>A dialog&apos;s title. %1: the year.</extracomment>
        <translation>%1-жылдын календарын импорттоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="39"/>
        <source>Import</source>
        <translation>Импорттоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="49"/>
        <source>%1 lists %2 days and changes nothing in the calendar of %3.</source>
        <extracomment>%1: the calendar file&apos;s name; %2: a number of days; %3: the year.</extracomment>
        <translation>%1 файлында %2 күн бар; ал %3-жылдын календарында эч нерсени өзгөртпөйт.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="56"/>
        <source>%1 lists %2 days; it changes %3 days of the calendar of %4. Each edit of the calendar needs its decree: check that the file names them.</source>
        <extracomment>%1: the calendar file&apos;s name; %2: the number of days it lists; %3: the number of days it changes; %4: the year.</extracomment>
        <translation>%1 файлында %2 күн бар; ал %4-жылдын календарындагы %3 күндү өзгөртөт. Календардагы ар бир өзгөртүүнүн өз токтому болушу керек: файлда алар аталганын текшериңиз.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="66"/>
        <source>Days the file changes</source>
        <translation>Файл өзгөрткөн күндөр</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="67"/>
        <source>Each day: what the calendar says now and what the file says</source>
        <translation>Ар бир күн: календарда азыр эмне деп турат жана файлда эмне деп турат</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="72"/>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="72"/>
        <source>Now</source>
        <translation>Азыр</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="72"/>
        <source>From the file</source>
        <translation>Файл боюнча</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="85"/>
        <source>No fixed due date of an open claim or access request would move.</source>
        <translation>Ачык дооматтын же маалымат суроосунун бир да белгиленген мөөнөтү жылбайт.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="86"/>
        <source>Due dates already fixed stay as they are. Recalculated on the new calendar, these would move:</source>
        <translation>Белгиленген мөөнөттөр өзгөрбөйт. Жаңы календарь боюнча кайра эсептелсе, булар жылмак:</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="91"/>
        <source>Due dates that would move</source>
        <translation>Жылып кетчү мөөнөттөр</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="92"/>
        <source>Each open claim whose fixed due date differs on the new calendar: its due date now and recalculated</source>
        <translation>Белгиленген мөөнөтү жаңы календарь боюнча башка болгон ар бир ачык доомат: азыркы жана кайра эсептелген мөөнөтү</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="100"/>
        <source>No.</source>
        <comment>claim number</comment>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="100"/>
        <source>Claimant</source>
        <translation>Доогер</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="102"/>
        <source>Received</source>
        <extracomment>A column: the day the claim was received.</extracomment>
        <translation>Кабыл алынган</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="102"/>
        <source>Due now</source>
        <translation>Азыркы мөөнөт</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="105"/>
        <source>Recalculated</source>
        <extracomment>A column: the claim&apos;s due date as a recalculation on the new calendar would give it.</extracomment>
        <translation>Кайра эсептелгенде</translation>
    </message>
</context>
<context>
    <name>dpo::CalendarPage</name>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="128"/>
        <source>Working-day calendar</source>
        <translation>Иш күндөрүнүн календары</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="130"/>
        <source>Every due date is counted on this calendar: a period starts the day after receipt, and when its last day is not a working day the due date is the next working day. Due dates already fixed do not move when the calendar changes; a claim&apos;s due date is recalculated only on request.</source>
        <translation>Бардык мөөнөттөр ушул календар боюнча эсептелет: мөөнөт кабыл алынгандан кийинки күндөн башталат, анын акыркы күнү иш күнү болбосо, мөөнөт кийинки иш күнүнө жылат. Календарь өзгөргөндө мурун белгиленген мөөнөттөр жылбайт; дооматтын мөөнөтү сурам боюнча гана кайра эсептелет.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="138"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="139"/>
        <source>The year whose marked days are shown</source>
        <translation>Белгиленген күндөрү көрсөтүлгөн жыл</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="140"/>
        <source>Marked days of the year</source>
        <translation>Жылдын белгиленген күндөрү</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="141"/>
        <source>Each day that is not an ordinary weekday or weekend: its kind, name and decree; select one to move or remove it</source>
        <translation>Кадимки иш күнү же дем алыш эмес ар бир күн: түрү, аталышы жана токтому; которуу же алып салуу үчүн тандаңыз</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="158"/>
        <source>Set day…</source>
        <translation>Күндү белгилөө…</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="158"/>
        <source>Mark a day as a day off or a moved working day</source>
        <translation>Күндү эс алуу күнү же которулган иш күнү катары белгилөө</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="160"/>
        <source>Move…</source>
        <comment>a calendar day</comment>
        <translation>Которуу…</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="161"/>
        <source>Move the selected day to another, by decree</source>
        <translation>Тандалган күндү токтом боюнча башка күнгө которуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="162"/>
        <source>Remove…</source>
        <comment>a calendar day</comment>
        <translation>Алып салуу…</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="163"/>
        <source>Remove the selected day&apos;s mark, by decree</source>
        <translation>Тандалган күндүн белгисин токтом боюнча алып салуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="166"/>
        <source>Year:</source>
        <translation>Жыл:</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="173"/>
        <location filename="../ui/pages/CalendarPage.cpp" line="185"/>
        <source>Supervisors and administrators edit the calendar.</source>
        <translation>Календарды жетекчилер жана администраторлор гана өзгөртөт.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="179"/>
        <source>Import year…</source>
        <translation>Жылды импорттоо…</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="182"/>
        <source>Replace the year&apos;s marked days with its published calendar from a CSV file, after a preview (docs/calendar.md).</source>
        <translation>Жылдын белгиленген күндөрүн анын CSV файлындагы жарыяланган календары менен алмаштыруу, алдын ала көрүп чыккандан кийин (docs/calendar.md).</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="229"/>
        <source>Holiday</source>
        <translation>Майрам</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="231"/>
        <source>Day off by decree</source>
        <translation>Токтом боюнча дем алыш</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="233"/>
        <source>Working day by decree</source>
        <translation>Токтом боюнча иш күнү</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="235"/>
        <source>Public holiday, a working day</source>
        <translation>Майрам, иш күнү</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="237"/>
        <source>Weekend</source>
        <translation>Дем алыш</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="238"/>
        <source>Working day</source>
        <translation>Иш күнү</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="277"/>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="277"/>
        <source>Weekday</source>
        <translation>Жуманын күнү</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="277"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="277"/>
        <source>Name</source>
        <comment>of a calendar day</comment>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="326"/>
        <source>%1, %2: %3</source>
        <extracomment>A day in the calendar. %1: the weekday&apos;s name; %2: the date; %3: the day&apos;s kind, e.g. &quot;Holiday&quot;.</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="355"/>
        <source>%1 is now: %2.</source>
        <extracomment>%1: a date; %2: the day&apos;s new kind, e.g. &quot;Holiday&quot;.</extracomment>
        <translation>%1 эми: %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="360"/>
        <source>Moved from %1 to %2.</source>
        <extracomment>%1 and %2: dates.</extracomment>
        <translation>%1 күнүнөн %2 күнүнө которулду.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="366"/>
        <source>%1 is removed from the calendar.</source>
        <extracomment>%1: a date.</extracomment>
        <translation>%1 календардан алынды.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="372"/>
        <location filename="../ui/pages/CalendarPage.cpp" line="409"/>
        <source>Due dates already fixed are unchanged.</source>
        <translation>Мурун белгиленген мөөнөттөр өзгөргөн жок.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="386"/>
        <source>The published calendar of %1</source>
        <extracomment>%1: the year.</extracomment>
        <translation>%1-жылдын жарыяланган календары</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="387"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV файлдар (*.csv);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="394"/>
        <source>Import the calendar</source>
        <translation>Календарды импорттоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="406"/>
        <source>The calendar of %1 is imported from %2.</source>
        <extracomment>%1: the year; %2: the calendar file&apos;s name.</extracomment>
        <translation>%1-жылдын календары %2 файлынан импорттолду.</translation>
    </message>
</context>
<context>
    <name>dpo::CalendarService</name>
    <message>
        <location filename="../models/services/CalendarService.cpp" line="92"/>
        <source>%1 is a weekday: only a Saturday or Sunday can be made a working day.</source>
        <extracomment>%1: a date (YYYY-MM-DD).</extracomment>
        <translation>%1 — иш күнү: ишемби же жекшемби гана иш күнү боло алат.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarService.cpp" line="98"/>
        <source>%1 is a weekend day already: a day off moves onto a weekday.</source>
        <extracomment>%1: a date (YYYY-MM-DD).</extracomment>
        <translation>%1 — дем алыш күнү: которулган дем алыш иш күнүнө гана түшөт.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarService.cpp" line="75"/>
        <source>Note the decree or law the change rests on.</source>
        <translation>Өзгөртүү негизделген токтомду же мыйзамды көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarService.cpp" line="86"/>
        <source>&quot;%1&quot; is not a kind of day: use %2.</source>
        <extracomment>%1: the kind as given; %2: the kinds allowed, separated by commas.</extracomment>
        <translation>«%1» күндүн түрү эмес: %2 колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarService.cpp" line="129"/>
        <location filename="../models/services/CalendarService.cpp" line="152"/>
        <location filename="../models/services/CalendarService.cpp" line="173"/>
        <source>edit the calendar</source>
        <translation>календарды түзөтүү</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarService.cpp" line="132"/>
        <source>The day is not a date.</source>
        <translation>Күн дата эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarService.cpp" line="136"/>
        <source>Name the day (the holiday, or what the decree moves).</source>
        <translation>Күндү атаңыз (майрам же токтом эмнени которот).</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarService.cpp" line="159"/>
        <location filename="../models/services/CalendarService.cpp" line="181"/>
        <source>%1 is not in the calendar.</source>
        <extracomment>%1: a date (YYYY-MM-DD).</extracomment>
        <translation>%1 календарда жок.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarService.cpp" line="177"/>
        <source>Choose the day it moves to.</source>
        <translation>Кайсы күнгө которуларын тандаңыз.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarService.cpp" line="185"/>
        <source>%1 is in the calendar already.</source>
        <extracomment>%1: a date (YYYY-MM-DD).</extracomment>
        <translation>%1 календарда бар.</translation>
    </message>
</context>
<context>
    <name>dpo::CaseRegisterModel</name>
    <message>
        <location filename="../models/items/CaseRegisterModel.cpp" line="160"/>
        <source>Loading…</source>
        <translation>Жүктөлүүдө…</translation>
    </message>
</context>
<context>
    <name>dpo::CaseRegisterPage</name>
    <message>
        <location filename="../ui/pages/CaseRegisterPage.cpp" line="30"/>
        <source>Register…</source>
        <translation>Каттоо…</translation>
    </message>
    <message>
        <location filename="../ui/pages/CaseRegisterPage.cpp" line="43"/>
        <source>Show:</source>
        <translation>Көрсөтүү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/CaseRegisterPage.cpp" line="49"/>
        <source>Select a case to see it below; a double click opens its subject</source>
        <translation>Төмөндө көрүү үчүн ишти тандаңыз; эки жолу басуу анын субъектисин ачат</translation>
    </message>
    <message>
        <location filename="../ui/pages/CaseRegisterPage.cpp" line="64"/>
        <source>Reading the register…</source>
        <translation>Реестр окулууда…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/CaseRegisterPage.cpp" line="166"/>
        <source>%Ln entries.</source>
        <extracomment>%Ln: the number of entries in the register.</extracomment>
        <translation>
            <numerusform>%Ln жазуу.</numerusform>
            <numerusform>%Ln жазуу.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/CaseRegisterPage.cpp" line="225"/>
        <source>Select a case to see it below, or several with Shift or Ctrl to act on them at once; a double click opens its subject</source>
        <translation>Төмөндө көрүү үчүн ишти тандаңыз, же бир учурда иштөө үчүн Shift же Ctrl менен бир нечесин; эки жолу басуу анын субъектисин ачат</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/CaseRegisterPage.cpp" line="127"/>
        <source>%Ln overdue.</source>
        <extracomment>%Ln: the number of cases overdue.</extracomment>
        <translation>
            <numerusform>%Ln мөөнөтү өткөн.</numerusform>
            <numerusform>%Ln мөөнөтү өткөн.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::CaseWorkPage</name>
    <message>
        <location filename="../ui/pages/CaseWorkPage.cpp" line="46"/>
        <source>Select the cases in the register first: Shift or Ctrl selects several, Ctrl+A all of those read.</source>
        <translation>Адегенде реестрден иштерди тандаңыз: Shift же Ctrl бир нечесин, Ctrl+A окулгандардын баарын тандайт.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CaseWorkPage.cpp" line="56"/>
        <source>%L1 selected rows are not read yet and are left out.</source>
        <extracomment>%1: the number of selected rows not yet read from the database.</extracomment>
        <translation>Тандалган %L1 сап азырынча окула элек, алар кошулбайт.</translation>
    </message>
</context>
<context>
    <name>dpo::CertificateChain</name>
    <message>
        <location filename="../models/security/Certificate.cpp" line="101"/>
        <source>No certificate was found: a PEM file with &quot;BEGIN CERTIFICATE&quot; is expected, the signer&apos;s certificate first.</source>
        <translation>Сертификат табылган жок: «BEGIN CERTIFICATE» камтыган PEM файлы күтүлөт, биринчи кол коюучунун сертификаты.</translation>
    </message>
    <message>
        <location filename="../models/security/Certificate.cpp" line="108"/>
        <source>Certificate %1 in the file was not issued by certificate %2: the signer&apos;s certificate comes first, each followed by its issuer&apos;s.</source>
        <extracomment>%1 and %2: positions of certificates in the file (1 is the first).</extracomment>
        <translation>Файлдагы %1-сертификатты %2-сертификат берген эмес: биринчи кол коюучунун сертификаты, ар биринен кийин аны берген борбордун сертификаты турат.</translation>
    </message>
    <message>
        <location filename="../models/security/Certificate.cpp" line="132"/>
        <source>The certificate&apos;s public key cannot be read.</source>
        <translation>Сертификаттын ачык ачкычы окулбай калды.</translation>
    </message>
</context>
<context>
    <name>dpo::ChoiceNoteDialog</name>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="114"/>
        <source>Anything the case should record besides the choice above</source>
        <translation>Жогорку тандоодон тышкары иште жазылышы керек болгон нерсе</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="117"/>
        <source>Note:</source>
        <translation>Эскертүү:</translation>
    </message>
</context>
<context>
    <name>dpo::ClaimDialog</name>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="28"/>
        <source>Register a claim or a request for own data</source>
        <translation>Дооматты же өз маалыматтары боюнча суроону каттоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="73"/>
        <location filename="../ui/pages/ClaimDialog.cpp" line="156"/>
        <source>Full name (the subject&apos;s, when left empty)</source>
        <translation>Аты-жөнү (бош калса, субъекттики)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="90"/>
        <source>What the claim is about</source>
        <translation>Дооматтын маңызы</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="36"/>
        <source>The claim&apos;s document</source>
        <translation>Дооматтын документи</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="43"/>
        <source>What is asked; it sets the period for the answer</source>
        <translation>Эмне суралып жатат; ал жооптун мөөнөтүн аныктайт</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="57"/>
        <source>The body whose request this is</source>
        <translation>Бул суроо-талапты жиберген орган</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="62"/>
        <location filename="../ui/pages/ClaimDialog.cpp" line="63"/>
        <source>The number on the body&apos;s letter</source>
        <translation>Органдын катындагы номер</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="68"/>
        <source>The date on the body&apos;s letter</source>
        <translation>Органдын катындагы күн</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="71"/>
        <location filename="../ui/pages/ClaimDialog.cpp" line="162"/>
        <source>When the claimant is a subject: find them by name, INN, phone or platform reference</source>
        <translation>Доогер субъект болсо: аны аты-жөнү, ПИН, телефону же платформадагы номери боюнча табыңыз</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="74"/>
        <source>Who wrote: their full name, or empty for the subject found above</source>
        <translation>Ким жазды: анын толук аты-жөнү, же жогоруда табылган субъект үчүн бош</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="76"/>
        <source>Where the answer goes: a postal address, a phone number or an e-mail address</source>
        <translation>Жооп кайда жөнөтүлөт: почта дареги, телефон номери же электрондук почта дареги</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="82"/>
        <source>The day the letter arrived; the period counts from the day after</source>
        <translation>Кат келген күн; мөөнөт кийинки күндөн эсептелет</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="84"/>
        <source>How the letter arrived</source>
        <translation>Кат кантип келди</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="89"/>
        <source>What the letter asks or complains of, in a few words</source>
        <translation>Кат эмнени сурайт же эмнеге даттанат, кыскача</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="94"/>
        <source>Kind:</source>
        <translation>Түрү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="95"/>
        <source>Body:</source>
        <translation>Орган:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="96"/>
        <source>Request number:</source>
        <translation>Суроонун номери:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="97"/>
        <source>Request date:</source>
        <translation>Суроонун күнү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="98"/>
        <source>Subject:</source>
        <translation>Субъект:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="99"/>
        <source>Claimant:</source>
        <translation>Доогер:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="100"/>
        <source>Contact:</source>
        <translation>Байланыш:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="101"/>
        <source>Received on:</source>
        <translation>Кабыл алынган күнү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="102"/>
        <source>How it came:</source>
        <translation>Кантип келди:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="103"/>
        <source>About:</source>
        <translation>Маңызы:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="104"/>
        <source>Documents:</source>
        <translation>Документтер:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="105"/>
        <source>Answer due:</source>
        <translation>Жооптун мөөнөтү:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/ClaimDialog.cpp" line="132"/>
        <source>%1 (%Ln calendar day(s) from receipt, by the working-day calendar: the organisation&apos;s own target, not a period set by law)</source>
        <extracomment>The due date of a case. %1: the due date; %Ln: the number of calendar days from receipt.</extracomment>
        <translation>
            <numerusform>%1 (кабыл алгандан тартып %Ln календардык күн, иш күндөрүнүн календары боюнча: мыйзам белгилеген мөөнөт эмес, уюмдун өз максаты)</numerusform>
            <numerusform>%1 (кабыл алгандан тартып %Ln календардык күн, иш күндөрүнүн календары боюнча: мыйзам белгилеген мөөнөт эмес, уюмдун өз максаты)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="155"/>
        <source>Empty: the body&apos;s name</source>
        <translation>Бош болсо: органдын аталышы</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="161"/>
        <source>Required: the subject whose data is to be corrected</source>
        <translation>Милдеттүү: маалыматтары оңдолуучу субъект</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="28"/>
        <source>Register</source>
        <translation>Каттоо</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/ClaimDialog.cpp" line="138"/>
        <source>%1 (%Ln calendar day(s) from receipt, by the working-day calendar)</source>
        <extracomment>The due date of a case. %1: the due date; %Ln: the number of calendar days from receipt.</extracomment>
        <translation>
            <numerusform>%1 (кабыл алгандан тартып %Ln календардык күн, иш күндөрүнүн календары боюнча)</numerusform>
            <numerusform>%1 (кабыл алгандан тартып %Ln календардык күн, иш күндөрүнүн календары боюнча)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::ClaimLetter</name>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="121"/>
        <source>Answer to your request for your personal data No. %1 of %2</source>
        <extracomment>A letter&apos;s heading. %1: the claim&apos;s number; %2: the date it was received.</extracomment>
        <translation>Сиздин %2 күнкү № %1 жеке маалыматтарыңыз боюнча суроо-талабыңызга жооп</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="125"/>
        <source>Answer to your pre-trial claim No. %1 of %2</source>
        <extracomment>A letter&apos;s heading. %1: the claim&apos;s number; %2: the date it was received.</extracomment>
        <translation>Сиздин %2 күнкү № %1 дооматыңызга жооп</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="131"/>
        <source>You wrote about:</source>
        <translation>Кайрылуунун маңызы:</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="139"/>
        <source>Outcome:</source>
        <translation>Жыйынтык:</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="159"/>
        <source>This information is given within a week of your request, as Article 17 of the Law No. 58 &quot;On personal information&quot; requires of the holder of personal data.</source>
        <translation>Бул маалымат «Жеке мүнөздөгү маалымат жөнүндө» № 58 Мыйзамдын 17-беренесинде жеке маалыматтарды кармоочуга талап кылынгандай, суроо-талабыңыз келип түшкөндөн тартып бир жуманын ичинде берилди.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="164"/>
        <source>This information is given under Article 17 of the Law No. 58 &quot;On personal information&quot;.</source>
        <translation>Бул маалымат «Жеке мүнөздөгү маалымат жөнүндө» № 58 Мыйзамдын 17-беренесине ылайык берилди.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="173"/>
        <source>If you disagree with this answer, you may go to court.</source>
        <translation>Бул жооп менен макул болбосоңуз, сотко кайрыла аласыз.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="186"/>
        <source>The report of the personal data we hold about you is enclosed (Law No. 58, Art. 17).</source>
        <translation>Биз сиз жөнүндө сактаган жеке маалыматтар боюнча отчет тиркелет (№ 58 Мыйзам, 17-берене).</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="190"/>
        <source>A refusal to give you your data must be reasoned and cite the paragraph of Article 15 of the Law No. 58 it rests on; you may appeal it to the State Agency for Personal Data Protection or to a court.</source>
        <translation>Маалыматтарыңызды берүүдөн баш тартуу негизделген болушу жана № 58 Мыйзамдын 15-беренесинин тиешелүү пунктуна шилтеме кылышы керек; аны Министрлер Кабинетине караштуу Жеке маалыматтарды коргоо боюнча мамлекеттик агенттикке же сотко даттанууга болот.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="169"/>
        <source>This written answer is given within 30 calendar days of your claim (policy 14.2). If you disagree, you may go to court.</source>
        <translation>Бул жазуу жүзүндөгү жооп дооматыңыз келгенден тартып 30 календардык күндүн ичинде берилди (саясаттын 14.2-пункту). Макул болбосоңуз, сотко кайрыла аласыз.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="37"/>
        <source>(removed)</source>
        <translation>(өчүрүлдү)</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="41"/>
        <source>We corrected your data as follows:</source>
        <translation>Сиздин маалыматтарыңыз төмөнкүдөй оңдолду:</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="42"/>
        <source>Data</source>
        <translation>Маалыматтар</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="43"/>
        <source>Now reads</source>
        <translation>Азыр мындай</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="44"/>
        <source>Corrected on</source>
        <translation>Оңдолгон күнү</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="47"/>
        <source>We gave this data to no other organisation: no one else needs to be told of the correction.</source>
        <translation>Бул маалыматтарды биз башка эч бир уюмга берген эмеспиз: оңдоо тууралуу эч кимге билдирүүнүн кереги жок.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="57"/>
        <source>To be told</source>
        <translation>Билдирилет</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="58"/>
        <source>The organisations that received this data are told of the correction:</source>
        <translation>Бул маалыматтарды алган уюмдарга оңдоо тууралуу билдирилет:</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="61"/>
        <source>Organisation</source>
        <translation>Уюм</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="62"/>
        <source>Told on</source>
        <translation>Билдирилген күнү</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="110"/>
        <source>Answer to your request No. %1 of %2</source>
        <extracomment>A letter&apos;s heading, answering a state body. %1: the body&apos;s own number of its request; %2: the request&apos;s date. Uses the letter&apos;s formal register.</extracomment>
        <translation>Сиздин %2 күнкү № %1 суроо-талабыңызга жооп</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="116"/>
        <source>Answer to your request to correct your personal data No. %1 of %2</source>
        <extracomment>A letter&apos;s heading. %1: the claim&apos;s number; %2: the date it was received.</extracomment>
        <translation>Сиздин %2 күнкү № %1 жеке маалыматтарыңызды оңдоо жөнүндө өтүнүчүңүзгө жооп</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="152"/>
        <source>You undertook to tell us of changes to your data with the documents that show them (privacy policy 12.3); we update the data we hold accordingly (1.1.7). If you disagree with this answer, you may appeal to the State Agency for Personal Data Protection or to a court.</source>
        <translation>Сиз маалыматтарыңыздагы өзгөрүүлөр тууралуу аларды тастыктаган документтер менен билдирүүгө милдеттенгенсиз (Купуялуулук саясатынын 12.3-пункту); биз өзүбүздөгү маалыматтарды ошого ылайык актуалдаштырабыз (1.1.7-пункт). Бул жоопко макул болбосоңуз, Министрлер Кабинетине караштуу Жеке маалыматтарды коргоо боюнча мамлекеттик агенттикке же сотко кайрыла аласыз.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="179"/>
        <source>Your request is refused, in whole or in part, under paragraph %1 of Article 15 of the Law No. 58 &quot;On personal information&quot;. You may appeal this refusal to the State Agency for Personal Data Protection or to a court.</source>
        <extracomment>The closing of a letter refusing a subject&apos;s access request. %1: the paragraph&apos;s number, e.g. &quot;2&quot; or &quot;3.1&quot;. Name the agency in full, as a letter does.</extracomment>
        <translation>Сиздин суроо-талабыңыз «Жеке мүнөздөгү маалымат жөнүндө» № 58 Мыйзамдын 15-беренесинин %1-пунктуна ылайык толугу менен же жарым-жартылай четке кагылды. Бул баш тартууга Министрлер Кабинетине караштуу Жеке маалыматтарды коргоо боюнча мамлекеттик агенттикке же сотко даттана аласыз.</translation>
    </message>
</context>
<context>
    <name>dpo::ClaimLetterService</name>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="98"/>
        <source>Claim %1 has no answer yet: draft it first.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>%1-дооматка азырынча жооп жок: адегенде аны даярдаңыз.</translation>
    </message>
</context>
<context>
    <name>dpo::ClaimLinkDialog</name>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="155"/>
        <source>Link the claim</source>
        <translation>Дооматты байланыштыруу</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="155"/>
        <source>Link</source>
        <translation>Байланыштыруу</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="160"/>
        <source>Withdrawal request</source>
        <translation>Кайтарып алуу боюнча арыз</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="161"/>
        <source>Disclosure</source>
        <translation>Ачыкка чыгаруу</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="162"/>
        <source>Claim or request for own data</source>
        <translation>Доомат же өз маалыматы боюнча суроо-талап</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="165"/>
        <source>The kind of case to link this claim to</source>
        <translation>Бул доомат байланыштырыла турган иштин түрү</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="166"/>
        <source>The number of that case in its register</source>
        <translation>Ошол иштин өз реестриндеги номери</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="167"/>
        <source>Link to:</source>
        <translation>Эмне менен:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="168"/>
        <source>Number:</source>
        <translation>Номери:</translation>
    </message>
</context>
<context>
    <name>dpo::ClaimPane</name>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="79"/>
        <source>Draft answer…</source>
        <translation>Жооптун долбоору…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="81"/>
        <source>Answer sent…</source>
        <translation>Жооп жөнөтүлдү…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="83"/>
        <source>Close…</source>
        <comment>a claim</comment>
        <translation>Жабуу…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="86"/>
        <source>Recalculate due date</source>
        <translation>Мөөнөттү кайра эсептөө</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="88"/>
        <source>Link…</source>
        <translation>Байланыштыруу…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="90"/>
        <source>Unlink</source>
        <translation>Байланышты алуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="92"/>
        <source>Data report…</source>
        <translation>Маалымат отчету…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="93"/>
        <source>The subject data report that answers a request for own data (Law No. 58 Art. 17), as PDF in the letter&apos;s language</source>
        <translation>Өз маалыматы боюнча суроо-талапка жооп болгон субъекттин маалымат отчету (№ 58 Мыйзам, 17-берене), каттын тилинде PDF түрүндө</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="134"/>
        <source>Linked requests, disclosures and claims</source>
        <translation>Байланышкан арыздар, ачып берүүлөр жана дооматтар</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="75"/>
        <source>Claims</source>
        <translation>Дооматтар</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="41"/>
        <source>(removed or since erased)</source>
        <translation>(өчүрүлгөн же кийин жок кылынган)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="48"/>
        <source>%1: %2 (%3, %4)</source>
        <extracomment>One correction made. %1: the field&apos;s name, e.g. &quot;Phone&quot;; %2: the new value; %3: the date; %4: the officer&apos;s user name.</extracomment>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="53"/>
        <source>Corrected:</source>
        <extracomment>A label: the subject&apos;s data the claim corrected, listed after it.</extracomment>
        <translation>Оңдолду:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="54"/>
        <source>nothing yet</source>
        <translation>азырынча эч нерсе</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="62"/>
        <source>%1: told on %2, %3</source>
        <extracomment>%1: the recipient&apos;s name; %2: a date; %3: how they were told, e.g. &quot;by e-mail&quot;.</extracomment>
        <translation>%1: %2 билдирилди, %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="67"/>
        <source>%1: not yet told</source>
        <extracomment>%1: the recipient&apos;s name.</extracomment>
        <translation>%1: азырынча билдирилген жок</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="68"/>
        <source>Recipients to tell:</source>
        <translation>Билдирүүчү алуучулар:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="69"/>
        <source>none received the data</source>
        <translation>маалыматтарды эч ким алган эмес</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="95"/>
        <source>Correct data…</source>
        <translation>Маалыматтарды оңдоо…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="98"/>
        <source>Recipient told…</source>
        <translation>Алуучуга билдирилди…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="115"/>
        <source>Linked requests and disclosures</source>
        <translation>Байланышкан өтүнүчтөр жана ачыкка чыгаруулар</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="96"/>
        <source>Correct the fields the subject&apos;s documents show to be wrong (privacy policy 12.3)</source>
        <translation>Субъекттин документтери ката экенин көрсөткөн талааларды оңдоо (Купуялуулук саясатынын 12.3-пункту)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="80"/>
        <source>Write the answer and its outcome; the letter is printed from it</source>
        <translation>Жоопту жана анын жыйынтыгын жазуу; кат ошондон басылып чыгат</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="82"/>
        <source>Record the day and the way the written answer was sent</source>
        <translation>Жазуу жүзүндөгү жооп жөнөтүлгөн күндү жана жолду жазуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="84"/>
        <source>Close the case once its answer is sent</source>
        <translation>Жообу жөнөтүлгөндөн кийин ишти жабуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="87"/>
        <source>Count the due date again on the calendar as it is now (after a calendar change)</source>
        <translation>Мөөнөттү календардын азыркы абалы боюнча кайра эсептөө (календарь өзгөргөндөн кийин)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="89"/>
        <source>Link this case to a withdrawal, a disclosure or another claim</source>
        <translation>Бул ишти кайтарып алууга, ачыкка чыгарууга же башка дооматка байланыштыруу</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="91"/>
        <source>Remove the selected link; the linked case stays as it is</source>
        <translation>Тандалган байланышты алуу; байланышкан иш өзгөрбөйт</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="99"/>
        <source>Record that a recipient of the corrected data was told of the correction</source>
        <translation>Оңдолгон маалыматтарды алуучуга оңдоо тууралуу билдирилгенин жазуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="117"/>
        <source>The withdrawals, disclosures and claims this case is linked to; select one to unlink it</source>
        <translation>Бул иш байланышкан кайтарып алуулар, ачыкка чыгаруулар жана дооматтар; байланышты алуу үчүн тандаңыз</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="171"/>
        <source>Select a claim or request in the list to work on it.</source>
        <translation>Иштөө үчүн тизмеден дооматты же суроо-талапты тандаңыз.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="180"/>
        <source>%1 No. %2: %3</source>
        <extracomment>A case&apos;s title. %1: the claim&apos;s kind, e.g. &quot;Pre-trial claim&quot;; %2: its number; %3: its state, e.g. &quot;Answered&quot;.</extracomment>
        <translation>%1 № %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="188"/>
        <source>Claimant:</source>
        <translation>Доогер:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="193"/>
        <source>Request:</source>
        <translation>Суроо-талап:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="196"/>
        <source>%1, No. %2 of %3</source>
        <extracomment>A state body&apos;s request. %1: the body&apos;s name; %2: the body&apos;s own number of its request; %3: the request&apos;s date.</extracomment>
        <translation>%1, %3 күнкү № %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="200"/>
        <source>Subject:</source>
        <translation>Субъект:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="203"/>
        <source>Received:</source>
        <extracomment>A label: the day and way the claim was received (the claim, not a document).</extracomment>
        <translation>Кабыл алынды:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="205"/>
        <location filename="../ui/pages/ClaimPane.cpp" line="222"/>
        <source>%1, %2</source>
        <extracomment>How a case arrived. %1: the date; %2: the channel, e.g. &quot;by post&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="212"/>
        <source>Answer due:</source>
        <translation>Жооптун мөөнөтү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="213"/>
        <source>About:</source>
        <translation>Маңызы:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="214"/>
        <source>Answer:</source>
        <translation>Жооп:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="219"/>
        <source>by post</source>
        <comment>answer sent</comment>
        <translation>почта аркылуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="220"/>
        <source>by hand</source>
        <comment>answer sent</comment>
        <translation>колго тапшырылды</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="221"/>
        <source>by email</source>
        <comment>answer sent</comment>
        <translation>электрондук почта аркылуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="225"/>
        <source>, tracking number %1</source>
        <extracomment>Appended to how an answer was sent. %1: the post&apos;s tracking number.</extracomment>
        <translation>, трек-номери %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="226"/>
        <source>Sent:</source>
        <translation>Жөнөтүлдү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="232"/>
        <source>%1 (as drafted)</source>
        <extracomment>%1: the outcome, e.g. &quot;Satisfied&quot;.</extracomment>
        <translation>%1 (долбоор боюнча)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="238"/>
        <source>Law No. 58 Art. 15, paragraph %1</source>
        <extracomment>%1: the paragraph&apos;s number, e.g. &quot;2&quot; or &quot;3.1&quot;.</extracomment>
        <translation>№ 58 Мыйзамдын 15-беренесинин %1-пункту</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="239"/>
        <source>Outcome:</source>
        <translation>Жыйынтык:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="243"/>
        <source>Registered by:</source>
        <translation>Каттаган:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="252"/>
        <source>No. %1: %2</source>
        <extracomment>A linked case. %1: its number; %2: what it is, e.g. &quot;disclosure to Bank X on 3 March 2026&quot;.</extracomment>
        <translation>№ %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="299"/>
        <source>The data of No. %1 is corrected; tell each recipient listed.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>№ %1 боюнча маалыматтар оңдолду; тизмедеги ар бир алуучуга билдириңиз.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="314"/>
        <source>%1 told of the correction</source>
        <extracomment>A dialog&apos;s title. %1: the recipient&apos;s name.</extracomment>
        <translation>%1 аттуу алуучуга оңдоо тууралуу билдирилди</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="315"/>
        <source>Note:</source>
        <translation>Эскертүү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="323"/>
        <source>%1 is recorded as told.</source>
        <extracomment>%1: the recipient&apos;s name.</extracomment>
        <translation>%1 кабардар кылынды деп жазылды.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="337"/>
        <source>The answer to No. %1 is drafted.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>№ %1 жообунун долбоору сакталды.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="351"/>
        <source>The answer to No. %1 is logged as sent.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>№ %1 жообу жөнөтүлдү деп жазылды.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="367"/>
        <source>No. %1 is closed.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>№ %1 жабылды.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="381"/>
        <source>No. %1 is linked.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>№ %1 байланыштырылды.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="389"/>
        <source>Recalculate the due date</source>
        <translation>Мөөнөттү кайра эсептөө</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="391"/>
        <source>Count the due date of No. %1 again on today&apos;s calendar? It is now %2; the change is recorded in the audit trail.</source>
        <extracomment>%1: the claim&apos;s number; %2: its due date now.</extracomment>
        <translation>№ %1 мөөнөтүн бүгүнкү календар боюнча кайра эсептейсизби? Азыр %2; өзгөртүү аудит журналына жазылат.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="403"/>
        <source>The due date of No. %1 is %2.</source>
        <extracomment>%1: the claim&apos;s number; %2: its due date.</extracomment>
        <translation>№ %1 мөөнөтү: %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="113"/>
        <source>The document is attached to No. %1.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>Документ № %1 тиркелди.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="415"/>
        <source>The link is removed.</source>
        <translation>Байланыш алынып салынды.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="104"/>
        <source>Answer letter: No. %1</source>
        <extracomment>A dialog&apos;s title. %1: the claim&apos;s number.</extracomment>
        <translation>Жооп кат: № %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="426"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="426"/>
        <source>Save the subject data report</source>
        <translation>Субъекттин маалыматтары боюнча отчетту сактоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="433"/>
        <source>Subject data report</source>
        <translation>Жеке маалымат субъектисинин маалыматтары боюнча отчет</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="437"/>
        <source>The subject data report is saved: %1</source>
        <extracomment>%1: the file&apos;s path.</extracomment>
        <translation>Субъекттин маалыматтары боюнча отчет сакталды: %1</translation>
    </message>
</context>
<context>
    <name>dpo::ClaimRegister</name>
    <message>
        <location filename="../models/items/ClaimRegister.cpp" line="13"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../models/items/ClaimRegister.cpp" line="14"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location filename="../models/items/ClaimRegister.cpp" line="15"/>
        <source>Claimant</source>
        <translation>Доогер</translation>
    </message>
    <message>
        <location filename="../models/items/ClaimRegister.cpp" line="16"/>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <location filename="../models/items/ClaimRegister.cpp" line="18"/>
        <source>Received</source>
        <extracomment>A column: the day the claim was received.</extracomment>
        <translation>Кабыл алынган</translation>
    </message>
    <message>
        <location filename="../models/items/ClaimRegister.cpp" line="19"/>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <location filename="../models/items/ClaimRegister.cpp" line="20"/>
        <source>Deadline</source>
        <translation>Калган мөөнөт</translation>
    </message>
    <message>
        <location filename="../models/items/ClaimRegister.cpp" line="21"/>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
</context>
<context>
    <name>dpo::ClaimService</name>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="85"/>
        <source>register a claim</source>
        <translation>дооматты каттоо</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="89"/>
        <source>The date of receipt is missing or not a date.</source>
        <translation>Кабыл алынган күн жок же күн эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="92"/>
        <source>The date of receipt %1 is in the future.</source>
        <extracomment>%1: a date (YYYY-MM-DD).</extracomment>
        <translation>Кабыл алынган күн %1 келечекте.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="95"/>
        <source>Say what the claim is about.</source>
        <translation>Дооматтын маңызын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="99"/>
        <source>&quot;%1&quot; is not a way a claim arrives: use %2.</source>
        <extracomment>%1: the channel as given; %2: the channels allowed, separated by commas.</extracomment>
        <translation>«%1» доомат келген жол эмес: %2 колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="141"/>
        <source>No subject has the platform reference %1.</source>
        <extracomment>%1: the platform reference as typed.</extracomment>
        <translation>%1 платформалык номери менен субъект жок.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="151"/>
        <source>Name the claimant, or give the subject&apos;s platform reference.</source>
        <translation>Доогерди атаңыз же субъекттин платформадагы номерин бериңиз.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="191"/>
        <source>The database did not return the new claim&apos;s number.</source>
        <translation>Маалымат базасы жаңы дооматтын номерин кайтарган жок.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="247"/>
        <source>&quot;%1&quot; is not an outcome: use %2.</source>
        <extracomment>%1: the outcome as given; %2: the outcomes allowed, separated by commas.</extracomment>
        <translation>«%1» жыйынтык эмес: %2 колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="251"/>
        <source>A refusal, in whole or in part, needs its reasons.</source>
        <translation>Толук же жарым-жартылай баш тартуунун себептери жазылышы керек.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="259"/>
        <source>Refusing a request for own data cites the paragraph of Law No. 58 Art. 15 it rests on.</source>
        <translation>Өз маалыматы боюнча суроо-талаптан баш тартуу № 58 Мыйзамдын 15-беренесинин тиешелүү пунктуна шилтеме берет.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="265"/>
        <source>&quot;%1&quot; is not a paragraph number of Art. 15 (write it as 2 or 3.1).</source>
        <extracomment>%1: the paragraph as typed.</extracomment>
        <translation>&quot;%1&quot; — 15-берененин пунктунун номери эмес (2 же 3.1 деп жазыңыз).</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="271"/>
        <source>Only a refused request for own data cites a paragraph of Art. 15.</source>
        <translation>15-берененин пунктуна өз маалыматы боюнча четке кагылган суроо-талап гана шилтеме берет.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="291"/>
        <source>draft an answer</source>
        <translation>жооптун долбоорун даярдоо</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="294"/>
        <source>The answer has no text.</source>
        <translation>Жоопто текст жок.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="290"/>
        <location filename="../models/services/ClaimService.cpp" line="331"/>
        <location filename="../models/services/ClaimService.cpp" line="377"/>
        <location filename="../models/services/ClaimService.cpp" line="387"/>
        <location filename="../models/services/ClaimService.cpp" line="445"/>
        <location filename="../models/services/RectificationService.cpp" line="198"/>
        <source>Claim %1</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>%1-доомат</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="64"/>
        <source>&quot;%1&quot; is not a kind of claim: use claim, access, authority or rectification.</source>
        <extracomment>%1: the kind as given.</extracomment>
        <translation>&quot;%1&quot; — кайрылуунун түрү эмес: claim, access, authority же rectification колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="107"/>
        <source>Name the body that sent the request: the State Agency for Personal Data Protection (state_agency) or the Ombudsman (ombudsman).</source>
        <translation>Суроо-талапты жиберген органды көрсөтүңүз: Жеке маалыматтарды коргоо боюнча мамлекеттик агенттик (state_agency) же Акыйкатчы (ombudsman).</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="111"/>
        <source>Give the number of the body&apos;s request (1 to 64 characters).</source>
        <translation>Органдын суроо-талабынын номерин көрсөтүңүз (1ден 64 белгиге чейин).</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="114"/>
        <source>The date of the body&apos;s request is missing or after its receipt.</source>
        <translation>Органдын суроо-талабынын датасы жок же ал келип түшкөн күндөн кийин.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="118"/>
        <source>Only a request of the State Agency or the Ombudsman names a body, a request number and a request date.</source>
        <translation>Органды, суроо-талаптын номерин жана датасын Мамлекеттик агенттиктин же Акыйкатчынын суроо-талабы гана атайт.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="124"/>
        <source>A request to correct data is the subject&apos;s own: give the subject&apos;s platform reference.</source>
        <translation>Маалыматтарды оңдоо өтүнүчүн субъект өзү берет: субъекттин платформадагы шилтемесин көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="299"/>
        <location filename="../models/services/ClaimService.cpp" line="347"/>
        <source>Claim %1 is answered already.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>%1-дооматка жооп берилген.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="306"/>
        <source>Reasons and a paragraph of Art. 15 go with an outcome: choose the outcome.</source>
        <translation>Негиздер жана 15-берененин пункту жыйынтык менен берилет: жыйынтыкты тандаңыз.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="400"/>
        <source>Claim %1: its draft states no outcome; close it on its own, with the outcome.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>%1-доомат: анын долбоорунда жыйынтык көрсөтүлгөн эмес; аны өзүнчө, жыйынтыгы менен жабыңыз.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="413"/>
        <source>Claim %1 is closed only once its written answer was sent.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>%1-доомат жазуу жүзүндөгү жооп жөнөтүлгөндөн кийин гана жабылат.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/ClaimService.cpp" line="420"/>
        <source>Claim %1 corrected data that %n recipient(s) received: record that each was told before closing it.</source>
        <extracomment>%1: the claim&apos;s number; %n: the number of recipients.</extracomment>
        <translation>
            <numerusform>%1-кайрылуу %n алуучу алган маалыматтарды оңдоду: жабуудан мурда ар бирине билдирилгенин жазыңыз.</numerusform>
            <numerusform>%1-кайрылуу %n алуучу алган маалыматтарды оңдоду: жабуудан мурда ар бирине билдирилгенин жазыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="453"/>
        <source>Claim %1 is answered: its due date no longer changes.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>%1-дооматка жооп берилген: анын мөөнөтү мындан ары өзгөрбөйт.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="496"/>
        <source>link a claim</source>
        <translation>дооматты байланыштыруу</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="500"/>
        <source>A claim cannot be linked to itself.</source>
        <translation>Дооматты өзүнө байланыштырууга болбойт.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="508"/>
        <source>withdrawal request %1</source>
        <extracomment>Completes &quot;There is no %1.&quot; %1: the request&apos;s number.</extracomment>
        <translation>кайтарып алуу боюнча %1-арыз</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="512"/>
        <source>disclosure %1</source>
        <extracomment>Completes &quot;There is no %1.&quot; %1: the disclosure&apos;s number.</extracomment>
        <translation>%1-ачып берүү</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="515"/>
        <source>claim %1</source>
        <extracomment>Completes &quot;There is no %1.&quot; %1: the claim&apos;s number.</extracomment>
        <translation>%1-доомат</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="517"/>
        <source>There is no %1.</source>
        <extracomment>%1: what is missing, e.g. &quot;claim 12&quot; or &quot;withdrawal request 3&quot;.</extracomment>
        <translation>%1 жок.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="546"/>
        <source>unlink a claim</source>
        <translation>дооматтын байланышын алуу</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="558"/>
        <source>Claim %1 is not linked to that.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>%1-доомат буга байланышкан эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimQueries.cpp" line="141"/>
        <source>withdrawal request of %1, received %2, %3</source>
        <extracomment>Describes a case linked to a claim. %1: the subject&apos;s name; %2: a date; %3: the request&apos;s state, e.g. &quot;executed&quot;.</extracomment>
        <translation>%1 кайтарып алуу арызы, %2 кабыл алынган, %3</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimQueries.cpp" line="148"/>
        <source>disclosure to %1 on %2</source>
        <extracomment>Describes a disclosure linked to a claim. %1: the recipient&apos;s name; %2: a date.</extracomment>
        <translation>%2 — %1 үчүн ачып берүү</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimQueries.cpp" line="154"/>
        <source>%1 of %2, received %3</source>
        <extracomment>Describes a claim linked to another claim. %1: the claim&apos;s kind, e.g. &quot;Pre-trial claim&quot;; %2: the claimant&apos;s name; %3: a date.</extracomment>
        <translation>%2 — %1, %3 кабыл алынган</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="332"/>
        <source>log an answer</source>
        <translation>жоопту каттоо</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="339"/>
        <source>&quot;%1&quot; is not a way to send an answer: use %2.</source>
        <extracomment>%1: the method as given; %2: the methods allowed, separated by commas.</extracomment>
        <translation>«%1» жоопту жөнөтүү жолу эмес: %2 колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="343"/>
        <source>An answer sent by post needs its tracking number.</source>
        <translation>Почта менен жөнөтүлгөн жоопко трек-номер керек.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="351"/>
        <source>The answer&apos;s date must be between the receipt (%1) and today.</source>
        <extracomment>%1: the date of receipt (YYYY-MM-DD).</extracomment>
        <translation>Жооптун күнү кабыл алуу (%1) менен бүгүнкү күндүн ортосунда болушу керек.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="378"/>
        <location filename="../models/services/ClaimService.cpp" line="388"/>
        <source>close a claim</source>
        <translation>дооматты жабуу</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="446"/>
        <source>recalculate a due date</source>
        <translation>мөөнөттү кайра эсептөө</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="89"/>
        <location filename="../models/services/ClaimService.cpp" line="220"/>
        <location filename="../models/services/ClaimQueries.cpp" line="101"/>
        <source>Claim %1 does not exist.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>%1-доомат жок.</translation>
    </message>
</context>
<context>
    <name>dpo::ClaimsPage</name>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="20"/>
        <source>Pre-trial claims and requests for own data</source>
        <translation>Дооматтар жана өз маалыматтары боюнча суроолор</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="21"/>
        <source>Policy 14.1-14.2: a written answer within 30 calendar days; Law No. 58 Art. 17: a subject&apos;s own data, and what the State Agency or the Ombudsman asks, within one week; a correction of data (policy 12.3): the organisation&apos;s own target of one week.</source>
        <translation>Саясаттын 14.1-14.2-пункттары: 30 календардык күндүн ичинде жазуу жүзүндөгү жооп; № 58 Мыйзамдын 17-беренеси: субъекттин өз маалыматтары жана Мамлекеттик агенттик же Акыйкатчы сураган маалымат бир жуманын ичинде; маалыматтарды оңдоо (саясаттын 12.3-пункту): уюмдун өз максаты — бир жума.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="29"/>
        <source>All</source>
        <comment>claims</comment>
        <translation>Баары</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="30"/>
        <source>Open</source>
        <comment>claims</comment>
        <translation>Ачыктары</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="31"/>
        <source>Due today</source>
        <comment>claims</comment>
        <translation>Бүгүн мөөнөтү бүтөт</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="32"/>
        <source>Due this week</source>
        <comment>claims</comment>
        <translation>Ушул жумада мөөнөтү бүтөт</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="33"/>
        <source>Overdue</source>
        <comment>claims</comment>
        <translation>Мөөнөтү өткөндөр</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="34"/>
        <source>Show all claims, or only the open ones, or those due soon or overdue</source>
        <translation>Бардык дооматтарды, же ачыктарын гана, же мөөнөтү жакындаганын же өткөнүн көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="35"/>
        <source>Register…</source>
        <translation>Каттоо…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="36"/>
        <source>Register a claim, a request for own data, a correction or an authority&apos;s request, with its letter</source>
        <translation>Дооматты, өз маалыматтары боюнча суроону, оңдоону же органдын суроо-талабын каты менен каттоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="40"/>
        <source>Close answered…</source>
        <extracomment>A button: closes the selected claims whose answer was sent (&quot;answered&quot; qualifies the claims).</extracomment>
        <translation>Жооп берилгендерди жабуу…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="42"/>
        <source>Closes the selected claims (Shift or Ctrl to select several), each with the outcome its draft states</source>
        <translation>Тандалган дооматтарды (бир нечесин тандоо үчүн Shift же Ctrl) ар биринин долбоорундагы жыйынтык менен жабат</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="71"/>
        <source>Claim %1 registered; the answer is due on %2.</source>
        <extracomment>%1: the claim&apos;s number; %2: the due date.</extracomment>
        <translation>%1-доомат катталды; жооптун мөөнөтү %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="88"/>
        <source>Close answered claims</source>
        <translation>Жооп берилген дооматтарды жабуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="90"/>
        <source>Close %L1 selected claims, each with the outcome its draft states? A claim whose answer was not sent, or whose draft states no outcome, is refused and stays as it is.</source>
        <extracomment>%1: the number of selected claims.</extracomment>
        <translation>Тандалган %L1 дооматты ар биринин долбоорунда көрсөтүлгөн жыйынтык менен жабасызбы? Жообу жөнөтүлбөгөн же долбоорунда жыйынтык көрсөтүлбөгөн доомат баш тартылып, өзгөрүүсүз калат.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="96"/>
        <source>Close the selected claims (%L1)</source>
        <extracomment>A dialog&apos;s title. %1: the number of selected claims.</extracomment>
        <translation>Тандалган дооматтарды жабуу (%L1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="96"/>
        <source>Claim No.</source>
        <translation>Дооматтын №</translation>
    </message>
</context>
<context>
    <name>dpo::CloseClaimDialog</name>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="146"/>
        <source>Close No. %1</source>
        <extracomment>A dialog&apos;s title. %1: the claim&apos;s number.</extracomment>
        <translation>№ %1 жабуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="146"/>
        <source>Close</source>
        <comment>a claim</comment>
        <translation>Жабуу</translation>
    </message>
</context>
<context>
    <name>dpo::ConnectionDialog</name>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="23"/>
        <source>Connect to a consent database</source>
        <translation>Макулдуктар базасына туташуу</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="27"/>
        <source>sqlite:/path/consent.sqlite or postgresql://user@host:5432/dbname</source>
        <translation>sqlite:/жол/consent.sqlite же postgresql://колдонуучу@сервер:5432/база</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="29"/>
        <source>Where the consent database is: a SQLite file or a PostgreSQL server; no password in it</source>
        <translation>Макулдуктар базасы кайда: SQLite файлы же PostgreSQL сервери; анда сыр сөз жок</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="31"/>
        <source>A connection saved before; choosing one fills in its URL</source>
        <translation>Мурда сакталган туташуу; тандалганда анын URL дареги толтурулат</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="32"/>
        <source>The name the connection is saved under</source>
        <translation>Туташуу сактала турган ат</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="33"/>
        <source>Profile name</source>
        <translation>Профилдин аталышы</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="34"/>
        <source>A name for this connection</source>
        <comment>profile name placeholder</comment>
        <translation>Бул туташуунун аталышы</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="40"/>
        <source>The PostgreSQL password is asked for when the server wants it, or read from PGPASSWORD or ~/.pgpass. It is never saved.</source>
        <translation>PostgreSQL сыр сөзү сервер талап кылганда суралат же PGPASSWORD, ~/.pgpass ичинен алынат. Ал эч качан сакталбайт.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="46"/>
        <source>Saved connection:</source>
        <translation>Сакталган туташуу:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="47"/>
        <source>Database URL:</source>
        <translation>Базанын дареги (URL):</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="48"/>
        <source>Save as profile</source>
        <translation>Профиль катары сактоо</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="49"/>
        <source>Save the URL under the name for the next start; no password is saved</source>
        <translation>URL дарегин кийинки ачуу үчүн ушул ат менен сактоо; сыр сөз сакталбайт</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="54"/>
        <source>Profile name:</source>
        <translation>Профилдин аты:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="57"/>
        <source>Connect</source>
        <comment>button</comment>
        <translation>Туташуу</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="58"/>
        <source>Open the database at the URL</source>
        <translation>URL дареги боюнча маалымат базасын ачуу</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="59"/>
        <source>Close the console</source>
        <translation>Консолду жабуу</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="113"/>
        <source>Give the profile a name before saving it.</source>
        <translation>Сактоодон мурун профилге ат бериңиз.</translation>
    </message>
</context>
<context>
    <name>dpo::ConnectionMonitor</name>
    <message numerus="yes">
        <location filename="../models/db/ConnectionMonitor.cpp" line="78"/>
        <source>The database has not answered for %n second(s).</source>
        <extracomment>%n: a number of seconds.</extracomment>
        <translation>
            <numerusform>Маалымат базасы %n секунддан бери жооп берген жок.</numerusform>
            <numerusform>Маалымат базасы %n секунддан бери жооп берген жок.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::ConnectionProfiles</name>
    <message>
        <location filename="../ui/ConnectionProfiles.cpp" line="21"/>
        <source>Embedded database (this computer)</source>
        <translation>Ички база (ушул компьютер)</translation>
    </message>
</context>
<context>
    <name>dpo::CorrectionDialog</name>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="18"/>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="20"/>
        <source>F or M</source>
        <translation>F же M</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="22"/>
        <source>14 digits</source>
        <translation>14 сан</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="24"/>
        <source>+996XXXXXXXXX</source>
        <translation>+996XXXXXXXXX</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="26"/>
        <source>e.g. ID1234567</source>
        <translation>мисалы, ID1234567</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="29"/>
        <source>empty removes it</source>
        <translation>бош калса, өчүрүлөт</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="36"/>
        <source>Correct the data of request No. %1</source>
        <extracomment>A dialog&apos;s title. %1: the claim&apos;s number.</extracomment>
        <translation>№ %1 өтүнүч боюнча маалыматтарды оңдоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="37"/>
        <source>Correct</source>
        <comment>the dialog&apos;s button: make the corrections</comment>
        <translation>Оңдоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="40"/>
        <source>Tick each field the subject&apos;s documents show to be wrong and write it as they show it. The old value is kept only as a digest; every recipient that received the field is to be told (privacy policy 12.3, 1.1.7).</source>
        <translation>Субъекттин документтери ката экенин көрсөткөн ар бир талааны белгилеп, аны документтердегидей жазыңыз. Эски маани дайджест катары гана сакталат; бул талааны алган ар бир алуучуга билдирилиши керек (Купуялуулук саясатынын 12.3, 1.1.7-пункттары).</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="54"/>
        <source>Tick to correct this field; its new value goes on the right</source>
        <translation>Бул талааны оңдоо үчүн белгилеңиз; жаңы мааниси оң жакка жазылат</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="55"/>
        <source>The correct value as the subject&apos;s documents show it</source>
        <translation>Субъекттин документтеринде көрсөтүлгөн туура маани</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="60"/>
        <source>corrected in this case already</source>
        <translation>бул иште мурда эле оңдолгон</translation>
    </message>
</context>
<context>
    <name>dpo::CsvReader</name>
    <message>
        <location filename="../models/import/CsvReader.cpp" line="76"/>
        <source>the record is longer than %1 bytes</source>
        <extracomment>Follows &quot;FILE:LINE:&quot; in an import error; the subject is the record. %1: a number of bytes.</extracomment>
        <translation>жазуу %1 байттан узун</translation>
    </message>
    <message>
        <location filename="../models/import/CsvReader.cpp" line="85"/>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>тырмакчадагы талаа файлдын аягына чейин жабылган жок</translation>
    </message>
    <message>
        <location filename="../models/import/CsvReader.cpp" line="125"/>
        <source>text follows the closing quote of a field</source>
        <translation>талаанын жабуучу тырмакчасынан кийин текст турат</translation>
    </message>
    <message>
        <location filename="../models/import/CsvReader.cpp" line="136"/>
        <source>a quote inside an unquoted field (quote the field and double the quote)</source>
        <translation>тырмакчасыз талаанын ичинде тырмакча бар (талааны тырмакчага алып, тырмакчаны кош жазыңыз)</translation>
    </message>
    <message>
        <location filename="../models/import/CsvReader.cpp" line="146"/>
        <source>the text is not valid UTF-8; save the file as UTF-8</source>
        <translation>текст туура UTF-8 эмес; файлды UTF-8 катары сактаңыз</translation>
    </message>
</context>
<context>
    <name>dpo::DashboardCards</name>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="19"/>
        <source>Claims and access requests due today</source>
        <translation>Бүгүн мөөнөтү бүтүүчү дооматтар жана маалымат суроолору</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="20"/>
        <source>The written answer is due today</source>
        <translation>Жазуу жүзүндөгү жооптун мөөнөтү бүгүн</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="21"/>
        <source>Withdrawal requests due today</source>
        <translation>Бүгүн мөөнөтү бүтүүчү кайтарып алуу арыздары</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="21"/>
        <source>The target date is today</source>
        <translation>Белгиленген мөөнөт бүгүн</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="23"/>
        <source>Overdue claims and access requests</source>
        <translation>Мөөнөтү өткөн дооматтар жана маалымат суроолору</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="23"/>
        <source>Past the legal due date</source>
        <translation>Мыйзамдуу мөөнөт өттү</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="25"/>
        <source>Overdue withdrawal requests</source>
        <translation>Мөөнөтү өткөн кайтарып алуу арыздары</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="25"/>
        <source>Past the target date</source>
        <translation>Белгиленген мөөнөт өттү</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="27"/>
        <source>Subjects not notified of a disclosure</source>
        <translation>Ачыкка чыгаруу тууралуу билдирүү ала элек субъекттер</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="27"/>
        <source>Policy 4.6.4</source>
        <translation>Саясаттын 4.6.4-пункту</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="29"/>
        <source>Claims and access requests due this week</source>
        <translation>Ушул жумада мөөнөтү бүтүүчү дооматтар жана маалымат суроолору</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="29"/>
        <location filename="../ui/pages/DashboardCards.cpp" line="31"/>
        <source>From today to Sunday</source>
        <translation>Бүгүндөн жекшембиге чейин</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="31"/>
        <source>Withdrawal requests due this week</source>
        <translation>Ушул жумада мөөнөтү бүтүүчү кайтарып алуу арыздары</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="33"/>
        <source>Open claims and access requests</source>
        <translation>Ачык дооматтар жана маалымат суроолору</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="33"/>
        <source>Awaiting a written answer</source>
        <translation>Жазуу жүзүндөгү жоопту күтүүдө</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="35"/>
        <source>Open withdrawal requests</source>
        <translation>Ачык кайтарып алуу арыздары</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="35"/>
        <source>Not yet executed</source>
        <translation>Азырынча аткарыла элек</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="37"/>
        <source>Disclosures not notified in time</source>
        <translation>Өз убагында билдирилбеген ачыкка чыгаруулар</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="38"/>
        <source>A subject not notified within the organisation&apos;s own target</source>
        <translation>Уюмдун өз максаттуу мөөнөтүндө билдирилбеген субъект</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="41"/>
        <source>Notifications failed</source>
        <extracomment>A card&apos;s title: disclosure notices to subjects that could not be delivered.</extracomment>
        <translation>Жеткирилбеген билдирүүлөр</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="42"/>
        <source>Subjects whose notice was not delivered</source>
        <translation>Билдирүүсү жеткирилбеген субъекттер</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="43"/>
        <source>Subjects under 18</source>
        <translation>18 жашка толо элек субъекттер</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="43"/>
        <source>Policy 9.1: to delete</source>
        <translation>Саясаттын 9.1-пункту: жок кылуу керек</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="45"/>
        <source>Data due for the retention review</source>
        <translation>Сактоо мөөнөтүн кароого тийиш маалыматтар</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="46"/>
        <source>Policy 6.2-6.3: keeps ended, face photos held after a withdrawal or a closed account</source>
        <translation>Саясаттын 6.2-6.3-пп.: сактоо мөөнөтү бүткөндөр, кайтарып алуудан же аккаунт жабылгандан кийинки жүздүн сүрөттөрү</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="48"/>
        <source>Data subjects</source>
        <translation>Жеке маалымат субъекттери</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="48"/>
        <source>In this database</source>
        <translation>Бул базада</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="49"/>
        <source>Overdue tasks</source>
        <translation>Мөөнөтү өткөн тапшырмалар</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="50"/>
        <source>A data system or a recipient has not confirmed by the due date</source>
        <translation>Маалымат тутуму же алуучу мөөнөтүндө тастыктаган жок</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="52"/>
        <source>Tasks not yet done</source>
        <translation>Аткарыла элек тапшырмалар</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="53"/>
        <source>What executed withdrawals ask of the platform&apos;s systems</source>
        <translation>Аткарылган кайтарып алуулар платформанын тутумдарынан эмнени талап кылат</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="54"/>
        <source>Feed events to review</source>
        <translation>Карап чыгуучу агым окуялары</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="55"/>
        <source>Privacy rules: erased data back, minors, withdrawn data sent</source>
        <translation>Купуялуулук эрежелери: өчүрүлгөн маалымат кайтты, жашы жетелектер, кайтарылган маалымат берилди</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="56"/>
        <source>Feed events rejected</source>
        <translation>Четке кагылган агым окуялары</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="57"/>
        <source>Each holds back its subject&apos;s later events</source>
        <translation>Ар бири өз субъектисинин кийинки окуяларын токтотуп турат</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="63"/>
        <source>Feed events waiting</source>
        <translation>Күтүп турган агым окуялары</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="66"/>
        <source>The oldest arrived %1</source>
        <extracomment>%1: a date and time.</extracomment>
        <translation>Эң эскиси %1 келген</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="67"/>
        <source>None waiting</source>
        <translation>Күтүп турганы жок</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="73"/>
        <source>Audit chain</source>
        <translation>Аудит чынжыры</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="76"/>
        <source>Never verified</source>
        <extracomment>The audit trail&apos;s state on a card: its chain was never checked.</extracomment>
        <translation>Эч качан текшерилген эмес</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="77"/>
        <source>Verify it in the Audit section</source>
        <translation>Аны «Аудит» бөлүмүндө текшериңиз</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="80"/>
        <source>Intact</source>
        <comment>audit chain</comment>
        <translation>Бүтүн</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="80"/>
        <source>Broken</source>
        <comment>audit chain</comment>
        <translation>Бузулган</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="82"/>
        <source>Last verified %1 by %2</source>
        <extracomment>%1: a date and time; %2: the officer&apos;s name.</extracomment>
        <translation>Акыркы жолу %1 текшерген: %2</translation>
    </message>
</context>
<context>
    <name>dpo::DashboardChartSet</name>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="184"/>
        <source>Disclosures by legal ground</source>
        <translation>Ачыкка чыгаруулар укуктук негиз боюнча</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="108"/>
        <source>Notices to subjects by channel</source>
        <translation>Субъекттерге билдирүүлөр канал боюнча</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="118"/>
        <source>Requests received per month</source>
        <translation>Айына келип түшкөн арыздар</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="120"/>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="138"/>
        <source>Withdrawal requests</source>
        <translation>Кайтарып алуу арыздары</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="121"/>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="139"/>
        <source>Pre-trial claims</source>
        <translation>Дооматтар (сотко чейинки)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="122"/>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="140"/>
        <source>Access requests</source>
        <translation>Маалымат суроолору</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="136"/>
        <source>Open cases by days left</source>
        <translation>Ачык иштер калган күндөр боюнча</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="143"/>
        <source>10 days or more</source>
        <translation>10 күн же көбүрөөк</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="143"/>
        <source>Under 10 days</source>
        <translation>10 күндөн аз</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="143"/>
        <source>Under 5 days</source>
        <translation>5 күндөн аз</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="144"/>
        <source>Overdue</source>
        <comment>deadline band</comment>
        <translation>Мөөнөтү өттү</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="157"/>
        <source>Consents given and withdrawn per month</source>
        <translation>Айына берилген жана кайтарылып алынган макулдуктар</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="160"/>
        <source>Given (left axis)</source>
        <translation>Берилген (сол огу)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="163"/>
        <source>Withdrawn (right axis)</source>
        <translation>Кайтарылып алынган (оң огу)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="197"/>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="232"/>
        <source>%1: none yet</source>
        <extracomment>An empty chart. %1: the chart&apos;s title.</extracomment>
        <translation>%1: азырынча жок</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="198"/>
        <source>Disclosures</source>
        <translation>Ачыкка чыгаруулар</translation>
    </message>
</context>
<context>
    <name>dpo::DashboardPage</name>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="37"/>
        <source>Today</source>
        <translation>Бүгүн</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="47"/>
        <source>Print preview…</source>
        <translation>Басып чыгаруудан мурун көрүү…</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="48"/>
        <source>Show the dashboard as it will be printed</source>
        <translation>Башкы бетти басылып чыга турган түрүндө көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="50"/>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="50"/>
        <source>Print the dashboard for a meeting</source>
        <translation>Жыйын үчүн башкы бетти басып чыгаруу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="52"/>
        <source>Save as PDF…</source>
        <translation>PDF катары сактоо…</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="52"/>
        <source>Save the dashboard as a PDF file</source>
        <translation>Башкы бетти PDF файл катары сактоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="116"/>
        <source>Open the list</source>
        <translation>Тизмени ачуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="184"/>
        <source>Open the withdrawal requests</source>
        <translation>Кайтарып алуу арыздарын ачуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="185"/>
        <source>Open the claims register</source>
        <translation>Дооматтар реестрин ачуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="199"/>
        <source>Overdue or due by %1 (within 3 working days):</source>
        <extracomment>%1: a date.</extracomment>
        <translation>Мөөнөтү өткөн же %1 чейин бүтөт (3 иш күнүнүн ичинде):</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/DashboardPage.cpp" line="204"/>
        <source>… and %n more.</source>
        <extracomment>Ends a list of cases. %n: the number not listed.</extracomment>
        <translation>
            <numerusform>… жана дагы %n.</numerusform>
            <numerusform>… жана дагы %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="217"/>
        <location filename="../ui/pages/DashboardPage.cpp" line="224"/>
        <location filename="../ui/pages/DashboardPage.cpp" line="243"/>
        <source>Dashboard</source>
        <translation>Башкы бет</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="228"/>
        <source>The dashboard went to the printer.</source>
        <translation>Башкы бет принтерге жөнөтүлдү.</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="235"/>
        <location filename="../ui/pages/DashboardPage.cpp" line="246"/>
        <source>Save the dashboard</source>
        <translation>Башкы бетти сактоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="236"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтер (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="244"/>
        <source>DPO Console</source>
        <translation>DPO Console</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="248"/>
        <source>Cannot write %1.</source>
        <extracomment>%1: the file&apos;s path.</extracomment>
        <translation>%1 жазылбай калды.</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="253"/>
        <source>The dashboard was saved to %1.</source>
        <extracomment>%1: the file&apos;s path.</extracomment>
        <translation>Башкы бет %1 файлына сакталды.</translation>
    </message>
</context>
<context>
    <name>dpo::DashboardPrintout</name>
    <message>
        <location filename="../ui/pages/DashboardPrintout.cpp" line="62"/>
        <source>Page %1 of %2</source>
        <extracomment>%1: the page&apos;s number; %2: the number of pages.</extracomment>
        <translation>%2 барактын %1-барагы</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPrintout.cpp" line="66"/>
        <source>DPO Console · dashboard of %1</source>
        <extracomment>The printout&apos;s header. %1: a date and time.</extracomment>
        <translation>DPO Console · %1 абалы боюнча башкы бет</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPrintout.cpp" line="75"/>
        <source>Dashboard</source>
        <translation>Башкы бет</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPrintout.cpp" line="81"/>
        <source>As of %1 (Bishkek time), printed by %2</source>
        <extracomment>%1: a date and time; %2: the officer&apos;s name.</extracomment>
        <translation>%1 абалы боюнча (Бишкек убактысы), басып чыгарган: %2</translation>
    </message>
</context>
<context>
    <name>dpo::Database</name>
    <message>
        <location filename="../models/db/Database.cpp" line="60"/>
        <source>The database file %1 does not exist. Create it with &quot;dpo-console init --database sqlite:%1 --admin NAME&quot;.</source>
        <extracomment>%1: the database file&apos;s path (twice, the second in a command to type).</extracomment>
        <translation>%1 маалымат базасынын файлы жок. Аны «dpo-console init --database sqlite:%1 --admin NAME» менен түзүңүз.</translation>
    </message>
    <message>
        <location filename="../models/db/Database.cpp" line="66"/>
        <source>Cannot create the database %1: the folder %2 does not exist.</source>
        <extracomment>%1: the database file&apos;s path; %2: the folder&apos;s path.</extracomment>
        <translation>%1 базасын түзүү мүмкүн эмес: %2 папкасы жок.</translation>
    </message>
    <message>
        <location filename="../models/db/Database.cpp" line="76"/>
        <source>Cannot create the database %1: %2</source>
        <extracomment>%1: the database file&apos;s path; %2: the system&apos;s reason.</extracomment>
        <translation>%1 маалымат базасын түзүүгө болбойт: %2</translation>
    </message>
    <message>
        <location filename="../models/db/Database.cpp" line="82"/>
        <source>%1 is a folder, not a database file.</source>
        <extracomment>%1: the path given.</extracomment>
        <translation>%1 — папка, маалымат базасынын файлы эмес.</translation>
    </message>
    <message>
        <location filename="../models/db/Database.cpp" line="113"/>
        <source>Cannot open the SQLite database %1: %2</source>
        <extracomment>%1: the database file&apos;s path; %2: SQLite&apos;s own message.</extracomment>
        <translation>%1 SQLite базасын ачуу мүмкүн эмес: %2</translation>
    </message>
    <message>
        <location filename="../models/db/Database.cpp" line="123"/>
        <source>%1 is not a SQLite consent database (%2).</source>
        <extracomment>%1: the database file&apos;s path; %2: why, a phrase from SQLite.</extracomment>
        <translation>%1 — макулдуктардын SQLite базасы эмес (%2).</translation>
    </message>
    <message>
        <location filename="../models/db/Database.cpp" line="134"/>
        <source>Cannot prepare the SQLite database %1: %2</source>
        <extracomment>%1: the database file&apos;s path; %2: SQLite&apos;s own message.</extracomment>
        <translation>%1 SQLite базасын даярдоо мүмкүн эмес: %2</translation>
    </message>
    <message>
        <location filename="../models/db/Database.cpp" line="182"/>
        <source>Cannot connect to PostgreSQL at %1: %2</source>
        <extracomment>%1: the server&apos;s address (no password); %2: the server&apos;s own message.</extracomment>
        <translation>%1 дарегиндеги PostgreSQL серверине туташуу мүмкүн эмес: %2</translation>
    </message>
    <message>
        <location filename="../models/db/Database.cpp" line="186"/>
        <source>The server is on another machine, so its certificate is checked (sslmode=verify-full): name the CA that signed it with sslrootcert=FILE in the URL, or choose a weaker sslmode there explicitly.</source>
        <translation>Сервер башка компьютерде, ошондуктан анын сертификаты текшерилет (sslmode=verify-full): ага кол койгон күбөлөндүрүүчү борборду даректе sslrootcert=FILE менен көрсөтүңүз же ошол жерде алсызыраак sslmode&apos;ду ачык тандаңыз.</translation>
    </message>
    <message>
        <location filename="../models/db/Database.cpp" line="209"/>
        <source>Cannot prepare the PostgreSQL session: %1</source>
        <extracomment>%1: the server&apos;s own message.</extracomment>
        <translation>PostgreSQL сеансын даярдоо мүмкүн эмес: %1</translation>
    </message>
</context>
<context>
    <name>dpo::DatabaseUrl</name>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="64"/>
        <source>The database URL is empty: give sqlite:PATH or postgresql://user@host:port/dbname.</source>
        <translation>Базанын дареги бош: sqlite:ЖОЛ же postgresql://колдонуучу@сервер:порт/база жазыңыз.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="74"/>
        <source>The SQLite URL &quot;%1&quot; names no file: write sqlite:PATH.</source>
        <extracomment>%1: the URL as typed.</extracomment>
        <translation>«%1» SQLite дарегинде файл көрсөтүлгөн эмес: sqlite:ЖОЛ деп жазыңыз.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="86"/>
        <source>Unknown database URL &quot;%1&quot;: it must start with sqlite: or postgresql://.</source>
        <extracomment>%1: the URL as typed.</extracomment>
        <translation>Белгисиз база дареги «%1»: ал sqlite: же postgresql:// менен башталышы керек.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="108"/>
        <source>The PostgreSQL URL &quot;%1&quot; is malformed: %2</source>
        <extracomment>%1: the URL as typed; %2: what is malformed, in English from Qt.</extracomment>
        <translation>«%1» PostgreSQL дареги туура эмес жазылган: %2</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="110"/>
        <source>The PostgreSQL URL must not contain a password: use PGPASSWORD, ~/.pgpass, or the console&apos;s prompt.</source>
        <translation>PostgreSQL дарегинде сыр сөз болбошу керек: PGPASSWORD, ~/.pgpass же консолдун суроосун колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="116"/>
        <source>The PostgreSQL URL &quot;%1&quot; names no host.</source>
        <extracomment>%1: the URL as typed.</extracomment>
        <translation>«%1» PostgreSQL дарегинде сервер көрсөтүлгөн эмес.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="53"/>
        <location filename="../models/db/DatabaseUrl.cpp" line="120"/>
        <source>The port in &quot;%1&quot; is not between 1 and 65535.</source>
        <extracomment>%1: the URL as typed.</extracomment>
        <translation>«%1» ичиндеги порт 1 менен 65535 ортосунда эмес.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="45"/>
        <source>The host &quot;%1&quot; in &quot;%2&quot; is malformed: write host or host:port, separated by commas.</source>
        <extracomment>%1: one host of a multi-host URL as typed; %2: the URL as typed.</extracomment>
        <translation>«%2» ичиндеги «%1» хост туура эмес жазылган: host же host:port деп, үтүр менен бөлүп жазыңыз.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="132"/>
        <source>The PostgreSQL URL &quot;%1&quot; names no database: write postgresql://user@host:port/dbname.</source>
        <extracomment>%1: the URL as typed.</extracomment>
        <translation>«%1» PostgreSQL дарегинде база көрсөтүлгөн эмес: postgresql://колдонуучу@сервер:порт/база деп жазыңыз.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="138"/>
        <source>The PostgreSQL URL &quot;%1&quot; has a &apos;#&apos; part, which means nothing here.</source>
        <extracomment>%1: the URL as typed.</extracomment>
        <translation>«%1» PostgreSQL дарегинде &apos;#&apos; бөлүгү бар, ал бул жерде эч нерсени билдирбейт.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="143"/>
        <source>&quot;%1&quot; has a space or a control character in the host, user or database name.</source>
        <extracomment>%1: the URL as typed.</extracomment>
        <translation>«%1» дарегинде хосттун, колдонуучунун же базанын атында боштук же башкаруучу белги бар.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="154"/>
        <source>The option %1 in the PostgreSQL URL has a space, &apos;=&apos;, &apos;;&apos;, a quote, a backslash or a control character in its value, which could smuggle in another connection option.</source>
        <extracomment>%1: the option&apos;s name in the URL, e.g. sslmode.</extracomment>
        <translation>PostgreSQL дарегиндеги %1 параметринин маанисинде боштук, &apos;=&apos;, &apos;;&apos;, тырмакча, тескери сызык же башкаруучу белги бар: алар туташуунун башка параметрин жашыруун кошуп коюшу мүмкүн.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="165"/>
        <source>Unknown sslmode &quot;%1&quot;: expected one of %2.</source>
        <extracomment>%1: the value as typed; %2: the allowed values, separated by commas.</extracomment>
        <translation>Белгисиз sslmode «%1»: төмөнкүлөрдүн бири болушу керек: %2.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="170"/>
        <source>sslrootcert must name the CA certificate file.</source>
        <translation>sslrootcert КБнын (CA) сертификат файлын көрсөтүшү керек.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="177"/>
        <source>Unknown channel_binding &quot;%1&quot;: expected one of %2.</source>
        <extracomment>%1: the value as typed; %2: the allowed values, separated by commas.</extracomment>
        <translation>Белгисиз channel_binding «%1»: булардын бири күтүлөт: %2.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="187"/>
        <source>Unknown target_session_attrs &quot;%1&quot;: expected one of %2.</source>
        <extracomment>%1: the value as typed; %2: the allowed values, separated by commas.</extracomment>
        <translation>Белгисиз target_session_attrs «%1»: булардын бири күтүлөт: %2.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="192"/>
        <source>Unknown option &quot;%1&quot; in the PostgreSQL URL: only sslmode, sslrootcert, channel_binding and target_session_attrs are understood.</source>
        <extracomment>%1: the option&apos;s name as typed.</extracomment>
        <translation>PostgreSQL дарегинде белгисиз «%1» параметри: sslmode, sslrootcert, channel_binding жана target_session_attrs гана түшүнүлөт.</translation>
    </message>
</context>
<context>
    <name>dpo::DeadlineCalendar</name>
    <message>
        <location filename="../models/domain/DeadlineCalendar.cpp" line="66"/>
        <source>due today</source>
        <translation>мөөнөтү бүгүн</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/domain/DeadlineCalendar.cpp" line="69"/>
        <source>%n day(s) left</source>
        <extracomment>%n: a number of days until a deadline; shown in a table cell beside the due date.</extracomment>
        <translation>
            <numerusform>%n күн калды</numerusform>
            <numerusform>%n күн калды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/domain/DeadlineCalendar.cpp" line="72"/>
        <source>overdue by %n day(s)</source>
        <extracomment>%n: a number of days after a missed deadline; shown in a table cell beside the due date.</extracomment>
        <translation>
            <numerusform>%n күнгө кечикти</numerusform>
            <numerusform>%n күнгө кечикти</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::DecisionDialog</name>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="158"/>
        <source>Decide per data category: request No. %1</source>
        <extracomment>A dialog&apos;s title. %1: the request&apos;s number.</extracomment>
        <translation>Маалымат категориялары боюнча чечим: № %1 арыз</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="159"/>
        <source>Save the decisions</source>
        <translation>Чечимдерди сактоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="164"/>
        <source>Decision per data category</source>
        <translation>Ар бир маалымат категориясы боюнча чечим</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="165"/>
        <source>A row per data category held: its decision, and for a keep the ground, the paragraph or law, and the date</source>
        <translation>Сакталган ар бир маалымат категориясына бир сап: анын чечими, ал эми сактоо үчүн негизи, пункт же мыйзам жана күнү</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="168"/>
        <source>Data category</source>
        <translation>Маалымат категориясы</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="168"/>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="196"/>
        <source>Decision</source>
        <translation>Чечим</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="168"/>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="198"/>
        <source>Legal ground</source>
        <translation>Укуктук негиз</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="169"/>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="199"/>
        <source>Paragraph or law</source>
        <translation>Пункт же мыйзам</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="169"/>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="201"/>
        <source>Kept until</source>
        <translation>Качанга чейин сакталат</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="170"/>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="202"/>
        <source>Justification</source>
        <translation>Негиздеме</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="197"/>
        <source>Destroy, depersonalise, block, or keep on a legal ground</source>
        <translation>Жок кылуу, ээсиздендирүү, бөгөттөө же укуктук негизде сактоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="198"/>
        <source>The ground a keep rests on</source>
        <translation>Сактоонун негизи</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="200"/>
        <source>The paragraph of Art. 15, or the other law&apos;s name and article</source>
        <translation>15-берененин пункту же башка мыйзамдын аталышы жана беренеси</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="201"/>
        <source>The day the kept data is to be destroyed</source>
        <translation>Сакталган маалыматтар жок кылына турган күн</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="203"/>
        <source>Why this decision, as the reply states it</source>
        <translation>Бул чечим эмне үчүн, жоопто айтылгандай</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="206"/>
        <source>%1: %2</source>
        <comment>a column: a data category</comment>
        <extracomment>%1: a column&apos;s title, e.g. &quot;Kept until&quot;; %2: the data category&apos;s name.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="209"/>
        <source>Consent withdrawn by a written request (policy 12.1.3)</source>
        <translation>Макулдук жазуу жүзүндөгү арыз менен кайтарылып алынды (саясаттын 12.1.3-пункту)</translation>
    </message>
</context>
<context>
    <name>dpo::DemoDataService</name>
    <message>
        <location filename="../models/demo/DemoDataService.cpp" line="78"/>
        <source>generate demo data</source>
        <translation>демо маалыматтарды түзүү</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoDataService.cpp" line="82"/>
        <source>The number of demo subjects must be between 1 and 10000000, not %1.</source>
        <extracomment>%1: the number asked for.</extracomment>
        <translation>Демо субъекттердин саны 1 менен 10000000 ортосунда болушу керек, %1 эмес.</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoDataService.cpp" line="85"/>
        <source>The reference date of the demo data is not valid.</source>
        <translation>Демо маалыматтардын таяныч күнү туура эмес.</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoDataService.cpp" line="97"/>
        <source>%1 already holds subjects: demo data goes into an empty database only.</source>
        <extracomment>%1: the database&apos;s address.</extracomment>
        <translation>%1 базасында субъекттер бар: демо маалыматтар бош базага гана жазылат.</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoDataService.cpp" line="105"/>
        <source>The policy version 2024-06-01 is missing from the database.</source>
        <translation>Базада саясаттын 2024-06-01 редакциясы жок.</translation>
    </message>
</context>
<context>
    <name>dpo::DisclosureDialog</name>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="28"/>
        <source>Record a disclosure to a third party</source>
        <translation>Үчүнчү жакка ачыкка чыгарууну жазуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="28"/>
        <source>Record</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="42"/>
        <source>Outside platform cooperation: each subject is notified (4.6.4)</source>
        <translation>Платформанын кызматташтыгынан тышкары: ар бир субъектке билдирилет (4.6.4)</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="45"/>
        <source>The request document</source>
        <translation>Суроонун документи</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="56"/>
        <source>Add subject</source>
        <translation>Субъектти кошуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="65"/>
        <source>A new recipient (below)</source>
        <translation>Жаңы алуучу (төмөндө)</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="91"/>
        <source>The body or person the data went to</source>
        <translation>Маалыматтарды алган орган же адам</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="97"/>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="98"/>
        <source>The body that issued the request</source>
        <translation>Суроону берген орган</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="168"/>
        <source>Consent:</source>
        <translation>Макулдук:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="170"/>
        <source>Where the subject&apos;s consent is recorded: its document, number, date</source>
        <translation>Субъекттин макулдугу кайда катталган: документи, номери, датасы</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="172"/>
        <source>Treaty:</source>
        <translation>Келишим:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="173"/>
        <source>The treaty&apos;s name, place and date</source>
        <translation>Келишимдин аталышы, түзүлгөн жери жана датасы</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="176"/>
        <source>The law, its article and paragraph</source>
        <translation>Мыйзам, анын беренеси жана пункту</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="113"/>
        <source>Subjects:</source>
        <translation>Субъекттер:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="51"/>
        <source>Subjects of the disclosure</source>
        <translation>Ачыкка чыгаруунун субъекттери</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="52"/>
        <source>The platform references of the subjects added</source>
        <translation>Кошулган субъекттердин платформадагы номерлери</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="53"/>
        <source>Find a subject to add</source>
        <translation>Кошуу үчүн субъектти табуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="54"/>
        <source>A platform reference, or a name to choose from</source>
        <translation>Платформадагы номери, же тизмеден тандала турган аты</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="58"/>
        <source>Add the subject found above to the disclosure</source>
        <translation>Жогоруда табылган субъектти ачыкка чыгарууга кошуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="64"/>
        <source>Who received the data: a known recipient, or a new one below</source>
        <translation>Маалыматтарды ким алды: белгилүү алуучу же төмөндөгү жаңы алуучу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="69"/>
        <source>Where the recipient is; outside the Kyrgyz Republic the disclosure is a transfer abroad</source>
        <translation>Алуучу кайда; Кыргыз Республикасынан тышкары болсо, ачыкка чыгаруу чет өлкөгө берүү болот</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="82"/>
        <source>%1 (%2)</source>
        <comment>a recipient and its country</comment>
        <extracomment>A recipient in a list. %1: its name; %2: its country&apos;s name.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="88"/>
        <source>The name of a recipient not yet on the list</source>
        <translation>Тизмеде али жок алуучунун аталышы</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="89"/>
        <source>What kind of body or person the new recipient is</source>
        <translation>Жаңы алуучу кандай орган же адам экени</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="90"/>
        <source>The legal ground the data was disclosed on</source>
        <translation>Маалыматтар ачыкка чыгарылган укуктук негиз</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="94"/>
        <source>The number of the state body&apos;s request</source>
        <translation>Мамлекеттик органдын суроо-талабынын номери</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="95"/>
        <source>The date of the state body&apos;s request</source>
        <translation>Мамлекеттик органдын суроо-талабынын күнү</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="101"/>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="102"/>
        <source>What the recipient receives the data for</source>
        <translation>Алуучу маалыматтарды эмне үчүн алат</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="104"/>
        <source>The day the data went to the recipient; not in the future</source>
        <translation>Маалыматтар алуучуга берилген күн; келечектеги күн эмес</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="105"/>
        <source>Tick every data category the recipient received</source>
        <translation>Алуучу алган ар бир маалымат категориясын белгилеңиз</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="107"/>
        <source>Ticked: every subject gets a notice of the disclosure (policy 4.6.4); unticked: a disclosure within the platform&apos;s cooperation</source>
        <translation>Белгиленсе: ар бир субъект ачыкка чыгаруу тууралуу билдирүү алат (саясат 4.6.4); белгиленбесе: платформанын кызматташтыгындагы ачыкка чыгаруу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="111"/>
        <source>Anything the register should say besides the fields above</source>
        <translation>Жогорку талаалардан тышкары реестрде жазылышы керек болгон нерсе</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="115"/>
        <source>Recipient:</source>
        <translation>Алуучу:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="116"/>
        <source>New recipient:</source>
        <translation>Жаңы алуучу:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="117"/>
        <source>Kind:</source>
        <translation>Түрү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="118"/>
        <source>Country:</source>
        <translation>Өлкө:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="119"/>
        <source>Purpose:</source>
        <translation>Максаты:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="120"/>
        <source>Legal ground:</source>
        <translation>Укуктук негиз:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="121"/>
        <source>Request number:</source>
        <translation>Суроонун номери:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="122"/>
        <source>Request date:</source>
        <translation>Суроонун күнү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="123"/>
        <source>Issued by:</source>
        <translation>Ким берген:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="124"/>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="175"/>
        <source>Law:</source>
        <translation>Мыйзам:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="126"/>
        <source>Data disclosed</source>
        <extracomment>A field&apos;s accessible name: the data categories that were disclosed.</extracomment>
        <translation>Ачыкка чыгарылган маалыматтар</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="128"/>
        <source>Data disclosed:</source>
        <extracomment>A label: the data categories that were disclosed.</extracomment>
        <translation>Ачыкка чыгарылган маалыматтар:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="129"/>
        <source>Disclosed on:</source>
        <translation>Ачыкка чыгарылган күнү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="131"/>
        <source>Note:</source>
        <translation>Эскертүү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="132"/>
        <source>Documents:</source>
        <translation>Документтер:</translation>
    </message>
</context>
<context>
    <name>dpo::DisclosureNotice</name>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="35"/>
        <source>%1 informs you that on %2 your personal data (%3) was disclosed to %4 for this purpose: %5; on this ground: %6. Privacy policy, clause 4.6.4.</source>
        <extracomment>The notice a subject receives by SMS or e-mail. %1: the organisation&apos;s name; %2: the date; %3: the data categories, separated by commas; %4: the recipient&apos;s name (and, abroad, its country); %5: the purpose; %6: the legal ground, a phrase.</extracomment>
        <translation>%1 сизге билдирет: %2 сиздин жеке маалыматтарыңыз (%3) %4 алуучуга ачыкка чыгарылды; максаты: %5; негизи: %6. Купуялуулук саясатынын 4.6.4-пункту.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="44"/>
        <source>%1 informs you that on %2 your personal data (%3) was disclosed to %4 on this ground: %5. Privacy policy, clause 4.6.4.</source>
        <extracomment>The notice a subject receives by SMS or e-mail. %1: the organisation&apos;s name; %2: the date; %3: the data categories, separated by commas; %4: the recipient&apos;s name (and, abroad, its country); %5: the legal ground, a phrase.</extracomment>
        <translation>%1 сизге билдирет: %2 сиздин жеке маалыматтарыңыз (%3) %4 алуучуга ачыкка чыгарылды, негизи: %5. Купуялуулук саясатынын 4.6.4-пункту.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="51"/>
        <source>%1 (%2, outside the Kyrgyz Republic)</source>
        <extracomment>The recipient in a disclosure notice. %1: its name; %2: its country&apos;s name.</extracomment>
        <translation>%1 (%2, Кыргыз Республикасынан тышкары)</translation>
    </message>
</context>
<context>
    <name>dpo::DisclosurePane</name>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="27"/>
        <source>Disclosures</source>
        <translation>Ачыкка чыгаруулар</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="30"/>
        <source>Notify…</source>
        <translation>Билдирүү…</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="31"/>
        <source>Queue the notice to the selected subject in the outbox, to the address in their record</source>
        <translation>Тандалган субъектке билдирүүнү анын жазуусундагы дарекке чыгуучу кезекке коюу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="33"/>
        <source>Sent by hand…</source>
        <translation>Кол менен жөнөтүлдү…</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="34"/>
        <source>Record a notice to the selected subject sent outside the console: the day, the way and the address</source>
        <translation>Тандалган субъектке консолдон тышкары жөнөтүлгөн билдирүүнү жазуу: күнү, жолу жана дареги</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="37"/>
        <source>Subjects of the disclosure</source>
        <translation>Ачыкка чыгаруунун субъекттери</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="39"/>
        <source>Whose data was disclosed; select one to notify them, a double click opens them</source>
        <translation>Кимдин маалыматтары ачыкка чыгарылды; билдирүү үчүн тандаңыз, эки жолу басуу аны ачат</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="40"/>
        <source>Notices to the subjects</source>
        <translation>Субъекттерге билдирүүлөр</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="42"/>
        <source>Each notice: to whom, which way, its state and when it was sent</source>
        <translation>Ар бир билдирүү: кимге, кандай жол менен, абалы жана качан жөнөтүлгөнү</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="49"/>
        <source>Notice of disclosure No. %1</source>
        <extracomment>A dialog&apos;s title. %1: the disclosure&apos;s number.</extracomment>
        <translation>№ %1 ачыкка чыгаруу жөнүндө билдирүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="63"/>
        <source>The document is attached to disclosure No. %1.</source>
        <extracomment>%1: the disclosure&apos;s number.</extracomment>
        <translation>Документ № %1 ачыкка чыгарууга тиркелди.</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="122"/>
        <source>Select a disclosure in the list to see its subjects and notices.</source>
        <translation>Субъекттерин жана билдирүүлөрүн көрүү үчүн тизмеден ачыкка чыгарууну тандаңыз.</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="133"/>
        <source>Disclosure No. %1 of %2</source>
        <extracomment>A case&apos;s title. %1: the disclosure&apos;s number; %2: its date.</extracomment>
        <translation>%2 күнкү № %1 ачыкка чыгаруу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="139"/>
        <source>Recipient:</source>
        <translation>Алуучу:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="141"/>
        <source>%1 (%2)</source>
        <extracomment>A recipient. %1: its name; %2: its kind, e.g. &quot;Credit bureau&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="146"/>
        <source>Country:</source>
        <translation>Өлкө:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="148"/>
        <source>%1: a transfer abroad</source>
        <extracomment>%1: the recipient&apos;s country&apos;s name.</extracomment>
        <translation>%1: чет өлкөгө берүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="149"/>
        <source>Purpose:</source>
        <translation>Максаты:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="151"/>
        <source>not recorded</source>
        <extracomment>The purpose of a disclosure when none was recorded.</extracomment>
        <translation>катталган эмес</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="156"/>
        <source>No. %1</source>
        <extracomment>A state body&apos;s request number. %1: the number.</extracomment>
        <translation>№ %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="162"/>
        <source>Ground:</source>
        <translation>Негизи:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="164"/>
        <source>Data disclosed:</source>
        <extracomment>A label: the data categories that were disclosed.</extracomment>
        <translation>Ачыкка чыгарылган маалыматтар:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="165"/>
        <source>Notices:</source>
        <translation>Билдирүүлөр:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="170"/>
        <source>%1 of %2 subjects notified; %3 not delivered</source>
        <extracomment>%1: the number of subjects notified; %2: the number of subjects; %3: the number of notices not delivered.</extracomment>
        <translation>%2 субъекттин %1 кабардар кылынды; %3 жеткирилген жок</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="174"/>
        <source>not required (platform cooperation)</source>
        <translation>талап кылынбайт (платформанын кызматташтыгы)</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="175"/>
        <source>Note:</source>
        <translation>Эскертүү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="176"/>
        <source>Recorded by:</source>
        <translation>Жазган:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="186"/>
        <source>notified</source>
        <extracomment>A subject&apos;s notice state: the subject was notified of the disclosure.</extracomment>
        <translation>билдирилди</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="187"/>
        <source>not notified: late</source>
        <translation>билдирилген жок: мөөнөтү өттү</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="188"/>
        <source>not yet notified</source>
        <translation>азырынча билдирилген жок</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="190"/>
        <location filename="../ui/pages/DisclosurePane.cpp" line="209"/>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="190"/>
        <source>Name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="190"/>
        <source>Notice</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="207"/>
        <source>by hand</source>
        <translation>кол менен</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="207"/>
        <source>outbox</source>
        <translation>чыгуучу кезек</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="209"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="209"/>
        <source>Address</source>
        <translation>Дарек</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="209"/>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="209"/>
        <source>Sent</source>
        <translation>Жөнөтүлгөн</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="210"/>
        <source>State since</source>
        <translation>Абалы качантан бери</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="210"/>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="210"/>
        <source>Via</source>
        <translation>Кантип</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="233"/>
        <source>The notice is in the outbox.</source>
        <translation>Билдирүү чыгуучу кезекке коюлду.</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="245"/>
        <source>The notice sent by hand is recorded.</source>
        <translation>Кол менен жөнөтүлгөн билдирүү жазылды.</translation>
    </message>
</context>
<context>
    <name>dpo::DisclosureRegister</name>
    <message>
        <location filename="../models/items/DisclosureRegister.cpp" line="31"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../models/items/DisclosureRegister.cpp" line="32"/>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <location filename="../models/items/DisclosureRegister.cpp" line="33"/>
        <source>Recipient</source>
        <translation>Алуучу</translation>
    </message>
    <message>
        <location filename="../models/items/DisclosureRegister.cpp" line="34"/>
        <source>Transfer abroad</source>
        <translation>Чет өлкөгө берүү</translation>
    </message>
    <message>
        <location filename="../models/items/DisclosureRegister.cpp" line="35"/>
        <source>Legal ground</source>
        <translation>Укуктук негиз</translation>
    </message>
    <message>
        <location filename="../models/items/DisclosureRegister.cpp" line="36"/>
        <source>Subjects</source>
        <translation>Субъекттер</translation>
    </message>
    <message>
        <location filename="../models/items/DisclosureRegister.cpp" line="38"/>
        <source>Notified</source>
        <extracomment>A column: how many of the disclosure&apos;s subjects were notified.</extracomment>
        <translation>Билдирилди</translation>
    </message>
    <message>
        <location filename="../models/items/DisclosureRegister.cpp" line="40"/>
        <source>Not delivered</source>
        <extracomment>A column: how many notices to subjects could not be delivered.</extracomment>
        <translation>Жеткирилген жок</translation>
    </message>
    <message>
        <location filename="../models/items/DisclosureRegister.cpp" line="74"/>
        <source>%1 of %2</source>
        <extracomment>A table cell: subjects notified of a disclosure. %1: how many are notified; %2: how many subjects it concerned.</extracomment>
        <translation>%2 ичинен %1</translation>
    </message>
    <message>
        <location filename="../models/items/DisclosureRegister.cpp" line="75"/>
        <source>not required (platform cooperation)</source>
        <translation>талап кылынбайт (платформанын кызматташтыгы)</translation>
    </message>
</context>
<context>
    <name>dpo::DisclosureService</name>
    <message>
        <location filename="../models/services/DisclosureQueries.cpp" line="170"/>
        <location filename="../models/services/DisclosureService.cpp" line="423"/>
        <location filename="../models/services/DisclosureService.cpp" line="500"/>
        <source>Disclosure %1 does not exist.</source>
        <extracomment>%1: the disclosure&apos;s number.</extracomment>
        <translation>%1-ачык чыгаруу жок.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="195"/>
        <source>record a disclosure</source>
        <translation>ачыкка чыгарууну жазуу</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="221"/>
        <source>A disclosure on a body&apos;s request (4.6.2) gives the request&apos;s number.</source>
        <translation>Органдын суроо-талабы боюнча ачыкка чыгарууда (4.6.2) суроо-талаптын номери көрсөтүлөт.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="224"/>
        <source>A disclosure on a body&apos;s request (4.6.2) gives the request&apos;s date.</source>
        <translation>Органдын суроо-талабы боюнча ачыкка чыгарууда (4.6.2) суроо-талаптын күнү көрсөтүлөт.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="228"/>
        <source>A disclosure on a body&apos;s request (4.6.2) names the body that issued it.</source>
        <translation>Органдын суроо-талабы боюнча ачыкка чыгарууда (4.6.2) суроо-талапты берген орган аталат.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="231"/>
        <source>A disclosure under a law (4.6.3) names the law.</source>
        <translation>Мыйзам боюнча ачыкка чыгарууда (4.6.3) мыйзам аталат.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="234"/>
        <source>A disclosure on the subject&apos;s consent says where the consent is recorded (its document, number or date).</source>
        <translation>Субъекттин макулдугу боюнча ачыкка чыгаруу макулдук кайда катталганын айтат (анын документи, номери же датасы).</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="238"/>
        <source>A disclosure under an international treaty (1.1.6) names the treaty.</source>
        <translation>Эл аралык келишим боюнча ачыкка чыгаруу (1.1.6) келишимди атайт.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="241"/>
        <source>Name the purpose the recipient receives the data for: the subject&apos;s notice states it.</source>
        <translation>Алуучу маалыматтарды кандай максатта аларын көрсөтүңүз: субъектке билдирүүдө ал айтылат.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="245"/>
        <source>The day of the disclosure is missing or in the future.</source>
        <translation>Ачыкка чыгаруунун күнү жок же келечекте.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="248"/>
        <source>Name the subject or subjects whose data was disclosed.</source>
        <translation>Маалыматтары ачыкка чыгарылган субъектти же субъекттерди көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="250"/>
        <source>Name the data categories disclosed.</source>
        <translation>Ачыкка чыгарылган маалымат категорияларын көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="261"/>
        <source>Choose the recipient, or name a new one.</source>
        <translation>Алуучуну тандаңыз же жаңысын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="265"/>
        <source>&quot;%1&quot; is not a kind of recipient.</source>
        <extracomment>%1: the kind as given.</extracomment>
        <translation>&quot;%1&quot; — алуучунун түрү эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="272"/>
        <source>&quot;%1&quot; is not a country of the list (ISO 3166-1 codes such as KG, KZ, RU).</source>
        <extracomment>%1: the country code as given.</extracomment>
        <translation>«%1» тизмедеги өлкө эмес (ISO 3166-1 коддору, мисалы KG, KZ, RU).</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="297"/>
        <source>Recipient %1 does not exist.</source>
        <extracomment>%1: the recipient&apos;s number.</extracomment>
        <translation>%1-алуучу жок.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="327"/>
        <source>No subject has the platform reference &quot;%1&quot;.</source>
        <extracomment>%1: the platform reference as typed.</extracomment>
        <translation>&quot;%1&quot; платформадагы номери менен субъект жок.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="341"/>
        <source>The data category &quot;%1&quot; of subject %2 is blocked under a withdrawal of consent: it cannot be disclosed until it is unblocked.</source>
        <extracomment>%1: the category&apos;s code; %2: the subject&apos;s platform reference.</extracomment>
        <translation>%2 субъекттин &quot;%1&quot; маалымат категориясы макулдукту кайтарып алуу боюнча бөгөттөлгөн: ал бөгөттөн чыгарылмайынча ачыкка чыгарылбайт.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="379"/>
        <source>The database did not return the new disclosure&apos;s number.</source>
        <translation>Маалымат базасы жаңы ачыкка чыгаруунун номерин кайтарган жок.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="311"/>
        <source>&quot;%1&quot; is not a data category.</source>
        <extracomment>%1: the category&apos;s code as given.</extracomment>
        <translation>&quot;%1&quot; — маалымат категориясы эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="103"/>
        <source>Subject %1 does not exist.</source>
        <extracomment>%1: the subject&apos;s number.</extracomment>
        <translation>%1 субъекти жок.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="473"/>
        <location filename="../models/services/DisclosureService.cpp" line="492"/>
        <location filename="../models/services/DisclosureService.cpp" line="554"/>
        <source>notify a subject</source>
        <translation>субъектке билдирүү</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="150"/>
        <source>&quot;%1&quot; is not a channel: use %2.</source>
        <extracomment>%1: the channel as given; %2: the channels allowed, separated by commas.</extracomment>
        <translation>&quot;%1&quot; — билдирүү каналы эмес: %2.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="215"/>
        <source>Name the legal ground: vital interests (4.6.1), a state or local body&apos;s request (4.6.2), a law (4.6.3), the subject&apos;s consent or an international treaty (1.1.6).</source>
        <translation>Укуктук негизди көрсөтүңүз: маанилүү кызыкчылыктар (4.6.1), мамлекеттик бийлик органынын же жергиликтүү өз алдынча башкаруу органынын суроо-талабы (4.6.2), мыйзам (4.6.3), субъекттин макулдугу же эл аралык келишим (1.1.6).</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="484"/>
        <source>The subject&apos;s record has no address for %1: give one.</source>
        <extracomment>%1: the channel, e.g. &quot;SMS&quot; or &quot;e-mail&quot;.</extracomment>
        <translation>Субъекттин жазуусунда %1 үчүн дарек жок: даректи көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="504"/>
        <source>Disclosure %1 was made within the platform&apos;s cooperation: its subjects are not notified one by one.</source>
        <extracomment>%1: the disclosure&apos;s number.</extracomment>
        <translation>№ %1 ачыкка чыгаруу платформанын кызматташтыгынын алкагында жасалган: анын субъекттерине өз-өзүнчө билдирилбейт.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="529"/>
        <source>Disclosure %1: every subject is notified or has a notice queued.</source>
        <extracomment>%1: the disclosure&apos;s number.</extracomment>
        <translation>№ %1 ачыкка чыгаруу: ар бир субъектке билдирилген же билдирүү кезекте турат.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="537"/>
        <source>Disclosure %1: no address for %2 in the record of %3; notify them one by one.</source>
        <extracomment>%1: the disclosure&apos;s number; %2: the channel, e.g. &quot;SMS&quot;; %3: up to five subjects&apos; platform references, separated by commas.</extracomment>
        <translation>№ %1 ачыкка чыгаруу: %3 жазуусунда %2 үчүн дарек жок; аларга өз-өзүнчө билдириңиз.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="558"/>
        <source>Give the address the notice went to.</source>
        <translation>Билдирүү жөнөтүлгөн даректи көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="561"/>
        <source>A notice sent by post needs its tracking number.</source>
        <translation>Почта менен жөнөтүлгөн билдирүүгө трек-номер керек.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="564"/>
        <source>The time the notice was sent is missing or in the future.</source>
        <translation>Билдирүү жөнөтүлгөн убакыт жок же келечекте.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="168"/>
        <location filename="../models/services/NoticeLetterService.cpp" line="41"/>
        <source>Subject %1 is not among the subjects of disclosure %2.</source>
        <extracomment>%1: the subject&apos;s number; %2: the disclosure&apos;s number.</extracomment>
        <translation>%1-субъект %2-ачыкка чыгаруунун субъекттеринин арасында жок.</translation>
    </message>
</context>
<context>
    <name>dpo::DisclosuresPage</name>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="54"/>
        <source>Any ground</source>
        <translation>Каалаган негиз</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="56"/>
        <source>Any channel</source>
        <translation>Каалаган канал</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="52"/>
        <source>Disclosures to third parties</source>
        <translation>Үчүнчү жактарга ачыкка чыгаруулар</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="62"/>
        <source>Record…</source>
        <translation>Жазуу…</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="62"/>
        <source>Record a disclosure of personal data to a third party</source>
        <translation>Жеке маалыматтарды үчүнчү жакка ачыкка чыгарууну жазуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="64"/>
        <source>All</source>
        <comment>disclosures</comment>
        <translation>Баары</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="65"/>
        <source>Not everyone notified</source>
        <translation>Баарына эле билдирилген жок</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="66"/>
        <source>A delivery failed</source>
        <translation>Жеткирүү ишке ашкан жок</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="67"/>
        <source>Transfers abroad</source>
        <translation>Чет өлкөгө берүүлөр</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="69"/>
        <source>Any recipient</source>
        <translation>Каалаган алуучу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="76"/>
        <source>Show all disclosures, or those with a subject not yet notified, a failed delivery, or a recipient abroad</source>
        <translation>Бардык ачыкка чыгарууларды, же субъектиси али билдирилбегендерин, жеткирүүсү ишке ашпагандарын, же алуучусу чет өлкөдө болгондорун көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="78"/>
        <source>Show only the disclosures on one legal ground</source>
        <translation>Бир укуктук негиздеги ачыкка чыгарууларды гана көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="79"/>
        <source>Show only the disclosures whose notices go one way</source>
        <translation>Билдирүүлөрү бир жол менен жөнөтүлгөн ачыкка чыгарууларды гана көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="80"/>
        <source>Show only the disclosures to one recipient</source>
        <translation>Бир алуучуга ачыкка чыгарууларды гана көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="81"/>
        <source>From:</source>
        <comment>a period</comment>
        <translation>Качантан:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="83"/>
        <source>To:</source>
        <comment>a period</comment>
        <translation>Чейин:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="87"/>
        <source>Disclosed from</source>
        <translation>Ачыкка чыгарылган күндөн</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="88"/>
        <source>Show the disclosures made on this day or later; a dash for any day</source>
        <translation>Ушул күнү же андан кийин болгон ачыкка чыгарууларды көрсөтүү; сызыкча каалаган күн дегенди билдирет</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="89"/>
        <source>Disclosed to</source>
        <translation>Ачыкка чыгарылган күнгө чейин</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="90"/>
        <source>Show the disclosures made on this day or earlier; a dash for any day</source>
        <translation>Ушул күнү же андан мурун болгон ачыкка чыгарууларды көрсөтүү; сызыкча каалаган күн дегенди билдирет</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="91"/>
        <source>Queue notices…</source>
        <translation>Билдирүүлөрдү кезекке коюу…</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="93"/>
        <source>Queues a notice for every subject of the selected disclosures (Shift or Ctrl to select several) not notified yet</source>
        <translation>Тандалган ачыкка чыгаруулардын (бир нечесин тандоо үчүн Shift же Ctrl) азырынча билдирүү албаган ар бир субъектине билдирүүнү кезекке коёт</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/DisclosuresPage.cpp" line="119"/>
        <source>Each disclosure names its legal ground (policy 4.6.1-4.6.3, the subject&apos;s consent, or an international treaty under 1.1.6), its purpose and the recipient&apos;s country, and every subject outside platform cooperation is notified (policy 4.6.4). The policy sets no period for the notice; the organisation&apos;s own target is %n working day(s) (a setting), and a subject not notified by then is flagged.</source>
        <extracomment>%n: the organisation&apos;s own target, a number of working days.</extracomment>
        <translation>
            <numerusform>Ар бир ачыкка чыгаруу өзүнүн укуктук негизин (саясаттын 4.6.1-4.6.3-пункттары, субъекттин макулдугу же 1.1.6-пунктка ылайык эл аралык келишим), максатын жана алуучунун өлкөсүн атайт; платформанын кызматташтыгынан тышкары ар бир субъектке билдирилет (саясаттын 4.6.4-пункту). Саясат билдирүү үчүн мөөнөт белгилебейт; уюмдун өз максаты — %n иш күнү (жөндөө), ошол убакытка чейин билдирилбеген субъект белгиленет.</numerusform>
            <numerusform>Ар бир ачыкка чыгаруу өзүнүн укуктук негизин (саясаттын 4.6.1-4.6.3-пункттары, субъекттин макулдугу же 1.1.6-пунктка ылайык эл аралык келишим), максатын жана алуучунун өлкөсүн атайт; платформанын кызматташтыгынан тышкары ар бир субъектке билдирилет (саясаттын 4.6.4-пункту). Саясат билдирүү үчүн мөөнөт белгилебейт; уюмдун өз максаты — %n иш күнү (жөндөө), ошол убакытка чейин билдирилбеген субъект белгиленет.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/DisclosuresPage.cpp" line="134"/>
        <source>%Ln not notified within the organisation&apos;s own target.</source>
        <extracomment>%Ln: the number of disclosures.</extracomment>
        <translation>
            <numerusform>%Ln уюмдун өз максаттуу мөөнөтүндө билдирилген жок.</numerusform>
            <numerusform>%Ln уюмдун өз максаттуу мөөнөтүндө билдирилген жок.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="161"/>
        <source>Disclosure No. %1 recorded; notify each subject.</source>
        <extracomment>%1: the disclosure&apos;s number.</extracomment>
        <translation>№ %1 ачыкка чыгаруу жазылды; ар бир субъектке билдириңиз.</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="170"/>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="201"/>
        <source>Queue notices</source>
        <translation>Билдирүүлөрдү кезекке коюу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="174"/>
        <source>Queue the notices of %L1 disclosures</source>
        <extracomment>A dialog&apos;s title. %1: the number of selected disclosures.</extracomment>
        <translation>%L1 ачыкка чыгаруунун билдирүүлөрүн кезекке коюу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="175"/>
        <source>Queue</source>
        <comment>notices</comment>
        <translation>Кезекке коюу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="178"/>
        <source>Each subject of the selected disclosures who has no notice yet (or only a failed one) gets one through the outbox, by this channel, at the address in their record and in their language (policy 4.6.4). A disclosure with a subject whose record has no such address is refused whole: notify that one by one.</source>
        <translation>Тандалган ачыкка чыгаруулардын азырынча билдирүү албаган (же билдирүүсү жеткирилбей калган) ар бир субъектине ушул канал аркылуу, жазуусундагы дарекке жана өз тилинде чыгуучу кутуча аркылуу билдирүү жөнөтүлөт (саясаттын 4.6.4-пункту). Субъектинин жазуусунда мындай дарек жок ачыкка чыгаруу толугу менен баш тартылат: ага өзүнчө билдириңиз.</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="189"/>
        <source>The way every queued notice goes to its subject</source>
        <translation>Кезекке коюлган ар бир билдирүү субъектке жете турган жол</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="190"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="205"/>
        <source>Queue the notices of the selected disclosures (%L1)</source>
        <extracomment>A dialog&apos;s title. %1: the number of selected disclosures.</extracomment>
        <translation>Тандалган ачыкка чыгаруулардын билдирүүлөрүн кезекке коюу (%L1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="206"/>
        <source>Disclosure No.</source>
        <translation>Ачыкка чыгаруунун №</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/DisclosuresPage.cpp" line="209"/>
        <source>%Ln notice(s) queued</source>
        <extracomment>%Ln: the number of notices queued.</extracomment>
        <translation>
            <numerusform>%Ln билдирүү кезекке коюлду</numerusform>
            <numerusform>%Ln билдирүү кезекке коюлду</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::DocumentLanguage</name>
    <message>
        <location filename="../models/domain/DocumentLanguage.cpp" line="20"/>
        <source>A document is made in ky or ru, not &quot;%1&quot;.</source>
        <extracomment>%1: the language code asked for.</extracomment>
        <translation>Документ ky же ru тилинде түзүлөт, &quot;%1&quot; эмес.</translation>
    </message>
    <message>
        <location filename="../models/domain/DocumentLanguage.cpp" line="26"/>
        <source>The %1 translation is missing from this build.</source>
        <extracomment>%1: the language code, ky or ru.</extracomment>
        <translation>Бул жыйнакта %1 котормосу жок.</translation>
    </message>
</context>
<context>
    <name>dpo::DocumentList</name>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="70"/>
        <source>Attach…</source>
        <translation>Тиркөө…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="71"/>
        <source>Open</source>
        <comment>a document</comment>
        <translation>Ачуу</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="74"/>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="89"/>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="131"/>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="145"/>
        <source>Documents</source>
        <translation>Документтер</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="76"/>
        <source>The documents of the case: the letter, scans and answers; Enter opens one</source>
        <translation>Иштин документтери: кат, скандар жана жооптор; Enter документти ачат</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="79"/>
        <source>Attach a scan or a file to the case; it cannot be removed</source>
        <translation>Ишке скан же файл тиркөө; аны алып салууга болбойт</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="81"/>
        <source>Open the selected document</source>
        <translation>Тандалган документти ачуу</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="108"/>
        <source>%1 (%2, %3)</source>
        <extracomment>A stored document. %1: its file name; %2: its size, e.g. &quot;1.2 MB&quot;; %3: when it was added.</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="114"/>
        <source>SHA-256 %1, added by %2</source>
        <extracomment>%1: the document&apos;s SHA-256 hash; %2: the officer&apos;s user name.</extracomment>
        <translation>SHA-256 %1, кошкон: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="123"/>
        <source>Attach a document</source>
        <translation>Документ тиркөө</translation>
    </message>
</context>
<context>
    <name>dpo::DocumentPicker</name>
    <message>
        <location filename="../ui/widgets/DocumentPicker.cpp" line="20"/>
        <source>Documents to attach</source>
        <translation>Тиркелүүчү документтер</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPicker.cpp" line="21"/>
        <source>The files attached to the case when the form is saved</source>
        <translation>Форма сакталганда ишке тиркеле турган файлдар</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPicker.cpp" line="23"/>
        <source>Add document…</source>
        <translation>Документ кошуу…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPicker.cpp" line="25"/>
        <source>Choose a scan or a file (PDF, JPEG, PNG, TIFF) to attach</source>
        <translation>Тиркөө үчүн скан же файл тандоо (PDF, JPEG, PNG, TIFF)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPicker.cpp" line="39"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Документтер (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPicker.cpp" line="49"/>
        <source>%1 (%2)</source>
        <extracomment>A document to pick. %1: its file name; %2: its size, e.g. &quot;1.2 MB&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>dpo::DocumentViewer</name>
    <message>
        <location filename="../ui/widgets/DocumentViewer.cpp" line="53"/>
        <source>%1 cannot be read as a PDF.</source>
        <extracomment>%1: the file&apos;s name.</extracomment>
        <translation>%1 PDF катары окулбайт.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentViewer.cpp" line="68"/>
        <source>The first %1 of %2 pages are shown.</source>
        <extracomment>%1: the number of pages shown; %2: the number of pages.</extracomment>
        <translation>%2 беттин алгачкы %1 бети көрсөтүлдү.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentViewer.cpp" line="75"/>
        <source>%1 cannot be shown: this computer reads no image of this kind.</source>
        <extracomment>%1: the file&apos;s name.</extracomment>
        <translation>%1 көрсөтүлбөйт: бул компьютер мындай сүрөттү окубайт.</translation>
    </message>
</context>
<context>
    <name>dpo::ErasedIdentifiers</name>
    <message>
        <location filename="../models/feed/ErasedIdentifiers.cpp" line="37"/>
        <source>The database has no erasure salt: it was not migrated to schema version 14.</source>
        <translation>Базада өчүрүү тузу жок: ал схеманын 14-версиясына көчүрүлгөн эмес.</translation>
    </message>
</context>
<context>
    <name>dpo::ExportSignature</name>
    <message>
        <location filename="../models/security/ExportSignature.cpp" line="43"/>
        <source>The signature file is not valid: %1</source>
        <extracomment>%1: what is wrong with it, a phrase.</extracomment>
        <translation>Кол тамга файлы жараксыз: %1</translation>
    </message>
</context>
<context>
    <name>dpo::ExportSigner</name>
    <message>
        <location filename="../models/services/ExportSigner.cpp" line="36"/>
        <source>The signing key has no certificate: import one (keys import-certificate).</source>
        <translation>Кол коюу ачкычынын сертификаты жок: аны жүктөңүз (keys import-certificate).</translation>
    </message>
</context>
<context>
    <name>dpo::ExportVerifier</name>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="118"/>
        <source>Entry %1 of the export is not an audit entry.</source>
        <extracomment>%1: the entry&apos;s position in the export.</extracomment>
        <translation>Экспорттун %1-жазуусу аудит жазуусу эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="123"/>
        <source>Entry %1 of the export was changed: its fields do not hash to its recorded hash.</source>
        <extracomment>%1: the entry&apos;s sequence number.</extracomment>
        <translation>Экспорттун %1-жазуусу өзгөртүлгөн: анын талааларынын хэши жазылган хэшке дал келбейт.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="139"/>
        <source>Entry %1 of the export does not follow the entry before it in the chain.</source>
        <extracomment>%1: the entry&apos;s sequence number.</extracomment>
        <translation>Экспорттун %1-жазуусу чынжырда өзүнөн мурунку жазууга уланбайт.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="145"/>
        <source>Entry %1 of the export does not match the chain.</source>
        <extracomment>%1: the entry&apos;s sequence number.</extracomment>
        <translation>Экспорттун %1-жазуусу чынжырга дал келбейт.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="276"/>
        <source>%1 has no signature file %2.</source>
        <extracomment>%1: the export file&apos;s path; %2: the signature file&apos;s name.</extracomment>
        <translation>%1 үчүн %2 кол тамга файлы жок.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="225"/>
        <location filename="../models/services/ExportVerifier.cpp" line="310"/>
        <source>Cannot read %1: %2</source>
        <extracomment>%1: the file&apos;s path; %2: the system&apos;s reason.</extracomment>
        <translation>%1 окулбай калды: %2</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="316"/>
        <source>The file changed after it was signed: its SHA-256 is not the signed one.</source>
        <translation>Файл кол коюлгандан кийин өзгөргөн: анын SHA-256 мааниси кол коюлгандыкы эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="303"/>
        <source>The public key in the signature file is not the key it names.</source>
        <translation>Кол тамга файлындагы ачык ачкыч ал атаган ачкыч эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="219"/>
        <source>The manifest has a line that is not &quot;SHA-256, two spaces, a file name&quot;.</source>
        <translation>Манифестте «SHA-256, эки боштук, файлдын аты» түрүндө эмес сап бар.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="231"/>
        <source>%1 changed after the set was signed: its SHA-256 is not the one in the manifest.</source>
        <extracomment>%1: the file&apos;s name.</extracomment>
        <translation>%1 топтомго кол коюлгандан кийин өзгөртүлгөн: анын SHA-256 хэши манифесттегидей эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="293"/>
        <source>The time-stamp in the signature file is not over its signature.</source>
        <translation>Кол тамга файлындагы убакыт белгиси анын кол тамгасына коюлган эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="318"/>
        <source>The signature does not verify: the signature file was changed or made with another key.</source>
        <translation>Кол тамга текшерүүдөн өткөн жок: кол тамга файлы өзгөртүлгөн же башка ачкыч менен түзүлгөн.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="325"/>
        <source>The export was signed with key %1, not with the trusted key %2.</source>
        <extracomment>%1 and %2: key fingerprints (hex).</extracomment>
        <translation>Экспорт ишенимдүү %2 ачкычы менен эмес, %1 ачкычы менен кол коюлган.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="329"/>
        <source>The signer is unknown: key %1 is named only by the signature file itself. Give the organisation&apos;s public key or its fingerprint, or the database to check against.</source>
        <extracomment>%1: the key&apos;s fingerprint (hex).</extracomment>
        <translation>Кол койгон белгисиз: %1 ачкычын кол тамга файлынын өзү гана атайт. Уюмдун ачык ачкычын же анын изин, же салыштыра турган маалымат базасын көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="337"/>
        <source>The export was signed with key %1, which is not a signing key of this database.</source>
        <extracomment>%1: the key&apos;s fingerprint (hex).</extracomment>
        <translation>Экспортко %1 ачкычы менен кол коюлган, ал бул базанын кол коюу ачкычы эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="347"/>
        <source>This database&apos;s chain ends at entry %1, before the chain head recorded in the export (entry %2): the entries after %1 are missing from it (a restore from an earlier backup, or a failover that lost them).</source>
        <extracomment>%1: the last entry the database holds; %2: the head entry&apos;s number in the export.</extracomment>
        <translation>Бул базанын чынжыры %1-жазуу менен бүтөт, экспортто жазылган чынжырдын акыркы жазуусунан (%2) мурун: %1-жазуудан кийинки жазуулар анда жок (мурунку резервдик көчүрмөдөн калыбына келтирилген, же резервдик серверге өткөндө жоголгон).</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="355"/>
        <source>The chain head recorded in the export (entry %1) is not in this database&apos;s chain: its entry %1 has another hash, so the history was rewritten or has forked since.</source>
        <extracomment>%1: the head entry&apos;s sequence number.</extracomment>
        <translation>Экспортто жазылган чынжырдын акыркы жазуусу (%1) бул базанын чынжырында жок: андагы %1-жазуунун хеши башка, демек, тарых андан бери кайра жазылган же экиге бөлүнгөн.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="376"/>
        <source>The manifest lists no file.</source>
        <translation>Манифестте бир да файл жок.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="184"/>
        <source>Line %1 of the export is not an audit entry.</source>
        <extracomment>%1: the line&apos;s number.</extracomment>
        <translation>Экспорттун %1-сабы аудит жазуусу эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="204"/>
        <source>The export holds %1 entries, but its signature says %2.</source>
        <extracomment>%1 and %2: numbers of entries.</extracomment>
        <translation>Экспортто %1 жазуу бар, бирок кол тамгада %2 деп жазылган.</translation>
    </message>
</context>
<context>
    <name>dpo::FeedApplier</name>
    <message>
        <location filename="../models/feed/FeedActivity.cpp" line="33"/>
        <source>&quot;%1&quot; is not a known policy version</source>
        <extracomment>Follows a field&apos;s name in a feed error (&quot;policy_version: …&quot;). %1: the version as given.</extracomment>
        <translation>«%1» — белгисиз саясат редакциясы</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedActivity.cpp" line="37"/>
        <source>is before policy version %1 took effect</source>
        <extracomment>Follows a field&apos;s name in a feed error (&quot;at: …&quot;); the subject of the sentence is the field&apos;s time. %1: the policy version, e.g. &quot;2024-06-01&quot;.</extracomment>
        <translation>саясаттын %1 редакциясы күчүнө киргенге чейин</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedActivity.cpp" line="46"/>
        <source>&quot;%1&quot; is not a consent channel: use %2</source>
        <extracomment>Follows a field&apos;s name in a feed error. %1: the channel as given; %2: the allowed channels, separated by commas.</extracomment>
        <translation>«%1» — макулдук берүү жолу эмес: %2 колдонуңуз</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedTransfers.cpp" line="37"/>
        <source>no recipient has the code &quot;%1&quot;: a recipient.upsert must come first</source>
        <extracomment>Follows the field&apos;s name in a feed error. %1: the recipient&apos;s code as given.</extracomment>
        <translation>«%1» коду менен алуучу жок: адегенде recipient.upsert келиши керек</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="406"/>
        <location filename="../models/feed/FeedActivity.cpp" line="87"/>
        <location filename="../models/feed/FeedTransfers.cpp" line="42"/>
        <source>&quot;%1&quot; is not a known code</source>
        <extracomment>Follows a field&apos;s name in a feed error. %1: the code as given.</extracomment>
        <translation>«%1» — белгисиз код</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedActivity.cpp" line="116"/>
        <source>is longer than %1 characters</source>
        <extracomment>Follows a field&apos;s name in a feed error (&quot;purpose: …&quot;); the subject is the field&apos;s value. %1: a number of characters.</extracomment>
        <translation>%1 белгиден узун</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedActivity.cpp" line="118"/>
        <source>must be 64 hexadecimal digits</source>
        <translation>64 он алтылык сан болушу керек</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="125"/>
        <location filename="../models/feed/FeedActivity.cpp" line="121"/>
        <source>is in the future</source>
        <translation>келечекте</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedActivity.cpp" line="125"/>
        <source>&quot;%1&quot; is not full or partial</source>
        <extracomment>Follows a field&apos;s name in a feed error. %1: the scope as given.</extracomment>
        <translation>«%1» — full да, partial да эмес</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedActivity.cpp" line="132"/>
        <source>a full withdrawal names no purposes or categories</source>
        <translation>толук кайтарып алууда максаттар же категориялар аталбайт</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedActivity.cpp" line="141"/>
        <source>the form is already withdrawal request %1</source>
        <extracomment>Follows a field&apos;s name in a feed error (&quot;form: …&quot;). %1: the number of the request the form already made.</extracomment>
        <translation>бул форма буга чейин эле кайтарып алуу боюнча %1-арыз</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="160"/>
        <source>&quot;%1&quot; is the id of an earlier event of this batch</source>
        <extracomment>Follows the field&apos;s name (&quot;id: …&quot;). %1: the event&apos;s id as given.</extracomment>
        <translation>«%1» — ушул топтомдогу мурунку окуянын id&apos;си</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="270"/>
        <source>no subject has this platform reference: a subject.upsert must come first</source>
        <translation>бул платформалык номер менен субъект жок: адегенде subject.upsert келиши керек</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="28"/>
        <source>must be 1 to %1 characters</source>
        <extracomment>Follows the field&apos;s name in a feed error; the subject is its value. %1: the largest number of characters.</extracomment>
        <translation>эң азы 1, эң көбү %1 белги болушу керек</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="30"/>
        <location filename="../models/feed/FeedRecords.cpp" line="237"/>
        <source>is empty</source>
        <translation>бош</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="34"/>
        <source>&quot;%1&quot; is not a kind of recipient: use %2</source>
        <extracomment>Follows the field&apos;s name in a feed error. %1: the kind as given; %2: the allowed kinds, separated by commas.</extracomment>
        <translation>«%1» — алуучунун түрү эмес: %2 колдонуңуз</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="41"/>
        <source>&quot;%1&quot; is not a tax number of digits</source>
        <extracomment>Follows the field&apos;s name in a feed error. %1: the tax number as given.</extracomment>
        <translation>«%1» — сандардан турган салык номери эмес</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="53"/>
        <source>&quot;%1&quot; is not a country code of the list (ISO 3166-1, such as KG or KZ)</source>
        <extracomment>Follows the field&apos;s name in a feed error. %1: the country code as given.</extracomment>
        <translation>&quot;%1&quot; тизмедеги өлкө коду эмес (ISO 3166-1, мисалы KG же KZ)</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="72"/>
        <source>&quot;%1&quot; is the name of the recipient with the code &quot;%2&quot;</source>
        <extracomment>Follows the field&apos;s name in a feed error. %1: the recipient&apos;s name; %2: the code of the recipient that already has it.</extracomment>
        <translation>«%1» — «%2» коду бар алуучунун аталышы</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="160"/>
        <source>is required for a new subject</source>
        <translation>жаңы субъект үчүн милдеттүү</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="170"/>
        <source>%1 is another subject&apos;s INN</source>
        <extracomment>Follows the field&apos;s name in a feed error. %1: the tax number, masked (e.g. &quot;212•••••••0011&quot;).</extracomment>
        <translation>%1 — башка субъекттин ИСН</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="179"/>
        <source>the subject changed while the event was applied</source>
        <translation>окуя колдонулуп жатканда субъект өзгөрдү</translation>
    </message>
</context>
<context>
    <name>dpo::FeedFlags</name>
    <message>
        <location filename="../models/feed/FeedFlags.cpp" line="58"/>
        <source>Say what was done about the flagged event: the note is the record of it.</source>
        <translation>Белгиленген окуя боюнча эмне кылынганын жазыңыз: бул жазуу анын далили болот.</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedFlags.cpp" line="59"/>
        <source>review a flagged feed event</source>
        <translation>белгиленген агым окуясын карап чыгуу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedFlags.cpp" line="73"/>
        <source>Flag %1 does not exist or was reviewed already.</source>
        <extracomment>%1: the flag&apos;s number.</extracomment>
        <translation>%1-белги жок же буга чейин каралып чыккан.</translation>
    </message>
</context>
<context>
    <name>dpo::FeedInbox</name>
    <message>
        <location filename="../models/feed/FeedInbox.cpp" line="174"/>
        <location filename="../models/feed/FeedInbox.cpp" line="272"/>
        <source>apply the feed inbox</source>
        <translation>агымдын кирүүчү кутусун колдонуу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedInbox.cpp" line="331"/>
        <source>Say why the event is dismissed.</source>
        <translation>Окуя эмне үчүн четке чыгарыларын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedInbox.cpp" line="338"/>
        <source>retry a feed event</source>
        <translation>агымдын окуясын кайра колдонуу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedInbox.cpp" line="338"/>
        <source>dismiss a feed event</source>
        <translation>агымдын окуясын четке чыгаруу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedInbox.cpp" line="352"/>
        <source>Inbox event %1 is not a rejected event.</source>
        <extracomment>%1: the inbox event&apos;s sequence number.</extracomment>
        <translation>Кирүүчү кутудагы %1-окуя четке кагылган окуя эмес.</translation>
    </message>
</context>
<context>
    <name>dpo::FeedPage</name>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="28"/>
        <source>Reviewed…</source>
        <comment>a flagged feed event</comment>
        <translation>Каралып чыкты…</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="29"/>
        <source>Open the subject</source>
        <translation>Субъектти ачуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="30"/>
        <source>Retry</source>
        <comment>a rejected feed event</comment>
        <translation>Кайра колдонуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="31"/>
        <source>Dismiss…</source>
        <comment>a rejected feed event</comment>
        <translation>Четке чыгаруу…</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="40"/>
        <source>Change feed</source>
        <translation>Өзгөрүүлөр агымы</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="78"/>
        <source>The platform&apos;s change feed</source>
        <translation>Платформанын өзгөрүүлөр агымы</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="81"/>
        <source>Flagged events to review</source>
        <translation>Карап чыгуучу белгиленген окуялар</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="37"/>
        <location filename="../ui/pages/FeedPage.cpp" line="88"/>
        <source>Rejected events</source>
        <translation>Четке кагылган окуялар</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="34"/>
        <source>Flagged events</source>
        <translation>Белгиленген окуялар</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="35"/>
        <source>Events applied that cross an officer&apos;s decision; select one to review it</source>
        <translation>Колдонулган, бирок кызматкердин чечимине каршы келген окуялар; карап чыгуу үчүн тандаңыз</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="38"/>
        <source>Events not applied and why; each holds back its subject&apos;s later events</source>
        <translation>Колдонулбаган окуялар жана себеби; ар бири өз субъектисинин кийинки окуяларын токтотуп турат</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="47"/>
        <source>The platform&apos;s changes (subjects, consents, transfers, withdrawal forms signed in the app) arrive as a feed: a file applied with File → Import… or from the command line, or the inbox the platform writes on the server, applied by the feed&apos;s worker. Events that cross an officer&apos;s decision are flagged here; events whose values do not hold are rejected and hold back their subject&apos;s later events.</source>
        <translation>Платформадагы өзгөрүүлөр (субъекттер, макулдуктар, берүүлөр, тиркемеде кол коюлган кайтарып алуу формалары) агым болуп келет: Файл → Импорттоо… аркылуу же буйрук сабынан колдонулган файл, же платформа серверде жазган кирүүчү куту, аны агымдын иштеткичи колдонот. Кызматкердин чечимине каршы келген окуялар бул жерде белгиленет; маанилери туура эмес окуялар четке кагылат жана өз субъектисинин кийинки окуяларын токтотуп турат.</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="58"/>
        <source>Record that the selected flagged event was looked at, with a note</source>
        <translation>Тандалган белгиленген окуя каралып чыкканын эскертүү менен жазуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="60"/>
        <source>Open the record of the selected event&apos;s subject</source>
        <translation>Тандалган окуянын субъектисинин жазуусун ачуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="62"/>
        <source>Apply the selected rejected event again, after its cause is mended</source>
        <translation>Себеби оңдолгондон кийин тандалган четке кагылган окуяны кайра колдонуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="64"/>
        <source>Give up the selected rejected event, with the reason; its subject&apos;s later events go on</source>
        <translation>Тандалган четке кагылган окуядан себебин көрсөтүп баш тартуу; субъектинин кийинки окуялары улантылат</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="117"/>
        <source>Waiting in the inbox: %1%2. Rejected: %3. To review: %4.</source>
        <extracomment>%1: the number of events waiting; %2: empty or &quot; (the oldest arrived DATE)&quot;; %3: the number rejected; %4: the number of flags to review.</extracomment>
        <translation>Кирүүчү кутуда күтүүдө: %1%2. Четке кагылганы: %3. Карап чыгууга: %4.</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="122"/>
        <source> (the oldest arrived %1)</source>
        <extracomment>Appended to the number of events waiting. %1: a date and time.</extracomment>
        <translation> (эң эскиси %1 келген)</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="133"/>
        <source>Flagged</source>
        <extracomment>A column: when the feed flagged the event for the officer.</extracomment>
        <translation>Белгиленди</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="133"/>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="133"/>
        <location filename="../ui/pages/FeedPage.cpp" line="148"/>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="133"/>
        <source>Detail</source>
        <translation>Толугураак</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="134"/>
        <source>Event</source>
        <comment>its id in the feed</comment>
        <translation>Окуя</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="146"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="148"/>
        <source>Arrived</source>
        <extracomment>A column: when the event arrived in the inbox.</extracomment>
        <translation>Келди</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="150"/>
        <source>Why rejected</source>
        <extracomment>A column: why the event was rejected.</extracomment>
        <translation>Эмне үчүн четке кагылды</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="189"/>
        <source>Reviewed</source>
        <extracomment>A dialog&apos;s title: marking a flag as reviewed by the officer.</extracomment>
        <translation>Каралып чыкты</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="189"/>
        <source>What was done about it (the note goes into the audit trail):</source>
        <translation>Ал боюнча эмне кылынды (жазуу аудит журналына түшөт):</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="194"/>
        <source>The flagged event is reviewed.</source>
        <translation>Белгиленген окуя каралып чыкты.</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="204"/>
        <source>Inbox event %1 is pending again: the worker applies it next.</source>
        <extracomment>%1: the inbox event&apos;s sequence number.</extracomment>
        <translation>Кирүүчү кутудагы %1-окуя кайра күтүүдө: аны агымдын иштеткичи кийинки кезекте колдонот.</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="214"/>
        <source>Dismiss</source>
        <translation>Четке чыгаруу</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="214"/>
        <source>Why the event is dismissed (it goes into the audit trail):</source>
        <translation>Окуя эмне үчүн четке чыгарылат (аудит журналына түшөт):</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="220"/>
        <source>Inbox event %1 is dismissed.</source>
        <extracomment>%1: the inbox event&apos;s sequence number.</extracomment>
        <translation>Кирүүчү кутудагы %1-окуя четке чыгарылды.</translation>
    </message>
</context>
<context>
    <name>dpo::FeedReader</name>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="33"/>
        <source>must be a string</source>
        <translation>сап болушу керек</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="38"/>
        <source>is longer than %1 characters</source>
        <extracomment>Follows a field&apos;s name in a feed error; the subject is the field&apos;s value. %1: a number of characters.</extracomment>
        <translation>%1 белгиден узун</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="40"/>
        <source>holds control characters</source>
        <translation>башкаруучу белгилерди камтыйт</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="82"/>
        <source>must be a date YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК түрүндөгү күн болушу керек</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="58"/>
        <source>must be a time in ISO-8601 with its zone, such as 2026-12-01T09:00:00+06:00</source>
        <translation>алкагы менен ISO-8601 убакыт болушу керек, мисалы 2026-12-01T09:00:00+06:00</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="89"/>
        <source>must be a list of strings, at least one</source>
        <translation>саптардын тизмеси болушу керек, жок дегенде бир</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="94"/>
        <source>each item %1</source>
        <extracomment>Follows a list field&apos;s name in a feed error and precedes what is wrong with one item. %1: what is wrong, e.g. &quot;must be a string&quot;.</extracomment>
        <translation>ар бир элемент %1</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="96"/>
        <source>holds an empty item</source>
        <translation>бош элементти камтыйт</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="101"/>
        <source>must be true or false</source>
        <translation>true же false болушу керек</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="134"/>
        <location filename="../models/feed/FeedReader.cpp" line="151"/>
        <source>is longer than %1 bytes</source>
        <extracomment>Follows &quot;FILE:LINE:&quot; in a feed error; the subject is the line. %1: a number of bytes.</extracomment>
        <translation>%1 байттан узун</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="161"/>
        <source>is not valid UTF-8; the feed is written in UTF-8</source>
        <translation>жарактуу UTF-8 эмес; агым UTF-8 менен жазылат</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="171"/>
        <source>is not JSON: %1 at character %2</source>
        <extracomment>Follows &quot;FILE:LINE:&quot; in a feed error; the subject is the line. %1: the JSON parser&apos;s message (English from Qt); %2: the character&apos;s position.</extracomment>
        <translation>JSON эмес: %2-белгиде %1</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="175"/>
        <source>an event is a JSON object</source>
        <translation>окуя — JSON объекти</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="182"/>
        <location filename="../models/feed/FeedReader.cpp" line="192"/>
        <location filename="../models/feed/FeedReader.cpp" line="202"/>
        <source>is missing</source>
        <translation>жок</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="186"/>
        <source>must be 1 to %1 characters</source>
        <extracomment>Follows the field&apos;s name (&quot;id: …&quot;). %1: the largest number of characters.</extracomment>
        <translation>эң азы 1, эң көбү %1 белги болушу керек</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="206"/>
        <source>&quot;%1&quot; is not an event type of feed version %2: use %3</source>
        <extracomment>Follows the field&apos;s name (&quot;type: …&quot;). %1: the type as given; %2: the feed format&apos;s version number; %3: the known types, separated by commas.</extracomment>
        <translation>«%1» %2-версиядагы агымдын окуясынын түрү эмес: %3 колдонуңуз</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="207"/>
        <source>(not a string)</source>
        <translation>(сап эмес)</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="236"/>
        <source>is not a field of %1</source>
        <extracomment>Follows the field&apos;s name in a feed error. %1: the event&apos;s type, e.g. &quot;subject.upsert&quot;.</extracomment>
        <translation>%1 талаасы эмес</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="250"/>
        <source>is required in %1</source>
        <extracomment>Follows the field&apos;s name in a feed error. %1: the event&apos;s type, e.g. &quot;subject.upsert&quot;.</extracomment>
        <translation>%1 үчүн милдеттүү</translation>
    </message>
</context>
<context>
    <name>dpo::FeedService</name>
    <message numerus="yes">
        <location filename="../models/feed/FeedService.cpp" line="32"/>
        <source>… and %n more problem(s); nothing was applied.</source>
        <extracomment>The last line of a feed file&apos;s problems. %n: the number of problems not listed.</extracomment>
        <translation>
            <numerusform>… жана дагы %n ката; эч нерсе колдонулган жок.</numerusform>
            <numerusform>… жана дагы %n ката; эч нерсе колдонулган жок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/feed/FeedService.cpp" line="36"/>
        <source>%n problem(s); nothing was applied.</source>
        <extracomment>The last line of a feed file&apos;s problems. %n: the number of problems.</extracomment>
        <translation>
            <numerusform>%n ката; эч нерсе колдонулган жок.</numerusform>
            <numerusform>%n ката; эч нерсе колдонулган жок.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/feed/FeedService.cpp" line="49"/>
        <source>%1: cannot read the file: %2</source>
        <extracomment>%1: the feed file&apos;s path; %2: the system&apos;s reason.</extracomment>
        <translation>%1: файлды окуу мүмкүн эмес: %2</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedService.cpp" line="76"/>
        <source>apply a feed file</source>
        <translation>агым файлын колдонуу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedService.cpp" line="135"/>
        <source>holds no events</source>
        <translation>окуялар жок</translation>
    </message>
</context>
<context>
    <name>dpo::HelpWindow</name>
    <message>
        <location filename="../ui/widgets/HelpWindow.cpp" line="51"/>
        <location filename="../ui/widgets/HelpWindow.cpp" line="70"/>
        <source>User guide</source>
        <translation>Колдонмо</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HelpWindow.cpp" line="57"/>
        <source>Topics of the guide</source>
        <translation>Колдонмонун темалары</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HelpWindow.cpp" line="58"/>
        <source>Choose a topic to read it on the right.</source>
        <translation>Теманы тандаңыз, ал оң жакта ачылат.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HelpWindow.cpp" line="72"/>
        <source>The guide&apos;s text; the arrow keys and Page Up or Page Down scroll it.</source>
        <translation>Колдонмонун тексти; жебе баскычтары жана Page Up же Page Down аны жылдырат.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HelpWindow.cpp" line="78"/>
        <source>Close the guide</source>
        <translation>Колдонмону жабуу</translation>
    </message>
</context>
<context>
    <name>dpo::HolderBox</name>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="28"/>
        <source>The holder of the data, as letters name it</source>
        <translation>Маалыматтарды кармоочу (каттарда ушинтип жазылат)</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="33"/>
        <source>Save the holder&apos;s details</source>
        <translation>Кармоочунун маалыматтарын сактоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="37"/>
        <source>Save the holder&apos;s details; the next letters carry them</source>
        <translation>Кармоочунун маалыматтарын сактоо; кийинки каттарда алар жазылат</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="42"/>
        <source>In Kyrgyz</source>
        <translation>Кыргызча</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="43"/>
        <source>In Russian</source>
        <translation>Орусча</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="61"/>
        <source>%1 in Kyrgyz</source>
        <comment>a field of the holder</comment>
        <extracomment>A field&apos;s accessible name. %1: the field, e.g. &quot;Name&quot;.</extracomment>
        <translation>%1 кыргызча</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="63"/>
        <source>%1 in Russian</source>
        <comment>a field of the holder</comment>
        <extracomment>A field&apos;s accessible name. %1: the field, e.g. &quot;Name&quot;.</extracomment>
        <translation>%1 орусча</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="67"/>
        <source>Name:</source>
        <comment>holder</comment>
        <translation>Аталышы:</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="68"/>
        <source>The holder&apos;s name as the letterhead of every letter gives it</source>
        <translation>Ар бир каттын бланкында көрсөтүлгөн кармоочунун аталышы</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="69"/>
        <source>Postal address:</source>
        <translation>Почта дареги:</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="69"/>
        <source>The address letters give for answers</source>
        <translation>Каттарда жооп үчүн көрсөтүлгөн дарек</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="71"/>
        <source>Signatory&apos;s position:</source>
        <translation>Кол коюучунун кызматы:</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="71"/>
        <source>The position of whoever signs the letters</source>
        <translation>Каттарга кол коюучунун кызматы</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="73"/>
        <source>INN:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="73"/>
        <source>The holder&apos;s taxpayer number, 14 digits</source>
        <translation>Кармоочунун салык төлөөчүнүн номери, 14 сан</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="115"/>
        <source>The holder&apos;s details are saved; the next letters use them.</source>
        <translation>Кармоочунун маалыматтары сакталды; кийинки каттар аларды колдонот.</translation>
    </message>
</context>
<context>
    <name>dpo::HolderService</name>
    <message>
        <location filename="../models/services/HolderService.cpp" line="30"/>
        <source>Name (Kyrgyz)</source>
        <translation>Аталышы (кыргызча)</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="32"/>
        <source>Name (Russian)</source>
        <translation>Аталышы (орусча)</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="33"/>
        <source>INN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="35"/>
        <source>Address (Kyrgyz)</source>
        <translation>Дареги (кыргызча)</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="37"/>
        <source>Address (Russian)</source>
        <translation>Дареги (орусча)</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="39"/>
        <source>Signatory&apos;s position (Kyrgyz)</source>
        <translation>Кол коюучунун кызматы (кыргызча)</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="41"/>
        <source>Signatory&apos;s position (Russian)</source>
        <translation>Кол коюучунун кызматы (орусча)</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="71"/>
        <source>change the holder&apos;s details</source>
        <translation>кармоочунун маалыматтарын өзгөртүү</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="80"/>
        <source>%1: is empty; letters need it.</source>
        <extracomment>%1: the field&apos;s name, e.g. &quot;Name in Kyrgyz&quot;.</extracomment>
        <translation>%1: бош; каттарга керек.</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="85"/>
        <source>%1: is longer than %2 characters.</source>
        <extracomment>%1: the field&apos;s name, e.g. &quot;Name in Kyrgyz&quot;; %2: a number of characters.</extracomment>
        <translation>%1: %2 белгиден узун.</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="91"/>
        <source>INN: &quot;%1&quot; is not 14 digits.</source>
        <extracomment>%1: the tax number as typed.</extracomment>
        <translation>ИНН: &quot;%1&quot; 14 цифрадан турбайт.</translation>
    </message>
</context>
<context>
    <name>dpo::ImportDialog</name>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="61"/>
        <source>Import a file</source>
        <translation>Файлды импорттоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="63"/>
        <source>The platform&apos;s export of subjects (CSV) or a file of its change feed (JSON Lines). The whole file is checked and written as one step: when any line is wrong, or when you cancel, nothing is written.</source>
        <translation>Платформанын субъекттер экспорту (CSV) же анын өзгөрүүлөр агымынын файлы (JSON Lines). Файл толугу менен бир кадамда текшерилип, жазылат: кайсы бир сап туура эмес болсо же сиз токтотсоңуз, эч нерсе жазылбайт.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="69"/>
        <source>File to import</source>
        <translation>Импорттоочу файл</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="69"/>
        <source>The file&apos;s path: type it or choose it</source>
        <translation>Файлдын жолу: жазыңыз же тандаңыз</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="70"/>
        <source>Choose a file…</source>
        <translation>Файлды тандаңыз…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="71"/>
        <source>C&amp;hoose…</source>
        <comment>a file</comment>
        <translation>&amp;Тандоо…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="72"/>
        <location filename="../ui/pages/ImportDialog.cpp" line="180"/>
        <source>Choose the file to import</source>
        <translation>Импорттоочу файлды тандоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="73"/>
        <source>Open a file chooser; the contents are guessed from the file&apos;s name</source>
        <translation>Файл тандоо терезесин ачуу; мазмуну файлдын атынан аныкталат</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="74"/>
        <source>What the file holds</source>
        <translation>Файлда эмне бар</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="75"/>
        <source>A CSV export of subjects, or a JSON Lines file of the change feed</source>
        <translation>Субъекттердин CSV экспорту же өзгөрүүлөр агымынын JSON Lines файлы</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="76"/>
        <source>Subjects: the platform&apos;s export (CSV)</source>
        <translation>Субъекттер: платформанын экспорту (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="77"/>
        <source>The platform&apos;s change feed (JSON Lines)</source>
        <translation>Платформанын өзгөрүүлөр агымы (JSON Lines)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="80"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="86"/>
        <source>&amp;Contents:</source>
        <translation>&amp;Мазмуну:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="91"/>
        <source>&amp;Import</source>
        <comment>start importing the file</comment>
        <translation>&amp;Импорттоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="92"/>
        <source>Import the file</source>
        <translation>Файлды импорттоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="93"/>
        <source>Check the whole file and write it as one step</source>
        <translation>Бүт файлды текшерип, бир кадам менен жазуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="94"/>
        <source>Ca&amp;ncel import</source>
        <translation>Импортту &amp;үзүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="95"/>
        <source>Cancel the import; nothing is written</source>
        <translation>Импортту токтотуу; эч нерсе жазылбайт</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="96"/>
        <source>Stop the import before it writes; the database stays as it was</source>
        <translation>Импортту жазганга чейин токтотуу; маалымат базасы мурункудай калат</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="97"/>
        <source>Progress of the import</source>
        <translation>Импорттун жүрүшү</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="100"/>
        <source>Stage of the import</source>
        <translation>Импорттун баскычы</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="107"/>
        <source>Result of the import</source>
        <translation>Импорттун жыйынтыгы</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="111"/>
        <source>Problems and warnings, one per line of the file</source>
        <translation>Файлдын саптары боюнча кемчиликтер жана эскертүүлөр</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="112"/>
        <source>File, line, column and reason of each; a header sorts, Ctrl+C copies the selected</source>
        <translation>Ар биринин файлы, сабы, тилкеси жана себеби; баш сап иреттейт, Ctrl+C тандалгандарды көчүрөт</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="115"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="115"/>
        <source>Line</source>
        <comment>of a file</comment>
        <translation>Сап</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="115"/>
        <source>Column or field</source>
        <translation>Мамыча же талаа</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="115"/>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="123"/>
        <source>Copy</source>
        <translation>Көчүрүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="129"/>
        <source>Cop&amp;y lines</source>
        <translation>Саптарды &amp;көчүрүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="130"/>
        <source>Copy the selected lines, or all of them</source>
        <translation>Тандалган саптарды, же баарын көчүрүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="131"/>
        <source>To the clipboard as FILE:LINE: column: reason, one per line</source>
        <translation>Алмашуу буферине ФАЙЛ:САП: тилке: себеп түрүндө, ар бир сапка бирден</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="132"/>
        <source>&amp;Save lines…</source>
        <translation>Саптарды &amp;сактоо…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="133"/>
        <source>Save the lines to a text file</source>
        <translation>Саптарды текст файлына сактоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="134"/>
        <source>One problem per line, as FILE:LINE: column: reason</source>
        <translation>Ар бир сапта бир кемчилик, ФАЙЛ:САП: тилке: себеп түрүндө</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="135"/>
        <source>C&amp;lose</source>
        <comment>a dialog</comment>
        <translation>&amp;Жабуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="136"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="137"/>
        <source>Close the dialog; a running import is cancelled first</source>
        <translation>Терезени жабуу; жүрүп жаткан импорт адегенде жокко чыгарылат</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="161"/>
        <source>Nothing imported yet.</source>
        <translation>Азырынча эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="181"/>
        <source>Platform files (*.csv *.jsonl *.ndjson);;Subjects (*.csv);;Change feed (*.jsonl *.ndjson);;All files (*)</source>
        <translation>Платформанын файлдары (*.csv *.jsonl *.ndjson);;Субъекттер (*.csv);;Өзгөрүүлөр агымы (*.jsonl *.ndjson);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="203"/>
        <source>Starting…</source>
        <translation>Башталууда…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="230"/>
        <source>%1: %L2 subjects imported.</source>
        <extracomment>%1: the file&apos;s name; %2: the number of subjects.</extracomment>
        <translation>%1: %L2 субъект импорттолду.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="235"/>
        <source>%L1 warnings; the rows were imported. The first %L2 are listed.</source>
        <extracomment>%1: the number of warnings; %2: the number listed.</extracomment>
        <translation>%L1 эскертүү; саптар импорттолду. Алгачкы %L2 эскертүү төмөндө.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="252"/>
        <source>%1: %L2 events read: %L3 applied, %L4 applied before and skipped, %L5 refused by a privacy rule. %L6 flags for the officer (Change feed section).</source>
        <extracomment>%1: the feed file&apos;s name; %2 to %5: numbers of events; %6: the number of flags.</extracomment>
        <translation>%1: %L2 окуя окулду: %L3 колдонулду, %L4 мурда колдонулгандыктан өткөрүлүп жиберилди, %L5 купуялуулук эрежеси боюнча четке кагылды. Кызматкер үчүн %L6 белги («Өзгөрүүлөр агымы» бөлүмү).</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="262"/>
        <source>%1: every one of its %L2 events was applied before; nothing changed.</source>
        <extracomment>%1: the feed file&apos;s name; %2: the number of events.</extracomment>
        <translation>%1: анын %L2 окуясынын баары мурда колдонулган; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="289"/>
        <source>Checking every line of the file; nothing is written yet.</source>
        <translation>Файлдын ар бир сабы текшерилүүдө; азырынча эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="293"/>
        <source>Writing, in one transaction: a cancel now undoes everything written so far.</source>
        <translation>Бир транзакцияда жазылууда: азыр токтотсоңуз, ушул убакка чейин жазылгандын баары жокко чыгарылат.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="296"/>
        <source>Finishing (indexes, the audit entry, the commit): it can no longer be cancelled.</source>
        <translation>Аякталууда (индекстер, аудит жазуусу, бекитүү): эми аны токтотууга болбойт.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="316"/>
        <source>Cancelled.</source>
        <extracomment>The import&apos;s state: the officer cancelled it; nothing was imported.</extracomment>
        <translation>Токтотулду.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="319"/>
        <source>Refused.</source>
        <extracomment>The import&apos;s state: the file was refused; nothing was imported.</extracomment>
        <translation>Четке кагылды.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="321"/>
        <source>Done.</source>
        <translation>Бүттү.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="403"/>
        <location filename="../ui/pages/ImportDialog.cpp" line="413"/>
        <source>Save the lines</source>
        <translation>Саптарды сактоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="403"/>
        <source>Text files (*.txt)</source>
        <translation>Текст файлдары (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="423"/>
        <source>Cancelling…</source>
        <translation>Токтотулууда…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="441"/>
        <source>Your role may not import files.</source>
        <translation>Сиздин ролуңуз файлдарды импорттоого уруксат бербейт.</translation>
    </message>
</context>
<context>
    <name>dpo::InputLimits</name>
    <message>
        <location filename="../models/core/InputLimits.h" line="22"/>
        <source>%1: the file is %2 bytes, more than the %3 bytes a file may have</source>
        <extracomment>%1: the file&apos;s path; %2 and %3: numbers of bytes.</extracomment>
        <translation>%1: файл %2 байт, бул файлга уруксат берилген %3 байттан көп</translation>
    </message>
</context>
<context>
    <name>dpo::JobProgress</name>
    <message>
        <location filename="../models/core/JobProgress.cpp" line="26"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Токтотулду; эч нерсе жазылган жок.</translation>
    </message>
</context>
<context>
    <name>dpo::LetterButtons</name>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="154"/>
        <source>The language the letter is written in</source>
        <translation>Кат жазыла турган тил</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="161"/>
        <source>Both texts in one letter; the Russian one prevails where they differ (policy 2.5)</source>
        <translation>Эки текст бир катта; алар айырмаланса, орус тилиндеги текст артыкчылыкка ээ (Саясаттын 2.5-пункту)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="165"/>
        <source>Letter:</source>
        <translation>Кат:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="174"/>
        <source>Preview…</source>
        <translation>Көрүү…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="175"/>
        <source>Show the letter as it will be printed; a preview takes no number</source>
        <translation>Катты басылып чыга турган түрүндө көрсөтүү; алдын ала көрүү номер албайт</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="177"/>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="178"/>
        <source>Print the letter; it takes its number in the register of letters</source>
        <translation>Катты басып чыгаруу; ал каттардын реестринде өз номерин алат</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="180"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="181"/>
        <source>Save the letter as a PDF file; it takes its number in the register of letters</source>
        <translation>Катты PDF файл катары сактоо; ал каттардын реестринде өз номерин алат</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="238"/>
        <source>The letter went to the printer.</source>
        <translation>Кат басып чыгарууга жөнөтүлдү.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="243"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="254"/>
        <source>The letter is saved: %1</source>
        <extracomment>%1: the file&apos;s path.</extracomment>
        <translation>Кат сакталды: %1</translation>
    </message>
</context>
<context>
    <name>dpo::LetterKind</name>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="18"/>
        <source>make an answer letter</source>
        <translation>жооп катын түзүү</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="19"/>
        <source>Answer to a claim</source>
        <translation>Дооматка жооп</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="21"/>
        <source>Claim %1</source>
        <extracomment>A letter&apos;s subject in the list of letters. %1: the claim&apos;s number.</extracomment>
        <translation>%1-доомат</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="24"/>
        <source>Answer letter No. %1</source>
        <extracomment>A letter&apos;s title. %1: its outgoing number.</extracomment>
        <translation>№ %1 жооп кат</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="27"/>
        <source>make a reply letter</source>
        <translation>жооп кат даярдоо</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="28"/>
        <source>Reply to a withdrawal request</source>
        <translation>Кайтарып алуу арызына жооп</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="30"/>
        <source>Withdrawal request %1</source>
        <extracomment>A letter&apos;s subject in the list of letters. %1: the request&apos;s number.</extracomment>
        <translation>Кайтарып алуу боюнча %1-арыз</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="32"/>
        <source>Reply letter No. %1</source>
        <extracomment>A letter&apos;s title. %1: its outgoing number.</extracomment>
        <translation>№ %1 жооп кат</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="35"/>
        <source>print a notice of disclosure</source>
        <translation>ачыкка чыгаруу жөнүндө билдирүүнү басып чыгаруу</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="36"/>
        <source>Notice of a disclosure</source>
        <translation>Ачыкка чыгаруу тууралуу билдирүү</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="38"/>
        <source>Disclosure %1</source>
        <extracomment>A letter&apos;s subject in the list of letters. %1: the disclosure&apos;s number.</extracomment>
        <translation>%1-ачыкка чыгаруу</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="40"/>
        <source>Notice of disclosure No. %1</source>
        <extracomment>A letter&apos;s title. %1: its outgoing number.</extracomment>
        <translation>№ %1 ачыкка чыгаруу жөнүндө билдирүү</translation>
    </message>
</context>
<context>
    <name>dpo::LetterLayout</name>
    <message>
        <location filename="../models/reports/LetterLayout.cpp" line="79"/>
        <source>INN %1</source>
        <extracomment>The holder&apos;s tax number in a letter&apos;s heading. %1: the number.</extracomment>
        <translation>ИНН %1</translation>
    </message>
    <message>
        <location filename="../models/reports/LetterLayout.cpp" line="83"/>
        <source>Outgoing No. %1</source>
        <extracomment>In a letter&apos;s heading. %1: the letter&apos;s outgoing number.</extracomment>
        <translation>Чыгуучу № %1</translation>
    </message>
    <message>
        <location filename="../models/reports/LetterLayout.cpp" line="88"/>
        <source>of %1</source>
        <extracomment>In a letter&apos;s heading, after the outgoing number (&quot;No. 12 of 3 March 2026&quot;). %1: the letter&apos;s date.</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../models/reports/LetterLayout.cpp" line="90"/>
        <source>(numbered when printed or saved)</source>
        <translation>(басылып же сакталганда номер берилет)</translation>
    </message>
    <message>
        <location filename="../models/reports/LetterLayout.cpp" line="99"/>
        <source>(signature)</source>
        <translation>(колу)</translation>
    </message>
    <message>
        <location filename="../models/reports/LetterLayout.cpp" line="112"/>
        <source>The letter layout asks for &quot;%1&quot;, which no letter has.</source>
        <extracomment>%1: the placeholder&apos;s name in the layout file.</extracomment>
        <translation>Каттын калыбы &quot;%1&quot; маанисин сурайт, бирок мындай маани жок.</translation>
    </message>
    <message>
        <location filename="../models/reports/LetterLayout.cpp" line="120"/>
        <source>The letter layout is missing from this build.</source>
        <translation>Каттын калыбы бул программада жок.</translation>
    </message>
</context>
<context>
    <name>dpo::LetterService</name>
    <message>
        <location filename="../models/services/LetterService.cpp" line="24"/>
        <source>This letter is made in Kyrgyz and in Russian. Where the two texts differ, the Russian text prevails (privacy policy, clause 2.5).</source>
        <translation>Бул кат кыргыз жана орус тилдеринде түзүлдү. Эки тексттин ортосунда айырмачылык болсо, орус тилиндеги текст артыкчылыкка ээ болот (Купуялуулук саясатынын 2.5-пункту).</translation>
    </message>
</context>
<context>
    <name>dpo::LettersPage</name>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="25"/>
        <source>Outgoing letters</source>
        <translation>Чыгуучу каттар</translation>
    </message>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="26"/>
        <source>Every answer, reply and notice the console makes is numbered here the first time it is made (the year&apos;s next number and the day&apos;s date); a reprint keeps its number. The addressee is read from the case.</source>
        <translation>Консоль түзгөн ар бир жооп жана билдирүү биринчи жолу түзүлгөндө бул жерде номер алат (жылдын кийинки номери жана ошол күндүн датасы); кайра басып чыгарылганда номери өзгөрбөйт. Алуучу иштен окулат.</translation>
    </message>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="32"/>
        <source>Open the case</source>
        <translation>Ишти ачуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="35"/>
        <source>Every letter the console made; select one to see what it answers</source>
        <translation>Консол түзгөн ар бир кат; эмнеге жооп экенин көрүү үчүн тандаңыз</translation>
    </message>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="36"/>
        <source>Find:</source>
        <translation>Издөө:</translation>
    </message>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="38"/>
        <source>Find a letter</source>
        <translation>Катты табуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="39"/>
        <source>Number or addressee</source>
        <translation>Номери же алуучу</translation>
    </message>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="31"/>
        <location filename="../ui/pages/LettersPage.cpp" line="100"/>
        <source>Select a letter to see what it answers.</source>
        <translation>Эмнеге жооп экенин көрүү үчүн катты тандаңыз.</translation>
    </message>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="40"/>
        <source>Show the letters whose number or addressee contains this text</source>
        <translation>Номеринде же алуучусунда ушул текст бар каттарды көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="61"/>
        <source>Open the case the selected letter answers in its section</source>
        <translation>Тандалган кат жооп берген ишти өз бөлүмүндө ачуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="117"/>
        <source>(no longer on file)</source>
        <translation>(эми сакталган эмес)</translation>
    </message>
</context>
<context>
    <name>dpo::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <source>The console is locked.</source>
        <translation>Консоль бөгөттөлдү.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>Connection lost, connecting again…</source>
        <translation>Байланыш үзүлдү, кайра туташууда…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <source>The connection to the database is back.</source>
        <translation>База менен байланыш калыбына келди.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>DPO Console</source>
        <translation>DPO Console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>Sections</source>
        <translation>Бөлүмдөр</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>Choose a section to open it; Ctrl with its number opens it from anywhere</source>
        <translation>Бөлүмдү ачуу үчүн тандаңыз; Ctrl жана анын номери аны каалаган жерден ачат</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>Dashboard</source>
        <comment>section</comment>
        <translation>Башкы бет</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Subjects</source>
        <comment>section</comment>
        <translation>Субъекттер</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>Withdrawals</source>
        <comment>section</comment>
        <translation>Кайтарып алуулар</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>Claims</source>
        <comment>section</comment>
        <translation>Дооматтар</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>Disclosures</source>
        <comment>section</comment>
        <translation>Ачыкка чыгаруулар</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>Letters</source>
        <comment>section</comment>
        <translation>Каттар</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>Change feed</source>
        <comment>section</comment>
        <translation>Өзгөрүүлөр агымы</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>Audit</source>
        <comment>section</comment>
        <translation>Аудит</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>Calendar</source>
        <comment>section</comment>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144"/>
        <source>Officers</source>
        <comment>section</comment>
        <translation>Кызматкерлер</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>Data systems</source>
        <comment>section</comment>
        <translation>Маалымат тутумдары</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="281"/>
        <source>SQLite: %1</source>
        <extracomment>In the status bar. %1: the database file&apos;s path.</extracomment>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="288"/>
        <source>not encrypted</source>
        <extracomment>The connection to the database server, in the status bar.</extracomment>
        <translation>шифрленген эмес</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>%1, server&apos;s certificate verified</source>
        <extracomment>How the console reaches the server, in the status bar. %1: the TLS protocol, e.g. &quot;TLSv1.3&quot;.</extracomment>
        <translation>%1, сервердин сертификаты текшерилген</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="296"/>
        <source>%1, server&apos;s certificate not verified (sslmode=%2)</source>
        <extracomment>How the console reaches the server, in the status bar. %1: the TLS protocol, e.g. &quot;TLSv1.3&quot;; %2: the sslmode setting, e.g. &quot;require&quot;.</extracomment>
        <translation>%1, сервердин сертификаты текшерилген эмес (sslmode=%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="301"/>
        <source>PostgreSQL: %1:%2/%3 · %4</source>
        <extracomment>In the status bar. %1: the server&apos;s host; %2: its port; %3: the database&apos;s name; %4: how it is reached, e.g. &quot;TLSv1.3, server&apos;s certificate verified&quot;.</extracomment>
        <translation>PostgreSQL: %1:%2/%3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="313"/>
        <source>%1 (%2)</source>
        <extracomment>The signed-in officer in the status bar. %1: the officer&apos;s name; %2: their role, e.g. &quot;Officer&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="333"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңылоо</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="336"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттоо…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="340"/>
        <source>The platform&apos;s export of subjects, or a file of its change feed</source>
        <translation>Платформанын субъекттер экспорту же анын өзгөрүүлөр агымынын файлы</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>Print pre&amp;view…</source>
        <translation>Басып чыгаруудан мурун &amp;көрүү…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="348"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып чыгаруу…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="355"/>
        <source>Prints the dashboard, or the selected subject&apos;s data report</source>
        <translation>Башкы бетти же тандалган субъект тууралуу маалымат отчётун басып чыгарат</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="357"/>
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="360"/>
        <source>&amp;Edit</source>
        <translation>&amp;Түзөтүү</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="361"/>
        <source>&amp;Find subject…</source>
        <translation>Субъектти &amp;издөө…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="368"/>
        <source>&amp;Language</source>
        <translation>Т&amp;ил</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="380"/>
        <source>&amp;Go</source>
        <translation>&amp;Өтүү</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="392"/>
        <source>&amp;Help</source>
        <translation>&amp;Жардам</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="393"/>
        <source>&amp;User guide</source>
        <translation>&amp;Колдонмо</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="396"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Баскычтоп жарлыктары</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="493"/>
        <source>An administrator changed your role: you are %1 now.</source>
        <extracomment>%1: the role&apos;s name, e.g. &quot;Auditor&quot;.</extracomment>
        <translation>Администратор сиздин ролуңузду өзгөрттү: эми сиз — %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="550"/>
        <source>Changes made by another officer are shown.</source>
        <translation>Башка кызматкер киргизген өзгөрүүлөр көрсөтүлдү.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="592"/>
        <source>Deadlines</source>
        <translation>Мөөнөттөр</translation>
    </message>
</context>
<context>
    <name>dpo::Migrator</name>
    <message>
        <location filename="../models/db/Migrator.cpp" line="91"/>
        <source>Migration to schema version %1 would leave a row of %2 referring to nothing in %3; nothing was changed.</source>
        <extracomment>%1: the schema version number; %2: a table&apos;s name (the row&apos;s table); %3: the table it should refer to.</extracomment>
        <translation>Схеманын %1-версиясына өтүү %2 таблицасында %3 таблицасынан эч нерсеге шилтебеген сапты калтырмак; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="133"/>
        <source>%1 holds tables but is not a DPO Console consent database (it has no schema_migrations table).</source>
        <extracomment>%1: the database&apos;s address.</extracomment>
        <translation>%1 ичинде таблицалар бар, бирок ал DPO Console макулдуктар базасы эмес (schema_migrations таблицасы жок).</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="158"/>
        <source>The migration scripts of schema version %1 are missing from this build.</source>
        <extracomment>%1: the schema version number.</extracomment>
        <translation>Бул жыйнакта схеманын %1 версиясынын миграция скрипттери жок.</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="170"/>
        <source>The database %1 has schema version %2, newer than this program knows (%3). Use a newer DPO Console; the database was not changed.</source>
        <extracomment>%1: the database&apos;s address; %2: its schema version number; %3: the newest version this program knows.</extracomment>
        <translation>%1 базасынын схемасы %2 версиясында, бул программа билгенден (%3) жаңыраак. DPO Consoleдун жаңыраак версиясын колдонуңуз; база өзгөртүлгөн жок.</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="193"/>
        <source>Cannot create the schema_migrations table: %1</source>
        <extracomment>%1: the database&apos;s own message.</extracomment>
        <translation>schema_migrations таблицасын түзүү мүмкүн эмес: %1</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="205"/>
        <source>Migration to schema version %1 failed; nothing was changed. %2
Statement: %3</source>
        <extracomment>%1: the schema version number; %2: the database&apos;s own message; %3: the beginning of the failed SQL statement.</extracomment>
        <translation>Схеманын %1 версиясына өтүү ишке ашкан жок; эч нерсе өзгөргөн жок. %2
Сурам: %3</translation>
    </message>
</context>
<context>
    <name>dpo::NoticeDialog</name>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="217"/>
        <source>Notify %1 through the outbox</source>
        <extracomment>%1: the subject&apos;s platform reference.</extracomment>
        <translation>%1 субъектке чыгуучу кезек аркылуу билдирүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="219"/>
        <source>A notice to %1 sent by hand</source>
        <extracomment>%1: the subject&apos;s platform reference.</extracomment>
        <translation>%1 үчүн кол менен жөнөтүлгөн билдирүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="220"/>
        <source>Queue</source>
        <translation>Кезекке коюу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="220"/>
        <source>Record</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="227"/>
        <source>The way the notice goes to the subject</source>
        <translation>Билдирүү субъектке жете турган жол</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="228"/>
        <source>Where the notice goes: a postal address, a phone number or an e-mail address</source>
        <translation>Билдирүү кайда жөнөтүлөт: почта дареги, телефон номери же электрондук почта дареги</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="230"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="231"/>
        <source>Address:</source>
        <translation>Дареги:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="233"/>
        <source>Empty: the address in the subject&apos;s record</source>
        <translation>Бош болсо — субъекттин жазуусундагы дарек</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="240"/>
        <source>When the notice was handed over for sending</source>
        <translation>Билдирүү жөнөтүүгө качан берилди</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="243"/>
        <source>Required for post, e.g. RR123456789KG</source>
        <translation>Почта үчүн милдеттүү, мисалы RR123456789KG</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="244"/>
        <source>The post&apos;s tracking number of the letter</source>
        <translation>Каттын почталык көзөмөл номери</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="245"/>
        <source>Sent:</source>
        <translation>Жөнөтүлдү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="246"/>
        <source>Tracking number:</source>
        <translation>Трек-номери:</translation>
    </message>
</context>
<context>
    <name>dpo::NoticeLetter</name>
    <message>
        <location filename="../models/services/NoticeLetterService.cpp" line="53"/>
        <source>Notice of a disclosure of your personal data</source>
        <translation>Жеке маалыматтарыңыздын ачыкка чыгарылышы жөнүндө билдирүү</translation>
    </message>
</context>
<context>
    <name>dpo::OfficerService</name>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="42"/>
        <source>The user name &quot;%1&quot; is not valid: use 2 to 64 lower-case Latin letters, digits, dots, hyphens or underscores, starting with a letter or digit.</source>
        <extracomment>%1: the user name as typed.</extracomment>
        <translation>«%1» колдонуучу аты туура эмес: 2ден 64кө чейин кичине латын тамгаларын, сандарды, чекитти, дефисти же астын сызууну колдонуңуз; ат тамга же сан менен башталсын.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="52"/>
        <source>The password is too short: use at least %1 characters.</source>
        <extracomment>%1: a number of characters.</extracomment>
        <translation>Сыр сөз өтө кыска: жок дегенде %1 белги колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="55"/>
        <source>The password must not contain the user name.</source>
        <translation>Сыр сөздө колдонуучунун аты болбошу керек.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="65"/>
        <source>An officer named &quot;%1&quot; already exists.</source>
        <extracomment>%1: the user name.</extracomment>
        <translation>«%1» аттуу кызматкер мурунтан эле бар.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="104"/>
        <source>&quot;%1&quot; exists but is not an administrator.</source>
        <extracomment>%1: the user name.</extracomment>
        <translation>«%1» бар, бирок ал администратор эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="111"/>
        <source>The database already has officers; &quot;%1&quot; is not one of them. An administrator adds further officers after signing in.</source>
        <extracomment>%1: the user name.</extracomment>
        <translation>Базада кызматкерлер бар; «%1» алардын катарында жок. Башка кызматкерлерди администратор киргенден кийин кошот.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="145"/>
        <source>add officers</source>
        <translation>кызматкерлерди кошуу</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerSignIn.cpp" line="136"/>
        <source>This console is connected to the database as %1, the login of officer %2: sign in as %2, or connect with your own login.</source>
        <extracomment>%1: the database login; %2: the officer&apos;s user name.</extracomment>
        <translation>Бул консоль маалымат базасына %1 катары туташкан, бул %2 кызматкеринин логини: %2 катары кириңиз же өзүңүздүн логиниңиз менен туташыңыз.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerSignIn.cpp" line="34"/>
        <source>Sign-in failed: the user name or password is wrong, or the account is deactivated or locked for a while.</source>
        <translation>Кирүү ишке ашкан жок: колдонуучунун аты же сыр сөз туура эмес, же эсеп өчүрүлгөн же убактылуу бөгөттөлгөн.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="180"/>
        <source>Officer %1 does not exist.</source>
        <extracomment>%1: the officer&apos;s number.</extracomment>
        <translation>%1-кызматкер жок.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="187"/>
        <source>Sign in to change your password.</source>
        <translation>Сыр сөздү өзгөртүү үчүн кириңиз.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="191"/>
        <source>The new password must differ from the current one.</source>
        <translation>Жаңы сыр сөз учурдагыдан башка болушу керек.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="200"/>
        <location filename="../models/services/OfficerService.cpp" line="225"/>
        <source>The current password is wrong.</source>
        <translation>Учурдагы сыр сөз туура эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="246"/>
        <source>reset a password</source>
        <translation>сыр сөздү жаңылоо</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="272"/>
        <source>reactivate an officer</source>
        <translation>кызматкердин эсебин кайра иштетүү</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="272"/>
        <source>deactivate an officer</source>
        <translation>кызматкердин эсебин өчүрүү</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="276"/>
        <source>You cannot deactivate your own account.</source>
        <translation>Өз эсебиңизди өчүрө албайсыз.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="299"/>
        <source>change an officer&apos;s role</source>
        <translation>кызматкердин ролун өзгөртүү</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="304"/>
        <source>You cannot change your own role: another administrator does.</source>
        <translation>Өз ролуңузду өзгөртө албайсыз: муну башка администратор жасайт.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="328"/>
        <source>map a database login</source>
        <translation>маалымат базасынын логинин кызматкерге байлоо</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="355"/>
        <source>create a database login</source>
        <translation>маалымат базасынын логинин түзүү</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="135"/>
        <location filename="../models/services/OfficerService.cpp" line="332"/>
        <location filename="../models/services/OfficerService.cpp" line="347"/>
        <source>A SQLite database has no logins: its officers sign in with the console&apos;s passwords.</source>
        <translation>SQLite маалымат базасында логиндер жок: анын кызматкерлери консолдун сырсөздөрү менен кирет.</translation>
    </message>
</context>
<context>
    <name>dpo::OfficersPage</name>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="61"/>
        <source>Add an officer…</source>
        <translation>Кызматкер кошуу…</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="62"/>
        <source>Reset the password…</source>
        <translation>Сыр сөздү жаңылоо…</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="63"/>
        <location filename="../ui/pages/OfficersPage.cpp" line="106"/>
        <location filename="../ui/pages/OfficersPage.cpp" line="219"/>
        <location filename="../ui/pages/OfficersPage.cpp" line="324"/>
        <source>Deactivate</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="64"/>
        <source>Change the role…</source>
        <translation>Ролду өзгөртүү…</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="65"/>
        <source>Save the settings</source>
        <translation>Жөндөөлөрдү сактоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="69"/>
        <location filename="../ui/pages/OfficersPage.cpp" line="83"/>
        <source>Officers</source>
        <translation>Кызматкерлер</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="74"/>
        <source>Officers and settings</source>
        <translation>Кызматкерлер жана жөндөөлөр</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="76"/>
        <source>Administrators manage the accounts and the team&apos;s settings; every change is in the audit trail. A reset password must be changed at the next sign-in.</source>
        <translation>Эсептерди жана команданын жөндөөлөрүн администраторлор башкарат; ар бир өзгөрүү аудит журналында. Жаңыланган сыр сөз кийинки кирүүдө өзгөртүлүшү керек.</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="114"/>
        <source>The team&apos;s settings</source>
        <translation>Команданын жөндөөлөрү</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="170"/>
        <source>Active</source>
        <comment>officer</comment>
        <translation>Иштеп жатат</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="170"/>
        <source>Deactivated</source>
        <comment>officer</comment>
        <translation>Өчүрүлгөн</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="173"/>
        <source>locked until %1</source>
        <extracomment>%1: a date and time.</extracomment>
        <translation>%1 чейин бөгөттөлгөн</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="175"/>
        <source>must change the password</source>
        <translation>сыр сөздү өзгөртүшү керек</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="178"/>
        <source>connects as the login %1</source>
        <extracomment>%1: the officer&apos;s PostgreSQL login.</extracomment>
        <translation>%1 логини менен туташат</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="184"/>
        <source>User name</source>
        <translation>Колдонуучунун аты</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="184"/>
        <source>Name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="184"/>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="184"/>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="238"/>
        <source>Name:</source>
        <comment>person</comment>
        <translation>Аты-жөнү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="243"/>
        <source>At least %1 characters, without the user name; the officer chooses their own at the first sign-in.</source>
        <extracomment>%1: a number of characters.</extracomment>
        <translation>Кеминде %1 белги, колдонуучу аты кирбесин; кызматкер биринчи киргенде өз сыр сөзүн тандайт.</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="251"/>
        <source>Create their database login, named as the user name</source>
        <translation>Колдонуучу аты менен аталган маалымат базасынын логинин түзүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="254"/>
        <source>The officer connects to the server as themselves, with this password, and the server checks what their role may do; without it they connect with the team&apos;s shared login</source>
        <translation>Кызматкер серверге өз атынан ушул сыр сөз менен туташат, ал эми сервер анын ролу эмне кыла аларын текшерет; анысыз ал команданын жалпы логини менен туташат</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="107"/>
        <location filename="../ui/pages/OfficersPage.cpp" line="219"/>
        <source>Reactivate</source>
        <translation>Кайра иштетүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="40"/>
        <source>An auditor reads; an officer works cases; a supervisor also approves keeps; an administrator also manages officers and settings</source>
        <translation>Аудитор окуйт; кызматкер иштерди жүргүзөт; көзөмөлчү сактоону да бекитет; администратор кызматкерлерди жана жөндөөлөрдү да башкарат</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="85"/>
        <source>Every account: user name, name, role, whether it is active; select one to change it</source>
        <translation>Ар бир эсеп: колдонуучунун аты, аты-жөнү, ролу, активдүүбү; өзгөртүү үчүн тандаңыз</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="87"/>
        <source>Create an account with its role and a first password</source>
        <translation>Ролу жана биринчи сыр сөзү менен эсеп түзүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="217"/>
        <source>Give the selected officer a temporary password to change at the next sign-in</source>
        <translation>Тандалган кызматкерге кийинки кирүүдө алмаштыра турган убактылуу сыр сөз берүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="90"/>
        <source>Stop the selected officer from signing in, or let them again; their entries in the audit trail stay</source>
        <translation>Тандалган кызматкердин кирүүсүн токтотуу же кайра уруксат берүү; анын аудит журналындагы жазуулары калат</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="93"/>
        <source>Give the selected officer another role</source>
        <translation>Тандалган кызматкерге башка рол берүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="95"/>
        <source>Save every setting above at once; each change is audited</source>
        <translation>Жогорудагы бардык жөндөөлөрдү бир учурда сактоо; ар бир өзгөртүү аудитке жазылат</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="214"/>
        <source>This officer signs in with their own database login: they change its password themselves, and only the server&apos;s administrator can reset it</source>
        <translation>Бул кызматкер маалымат базасынын өз логини менен кирет: анын сыр сөзүн өзү алмаштырат, аны серверди башкаруучу гана жаңыдан коё алат</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="226"/>
        <source>Add an officer</source>
        <translation>Кызматкер кошуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="226"/>
        <source>Add</source>
        <translation>Кошуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="230"/>
        <source>The name the officer signs in with</source>
        <translation>Кызматкер кире турган ат</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="233"/>
        <source>The officer&apos;s name as the audit trail and the letters show it</source>
        <translation>Аудит журналында жана каттарда көрсөтүлгөн кызматкердин аты-жөнү</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="236"/>
        <source>The password the officer signs in with; give it to them in person</source>
        <translation>Кызматкер кире турган сыр сөз; аны өзүнө жеке бериңиз</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="237"/>
        <source>User name:</source>
        <translation>Колдонуучунун аты:</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="239"/>
        <location filename="../ui/pages/OfficersPage.cpp" line="305"/>
        <source>Role:</source>
        <translation>Ролу:</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="240"/>
        <source>First password:</source>
        <translation>Биринчи сыр сөз:</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="269"/>
        <source>The officer is added.</source>
        <translation>Кызматкер кошулду.</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="276"/>
        <source>Reset the password</source>
        <translation>Сыр сөздү жаңылоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="276"/>
        <source>Reset</source>
        <translation>Жаңылоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="279"/>
        <source>The officer changes it at the next sign-in</source>
        <translation>Кызматкер аны кийинки кирүүдө алмаштырат</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="280"/>
        <source>Give the officer this temporary password in person; they choose their own at the next sign-in.</source>
        <translation>Бул убактылуу сыр сөздү кызматкерге жеке бериңиз; ал кийинки кирүүдө өзүнүкүн тандайт.</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="285"/>
        <source>Temporary password:</source>
        <translation>Убактылуу сыр сөз:</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="291"/>
        <source>The password is reset; it must be changed at the next sign-in.</source>
        <translation>Сыр сөз жаңыланды; кийинки кирүүдө аны өзгөртүү керек.</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="302"/>
        <source>Change the role</source>
        <translation>Ролду өзгөртүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="302"/>
        <source>Change</source>
        <translation>Өзгөртүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="312"/>
        <source>The role is changed.</source>
        <translation>Ролу өзгөртүлдү.</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="326"/>
        <source>Deactivate %1? They can no longer sign in until reactivated.</source>
        <extracomment>%1: the officer&apos;s name.</extracomment>
        <translation>%1 өчүрүлсүнбү? Кайра иштетилгенге чейин кире албайт.</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="331"/>
        <source>The officer is deactivated.</source>
        <translation>Кызматкер өчүрүлдү.</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="331"/>
        <source>The officer is reactivated.</source>
        <translation>Кызматкер кайра иштетилди.</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="343"/>
        <source>The settings are saved.</source>
        <translation>Жөндөөлөр сакталды.</translation>
    </message>
</context>
<context>
    <name>dpo::OutcomeFields</name>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="29"/>
        <source>What the answer grants: all that was asked, a part, or nothing</source>
        <translation>Жооп эмнени берет: суралгандын баарын, бир бөлүгүн же эч нерсени</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="31"/>
        <source>Not decided yet</source>
        <translation>Азырынча чечилген жок</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="41"/>
        <source>Required when the claim is refused in whole or in part</source>
        <translation>Толук же жарым-жартылай баш тартылганда милдеттүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="42"/>
        <source>Why the claim is refused in whole or in part; the letter quotes it</source>
        <translation>Дооматтан толугу менен же жарым-жартылай эмне үчүн баш тартылды; кат аны келтирет</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="45"/>
        <source>e.g. 2 or 3.1</source>
        <translation>мисалы 2 же 3.1</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="46"/>
        <source>The paragraph of Art. 15 of Law No. 58 a refusal of access rests on</source>
        <translation>Маалыматка жетүүдөн баш тартуу негизделген № 58 Мыйзамдын 15-беренесинин пункту</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="57"/>
        <source>Outcome:</source>
        <translation>Жыйынтык:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="58"/>
        <source>Reasons:</source>
        <translation>Негиздери:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="60"/>
        <source>Law No. 58 Art. 15, paragraph:</source>
        <translation>№ 58 Мыйзам, 15-берене, пункт:</translation>
    </message>
</context>
<context>
    <name>dpo::OutgoingLetterRegister</name>
    <message>
        <location filename="../models/items/OutgoingLetterRegister.cpp" line="22"/>
        <source>Outgoing No.</source>
        <translation>Чыгуучу №</translation>
    </message>
    <message>
        <location filename="../models/items/OutgoingLetterRegister.cpp" line="23"/>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <location filename="../models/items/OutgoingLetterRegister.cpp" line="24"/>
        <source>Letter</source>
        <translation>Кат</translation>
    </message>
    <message>
        <location filename="../models/items/OutgoingLetterRegister.cpp" line="25"/>
        <source>Case</source>
        <translation>Иш</translation>
    </message>
    <message>
        <location filename="../models/items/OutgoingLetterRegister.cpp" line="26"/>
        <source>Addressee</source>
        <translation>Алуучу</translation>
    </message>
    <message>
        <location filename="../models/items/OutgoingLetterRegister.cpp" line="27"/>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <location filename="../models/items/OutgoingLetterRegister.cpp" line="28"/>
        <source>Made by</source>
        <translation>Түзгөн</translation>
    </message>
</context>
<context>
    <name>dpo::OutgoingLetterService</name>
    <message>
        <location filename="../models/services/OutgoingLetterService.cpp" line="134"/>
        <source>The outgoing letter was numbered but cannot be read back.</source>
        <translation>Чыгуучу катка номер берилди, бирок аны кайра окууга болбойт.</translation>
    </message>
    <message>
        <location filename="../models/services/OutgoingLetterService.cpp" line="189"/>
        <source>Outgoing letter %1 is not in the register.</source>
        <extracomment>%1: the letter&apos;s number in the register.</extracomment>
        <translation>%1 чыгуучу кат реестрде жок.</translation>
    </message>
</context>
<context>
    <name>dpo::RecordVersion</name>
    <message>
        <location filename="../models/services/RecordVersion.cpp" line="39"/>
        <source>%1 (%2, %3)</source>
        <extracomment>Who last changed a record, completing &quot;…since you opened it: %2&quot;. %1: the change, e.g. &quot;Claim answered&quot;; %2: the officer&apos;s user name; %3: a date and time.</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../models/services/RecordVersion.cpp" line="44"/>
        <source>a change</source>
        <translation>өзгөрүү</translation>
    </message>
    <message>
        <location filename="../models/services/RecordVersion.cpp" line="48"/>
        <source>%1 was changed by another officer since you opened it: %2. Nothing was saved and your input is still here: look at the change, then save again.</source>
        <extracomment>%1: what was changed, e.g. &quot;Claim 12&quot;; %2: who changed it and when, or &quot;a change&quot;.</extracomment>
        <translation>%1 сиз ачкандан бери башка кызматкер тарабынан өзгөртүлдү: %2. Эч нерсе сакталган жок, киргизгениңиз ордунда: өзгөрүүнү карап чыгып, кайра сактаңыз.</translation>
    </message>
</context>
<context>
    <name>dpo::RectificationService</name>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="92"/>
        <source>The database has no salt for digests.</source>
        <translation>Маалымат базасында дайджесттер үчүн туз жок.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="199"/>
        <source>correct a subject&apos;s data</source>
        <translation>субъекттин маалыматтарын оңдоо</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="205"/>
        <source>Claim %1 is not a request to correct data.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>%1-кайрылуу маалыматтарды оңдоо өтүнүчү эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="212"/>
        <source>Claim %1 is answered already: its corrections are final.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>%1-кайрылууга жооп берилген: анын оңдоолору акыркы.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="214"/>
        <source>Name at least one field to correct.</source>
        <translation>Оңдоо үчүн жок дегенде бир талааны атаңыз.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="222"/>
        <source>The claim&apos;s subject no longer exists.</source>
        <translation>Кайрылуунун субъекти мындан ары жок.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="227"/>
        <source>The subject&apos;s record is %1: there is nothing left to correct.</source>
        <extracomment>%1: the record&apos;s state, e.g. &quot;Destroyed&quot; or &quot;Depersonalised&quot;.</extracomment>
        <translation>Субъекттин жазуусунун абалы — %1: оңдой турган эч нерсе калган жок.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="244"/>
        <source>&quot;%1&quot; is not a field a correction changes: use %2.</source>
        <extracomment>%1: the field as given; %2: the fields allowed, separated by commas.</extracomment>
        <translation>&quot;%1&quot; — оңдолуучу талаа эмес: %2 колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="248"/>
        <source>%1 is named twice.</source>
        <extracomment>%1: the field&apos;s name.</extracomment>
        <translation>%1 эки жолу аталды.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="257"/>
        <source>%1: the record cannot be without it.</source>
        <extracomment>%1: the field&apos;s name.</extracomment>
        <translation>%1: жазуу ансыз болбойт.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="261"/>
        <source>%1: the record already holds this value.</source>
        <extracomment>%1: the field&apos;s name.</extracomment>
        <translation>%1: жазууда бул маани мурдатан эле бар.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="267"/>
        <source>%1: the category %2 is blocked; unblock it before correcting it.</source>
        <extracomment>%1: the field&apos;s name; %2: the data category&apos;s name.</extracomment>
        <translation>%1: %2 категориясы бөгөттөлгөн; оңдоодон мурда бөгөттөн чыгарыңыз.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="273"/>
        <source>%1: the category %2 is %3; there is nothing to correct.</source>
        <extracomment>%1: the field&apos;s name; %2: the data category&apos;s name; %3: its state, e.g. &quot;destroyed&quot;.</extracomment>
        <translation>%1: %2 категориясынын абалы — %3; оңдой турган эч нерсе жок.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="284"/>
        <source>%1 was corrected in this case already.</source>
        <extracomment>%1: the field&apos;s name.</extracomment>
        <translation>%1 бул иште мурда эле оңдолгон.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="295"/>
        <source>inn: %1 is another subject&apos;s INN.</source>
        <extracomment>%1: the tax number, masked.</extracomment>
        <translation>inn: %1 — башка субъекттин ИНН.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="355"/>
        <source>record a recipient&apos;s notice</source>
        <translation>алуучуга билдирүүнү жазуу</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="363"/>
        <source>Claim %1 is closed.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>%1-кайрылуу жабылды.</translation>
    </message>
</context>
<context>
    <name>dpo::ReminderService</name>
    <message>
        <location filename="../models/services/ReminderService.cpp" line="63"/>
        <source>Withdrawal request</source>
        <translation>Кайтарып алуу боюнча арыз</translation>
    </message>
    <message>
        <location filename="../models/services/ReminderService.cpp" line="73"/>
        <source>%1 No. %2 (%3): %4</source>
        <extracomment>One line of the deadline reminder. %1: the case&apos;s kind, e.g. &quot;Pre-trial claim&quot;; %2: its number; %3: the claimant&apos;s name; %4: the time left, e.g. &quot;2 days left&quot; or &quot;overdue by 1 day&quot;.</extracomment>
        <translation>%1 № %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>dpo::RetentionReviewDialog</name>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="25"/>
        <source>Open a case for the subject</source>
        <translation>Субъект боюнча иш ачуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="26"/>
        <source>Open cases for all</source>
        <translation>Баары боюнча иш ачуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="29"/>
        <source>Retention review</source>
        <translation>Сактоо мөөнөтүн кароо</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="30"/>
        <source>Policy 6.2-6.3: face photos are kept while the app is used and until the consent is withdrawn, and nothing is kept longer than its purpose needs. Each item is reviewed in a case: destroyed, or kept on a legal ground until a new date (approved by a second supervisor).</source>
        <translation>Саясаттын 6.2-6.3-пункттары: жүздүн сүрөттөрү тиркеме колдонулуп жаткан мезгилде жана макулдук кайтарылып алынганга чейин сакталат, эч нерсе максаты талап кылгандан узак сакталбайт. Ар бир жазуу иште каралат: жок кылынат же укуктук негизде жаңы күнгө чейин сакталат (аны экинчи жетекчи бекитет).</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="39"/>
        <source>Open a review case for the selected subject&apos;s data</source>
        <translation>Тандалган субъекттин маалыматтары боюнча кароо ишин ачуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="41"/>
        <source>Open a review case for every subject listed that has none yet, each its own case</source>
        <translation>Тизмедеги иши жок ар бир субъект үчүн өзүнчө кароо ишин ачуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="46"/>
        <source>Subjects whose data is due for review</source>
        <translation>Маалыматтары кайра каралышы керек субъекттер</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="47"/>
        <source>Each item: the subject, the data category, why it is due, since when, and its open case if any</source>
        <translation>Ар бир жазуу: субъект, маалымат категориясы, эмне үчүн каралышы керек, качантан бери жана ачык иши болсо</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="58"/>
        <source>Close the review; the cases opened stay open</source>
        <translation>Кароону жабуу; ачылган иштер ачык бойдон калат</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="92"/>
        <source>No. %1</source>
        <extracomment>A case&apos;s number in a table cell. %1: the number.</extracomment>
        <translation>№ %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="94"/>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="94"/>
        <source>Name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="94"/>
        <source>Data category</source>
        <translation>Маалымат категориясы</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="94"/>
        <source>Why it is due</source>
        <translation>Эмне үчүн каралат</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="95"/>
        <source>Since</source>
        <comment>the keep&apos;s end, the withdrawal, the closure</comment>
        <translation>Качантан бери</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="96"/>
        <source>Kept on</source>
        <comment>legal ground</comment>
        <translation>Сактоо негизи</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="96"/>
        <source>Review case</source>
        <translation>Кароо иши</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="98"/>
        <source>Nothing is due for review today.</source>
        <translation>Бүгүн кароого тийиш эч нерсе жок.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="100"/>
        <source>Items due for review: %1.</source>
        <extracomment>%1: the number of items.</extracomment>
        <translation>Кароого тийиш болгондор: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="121"/>
        <source>Open a review case for every subject with something due and no review case open?</source>
        <translation>Кароого тийиш нерсеси бар жана ачык кароо иши жок ар бир субъект боюнча кароо иши ачылсынбы?</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="132"/>
        <source>Cases opened: %1. Subjects whose review case was already open: %2.</source>
        <extracomment>%1: the number of cases opened; %2: the number of subjects whose case was already open.</extracomment>
        <translation>Ачылган иштер: %1. Кароо иши мурдатан ачык турган субъекттер: %2.</translation>
    </message>
</context>
<context>
    <name>dpo::RetentionReviewService</name>
    <message>
        <location filename="../models/services/RetentionReviewService.cpp" line="148"/>
        <source>open a retention review</source>
        <translation>сактоо мөөнөтүн кароону ачуу</translation>
    </message>
    <message>
        <location filename="../models/services/RetentionReviewService.cpp" line="158"/>
        <source>No subject has the platform reference &quot;%1&quot;.</source>
        <extracomment>%1: the platform reference as typed.</extracomment>
        <translation>&quot;%1&quot; платформадагы номери менен субъект жок.</translation>
    </message>
    <message>
        <location filename="../models/services/RetentionReviewService.cpp" line="165"/>
        <source>Subject %1 has nothing due for review: no keep has ended, and no face photo or video is held after a withdrawal or a closed account.</source>
        <extracomment>%1: the subject&apos;s platform reference.</extracomment>
        <translation>%1 субъектинде кароого тийиш эч нерсе жок: бир да сактоонун мөөнөтү бүткөн жок, макулдук кайтарылып алынгандан же аккаунт жабылгандан кийин жүздүн сүрөтү же видеосу сакталбайт.</translation>
    </message>
    <message>
        <location filename="../models/services/RetentionReviewService.cpp" line="174"/>
        <source>open the retention reviews</source>
        <translation>сактоо мөөнөттөрүн кароолорду ачуу</translation>
    </message>
</context>
<context>
    <name>dpo::SaveFile</name>
    <message>
        <location filename="../models/core/SaveFile.cpp" line="19"/>
        <source>Cannot write %1: %2</source>
        <extracomment>%1: the file&apos;s path; %2: the system&apos;s reason, e.g. &quot;Permission denied&quot;.</extracomment>
        <translation>%1 жазылбай калды: %2</translation>
    </message>
</context>
<context>
    <name>dpo::ScramVerifier</name>
    <message>
        <location filename="../models/security/ScramVerifier.cpp" line="111"/>
        <source>A database login&apos;s password may use Latin and Cyrillic letters, digits, spaces and the signs of an English keyboard; &quot;%1&quot; is not one of them.</source>
        <extracomment>%1: the character refused, in quotes.</extracomment>
        <translation>Маалымат базасынын логининин сыр сөзүндө латын жана кирилл тамгалары, сандар, боштуктар жана англис клавиатурасынын белгилери гана болот; «%1» алардын бири эмес.</translation>
    </message>
</context>
<context>
    <name>dpo::SentDialog</name>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="416"/>
        <source>Record</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="422"/>
        <source>The day it was sent or told; not before the case was received</source>
        <translation>Жөнөтүлгөн же билдирилген күнү; иш кабыл алынганга чейин эмес</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="423"/>
        <source>The way it was sent</source>
        <translation>Жөнөтүлгөн жолу</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="425"/>
        <source>What the record should say besides the day and the way, such as a tracking number</source>
        <translation>Күнүнөн жана жолунан тышкары жазууда айтылышы керек болгон нерсе, мисалы, көзөмөл номери</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="426"/>
        <source>On:</source>
        <translation>Күнү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="427"/>
        <source>How:</source>
        <translation>Кантип:</translation>
    </message>
</context>
<context>
    <name>dpo::Session</name>
    <message>
        <location filename="../models/core/Session.cpp" line="30"/>
        <source>Unknown role &quot;%1&quot;: expected administrator, supervisor, officer or auditor.</source>
        <extracomment>%1: the role code as found.</extracomment>
        <translation>Белгисиз роль «%1»: administrator, supervisor, officer же auditor болушу керек.</translation>
    </message>
    <message>
        <location filename="../models/core/Session.cpp" line="40"/>
        <source>Administrator</source>
        <comment>officer role</comment>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../models/core/Session.cpp" line="42"/>
        <source>Supervisor</source>
        <comment>officer role</comment>
        <translation>Көзөмөлчү</translation>
    </message>
    <message>
        <location filename="../models/core/Session.cpp" line="44"/>
        <source>Officer</source>
        <comment>officer role</comment>
        <translation>Кызматкер</translation>
    </message>
    <message>
        <location filename="../models/core/Session.cpp" line="46"/>
        <source>Auditor</source>
        <comment>officer role</comment>
        <translation>Аудитор</translation>
    </message>
    <message>
        <location filename="../models/core/Session.cpp" line="56"/>
        <source>Sign in to %1.</source>
        <extracomment>%1: what the officer tried to do, a verb phrase such as &quot;register a claim&quot;.</extracomment>
        <translation>%1 үчүн кириңиз.</translation>
    </message>
    <message>
        <location filename="../models/core/Session.cpp" line="61"/>
        <source>Change your password before you %1: an administrator reset it.</source>
        <extracomment>%1: what the officer tried to do, a verb phrase such as &quot;register a claim&quot;.</extracomment>
        <translation>%1 үчүн адегенде сыр сөзүңүздү өзгөртүңүз: аны администратор жаңылаган.</translation>
    </message>
    <message>
        <location filename="../models/core/Session.cpp" line="72"/>
        <source>%1 (%2) may not %3: this needs the role %4.</source>
        <extracomment>%1: the officer&apos;s user name; %2: their role, e.g. &quot;Officer&quot;; %3: what they tried to do, a verb phrase such as &quot;register a claim&quot;; %4: the roles that may, joined with &quot;or&quot;.</extracomment>
        <translation>%1 (%2) %3 укугу жок: бул үчүн %4 ролу керек.</translation>
    </message>
</context>
<context>
    <name>dpo::SettingsService</name>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="20"/>
        <source>Days to answer a withdrawal request (internal target)</source>
        <translation>Кайтарып алуу арызына жооп берүү күндөрү (ички мөөнөт)</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="21"/>
        <source>Calendar days from receipt to the reply: the organisation&apos;s own target, not a period set by the policy</source>
        <translation>Кабыл алгандан жоопко чейинки календардык күндөр: уюмдун өз максаттуу мөөнөтү, саясат белгилеген мөөнөт эмес</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="24"/>
        <source>Working days to notify a subject of a disclosure</source>
        <translation>Субъектке ачыкка чыгаруу тууралуу билдирүү үчүн иш күндөрү</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="25"/>
        <source>The organisation&apos;s own target (the policy sets no period): a subject not told by then is flagged</source>
        <translation>Уюмдун өз максаттуу мөөнөтү (саясат мөөнөт белгилебейт): ага чейин билдирилбеген субъект белгиленет</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="28"/>
        <source>Working days a data system has to confirm a task</source>
        <translation>Маалымат тутуму тапшырманы тастыктай турган иш күндөрү</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="29"/>
        <source>A task not confirmed within this many working days of being sent is shown as overdue</source>
        <translation>Жөнөтүлгөндөн бери ушунча иш күнү ичинде тастыкталбаган тапшырма мөөнөтү өткөн деп көрсөтүлөт</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="32"/>
        <source>Failed sign-ins before an account is locked</source>
        <translation>Эсеп бөгөттөлгөнгө чейинки ийгиликсиз кирүүлөр</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="33"/>
        <source>After this many failed sign-ins in a row the account is locked for the minutes below</source>
        <translation>Катары менен ушунча ийгиликсиз кирүүдөн кийин эсеп төмөндөгү мүнөттөргө бөгөттөлөт</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="35"/>
        <source>Minutes an account stays locked</source>
        <translation>Эсеп канча мүнөт бөгөттөлүп турат</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="36"/>
        <source>How long a locked account waits before it may sign in again</source>
        <translation>Бөгөттөлгөн эсеп кайра кире алганга чейин канча күтөт</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="38"/>
        <source>Minutes without input before the window locks</source>
        <translation>Терезе бөгөттөлгөнгө чейин аракетсиз мүнөттөр</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="39"/>
        <source>The window locks after this long without keyboard or mouse input; the officer&apos;s password unlocks it</source>
        <translation>Ушунча убакыт клавиатура же чычкан колдонулбаса терезе бөгөттөлөт; кызматкердин сыр сөзү аны ачат</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="51"/>
        <source>There is no setting &quot;%1&quot;.</source>
        <extracomment>%1: the setting&apos;s code.</extracomment>
        <translation>«%1» деген жөндөө жок.</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="97"/>
        <source>change the settings</source>
        <translation>жөндөөлөрдү өзгөртүү</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="104"/>
        <source>%1: %2 is out of bounds; it is %3 to %4.</source>
        <extracomment>%1: the setting&apos;s description; %2: the value given; %3 and %4: the smallest and largest allowed.</extracomment>
        <translation>%1: %2 чектен тышкары; ал %3 менен %4 ортосунда болот.</translation>
    </message>
</context>
<context>
    <name>dpo::SignInDialog</name>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="26"/>
        <source>Sign in</source>
        <translation>Кирүү</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="31"/>
        <source>The user name an administrator gave you</source>
        <translation>Администратор берген колдонуучу атыңыз</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="32"/>
        <source>Your password; after too many failures the account is locked for a while</source>
        <translation>Сыр сөзүңүз; өтө көп ийгиликсиз аракеттен кийин эсеп бир азга бөгөттөлөт</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="40"/>
        <source>Database: %1</source>
        <extracomment>%1: the database&apos;s address (no password).</extracomment>
        <translation>Маалымат базасы: %1</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="43"/>
        <source>User name:</source>
        <translation>Колдонуучунун аты:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="44"/>
        <source>Password:</source>
        <translation>Сыр сөз:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="46"/>
        <source>Sign in</source>
        <comment>button</comment>
        <translation>Кирүү</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="47"/>
        <source>Sign in to the database above; the sign-in is audited</source>
        <translation>Жогорудагы маалымат базасына кирүү; кирүү аудитке жазылат</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="48"/>
        <source>Close the console</source>
        <translation>Консолду жабуу</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="63"/>
        <source>Choose a new password</source>
        <translation>Жаңы сыр сөз тандаңыз</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="63"/>
        <source>Change the password</source>
        <translation>Сыр сөздү өзгөртүү</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="67"/>
        <source>An administrator set your password. Choose one of your own, of at least %1 characters, without your user name.</source>
        <extracomment>%1: a number of characters.</extracomment>
        <translation>Сыр сөзүңүздү администратор койду. Колдонуучу атыңыз кирбеген, кеминде %1 белгиден турган өз сыр сөзүңүздү тандаңыз.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="77"/>
        <source>At least %1 characters, without your user name</source>
        <extracomment>%1: a number of characters.</extracomment>
        <translation>Кеминде %1 белги, колдонуучу атыңызсыз</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="81"/>
        <source>The new password again, to be sure of it</source>
        <translation>Так экенине ишенүү үчүн жаңы сыр сөздү дагы бир жолу</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="83"/>
        <source>New password:</source>
        <translation>Жаңы сыр сөз:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="84"/>
        <source>Repeat it:</source>
        <translation>Кайталаңыз:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="87"/>
        <source>The two passwords differ.</source>
        <translation>Эки сыр сөз дал келбейт.</translation>
    </message>
</context>
<context>
    <name>dpo::SigningBox</name>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="20"/>
        <source>Signed exports</source>
        <translation>Кол коюлган экспорттор</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="23"/>
        <source>Save the authority</source>
        <translation>Борборду сактоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="36"/>
        <source>none: exports carry no time-stamp</source>
        <translation>жок: экспорттордо убакыт белгиси болбойт</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="37"/>
        <source>The RFC 3161 time-stamping authority (http or https) whose token every export&apos;s signature and every anchor of the chain carries</source>
        <translation>RFC 3161 боюнча убакыт белгисин берүүчү борбор (http же https): анын белгиси ар бир экспорттун кол тамгасында жана чынжырдын ар бир бекитмесинде болот</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="39"/>
        <source>Time-stamping authority</source>
        <translation>Убакыт белгисин берүүчү борбор</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="41"/>
        <source>Save the authority; an empty field means none. Audited</source>
        <translation>Борборду сактоо; бош талаа — борбор жок дегенди билдирет. Аудитке жазылат</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="46"/>
        <source>Signing key:</source>
        <translation>Кол коюу ачкычы:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="47"/>
        <source>Its certificate:</source>
        <translation>Анын сертификаты:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="48"/>
        <source>Time-stamping authority:</source>
        <translation>Убакыт белгисин берүүчү борбор:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="50"/>
        <source>Anchor of the chain:</source>
        <translation>Чынжырдын бекитмеси:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="64"/>
        <source>None: exports are not signed. An administrator makes the key on the command line: dpo-console keys init.</source>
        <translation>Жок: экспортторго кол коюлбайт. Ачкычты администратор буйрук сабында түзөт: dpo-console keys init.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="72"/>
        <source>%1, valid until %2</source>
        <extracomment>%1: the certificate&apos;s subject, e.g. CN=..., O=...; %2: the date it expires.</extracomment>
        <translation>%1; жарактуулук мөөнөтүнүн акыркы күнү: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="76"/>
        <source>none: an Ed25519 key of before, whose exports carry FILE.sig</source>
        <translation>жок: мурунку Ed25519 ачкычы, анын экспорттору FILE.sig менен</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="81"/>
        <source>none yet (dpo-console audit anchor, daily)</source>
        <translation>азырынча жок (dpo-console audit anchor, күн сайын)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="85"/>
        <source>entry %1, time-stamped %2</source>
        <extracomment>%1: the entry&apos;s number; %2: the date and time it was time-stamped.</extracomment>
        <translation>%1-жазуу, убакыт белгиси %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="94"/>
        <source>No time-stamping authority: exports are signed without a time-stamp.</source>
        <translation>Убакыт белгисин берүүчү борбор жок: экспорттор убакыт белгисиз кол коюлат.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="96"/>
        <source>Exports are time-stamped by the authority from now on.</source>
        <translation>Мындан ары экспорттор борбордун убакыт белгисин алат.</translation>
    </message>
</context>
<context>
    <name>dpo::SigningKey</name>
    <message>
        <location filename="../models/security/SigningKey.cpp" line="63"/>
        <source>The public key is not an ECDSA P-256 or Ed25519 key.</source>
        <translation>Ачык ачкыч ECDSA P-256 же Ed25519 ачкычы эмес.</translation>
    </message>
    <message>
        <location filename="../models/security/SigningKey.cpp" line="79"/>
        <source>The signing key file is not an encrypted private key (PKCS#8, &quot;BEGIN ENCRYPTED PRIVATE KEY&quot;): a key kept unencrypted is refused.</source>
        <translation>Кол коюу ачкычынын файлы шифрленген жабык ачкыч эмес (PKCS#8, «BEGIN ENCRYPTED PRIVATE KEY»): шифрленбей сакталган ачкыч кабыл алынбайт.</translation>
    </message>
    <message>
        <location filename="../models/security/SigningKey.cpp" line="90"/>
        <source>The signing key could not be opened: the passphrase is wrong, or the file is not an ECDSA P-256 or Ed25519 private key.</source>
        <translation>Кол коюу ачкычы ачылган жок: сырсөз туура эмес же файл ECDSA P-256 же Ed25519 жабык ачкычы эмес.</translation>
    </message>
</context>
<context>
    <name>dpo::SigningKeyService</name>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="42"/>
        <source>create the export-signing key</source>
        <translation>экспортко кол коюу ачкычын түзүү</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="46"/>
        <source>The key&apos;s passphrase must have at least 12 characters.</source>
        <translation>Ачкычтын сырсөзүндө жок дегенде 12 белги болушу керек.</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="51"/>
        <source>%1 exists already; a signing key is never overwritten.</source>
        <extracomment>%1: the private key file&apos;s path.</extracomment>
        <translation>%1 бар; кол коюу ачкычы эч качан үстүнөн жазылбайт.</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="97"/>
        <source>store the signing key&apos;s certificate</source>
        <translation>кол коюу ачкычынын сертификатын сактоо</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="107"/>
        <source>The certificate is for key %1, which is not an active signing key of this database.</source>
        <extracomment>%1: the key&apos;s fingerprint (hex).</extracomment>
        <translation>Сертификат %1 ачкычы үчүн берилген, ал бул базанын колдонуудагы кол коюу ачкычы эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="113"/>
        <source>The certificate is for an Ed25519 key, which cannot make a CMS signature OpenSSL checks; make a new key (keys init).</source>
        <translation>Сертификат Ed25519 ачкычы үчүн берилген, ал OpenSSL текшере ала турган CMS кол тамгасын коё албайт; жаңы ачкыч түзүңүз (keys init).</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="119"/>
        <source>The certificate is valid from %1 to %2, not now.</source>
        <extracomment>%1 and %2: dates and times (UTC) the certificate is valid from and to.</extracomment>
        <translation>Сертификаттын жарактуулук мөөнөтү: %1 – %2; азыр ал жарактуу эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="189"/>
        <source>&quot;%1&quot; is not the address of a time-stamping authority: an http or https URL with a host and no user name is expected.</source>
        <extracomment>%1: the address as given.</extracomment>
        <translation>«%1» убакыт белгисин берүүчү борбордун дареги эмес: хосту бар жана колдонуучу аты жок http же https дареги күтүлөт.</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="193"/>
        <source>set the time-stamping authority</source>
        <translation>убакыт белгисин берүүчү борборду коюу</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="285"/>
        <source>Cannot read the signing key %1: %2</source>
        <extracomment>%1: the file&apos;s path; %2: the system&apos;s reason.</extracomment>
        <translation>%1 кол коюу ачкычы окулбай калды: %2</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="291"/>
        <source>The key in %1 is not an active signing key of this database.</source>
        <extracomment>%1: the file&apos;s path.</extracomment>
        <translation>%1 ичиндеги ачкыч бул базанын колдонуудагы кол коюу ачкычы эмес.</translation>
    </message>
</context>
<context>
    <name>dpo::Sql</name>
    <message>
        <location filename="../models/db/BulkInserter.cpp" line="27"/>
        <location filename="../models/db/BulkInserter.cpp" line="114"/>
        <source>insert rows</source>
        <translation>катарларды кошуу</translation>
    </message>
    <message>
        <location filename="../models/db/BulkInserter.cpp" line="133"/>
        <location filename="../models/db/Sql.cpp" line="91"/>
        <source>The database could not prepare a statement: %1
%2</source>
        <extracomment>%1: the database&apos;s own message; %2: the beginning of the statement (SQL, on its own line).</extracomment>
        <translation>Маалымат базасы сурамды даярдай алган жок: %1
%2</translation>
    </message>
    <message>
        <location filename="../models/db/BulkInserter.cpp" line="26"/>
        <location filename="../models/db/Sql.cpp" line="115"/>
        <location filename="../models/db/Sql.cpp" line="144"/>
        <source>The database refused to %1: %2</source>
        <extracomment>%1: what the database was asked to do, a verb phrase such as &quot;insert rows&quot;; %2: the database&apos;s own message.</extracomment>
        <translation>Маалымат базасы %1 аракетинен баш тартты: %2</translation>
    </message>
    <message>
        <location filename="../models/db/Sql.cpp" line="78"/>
        <source>The connection to the database was lost; nothing of this was saved. The console connects again: do it once more.</source>
        <translation>База менен байланыш үзүлдү; бул аракеттен эч нерсе сакталган жок. Консоль кайра туташат: аны дагы бир жолу аткарыңыз.</translation>
    </message>
    <message>
        <location filename="../models/db/BulkInserter.cpp" line="365"/>
        <source>lock tables for a bulk load</source>
        <translation>көп жазуу үчүн таблицаларды бөгөттөө</translation>
    </message>
    <message>
        <location filename="../models/db/BulkInserter.cpp" line="372"/>
        <source>allocate ids</source>
        <translation>идентификаторлорду бөлүү</translation>
    </message>
    <message>
        <location filename="../models/db/BulkInserter.cpp" line="392"/>
        <location filename="../models/db/BulkInserter.cpp" line="400"/>
        <source>update the statistics after a bulk load</source>
        <translation>жапырт жүктөөдөн кийин статистиканы жаңыртуу</translation>
    </message>
    <message>
        <location filename="../models/db/BulkInserter.cpp" line="411"/>
        <source>advance an id sequence</source>
        <translation>идентификаторлор ырааттуулугун жылдыруу</translation>
    </message>
    <message>
        <location filename="../models/db/BulkInserter.cpp" line="428"/>
        <source>read the index definitions</source>
        <translation>индекстердин аныктамаларын окуу</translation>
    </message>
    <message>
        <location filename="../models/db/BulkInserter.cpp" line="437"/>
        <source>set indexes aside for a bulk load</source>
        <translation>көп жазуу үчүн индекстерди убактылуу алып коюу</translation>
    </message>
    <message>
        <location filename="../models/db/BulkInserter.cpp" line="445"/>
        <source>rebuild indexes after a bulk load</source>
        <translation>көп жазуудан кийин индекстерди кайра куруу</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="139"/>
        <source>read the schema version</source>
        <translation>схеманын версиясын окуу</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="216"/>
        <source>record the schema version</source>
        <translation>схеманын версиясын жазуу</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoCases.cpp" line="58"/>
        <location filename="../models/demo/DemoCases.cpp" line="60"/>
        <location filename="../models/demo/DemoDataService.cpp" line="31"/>
        <location filename="../models/demo/DemoGenerator.cpp" line="99"/>
        <location filename="../models/demo/DemoTasks.cpp" line="49"/>
        <location filename="../models/demo/DemoTasks.cpp" line="58"/>
        <location filename="../models/demo/DemoTasks.cpp" line="72"/>
        <source>write demo data</source>
        <translation>демо маалыматтарды жазуу</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoDataService.cpp" line="93"/>
        <location filename="../models/import/SubjectImportService.cpp" line="213"/>
        <location filename="../models/services/SubjectListService.cpp" line="182"/>
        <location filename="../models/services/SubjectListService.cpp" line="211"/>
        <location filename="../models/services/SubjectService.cpp" line="278"/>
        <source>count subjects</source>
        <translation>субъекттерди саноо</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoDataService.cpp" line="102"/>
        <location filename="../models/feed/FeedActivity.cpp" line="29"/>
        <location filename="../models/import/SubjectImportService.cpp" line="207"/>
        <source>read the policy versions</source>
        <translation>саясаттын редакцияларын окуу</translation>
    </message>
    <message>
        <location filename="../models/domain/DeadlineCalendar.cpp" line="20"/>
        <location filename="../models/services/CalendarImport.cpp" line="84"/>
        <location filename="../models/services/CalendarService.cpp" line="34"/>
        <location filename="../models/services/CalendarService.cpp" line="118"/>
        <source>read the calendar</source>
        <translation>календарды окуу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="124"/>
        <source>change the recipient</source>
        <translation>алуучуну өзгөртүү</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="136"/>
        <source>record the closed account</source>
        <translation>жабылган аккаунтту жазуу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="166"/>
        <location filename="../models/feed/FeedNewSubjects.cpp" line="46"/>
        <location filename="../models/import/SubjectImportService.cpp" line="281"/>
        <location filename="../models/services/RectificationService.cpp" line="290"/>
        <source>check for duplicates</source>
        <translation>кайталанууларды текшерүү</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="291"/>
        <location filename="../models/feed/FeedNewSubjects.cpp" line="91"/>
        <source>add the subject</source>
        <translation>субъектти кошуу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="207"/>
        <source>change the subject</source>
        <translation>субъектти өзгөртүү</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="42"/>
        <location filename="../models/services/AuditAnchorService.cpp" line="177"/>
        <location filename="../models/services/AuditExportService.cpp" line="154"/>
        <location filename="../models/services/AuditListService.cpp" line="80"/>
        <location filename="../models/services/AuditListService.cpp" line="102"/>
        <location filename="../models/services/AuditListService.cpp" line="133"/>
        <location filename="../models/services/AuditService.cpp" line="142"/>
        <location filename="../models/services/AuditService.cpp" line="159"/>
        <location filename="../models/services/AuditVerifier.cpp" line="252"/>
        <location filename="../models/services/AuditVerifier.cpp" line="313"/>
        <location filename="../models/services/ExportVerifier.cpp" line="86"/>
        <location filename="../models/services/ExportVerifier.cpp" line="96"/>
        <source>read the audit trail</source>
        <translation>аудит журналын окуу</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="94"/>
        <location filename="../models/services/AuditAnchorService.cpp" line="132"/>
        <source>read the anchors</source>
        <translation>бекитмелерди окуу</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="111"/>
        <source>keep the anchor</source>
        <translation>бекитмени сактоо</translation>
    </message>
    <message>
        <location filename="../models/services/AuditListService.cpp" line="201"/>
        <source>read the officers</source>
        <translation>кызматкерлерди окуу</translation>
    </message>
    <message>
        <location filename="../models/services/AuditService.cpp" line="119"/>
        <location filename="../models/services/AuditService.cpp" line="125"/>
        <location filename="../models/services/AuditService.cpp" line="138"/>
        <location filename="../models/services/AuditService.cpp" line="197"/>
        <source>append to the audit trail</source>
        <translation>аудит журналына жазуу</translation>
    </message>
    <message>
        <location filename="../models/services/DashboardService.cpp" line="31"/>
        <source>count for the dashboard</source>
        <translation>башкы бет үчүн саноо</translation>
    </message>
    <message>
        <location filename="../models/services/AccessControl.cpp" line="28"/>
        <location filename="../models/services/OfficerService.cpp" line="61"/>
        <location filename="../models/services/OfficerService.cpp" line="85"/>
        <location filename="../models/services/OfficerService.cpp" line="99"/>
        <location filename="../models/services/OfficerService.cpp" line="198"/>
        <location filename="../models/services/OfficerSignIn.cpp" line="80"/>
        <location filename="../models/services/OfficerSignIn.cpp" line="86"/>
        <location filename="../models/services/OfficerSignIn.cpp" line="169"/>
        <source>look up an officer</source>
        <translation>кызматкерди издөө</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="81"/>
        <location filename="../models/services/OfficerService.cpp" line="155"/>
        <source>add an officer</source>
        <translation>кызматкерди кошуу</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerSignIn.cpp" line="209"/>
        <source>record a sign-in</source>
        <translation>кирүүнү каттоо</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerSignIn.cpp" line="239"/>
        <source>record a failed sign-in</source>
        <translation>ийгиликсиз кирүүнү каттоо</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="162"/>
        <location filename="../models/services/OfficerService.cpp" line="359"/>
        <source>create a database login</source>
        <translation>маалымат базасынын логинин түзүү</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="209"/>
        <location filename="../models/services/OfficerService.cpp" line="229"/>
        <source>change a password</source>
        <translation>сыр сөздү өзгөртүү</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="252"/>
        <location filename="../models/services/OfficerService.cpp" line="261"/>
        <source>reset a password</source>
        <translation>сыр сөздү жаңылоо</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="280"/>
        <location filename="../models/services/OfficerService.cpp" line="288"/>
        <location filename="../models/services/OfficerService.cpp" line="310"/>
        <location filename="../models/services/OfficerService.cpp" line="317"/>
        <source>change an officer</source>
        <translation>кызматкерди өзгөртүү</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="338"/>
        <source>map a database login</source>
        <translation>маалымат базасынын логинин кызматкерге байлоо</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="370"/>
        <source>list the officers</source>
        <translation>кызматкерлердин тизмесин алуу</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="393"/>
        <source>count the officers</source>
        <translation>кызматкерлерди саноо</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectService.cpp" line="160"/>
        <location filename="../models/services/SubjectService.cpp" line="193"/>
        <source>search subjects</source>
        <translation>субъекттерди издөө</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectListService.cpp" line="248"/>
        <source>list subjects</source>
        <translation>субъекттердин тизмесин алуу</translation>
    </message>
    <message>
        <location filename="../models/services/ConsentSummary.cpp" line="23"/>
        <source>update the subject&apos;s consent state</source>
        <translation>субъекттин макулдук абалын жаңылоо</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectRecordService.cpp" line="32"/>
        <location filename="../models/services/SubjectRecordService.cpp" line="99"/>
        <location filename="../models/services/SubjectRecordService.cpp" line="140"/>
        <location filename="../models/services/SubjectRecordService.cpp" line="149"/>
        <source>read the subject&apos;s record</source>
        <translation>субъекттин жазуусун окуу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="176"/>
        <location filename="../models/feed/FeedGroups.cpp" line="26"/>
        <source>look for the event</source>
        <translation>окуяны издөө</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="225"/>
        <source>open a feed batch</source>
        <translation>агымдын топтомун ачуу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="193"/>
        <location filename="../models/feed/FeedApplier.cpp" line="211"/>
        <source>remember the event</source>
        <translation>окуяны эстеп калуу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="244"/>
        <source>flag the event</source>
        <translation>окуяны белгилөө</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="285"/>
        <location filename="../models/feed/FeedTransfers.cpp" line="103"/>
        <location filename="../models/feed/FeedNewSubjects.cpp" line="44"/>
        <location filename="../models/services/AuditExportService.cpp" line="140"/>
        <location filename="../models/services/ClaimService.cpp" line="137"/>
        <location filename="../models/services/DisclosureService.cpp" line="100"/>
        <location filename="../models/services/DisclosureService.cpp" line="323"/>
        <location filename="../models/services/RetentionReviewService.cpp" line="153"/>
        <location filename="../models/services/SubjectRecordService.cpp" line="83"/>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="43"/>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="110"/>
        <location filename="../models/services/WithdrawalService.cpp" line="145"/>
        <source>find the subject</source>
        <translation>субъектти табуу</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="188"/>
        <source>register the claim</source>
        <translation>дооматты каттоо</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="394"/>
        <source>read the claim</source>
        <translation>дооматты окуу</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="505"/>
        <source>find what the claim is linked to</source>
        <translation>доомат байланышкан нерсени табуу</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="524"/>
        <location filename="../models/services/ClaimQueries.cpp" line="132"/>
        <source>read the claim&apos;s links</source>
        <translation>дооматтын байланыштарын окуу</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="536"/>
        <source>link the claim</source>
        <translation>дооматты байланыштыруу</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="555"/>
        <source>unlink the claim</source>
        <translation>дооматтын байланышын алуу</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="100"/>
        <location filename="../models/services/ClaimLetterService.cpp" line="85"/>
        <location filename="../models/services/ClaimService.cpp" line="218"/>
        <location filename="../models/services/ClaimQueries.cpp" line="99"/>
        <source>read the claims</source>
        <translation>дооматтарды окуу</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="316"/>
        <location filename="../models/services/ClaimService.cpp" line="362"/>
        <location filename="../models/services/ClaimService.cpp" line="433"/>
        <location filename="../models/services/ClaimService.cpp" line="461"/>
        <source>update the claim</source>
        <translation>дооматты жаңылоо</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="69"/>
        <location filename="../models/services/SigningKeyService.cpp" line="82"/>
        <location filename="../models/services/SigningKeyService.cpp" line="131"/>
        <location filename="../models/services/SigningKeyService.cpp" line="139"/>
        <source>store the signing key</source>
        <translation>кол коюу ачкычын сактоо</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="103"/>
        <location filename="../models/services/SigningKeyService.cpp" line="153"/>
        <location filename="../models/services/SigningKeyService.cpp" line="165"/>
        <location filename="../models/services/SigningKeyService.cpp" line="210"/>
        <location filename="../models/services/SigningKeyService.cpp" line="220"/>
        <location filename="../models/services/SigningKeyService.cpp" line="236"/>
        <location filename="../models/services/SigningKeyService.cpp" line="258"/>
        <location filename="../models/services/SigningKeyService.cpp" line="270"/>
        <source>read the signing keys</source>
        <translation>кол коюу ачкычтарын окуу</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="177"/>
        <source>read the settings</source>
        <translation>жөндөөлөрдү окуу</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="295"/>
        <location filename="../models/services/CalendarImport.cpp" line="304"/>
        <location filename="../models/services/CalendarService.cpp" line="52"/>
        <location filename="../models/services/CalendarService.cpp" line="61"/>
        <location filename="../models/services/CalendarService.cpp" line="162"/>
        <location filename="../models/services/CalendarService.cpp" line="189"/>
        <source>change the calendar</source>
        <translation>календарды өзгөртүү</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="57"/>
        <source>find the document&apos;s owner</source>
        <translation>документтин ээсин табуу</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="175"/>
        <source>store the document</source>
        <translation>документти сактоо</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="210"/>
        <source>list the documents</source>
        <translation>документтердин тизмесин алуу</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="225"/>
        <source>read the document&apos;s audit entry</source>
        <translation>документтин аудит жазуусун окуу</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="243"/>
        <source>read the document</source>
        <translation>документти окуу</translation>
    </message>
    <message>
        <location filename="../models/services/ReminderService.cpp" line="38"/>
        <source>find what is due soon</source>
        <translation>мөөнөтү жакындаганды табуу</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalExecution.cpp" line="33"/>
        <source>execute the withdrawal</source>
        <translation>кайтарып алууну аткаруу</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="185"/>
        <location filename="../models/services/WithdrawalExecution.cpp" line="58"/>
        <location filename="../models/services/WithdrawalQueries.cpp" line="158"/>
        <source>read the decisions</source>
        <translation>чечимдерди окуу</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalExecution.cpp" line="66"/>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="221"/>
        <source>read the request&apos;s purposes</source>
        <translation>арыздын максаттарын окуу</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalExecution.cpp" line="137"/>
        <location filename="../models/services/WithdrawalExecution.cpp" line="206"/>
        <source>read the subject&apos;s identifiers</source>
        <translation>субъекттин идентификаторлорун окуу</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="89"/>
        <source>read the salt</source>
        <translation>тузду окуу</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="136"/>
        <location filename="../models/services/WithdrawalExecution.cpp" line="220"/>
        <source>read the subject&apos;s transfers</source>
        <translation>субъекттин өткөрүп берүүлөрүн окуу</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="220"/>
        <source>read the subject</source>
        <translation>субъектти окуу</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="280"/>
        <location filename="../models/services/RectificationService.cpp" line="384"/>
        <source>read the corrections</source>
        <translation>оңдоолорду окуу</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="328"/>
        <source>record the correction</source>
        <translation>оңдоону жазуу</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="342"/>
        <source>correct the subject&apos;s data</source>
        <translation>субъекттин маалыматтарын оңдоо</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="82"/>
        <source>find the subjects under 18</source>
        <translation>18 жашка толо элек субъекттерди табуу</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="167"/>
        <location filename="../models/services/WithdrawalQueries.cpp" line="103"/>
        <location filename="../models/services/WithdrawalClosing.cpp" line="36"/>
        <location filename="../models/services/WithdrawalClosing.cpp" line="46"/>
        <location filename="../models/services/WithdrawalClosing.cpp" line="238"/>
        <location filename="../models/services/WithdrawalSupport.h" line="51"/>
        <source>read the withdrawal request</source>
        <translation>кайтарып алуу арызын окуу</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="195"/>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="207"/>
        <source>open the case</source>
        <translation>ишти ачуу</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalQueries.cpp" line="133"/>
        <source>read the request&apos;s scope</source>
        <translation>арыздын чегин окуу</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="126"/>
        <source>write the tasks</source>
        <translation>тапшырмаларды жазуу</translation>
    </message>
    <message>
        <location filename="../models/services/RecipientNotice.cpp" line="33"/>
        <location filename="../models/services/RectificationService.cpp" line="149"/>
        <location filename="../models/services/RectificationService.cpp" line="398"/>
        <location filename="../models/services/RectificationService.cpp" line="419"/>
        <location filename="../models/services/WithdrawalQueries.cpp" line="180"/>
        <location filename="../models/services/WithdrawalClosing.cpp" line="176"/>
        <location filename="../models/services/TaskService.cpp" line="169"/>
        <source>read the notices</source>
        <translation>билдирүүлөрдү окуу</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="218"/>
        <location filename="../models/services/TaskService.cpp" line="275"/>
        <location filename="../models/services/TaskService.cpp" line="306"/>
        <source>read the tasks</source>
        <translation>тапшырмаларды окуу</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="232"/>
        <source>count the tasks</source>
        <translation>тапшырмаларды эсептөө</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="294"/>
        <location filename="../models/services/TaskService.cpp" line="385"/>
        <source>confirm the task</source>
        <translation>тапшырманы тастыктоо</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="360"/>
        <source>read the documents</source>
        <translation>документтерди окуу</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="424"/>
        <source>read the systems&apos; reports</source>
        <translation>тутумдардын отчётторун окуу</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="461"/>
        <source>record the systems&apos; reports</source>
        <translation>тутумдардын отчётторун каттоо</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="487"/>
        <source>retry the task</source>
        <translation>тапшырманы кайра ачуу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="55"/>
        <location filename="../models/feed/FeedActivity.cpp" line="55"/>
        <location filename="../models/feed/FeedTransfers.cpp" line="60"/>
        <source>read the subject&apos;s consents</source>
        <translation>субъекттин макулдуктарын окуу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedActivity.cpp" line="73"/>
        <source>record the consent</source>
        <translation>макулдукту жазуу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="338"/>
        <location filename="../models/feed/FeedRecords.cpp" line="63"/>
        <location filename="../models/feed/FeedRecords.cpp" line="78"/>
        <location filename="../models/services/DisclosureService.cpp" line="277"/>
        <location filename="../models/services/DisclosureService.cpp" line="294"/>
        <source>find the recipient</source>
        <translation>алуучуну табуу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedActivity.cpp" line="136"/>
        <source>read the withdrawal requests</source>
        <translation>кайтарып алуу боюнча арыздарды окуу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="101"/>
        <location filename="../models/services/DisclosureService.cpp" line="287"/>
        <source>add the recipient</source>
        <translation>алуучуну кошуу</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="376"/>
        <location filename="../models/services/DisclosureService.cpp" line="386"/>
        <location filename="../models/services/DisclosureService.cpp" line="391"/>
        <source>record the disclosure</source>
        <translation>ачыкка чыгарууну жазуу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="21"/>
        <location filename="../models/feed/FeedRecords.cpp" line="50"/>
        <location filename="../models/services/DisclosureService.cpp" line="268"/>
        <location filename="../models/services/DisclosureService.cpp" line="308"/>
        <location filename="../models/services/ReferenceDataService.cpp" line="30"/>
        <location filename="../models/services/ReferenceDataService.cpp" line="75"/>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="51"/>
        <location filename="../models/services/WithdrawalService.cpp" line="43"/>
        <source>read the reference data</source>
        <translation>маалымдама маалыматтарын окуу</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="142"/>
        <source>queue the notification</source>
        <translation>билдирүүнү кезекке коюу</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="577"/>
        <source>record the notification</source>
        <translation>билдирүүнү жазуу</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="66"/>
        <source>read the request&apos;s categories</source>
        <translation>арыздын категорияларын окуу</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="107"/>
        <source>read the recipients to tell</source>
        <translation>кабарлана турган алуучуларды окуу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="58"/>
        <location filename="../models/feed/FeedApplier.cpp" line="324"/>
        <location filename="../models/services/DisclosureService.cpp" line="338"/>
        <location filename="../models/services/RectificationService.cpp" line="113"/>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="34"/>
        <location filename="../models/services/WithdrawalService.cpp" line="179"/>
        <source>read the subject&apos;s categories</source>
        <translation>субъекттин категорияларын окуу</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="211"/>
        <location filename="../models/services/WithdrawalService.cpp" line="222"/>
        <source>register the withdrawal request</source>
        <translation>кайтарып алуу арызын каттоо</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="47"/>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="213"/>
        <location filename="../models/services/WithdrawalService.cpp" line="279"/>
        <location filename="../models/services/WithdrawalService.cpp" line="324"/>
        <location filename="../models/services/WithdrawalClosing.cpp" line="206"/>
        <location filename="../models/services/WithdrawalClosing.cpp" line="259"/>
        <source>update the withdrawal request</source>
        <translation>кайтарып алуу арызын жаңыртуу</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="141"/>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="158"/>
        <source>record the decisions</source>
        <translation>чечимдерди жазуу</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="209"/>
        <source>record the approval</source>
        <translation>бекитүүнү жазуу</translation>
    </message>
    <message>
        <location filename="../models/services/RecipientNotice.cpp" line="68"/>
        <location filename="../models/services/RectificationService.cpp" line="163"/>
        <location filename="../models/services/RectificationService.cpp" line="175"/>
        <location filename="../models/services/TaskService.cpp" line="397"/>
        <source>record the notice</source>
        <translation>билдирүүнү жазуу</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="350"/>
        <location filename="../models/services/WithdrawalService.cpp" line="362"/>
        <source>unblock the data</source>
        <translation>маалыматтарды бөгөттөн чыгаруу</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureQueries.cpp" line="90"/>
        <source>read the disclosures</source>
        <translation>ачыкка чыгарууларды окуу</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureQueries.cpp" line="165"/>
        <location filename="../models/services/DisclosureQueries.cpp" line="183"/>
        <location filename="../models/services/DisclosureQueries.cpp" line="201"/>
        <location filename="../models/services/DisclosureQueries.cpp" line="211"/>
        <location filename="../models/services/DisclosureService.cpp" line="163"/>
        <location filename="../models/services/DisclosureService.cpp" line="421"/>
        <location filename="../models/services/DisclosureService.cpp" line="447"/>
        <location filename="../models/services/DisclosureService.cpp" line="497"/>
        <location filename="../models/services/DisclosureService.cpp" line="517"/>
        <location filename="../models/services/NoticeLetterService.cpp" line="37"/>
        <source>read the disclosure</source>
        <translation>ачыкка чыгарууну окуу</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureQueries.cpp" line="228"/>
        <source>read the notifications</source>
        <translation>билдирүүлөрдү окуу</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="59"/>
        <location filename="../models/services/SettingsService.cpp" line="83"/>
        <source>read a setting</source>
        <translation>жөндөөнү окуу</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="62"/>
        <location filename="../models/services/SettingsService.cpp" line="69"/>
        <location filename="../models/services/SettingsService.cpp" line="122"/>
        <source>change a setting</source>
        <translation>жөндөөнү өзгөртүү</translation>
    </message>
    <message>
        <location filename="../models/services/RecordVersion.cpp" line="26"/>
        <source>raise a record&apos;s version</source>
        <translation>жазуунун версиясын жогорулатуу</translation>
    </message>
    <message>
        <location filename="../models/services/RecordVersion.cpp" line="34"/>
        <source>read who changed a record</source>
        <translation>жазууну ким өзгөрткөнүн окуу</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionMonitor.cpp" line="19"/>
        <source>check the connection</source>
        <translation>байланышты текшерүү</translation>
    </message>
    <message>
        <location filename="../models/db/Sql.cpp" line="73"/>
        <source>The connection to the database was lost while saving: the change may or may not have been saved. The console connects again; look at the record before you do it once more.</source>
        <translation>Сактап жатканда база менен байланыш үзүлдү: өзгөрүү сакталышы же сакталбашы мүмкүн. Консоль кайра туташат; кайталоодон мурун жазууну карап чыгыңыз.</translation>
    </message>
    <message>
        <location filename="../models/db/Sql.cpp" line="172"/>
        <location filename="../models/db/Sql.cpp" line="192"/>
        <source>Cannot start a transaction: %1</source>
        <extracomment>%1: the database&apos;s own message.</extracomment>
        <translation>Транзакцияны баштоо мүмкүн эмес: %1</translation>
    </message>
    <message>
        <location filename="../models/db/Sql.cpp" line="221"/>
        <source>Cannot commit the transaction: %1</source>
        <extracomment>%1: the database&apos;s own message.</extracomment>
        <translation>Транзакцияны бекитүү мүмкүн эмес: %1</translation>
    </message>
    <message>
        <location filename="../models/services/DueOrderedQuery.cpp" line="51"/>
        <source>count the register&apos;s rows</source>
        <translation>реестрдин саптарын санап чыгуу</translation>
    </message>
    <message>
        <location filename="../models/services/DueOrderedQuery.cpp" line="84"/>
        <location filename="../models/services/DueOrderedQuery.cpp" line="102"/>
        <location filename="../models/services/DueOrderedQuery.cpp" line="145"/>
        <source>read the register</source>
        <translation>реестрди окуу</translation>
    </message>
    <message>
        <location filename="../models/services/OutgoingLetterService.cpp" line="95"/>
        <location filename="../models/services/OutgoingLetterService.cpp" line="146"/>
        <location filename="../models/services/OutgoingLetterService.cpp" line="172"/>
        <location filename="../models/services/OutgoingLetterService.cpp" line="185"/>
        <source>read the register of outgoing letters</source>
        <translation>чыгуучу каттардын реестрин окуу</translation>
    </message>
    <message>
        <location filename="../models/services/OutgoingLetterService.cpp" line="115"/>
        <location filename="../models/services/OutgoingLetterService.cpp" line="130"/>
        <source>number an outgoing letter</source>
        <translation>чыгуучу катка номер берүү</translation>
    </message>
    <message>
        <location filename="../models/feed/ErasedIdentifiers.cpp" line="34"/>
        <location filename="../models/services/OfficerSignIn.cpp" line="46"/>
        <source>read the erasure salt</source>
        <translation>өчүрүү тузун окуу</translation>
    </message>
    <message>
        <location filename="../models/feed/ErasedIdentifiers.cpp" line="58"/>
        <location filename="../models/feed/ErasedIdentifiers.cpp" line="68"/>
        <location filename="../models/feed/ErasedIdentifiers.cpp" line="90"/>
        <source>check the erased identifiers</source>
        <translation>өчүрүлгөн идентификаторлорду текшерүү</translation>
    </message>
    <message>
        <location filename="../models/feed/ErasedIdentifiers.cpp" line="105"/>
        <source>keep the erased identifiers</source>
        <translation>өчүрүлгөн идентификаторлорду сактоо</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedService.cpp" line="145"/>
        <source>close the feed batch</source>
        <translation>агымдын топтомун жабуу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedInbox.cpp" line="94"/>
        <location filename="../models/feed/FeedInbox.cpp" line="181"/>
        <location filename="../models/feed/FeedInbox.cpp" line="189"/>
        <location filename="../models/feed/FeedInbox.cpp" line="297"/>
        <location filename="../models/feed/FeedInbox.cpp" line="315"/>
        <source>read the feed inbox</source>
        <translation>агымдын кирүүчү кутусун окуу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedInbox.cpp" line="153"/>
        <location filename="../models/feed/FeedInbox.cpp" line="280"/>
        <location filename="../models/feed/FeedInbox.cpp" line="348"/>
        <source>record the event&apos;s outcome</source>
        <translation>окуянын жыйынтыгын жазуу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedFlags.cpp" line="36"/>
        <location filename="../models/feed/FeedFlags.cpp" line="50"/>
        <source>read the feed&apos;s flags</source>
        <translation>агымдын белгилерин окуу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedFlags.cpp" line="69"/>
        <source>review the flag</source>
        <translation>белгини карап чыгуу</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="74"/>
        <location filename="../models/services/TaskService.cpp" line="135"/>
        <source>read the data systems</source>
        <translation>маалымат тутумдарын окуу</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="82"/>
        <source>read the data systems&apos; categories</source>
        <translation>маалымат тутумдарынын категорияларын окуу</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="140"/>
        <source>read the data categories</source>
        <translation>маалымат категорияларын окуу</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="161"/>
        <location filename="../models/services/SystemsService.cpp" line="167"/>
        <source>change a data system&apos;s categories</source>
        <translation>маалымат тутумунун категорияларын өзгөртүү</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="187"/>
        <source>add a data system</source>
        <translation>маалымат тутумун кошуу</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="219"/>
        <source>change a data system</source>
        <translation>маалымат тутумун өзгөртүү</translation>
    </message>
    <message>
        <location filename="../models/db/Database.cpp" line="241"/>
        <source>read the connection&apos;s encryption</source>
        <translation>туташуунун шифрленишин окуу</translation>
    </message>
    <message>
        <location filename="../models/services/RetentionReviewService.cpp" line="61"/>
        <location filename="../models/services/RetentionReviewService.cpp" line="84"/>
        <location filename="../models/services/RetentionReviewService.cpp" line="142"/>
        <source>read the retention review</source>
        <translation>сактоо мөөнөтүн кароону окуу</translation>
    </message>
</context>
<context>
    <name>dpo::StartupFlow</name>
    <message>
        <location filename="../ui/StartupFlow.cpp" line="41"/>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL сыр сөзү</translation>
    </message>
    <message>
        <location filename="../ui/StartupFlow.cpp" line="43"/>
        <source>Password of %1 on %2:</source>
        <extracomment>%1: the user name; %2: the server&apos;s host.</extracomment>
        <translation>%2 серверинде %1 сыр сөзү:</translation>
    </message>
    <message>
        <location filename="../ui/StartupFlow.cpp" line="54"/>
        <source>%1 is empty. Create the consent database with &quot;dpo-console init&quot; first.</source>
        <extracomment>%1: the database&apos;s address.</extracomment>
        <translation>%1 бош. Адегенде макулдуктар базасын «dpo-console init» менен түзүңүз.</translation>
    </message>
    <message>
        <location filename="../ui/StartupFlow.cpp" line="58"/>
        <source>Upgrade the database</source>
        <translation>Базаны жаңыртуу</translation>
    </message>
    <message>
        <location filename="../ui/StartupFlow.cpp" line="60"/>
        <source>The database has schema version %1; this program uses %2. Upgrade it now? Other officers need this version too.</source>
        <extracomment>%1 and %2: schema version numbers.</extracomment>
        <translation>Базанын схемасынын версиясы %1, бул программа %2 версиясын колдонот. Азыр жаңыртасызбы? Башка кызматкерлерге да ушул версия керек болот.</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectImportService</name>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="418"/>
        <location filename="../models/import/SubjectImportService.cpp" line="429"/>
        <source>import subjects</source>
        <translation>субъекттерди импорттоо</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="96"/>
        <source>%1: cannot read the file: %2</source>
        <extracomment>%1: the file&apos;s path; %2: the system&apos;s reason.</extracomment>
        <translation>%1: файлды окуу мүмкүн эмес: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/import/SubjectImportService.cpp" line="58"/>
        <source>… and %n more problem(s); nothing was imported.</source>
        <extracomment>The last line of an import&apos;s problems. %n: the number of problems not listed.</extracomment>
        <translation>
            <numerusform>… жана дагы %n ката; эч нерсе импорттолгон жок.</numerusform>
            <numerusform>… жана дагы %n ката; эч нерсе импорттолгон жок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/import/SubjectImportService.cpp" line="63"/>
        <source>%n problem(s); nothing was imported.</source>
        <extracomment>The last line of an import&apos;s problems. %n: the number of problems.</extracomment>
        <translation>
            <numerusform>%n ката; эч нерсе импорттолгон жок.</numerusform>
            <numerusform>%n ката; эч нерсе импорттолгон жок.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="152"/>
        <source>the file is empty; expected a header row: %1</source>
        <extracomment>Follows &quot;FILE:LINE:&quot; in an import error. %1: the expected column names, separated by commas.</extracomment>
        <translation>файл бош; баш сап күтүлгөн: %1</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="165"/>
        <source>the column appears twice in the header</source>
        <translation>мамыча баш сапта эки жолу кездешет</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="171"/>
        <source>unknown column; expected exactly: %1 (and optionally %2)</source>
        <extracomment>Follows a column&apos;s name in an import error. %1: the required column names; %2: the optional ones.</extracomment>
        <translation>белгисиз мамыча; так ушулар күтүлөт: %1 (жана кошумча %2)</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="177"/>
        <source>the column is missing from the header</source>
        <translation>мамыча баш сапта жок</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="530"/>
        <source>%1: the file changed while it was imported; nothing was imported. Import it again.</source>
        <extracomment>%1: the file&apos;s path.</extracomment>
        <translation>%1: файл импорттолуп жатканда өзгөрдү; эч нерсе импорттолгон жок. Аны кайра импорттоңуз.</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="116"/>
        <source>%1 fields where the header has %2</source>
        <extracomment>Follows &quot;FILE:LINE:&quot; in an import error. %1: the number of fields in the line; %2: the number in the header.</extracomment>
        <translation>баш сапта %2 болсо, бул жерде %1 талаа</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="310"/>
        <location filename="../models/import/SubjectImportService.cpp" line="312"/>
        <location filename="../models/import/SubjectFields.cpp" line="63"/>
        <source>is empty</source>
        <translation>бош</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="240"/>
        <source>&quot;%1&quot; repeats line %2</source>
        <extracomment>Follows the column&apos;s name in an import error. %1: the platform reference; %2: the earlier line&apos;s number.</extracomment>
        <translation>«%1» %2-сапты кайталайт</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="246"/>
        <source>&quot;%1&quot; is already in the database</source>
        <extracomment>Follows the column&apos;s name in an import error. %1: the platform reference.</extracomment>
        <translation>«%1» базада мурунтан эле бар</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="255"/>
        <source>%1 repeats line %2</source>
        <extracomment>Follows the column&apos;s name in an import error. %1: the tax number, masked; %2: the earlier line&apos;s number.</extracomment>
        <translation>%1 %2-сапты кайталайт</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="261"/>
        <source>%1 is already in the database</source>
        <extracomment>Follows the column&apos;s name in an import error. %1: the tax number, masked.</extracomment>
        <translation>%1 базада мурунтан эле бар</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="299"/>
        <source>warning: the birth date usually embedded in digits 2-9 does not parse</source>
        <translation>эскертүү: адатта 2-9-сандарда жазылган туулган күн окулбайт</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="66"/>
        <source>is longer than 64 characters</source>
        <translation>64 белгиден узун</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="41"/>
        <location filename="../models/import/SubjectFields.cpp" line="68"/>
        <source>has a control or text-direction character in it</source>
        <translation>ичинде башкаруучу же текст багытын өзгөртүүчү белги бар</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="36"/>
        <source>is longer than %1 characters</source>
        <extracomment>Follows a column&apos;s name in an import error; the subject is the value. %1: a number of characters.</extracomment>
        <translation>%1 белгиден узун</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="71"/>
        <source>starts with =, +, - or @, which a spreadsheet would run as a formula</source>
        <translation>=, +, - же @ менен башталат: электрондук таблица аны формула катары аткарат</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="87"/>
        <source>&quot;%1&quot; is not 14 digits</source>
        <extracomment>Follows a column&apos;s name in an import error. %1: the value as given.</extracomment>
        <translation>«%1» 14 сандан турбайт</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="99"/>
        <source>&quot;%1&quot; is not a Kyrgyz number such as +996 555 123 456</source>
        <extracomment>Follows a column&apos;s name in an import error. %1: the value as given.</extracomment>
        <translation>«%1» +996 555 123 456 сыяктуу Кыргызстандын номери эмес</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="111"/>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <extracomment>Follows a column&apos;s name in an import error. %1: the value as given.</extracomment>
        <translation>«%1» электрондук почтанын дареги эмес</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="124"/>
        <source>&quot;%1&quot; is not an identity document number such as ID1234567 or AN1234567</source>
        <extracomment>Follows a column&apos;s name in an import error. %1: the value as given.</extracomment>
        <translation>«%1» ID1234567 же AN1234567 сыяктуу инсандык документтин номери эмес</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="139"/>
        <source>&quot;%1&quot; is not ky or ru</source>
        <extracomment>Follows a column&apos;s name in an import error. %1: the value as given.</extracomment>
        <translation>«%1» ky же ru эмес</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="150"/>
        <source>&quot;%1&quot; is not F or M</source>
        <extracomment>Follows a column&apos;s name in an import error. %1: the value as given.</extracomment>
        <translation>«%1» F же M эмес</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="162"/>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <extracomment>Follows a column&apos;s name in an import error. %1: the value as given.</extracomment>
        <translation>«%1» ЖЖЖЖ-АА-КК түрүндөгү күн эмес</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="373"/>
        <location filename="../models/import/SubjectFields.cpp" line="168"/>
        <source>%1 is in the future</source>
        <extracomment>Follows a column&apos;s name in an import error. %1: the date as given.</extracomment>
        <translation>%1 келечекте</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="325"/>
        <source>warning: the subject is under 18 (policy 9.1): queue the data for deletion</source>
        <translation>эскертүү: субъект 18 жашка толо элек (саясаттын 9.1-пункту): маалыматтарды жок кылууга коюңуз</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="361"/>
        <source>&quot;%1&quot; is not a known policy version (known: %2)</source>
        <extracomment>Follows the column&apos;s name in an import error. %1: the version as given; %2: the known versions, separated by commas.</extracomment>
        <translation>«%1» — белгисиз саясат редакциясы (белгилүүлөрү: %2)</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="371"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD) or an ISO-8601 time</source>
        <extracomment>Follows the column&apos;s name in an import error. %1: the value as given.</extracomment>
        <translation>«%1» күн (ЖЖЖЖ-АА-КК) же ISO-8601 убакыт эмес</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="379"/>
        <source>%1 is before policy version %2 took effect</source>
        <extracomment>Follows the column&apos;s name in an import error. %1: the date as given; %2: the policy version.</extracomment>
        <translation>%1 саясаттын %2 редакциясы күчүнө киргенге чейин</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="458"/>
        <source>the file has a header but no rows</source>
        <translation>файлда баш сап бар, бирок катарлар жок</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectListModel</name>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="62"/>
        <source>Loading…</source>
        <translation>Жүктөлүүдө…</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="81"/>
        <source>Blocked under a withdrawal of consent: not shown until it is unblocked.</source>
        <translation>Макулдукту кайтарып алуу боюнча бөгөттөлгөн: бөгөттөн чыгарылмайынча көрсөтүлбөйт.</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="82"/>
        <source>Under 18: policy 9.1 says the platform keeps no data of minors.</source>
        <translation>18 жашка толо элек: саясаттын 9.1-пунктуна ылайык платформа балдардын маалыматтарын сактабайт.</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="110"/>
        <source>under 18</source>
        <translation>18 жашка толо элек</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="133"/>
        <source>Platform ref.</source>
        <translation>Платформадагы №</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="135"/>
        <source>INN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="137"/>
        <source>Surname</source>
        <translation>Фамилиясы</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="139"/>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="141"/>
        <source>Patronymic</source>
        <translation>Атасынын аты</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="143"/>
        <source>Birth date</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="145"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="147"/>
        <source>Consent</source>
        <comment>column: date of the latest consent</comment>
        <translation>Макулдук</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="149"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectLookup</name>
    <message>
        <location filename="../ui/widgets/SubjectLookup.cpp" line="25"/>
        <source>Name, INN, phone or platform reference</source>
        <translation>Аты-жөнү, ПИН, телефон же платформадагы №</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SubjectLookup.cpp" line="65"/>
        <source>%1 — %2 (INN %3, born %4)</source>
        <extracomment>A subject found. %1: the platform reference; %2: the full name; %3: the tax number, masked; %4: the birth date.</extracomment>
        <translation>%1 — %2 (ПИН %3, туулган күнү %4)</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectRecordPane</name>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="541"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="589"/>
        <source>Subject data report</source>
        <translation>Жеке маалымат субъектисинин маалыматтары боюнча отчет</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="84"/>
        <source>The language of the report, whatever the language of the console</source>
        <translation>Консолдун тилине карабастан, отчеттун тили</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="55"/>
        <source>Data report</source>
        <comment>button: the subject data report (Law No. 58 Art. 17)</comment>
        <translation>Маалымат отчету</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="59"/>
        <source>Unblock…</source>
        <translation>Бөгөттөн чыгаруу…</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="60"/>
        <source>Open a minor&apos;s case…</source>
        <translation>Жашы жете электин ишин ачуу…</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="87"/>
        <source>The subject data report: everything held about this subject (Law No. 58 Art. 17)</source>
        <translation>Субъекттин маалыматтары боюнча отчет: бул субъект жөнүндө кармалган бардык маалымат (№ 58 Мыйзамдын 17-беренеси)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="89"/>
        <source>Print preview…</source>
        <translation>Басып чыгаруудан мурун көрүү…</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="90"/>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="91"/>
        <source>Save as PDF…</source>
        <translation>PDF катары сактоо…</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="100"/>
        <source>Destroy the data of this subject under 18 without waiting for a request (policy 9.1, 12.4)</source>
        <translation>18 жашка толо элек бул субъекттин маалыматтарын арызды күтпөстөн жок кылуу (саясаттын 9.1, 12.4-пункттары)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="105"/>
        <source>Report in:</source>
        <translation>Отчеттун тили:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="118"/>
        <source>Put the selected blocked category back in use, with the reason</source>
        <translation>Тандалган бөгөттөлгөн категорияны себебин көрсөтүп кайра колдонууга киргизүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="121"/>
        <source>Supervisors and administrators put a blocked category back in use, with the reason.</source>
        <translation>Жетекчилер жана администраторлор бөгөттөлгөн категорияны себебин көрсөтүп кайра колдонууга кайтарат.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="135"/>
        <source>Requests to withdraw consent</source>
        <translation>Макулдукту кайтарып алуу арыздары</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="136"/>
        <source>Each request: received, its step and its target date</source>
        <translation>Ар бир арыз: кабыл алынган күнү, кадамы жана максаттуу мөөнөтү</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="138"/>
        <source>Claims and requests for own data</source>
        <translation>Дооматтар жана өз маалыматтары боюнча суроолор</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="139"/>
        <source>Each claim: what it is, received, its state and due date</source>
        <translation>Ар бир доомат: эмне экени, кабыл алынган күнү, абалы жана мөөнөтү</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="145"/>
        <source>Disclosures to third parties</source>
        <translation>Үчүнчү жактарга ачыкка чыгаруулар</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="146"/>
        <source>Each disclosure of the subject&apos;s data: to whom, on what ground, when</source>
        <translation>Субъекттин маалыматтарын ар бир ачыкка чыгаруу: кимге, кандай негизде, качан</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="148"/>
        <source>Notifications of the subject</source>
        <translation>Субъектке билдирүүлөр</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="149"/>
        <source>Each notice sent to the subject: which way, its state and when</source>
        <translation>Субъектке жөнөтүлгөн ар бир билдирүү: кандай жол менен, абалы жана качан</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="154"/>
        <source>Who the subject is; masked values are shown in full on request, audited</source>
        <translation>Субъект ким; жашырылган маанилер сурам боюнча толук көрсөтүлөт жана аудитке жазылат</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="155"/>
        <source>Consents</source>
        <translation>Макулдуктар</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="156"/>
        <source>Each consent given or withdrawn: its policy version, channel and day</source>
        <translation>Берилген же кайтарылып алынган ар бир макулдук: саясаттын версиясы, каналы жана күнү</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="157"/>
        <source>Data categories</source>
        <translation>Маалымат категориялары</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="158"/>
        <source>Each category held and its state: in use, blocked, depersonalised, destroyed or kept; select a blocked one to unblock it</source>
        <translation>Сакталган ар бир категория жана анын абалы: колдонулууда, бөгөттөлгөн, ээсиздендирилген, жок кылынган же сакталууда; бөгөттөн чыгаруу үчүн бөгөттөлгөнүн тандаңыз</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="160"/>
        <source>Transfers</source>
        <translation>Өткөрүп берүүлөр</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="160"/>
        <source>Each transfer of the subject&apos;s data to a recipient, and when</source>
        <translation>Субъекттин маалыматтарын алуучуга ар бир өткөрүп берүү жана качан</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="161"/>
        <source>The subject&apos;s withdrawal requests and claims, with their state and due date</source>
        <translation>Субъекттин кайтарып алуу арыздары жана дооматтары, абалы жана мөөнөтү менен</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="162"/>
        <source>Disclosures of the subject&apos;s data to third parties, and the notices sent</source>
        <translation>Субъекттин маалыматтарын үчүнчү жактарга ачыкка чыгаруулар жана жөнөтүлгөн билдирүүлөр</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="163"/>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="163"/>
        <source>The audit entries about this subject, newest first</source>
        <translation>Бул субъект тууралуу аудит жазуулары, эң жаңысы биринчи</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="188"/>
        <source>Unblock %1</source>
        <extracomment>A dialog&apos;s title. %1: the data category&apos;s name.</extracomment>
        <translation>Бөгөттөн чыгаруу: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="189"/>
        <source>Why is it unblocked (the decision or court ruling)?</source>
        <translation>Эмне үчүн бөгөттөн чыгарылат (чечим же соттун актысы)?</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="196"/>
        <source>Unblock</source>
        <translation>Бөгөттөн чыгаруу</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="200"/>
        <source>%1 is unblocked.</source>
        <extracomment>%1: the data category&apos;s name.</extracomment>
        <translation>%1 бөгөттөн чыгарылды.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="220"/>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="221"/>
        <source>Platform reference</source>
        <translation>Платформадагы номери</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="222"/>
        <source>INN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="223"/>
        <source>Identity document</source>
        <translation>Инсандыгын тастыктаган документ</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="224"/>
        <source>Date of birth</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="225"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="226"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="227"/>
        <source>Email</source>
        <translation>Электрондук почта</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="228"/>
        <source>Registration address</source>
        <translation>Катталган дареги</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="229"/>
        <source>Residence address</source>
        <translation>Жашаган дареги</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="230"/>
        <source>Region</source>
        <translation>Аймак</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="231"/>
        <source>Preferred language</source>
        <translation>Тандаган тили</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="232"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="234"/>
        <source>Record created</source>
        <extracomment>A label: when the subject&apos;s record was created.</extracomment>
        <translation>Жазуу түзүлгөн</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="235"/>
        <source>Account closed on the platform</source>
        <translation>Платформадагы аккаунт жабылган</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="250"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="355"/>
        <source>Show</source>
        <comment>reveal a masked value</comment>
        <translation>Көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="252"/>
        <source>Shows the whole value; the audit log records who saw it and when.</source>
        <translation>Маанини толук көрсөтөт; аны ким жана качан көргөнү аудит журналына жазылат.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="269"/>
        <source>Subject record</source>
        <translation>Субъекттин жазуусу</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="279"/>
        <source>A minor&apos;s case</source>
        <translation>Жашы жете электин иши</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="282"/>
        <source>Open a case to destroy the data of %1, who is under 18 (policy 9.1)? It is decided and executed under Withdrawals; its letter goes to the parent or guardian at the subject&apos;s address.</source>
        <extracomment>%1: the subject&apos;s full name.</extracomment>
        <translation>18 жашка толо элек %1 аттуу субъекттин маалыматтарын жок кылуу үчүн иш ачылсынбы (саясаттын 9.1-пункту)? Ал «Кайтарып алуулар» бөлүмүндө чечилет жана аткарылат; анын каты субъекттин дареги боюнча ата-энесине же мыйзамдуу өкүлүнө жөнөтүлөт.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="291"/>
        <source>Case No. %1 is opened for a subject under 18.</source>
        <extracomment>%1: the case&apos;s number.</extracomment>
        <translation>18 жашка толо элек субъект боюнча № %1 иш ачылды.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="311"/>
        <source>Depersonalised subject</source>
        <translation>Ээсиздендирилген субъект</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="312"/>
        <source>Select a subject in the list to see everything held about them.</source>
        <translation>Субъект жөнүндө кармалган бардык маалыматты көрүү үчүн аны тизмеден тандаңыз.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="325"/>
        <source>Under 18: policy 9.1 says the platform keeps no data of minors.</source>
        <translation>18 жашка толо элек: саясаттын 9.1-пунктуна ылайык платформа балдардын маалыматтарын сактабайт.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="366"/>
        <source>Policy version</source>
        <translation>Саясаттын редакциясы</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="366"/>
        <source>Given</source>
        <translation>Берилген</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="366"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="412"/>
        <source>How</source>
        <translation>Кантип</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="366"/>
        <source>Withdrawn</source>
        <translation>Кайтарылып алынган</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="366"/>
        <source>Purposes withdrawn</source>
        <translation>Кайтарылып алынган максаттар</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="377"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="393"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="377"/>
        <source>Policy clause</source>
        <translation>Саясаттын пункту</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="377"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="412"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="426"/>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="377"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="446"/>
        <source>Legal ground</source>
        <translation>Укуктук негиз</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="378"/>
        <source>Kept until</source>
        <translation>Качанга чейин сакталат</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="380"/>
        <source>Changed</source>
        <extracomment>A column: when the category&apos;s state last changed.</extracomment>
        <translation>Өзгөртүлгөн</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="386"/>
        <source>%1 (%2, abroad)</source>
        <extracomment>A recipient abroad. %1: its name; %2: its country&apos;s name.</extracomment>
        <translation>%1 (%2, чет өлкөдө)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="393"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="446"/>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="393"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="446"/>
        <source>Recipient</source>
        <translation>Алуучу</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="393"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="426"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="393"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="446"/>
        <source>Purpose</source>
        <translation>Максаты</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="408"/>
        <source>%1 not yet done, %2 overdue</source>
        <extracomment>Tasks of a withdrawal. %1: the number not yet done; %2: the number overdue.</extracomment>
        <translation>%1 аткарыла элек, %2 мөөнөтү өттү</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="410"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="426"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="446"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="412"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="426"/>
        <source>Received</source>
        <extracomment>A column: the day the request was received.</extracomment>
        <translation>Кабыл алынган</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="412"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="426"/>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="412"/>
        <source>Scope</source>
        <translation>Көлөмү</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="413"/>
        <source>Tasks</source>
        <comment>of the platform&apos;s systems</comment>
        <translation>Тапшырмалар</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="426"/>
        <source>About</source>
        <translation>Маңызы</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="428"/>
        <source>Answered</source>
        <extracomment>A column: the day the claim was answered.</extracomment>
        <translation>Жооп берилген</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="442"/>
        <source>request No. %1 of %2, %3</source>
        <extracomment>What a disclosure rests on. %1: the state body&apos;s number of its request; %2: the request&apos;s date; %3: the body&apos;s name.</extracomment>
        <translation>%2 күнкү № %1 суроо, %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="447"/>
        <source>Categories</source>
        <translation>Категориялар</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="447"/>
        <source>Request, law, consent or treaty</source>
        <translation>Суроо-талап, мыйзам, макулдук же келишим</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="460"/>
        <source>Disclosure</source>
        <translation>Ачыкка чыгаруу</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="460"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="460"/>
        <source>Address</source>
        <translation>Дарек</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="460"/>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="460"/>
        <source>Sent</source>
        <translation>Жөнөтүлгөн</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="461"/>
        <source>Delivery</source>
        <translation>Жеткирүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="464"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="466"/>
        <source>Consents (%1)</source>
        <extracomment>A tab&apos;s title. %1: the number of consents.</extracomment>
        <translation>Макулдуктар (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="468"/>
        <source>Data categories (%1)</source>
        <extracomment>A tab&apos;s title. %1: the number of data categories.</extracomment>
        <translation>Маалымат категориялары (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="470"/>
        <source>Transfers (%1)</source>
        <extracomment>A tab&apos;s title. %1: the number of transfers.</extracomment>
        <translation>Өткөрүп берүүлөр (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="473"/>
        <source>Requests and claims (%1)</source>
        <extracomment>A tab&apos;s title. %1: the number of requests and claims.</extracomment>
        <translation>Арыздар жана дооматтар (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="475"/>
        <source>Disclosures (%1)</source>
        <extracomment>A tab&apos;s title. %1: the number of disclosures.</extracomment>
        <translation>Ачыкка чыгаруулар (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="489"/>
        <source>Shown</source>
        <comment>a masked value was revealed</comment>
        <translation>Көрсөтүлдү</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="491"/>
        <source>Shown in full; the audit log records it.</source>
        <translation>Толук көрсөтүлдү; бул аудит журналына жазылды.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="493"/>
        <source>Show a masked value</source>
        <translation>Жашырылган маанини көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="519"/>
        <source>Seq.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="519"/>
        <source>Time</source>
        <translation>Убакыт</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="519"/>
        <source>Officer</source>
        <translation>Кызматкер</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="519"/>
        <source>Action</source>
        <translation>Аракет</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="519"/>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="519"/>
        <source>Details</source>
        <translation>Толук маалымат</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="522"/>
        <source>Audit (latest %1)</source>
        <extracomment>A tab&apos;s title. %1: the number of entries shown (the latest).</extracomment>
        <translation>Аудит (акыркы %1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="524"/>
        <source>Audit (%1)</source>
        <extracomment>A tab&apos;s title. %1: the number of entries.</extracomment>
        <translation>Аудит (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="554"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="565"/>
        <source>Subject data report: %1</source>
        <extracomment>A dialog&apos;s title. %1: the subject&apos;s platform reference.</extracomment>
        <translation>Субъекттин маалыматтары боюнча отчет: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="572"/>
        <source>The subject data report went to the printer.</source>
        <translation>Субъекттин маалыматтары боюнча отчет принтерге жөнөтүлдү.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="581"/>
        <source>Save the subject data report</source>
        <translation>Субъекттин маалыматтары боюнча отчетту сактоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="582"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтер (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="594"/>
        <source>Saved the subject data report to %1.</source>
        <extracomment>%1: the file&apos;s path.</extracomment>
        <translation>Субъекттин маалыматтары боюнча отчет %1 ичине сакталды.</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectRecordService</name>
    <message>
        <location filename="../models/services/SubjectRecordService.cpp" line="87"/>
        <source>No subject has the platform reference %1.</source>
        <extracomment>%1: the platform reference as typed.</extracomment>
        <translation>%1 платформалык номери менен субъект жок.</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectRecordService.cpp" line="130"/>
        <source>reveal personal data</source>
        <translation>жеке маалыматтарды толук көрсөтүү</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectRecordService.cpp" line="142"/>
        <source>This value is blocked under a withdrawal of consent: it is not shown until it is unblocked.</source>
        <translation>Бул маалымат макулдукту кайтарып алуу боюнча бөгөттөлгөн: ал бөгөттөн чыгарылмайынча көрсөтүлбөйт.</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectRecordService.cpp" line="152"/>
        <location filename="../models/services/SubjectRecordService.cpp" line="209"/>
        <source>Subject %1 does not exist.</source>
        <extracomment>%1: the subject&apos;s number.</extracomment>
        <translation>%1 субъекти жок.</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectRecordService.cpp" line="163"/>
        <source>[blocked]</source>
        <translation>[бөгөттөлгөн]</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectReport</name>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="71"/>
        <source>None.</source>
        <translation>Жок.</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="191"/>
        <source>Subject data report</source>
        <translation>Жеке маалымат субъектисинин маалыматтары боюнча отчет</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="194"/>
        <source>The personal data that %1 (INN %2), the holder of the data array, holds about the data subject named below, given at the subject&apos;s request under Article 17 of the Law of the Kyrgyz Republic No. 58 &quot;On personal information&quot;.</source>
        <extracomment>The report&apos;s opening sentence. %1: the organisation&apos;s name; %2: its tax number.</extracomment>
        <translation>Жеке маалыматтар массивин кармоочу (ээси) %1 (ИНН %2) төмөндө аталган жеке маалымат субъекти жөнүндө кармаган жеке маалыматтар, субъекттин суроосу боюнча «Жеке мүнөздөгү маалымат жөнүндө» Кыргыз Республикасынын № 58 Мыйзамынын 17-беренесине ылайык берилди.</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="202"/>
        <source>Made on</source>
        <translation>Түзүлгөн күнү</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="203"/>
        <source>Made by</source>
        <translation>Түзгөн</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="205"/>
        <source>1. The subject</source>
        <translation>1. Субъект</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="207"/>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="208"/>
        <source>Platform reference</source>
        <translation>Платформадагы номери</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="209"/>
        <source>Personal identification number (INN)</source>
        <translation>Жеке идентификациялык номери (ПИН)</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="211"/>
        <source>Identity document</source>
        <translation>Инсандыгын тастыктаган документ</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="212"/>
        <source>Date of birth</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="213"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="214"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="215"/>
        <source>Email</source>
        <translation>Электрондук почта</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="216"/>
        <source>Registration address</source>
        <translation>Катталган дареги</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="218"/>
        <source>Residence address</source>
        <translation>Жашаган дареги</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="219"/>
        <source>Region</source>
        <translation>Аймак</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="220"/>
        <source>Preferred language</source>
        <translation>Тандаган тили</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="222"/>
        <source>Status of the record</source>
        <translation>Жазуунун абалы</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="225"/>
        <source>Record created</source>
        <extracomment>A label: when the subject&apos;s record was created.</extracomment>
        <translation>Жазуу түзүлгөн</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="226"/>
        <source>Account closed on the platform</source>
        <translation>Платформадагы аккаунт жабылган</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="230"/>
        <source>2. Consents</source>
        <translation>2. Макулдуктар</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="238"/>
        <source>Policy version</source>
        <translation>Саясаттын редакциясы</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="239"/>
        <source>Given</source>
        <translation>Берилген</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="240"/>
        <location filename="../models/services/SubjectReportService.cpp" line="298"/>
        <source>How</source>
        <translation>Кантип</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="241"/>
        <source>Withdrawn</source>
        <translation>Кайтарылып алынган</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="242"/>
        <source>Purposes withdrawn</source>
        <translation>Кайтарылып алынган максаттар</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="246"/>
        <source>3. Categories of data held and their state</source>
        <translation>3. Сакталган маалымат категориялары жана алардын абалы</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="255"/>
        <source>until %1</source>
        <extracomment>In a table cell: how long a category is kept. %1: a date.</extracomment>
        <translation>%1 чейин</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="259"/>
        <location filename="../models/services/SubjectReportService.cpp" line="283"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="260"/>
        <source>Policy clause</source>
        <translation>Саясаттын пункту</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="261"/>
        <location filename="../models/services/SubjectReportService.cpp" line="300"/>
        <location filename="../models/services/SubjectReportService.cpp" line="317"/>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="262"/>
        <location filename="../models/services/SubjectReportService.cpp" line="342"/>
        <source>Legal ground</source>
        <translation>Укуктук негиз</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="264"/>
        <source>Changed</source>
        <extracomment>A column: when the category&apos;s state last changed.</extracomment>
        <translation>Өзгөртүлгөн</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="267"/>
        <source>4. Transfers to recipients</source>
        <translation>4. Алуучуларга өткөрүп берүүлөр</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="272"/>
        <source>%1 (%2, abroad)</source>
        <extracomment>A recipient abroad. %1: the recipient&apos;s name; %2: its country&apos;s name.</extracomment>
        <translation>%1 (%2, чет өлкөдө)</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="280"/>
        <location filename="../models/services/SubjectReportService.cpp" line="339"/>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="281"/>
        <location filename="../models/services/SubjectReportService.cpp" line="340"/>
        <source>Recipient</source>
        <translation>Алуучу</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="282"/>
        <location filename="../models/services/SubjectReportService.cpp" line="314"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="284"/>
        <location filename="../models/services/SubjectReportService.cpp" line="341"/>
        <source>Purpose</source>
        <translation>Максаты</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="287"/>
        <source>5. Requests to withdraw consent</source>
        <translation>5. Макулдукту кайтарып алуу арыздары</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="295"/>
        <location filename="../models/services/SubjectReportService.cpp" line="313"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="297"/>
        <location filename="../models/services/SubjectReportService.cpp" line="315"/>
        <source>Received</source>
        <extracomment>A column: the day the request or claim was received.</extracomment>
        <translation>Кабыл алынган</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="299"/>
        <source>Scope</source>
        <translation>Көлөмү</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="303"/>
        <source>6. Claims and requests for own data</source>
        <translation>6. Дооматтар жана өз маалыматтары боюнча суроолор</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="316"/>
        <source>About</source>
        <translation>Маңызы</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="319"/>
        <source>Answered</source>
        <extracomment>A column: the day the claim was answered.</extracomment>
        <translation>Жооп берилген</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="322"/>
        <source>7. Disclosures to third parties</source>
        <translation>7. Үчүнчү жактарга ачыкка чыгаруулар</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="331"/>
        <source>request No. %1 of %2, %3</source>
        <extracomment>What a disclosure rests on, in a table cell. %1: the state body&apos;s number of its request; %2: the request&apos;s date; %3: the body&apos;s name.</extracomment>
        <translation>%2 күнкү № %1 суроо, %3</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="344"/>
        <source>Data disclosed</source>
        <extracomment>A column: the data categories that were disclosed.</extracomment>
        <translation>Ачыкка чыгарылган маалыматтар</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="347"/>
        <source>8. Notifications sent to the subject</source>
        <translation>8. Субъектке жөнөтүлгөн билдирүүлөр</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="353"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="354"/>
        <source>Address</source>
        <translation>Дарек</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="355"/>
        <source>Sent</source>
        <translation>Жөнөтүлгөн</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="356"/>
        <source>Delivery</source>
        <translation>Жеткирүү</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="360"/>
        <source>Times are Bishkek time. The subject may ask for their data to be corrected, blocked or destroyed, and may withdraw consent by a written application (policy 12.1.3).</source>
        <translation>Убакыт Бишкек убактысы менен көрсөтүлгөн. Субъект өз маалыматтарын оңдоону, бөгөттөөнү же жок кылууну талап кыла алат жана жазуу жүзүндөгү арыз менен макулдугун кайтарып ала алат (саясаттын 12.1.3-пункту).</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectReportService</name>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="121"/>
        <source>make a subject data report</source>
        <translation>субъекттин маалыматтары боюнча отчет түзүү</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectService</name>
    <message>
        <location filename="../models/services/SubjectService.cpp" line="259"/>
        <source>export subjects with their personal data</source>
        <translation>субъекттерди жеке маалыматтары менен экспорттоо</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectListService.cpp" line="169"/>
        <location filename="../models/services/SubjectService.cpp" line="232"/>
        <source>search subjects</source>
        <translation>субъекттерди издөө</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectsPage</name>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="29"/>
        <source>Open request or claim</source>
        <translation>Ачык арыз же доомат</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="30"/>
        <source>Under 18</source>
        <translation>18 жашка толо элек</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="37"/>
        <source>Search subjects</source>
        <translation>Субъекттерди издөө</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="38"/>
        <source>Name, INN, phone or platform reference</source>
        <translation>Аты-жөнү, ПИН, телефон же платформадагы №</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="41"/>
        <source>Any status</source>
        <translation>Бардык абалдар</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="46"/>
        <source>Any consent state</source>
        <translation>Макулдуктун бардык абалдары</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="50"/>
        <source>Consent: %1</source>
        <extracomment>A filter&apos;s entry. %1: the consent state, e.g. &quot;Withdrawn&quot;.</extracomment>
        <translation>Макулдук: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="53"/>
        <source>Show only the subjects whose data is in this state</source>
        <translation>Маалыматтары ушул абалда болгон субъекттерди гана көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="54"/>
        <source>Show only the subjects whose consent is given, or withdrawn</source>
        <translation>Макулдугу берилген же кайтарылып алынган субъекттерди гана көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="57"/>
        <source>Show only the subjects with a withdrawal or a claim still open</source>
        <translation>Кайтарып алуусу же дооматы али ачык турган субъекттерди гана көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="59"/>
        <source>Show only the subjects under 18 by their date of birth</source>
        <translation>Туулган күнү боюнча 18 жашка толо элек субъекттерди гана көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="78"/>
        <source>Subjects</source>
        <translation>Субъекттер</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="79"/>
        <source>The subjects the search and filters find; select one to see everything held about them on the right</source>
        <translation>Издөө жана чыпкалар тапкан субъекттер; алар тууралуу сакталгандын баарын оң жакта көрүү үчүн тандаңыз</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="185"/>
        <source>More than %L1 subjects match; the first %L2 are shown. Refine the search.</source>
        <extracomment>%1: the most subjects counted; %2: the number shown.</extracomment>
        <translation>Табылган субъекттер %L1 санынан ашат; биринчи %L2 көрсөтүлдү. Издөөнү тактаңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/SubjectsPage.cpp" line="191"/>
        <source>%Ln subject(s) match; the first %L1 are shown. Refine the search.</source>
        <extracomment>%Ln: the number of subjects that match; %1: the number shown.</extracomment>
        <translation>
            <numerusform>%Ln субъект табылды; биринчи %L1 көрсөтүлдү. Издөөнү тактаңыз.</numerusform>
            <numerusform>%Ln субъект табылды; биринчи %L1 көрсөтүлдү. Издөөнү тактаңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/SubjectsPage.cpp" line="181"/>
        <source>%Ln subject(s)</source>
        <extracomment>%Ln: the number of subjects.</extracomment>
        <translation>
            <numerusform>%Ln субъект</numerusform>
            <numerusform>%Ln субъект</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::SubmitDialog</name>
    <message>
        <location filename="../ui/widgets/SubmitDialog.cpp" line="25"/>
        <source>Save what the form says and close it; a problem is shown under the form</source>
        <translation>Формадагыны сактап, аны жабуу; кемчилик форманын астында көрсөтүлөт</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SubmitDialog.cpp" line="27"/>
        <source>Close the form without saving anything</source>
        <translation>Эч нерсе сактабай форманы жабуу</translation>
    </message>
</context>
<context>
    <name>dpo::SystemDialog</name>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="26"/>
        <source>Add a data system</source>
        <translation>Маалымат тутумун кошуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="28"/>
        <source>Change %1</source>
        <extracomment>A dialog&apos;s title. %1: the data system&apos;s name.</extracomment>
        <translation>Өзгөртүү: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="29"/>
        <source>Add</source>
        <comment>a data system</comment>
        <translation>Кошуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="29"/>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="35"/>
        <source>Gets the tasks of withdrawals executed from now on</source>
        <translation>Мындан ары аткарылган кайтарып алуулардын тапшырмаларын алат</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="42"/>
        <source>photos, crm, core-db: a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</source>
        <translation>photos, crm, core-db: a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="43"/>
        <source>The code the platform&apos;s workers know the system by; it cannot change later</source>
        <translation>Платформанын иштеткичтери тутумду тааный турган код; аны кийин өзгөртүүгө болбойт</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="46"/>
        <source>The system&apos;s name as the tasks and letters show it</source>
        <translation>Тапшырмаларда жана каттарда көрсөтүлгөн тутумдун аталышы</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="47"/>
        <source>What kind of store the system is</source>
        <translation>Тутум кандай сактагыч экени</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="48"/>
        <source>Who confirms its tasks: its own worker through the outbox, or an officer by hand</source>
        <translation>Анын тапшырмаларын ким тастыктайт: чыгуучу куту аркылуу өз иштеткичи же кызматкер кол менен</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="51"/>
        <location filename="../ui/pages/SystemsPage.cpp" line="52"/>
        <source>The team or person who answers for it, and how to reach them</source>
        <translation>Ал үчүн жооп берген топ же адам жана байланыш</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="56"/>
        <source> days</source>
        <comment>a backup&apos;s rotation</comment>
        <translation> күн</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="57"/>
        <source>A backup: after how many days a copy is overwritten</source>
        <translation>Камдык көчүрмө: көчүрмө канча күндөн кийин үстүнөн жазылат</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="59"/>
        <source>Unticked: the system gets no new tasks; its open tasks stay</source>
        <translation>Белгиленбесе: тутум жаңы тапшырма албайт; ачык тапшырмалары калат</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="69"/>
        <source>Code:</source>
        <translation>Коду:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="70"/>
        <source>Name:</source>
        <translation>Аталышы:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="71"/>
        <source>Kind:</source>
        <translation>Түрү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="72"/>
        <source>Confirmed by:</source>
        <translation>Ким тастыктайт:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="73"/>
        <source>Owner:</source>
        <translation>Жооптуусу:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="74"/>
        <source>Backup rotation:</source>
        <translation>Камдык көчүрмөнүн алмашуусу:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="76"/>
        <source>Data categories it holds</source>
        <translation>Анда сакталган маалымат категориялары</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="77"/>
        <source>Tick every data category the system holds: an executed withdrawal gives it a task for each</source>
        <translation>Тутум сактаган ар бир маалымат категориясын белгилеңиз: аткарылган кайтарып алуу ар бири үчүн тапшырма берет</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="79"/>
        <source>Data categories it holds:</source>
        <translation>Сактаган маалымат категориялары:</translation>
    </message>
</context>
<context>
    <name>dpo::SystemsPage</name>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="108"/>
        <source>Add a system…</source>
        <translation>Тутум кошуу…</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="109"/>
        <source>Change…</source>
        <translation>Өзгөртүү…</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="112"/>
        <location filename="../ui/pages/SystemsPage.cpp" line="117"/>
        <location filename="../ui/pages/SystemsPage.cpp" line="165"/>
        <source>Data systems</source>
        <translation>Маалымат тутумдары</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="113"/>
        <source>Every system that holds subjects&apos; data; select one to change it</source>
        <translation>Субъекттердин маалыматтарын сактаган ар бир тутум; өзгөртүү үчүн тандаңыз</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="115"/>
        <source>Add a system that holds subjects&apos; data</source>
        <translation>Субъекттердин маалыматтарын сактаган тутумду кошуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="116"/>
        <source>Change the selected system: its name, who confirms, its categories</source>
        <translation>Тандалган тутумду өзгөртүү: аталышын, ким тастыктарын, категорияларын</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="123"/>
        <source>The platform&apos;s data systems</source>
        <translation>Платформанын маалымат тутумдары</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="126"/>
        <source>Each system that holds subjects&apos; data, the categories it holds and who confirms for it. An executed withdrawal gives every active system a task per category it destroys, depersonalises or blocks; a backup&apos;s is done when its copies rotate out. Administrators add and change systems; every change is in the audit trail. A system is never deleted: made inactive, it gets no new tasks.</source>
        <translation>Субъекттердин маалыматтарын сактаган ар бир тутум, анын категориялары жана ал үчүн ким тастыктайт. Аткарылган кайтарып алуу ар бир активдүү тутумга жок кылынган, ээсиздендирилген же бөгөттөлгөн ар бир категория үчүн тапшырма берет; камдык көчүрмөнүн тапшырмасы көчүрмөлөрү алмашканда аткарылат. Тутумдарды администраторлор кошот жана өзгөртөт; ар бир өзгөртүү аудит журналында. Тутум эч качан өчүрүлбөйт: активдүү эмес болуп, жаңы тапшырма албайт.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/SystemsPage.cpp" line="178"/>
        <source>%n day(s)</source>
        <comment>a backup&apos;s rotation</comment>
        <extracomment>A backup&apos;s rotation in a table cell. %n: a number of days.</extracomment>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="179"/>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="179"/>
        <source>no, gets no new tasks</source>
        <translation>жок, жаңы тапшырма албайт</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="183"/>
        <source>Code</source>
        <translation>Коду</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="183"/>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="183"/>
        <source>Confirmed by</source>
        <translation>Ким тастыктайт</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="184"/>
        <source>Owner</source>
        <translation>Жооптуусу</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="183"/>
        <source>Name</source>
        <comment>of a data system</comment>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="184"/>
        <source>Rotation</source>
        <translation>Алмашуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="184"/>
        <source>Active</source>
        <comment>a data system</comment>
        <translation>Активдүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="185"/>
        <source>Data categories</source>
        <translation>Маалымат категориялары</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="209"/>
        <source>The data system is added; withdrawals executed from now on give it tasks.</source>
        <translation>Маалымат тутуму кошулду; мындан ары аткарылган кайтарып алуулар ага тапшырма берет.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="222"/>
        <source>The data system %1 is changed.</source>
        <extracomment>%1: the data system&apos;s code.</extracomment>
        <translation>%1 маалымат тутуму өзгөртүлдү.</translation>
    </message>
</context>
<context>
    <name>dpo::SystemsService</name>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="100"/>
        <source>Code: &quot;%1&quot; is not 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (starting with a letter or digit).</source>
        <extracomment>%1: the code as typed.</extracomment>
        <translation>Код: «%1» 1ден 64кө чейинки кичине тамгалардан, сандардан, &apos;.&apos;, &apos;_&apos; же &apos;-&apos; белгилеринен турбайт (тамга же сан менен башталышы керек).</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="105"/>
        <source>Name: must be 1 to %1 characters.</source>
        <extracomment>%1: the largest number of characters.</extracomment>
        <translation>Аталышы: 1ден %1 белгиге чейин болушу керек.</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="109"/>
        <source>Who confirms: must be 1 to %1 characters (a team or a person, with how to reach them).</source>
        <extracomment>%1: the largest number of characters.</extracomment>
        <translation>Ким тастыктайт: 1ден %1 белгиге чейин болушу керек (команда же адам, аны менен кантип байланышуу керек).</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="116"/>
        <source>Kind: &quot;%1&quot; is not one of %2.</source>
        <extracomment>%1: the kind as given; %2: the kinds allowed, separated by commas.</extracomment>
        <translation>Түрү: «%1» булардын бири эмес: %2.</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="123"/>
        <source>Confirmed by: &quot;%1&quot; is not worker or person.</source>
        <extracomment>%1: the value as given.</extracomment>
        <translation>Ким тастыктайт: «%1» worker да, person да эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="128"/>
        <source>Rotation: a backup needs the days after which its copies are overwritten (1 to %1).</source>
        <extracomment>%1: the largest number of days.</extracomment>
        <translation>Айлануу: камдык көчүрмөгө анын көчүрмөлөрү канча күндөн кийин кайра жазыла турганы керек (эң азы 1, эң көбү %1).</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="134"/>
        <source>Rotation: only a backup rotates; leave it out for a %1.</source>
        <extracomment>%1: the system&apos;s kind, e.g. &quot;crm&quot;.</extracomment>
        <translation>Айлануу: камдык көчүрмө гана айланат; %1 үчүн аны көрсөтпөңүз.</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="137"/>
        <source>Categories: name at least one data category the system holds.</source>
        <translation>Категориялар: тутум сактаган жок дегенде бир маалымат категориясын көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="148"/>
        <source>Categories: &quot;%1&quot; is not a data category.</source>
        <extracomment>%1: the category as given.</extracomment>
        <translation>Категориялар: «%1» маалымат категориясы эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="173"/>
        <source>add a data system</source>
        <translation>маалымат тутумун кошуу</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="181"/>
        <source>Code: &quot;%1&quot; is already the code of %2.</source>
        <extracomment>%1: the code as typed; %2: the name of the data system that has it.</extracomment>
        <translation>Код: «%1» буга чейин эле %2 тутумунун коду.</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="200"/>
        <source>change a data system</source>
        <translation>маалымат тутумун өзгөртүү</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="208"/>
        <source>There is no data system with the code &quot;%1&quot;.</source>
        <extracomment>%1: the code as typed.</extracomment>
        <translation>«%1» коду менен маалымат тутуму жок.</translation>
    </message>
</context>
<context>
    <name>dpo::TaskConfirmDialog</name>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="355"/>
        <source>Confirm a task by hand</source>
        <translation>Тапшырманы кол менен тастыктоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="355"/>
        <source>Confirm</source>
        <translation>Тастыктоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="359"/>
        <source>The evidence</source>
        <translation>Далил</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="363"/>
        <source>Done</source>
        <comment>a task</comment>
        <translation>Аткарылды</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="364"/>
        <source>Failed</source>
        <comment>a task</comment>
        <translation>Аткарылган жок</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="365"/>
        <source>Whether the data system did what the task asked</source>
        <translation>Маалымат тутуму тапшырманы аткардыбы</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="379"/>
        <source>When the system did it, Bishkek time; not before the task was sent</source>
        <translation>Тутум аны качан аткарды, Бишкек убактысы менен; тапшырма жөнөтүлгөнгө чейин эмес</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="382"/>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="383"/>
        <source>Who confirmed it and how; a failure&apos;s reason</source>
        <translation>Ким жана кантип тастыктады; аткарылбаса — себеби</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="385"/>
        <source>(none)</source>
        <comment>no document</comment>
        <translation>(жок)</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="386"/>
        <source>A document of the case that shows it was done</source>
        <translation>Аткарылганын көрсөткөн иштин документи</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="391"/>
        <source>Task:</source>
        <comment>of a data system</comment>
        <translation>Тапшырма:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="392"/>
        <source>Outcome:</source>
        <translation>Жыйынтык:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="393"/>
        <source>When:</source>
        <translation>Качан:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="394"/>
        <source>Note:</source>
        <translation>Эскертүү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="395"/>
        <source>Evidence on file:</source>
        <translation>Иштеги далил:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="396"/>
        <source>New evidence:</source>
        <translation>Жаңы далил:</translation>
    </message>
</context>
<context>
    <name>dpo::TaskService</name>
    <message>
        <location filename="../models/services/TaskService.cpp" line="258"/>
        <source>task %1, %2: %3 %4</source>
        <extracomment>One open task in a list. %1: the task&apos;s number; %2: the data system&apos;s code; %3: the action, e.g. &quot;destroy&quot;; %4: the category&apos;s code.</extracomment>
        <translation>%1-тапшырма, %2: %3 %4</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="261"/>
        <source>task %1, telling %2</source>
        <extracomment>One open task in a list. %1: the task&apos;s number; %2: the recipient&apos;s name.</extracomment>
        <translation>%1-тапшырма, %2 алуучуга билдирүү</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/TaskService.cpp" line="265"/>
        <source>and %n more</source>
        <extracomment>Ends a list of tasks. %n: the number of tasks not listed.</extracomment>
        <translation>
            <numerusform>жана дагы %n</numerusform>
            <numerusform>жана дагы %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="283"/>
        <source>Told by hand (%1); recorded by the officer.</source>
        <extracomment>%1: how the recipient was told, e.g. &quot;by phone&quot;.</extracomment>
        <translation>Кол менен билдирилди (%1); кызматкер каттады.</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="309"/>
        <source>Task %1 does not exist.</source>
        <extracomment>%1: the task&apos;s number.</extracomment>
        <translation>%1-тапшырма жок.</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="315"/>
        <source>confirm a task</source>
        <translation>тапшырманы тастыктоо</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="327"/>
        <source>Task %1 failed: retry it before confirming it again.</source>
        <extracomment>%1: the task&apos;s number.</extracomment>
        <translation>%1-тапшырма ишке ашкан жок: кайра тастыктоодон мурун аны кайра ачыңыз.</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="330"/>
        <source>Task %1 is already done.</source>
        <extracomment>%1: the task&apos;s number.</extracomment>
        <translation>%1-тапшырма буга чейин аткарылган.</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="336"/>
        <source>Task %1: the time it was done or failed must be between the task&apos;s creation (%2) and now.</source>
        <extracomment>%1: the task&apos;s number; %2: a date and time.</extracomment>
        <translation>%1-тапшырма: ал аткарылган же ишке ашпаган убакыт тапшырма түзүлгөн учур (%2) менен азыркы учурдун ортосунда болушу керек.</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="344"/>
        <source>Task %1: a failure needs its reason in the note.</source>
        <extracomment>%1: the task&apos;s number.</extracomment>
        <translation>%1-тапшырма: ишке ашпаганда анын себеби жазууда көрсөтүлүшү керек.</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="349"/>
        <location filename="../models/services/TaskService.cpp" line="481"/>
        <source>Task %1: the note is longer than %2 characters.</source>
        <extracomment>%1: the task&apos;s number; %2: a number of characters.</extracomment>
        <translation>%1-тапшырма: жазуу %2 белгиден узун.</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="365"/>
        <source>Task %1: document %2 is not a document of withdrawal request %3.</source>
        <extracomment>%1: the task&apos;s number; %2: the document&apos;s number; %3: the request&apos;s number.</extracomment>
        <translation>%1-тапшырма: %2-документ %3-кайтарып алуу кайрылуусунун документи эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="416"/>
        <source>record the systems&apos; reports</source>
        <translation>тутумдардын отчётторун каттоо</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="469"/>
        <source>retry a task</source>
        <translation>тапшырманы кайра ачуу</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="475"/>
        <source>Task %1 is %2: only a failed task is retried.</source>
        <extracomment>%1: the task&apos;s number; %2: its state, e.g. &quot;Done&quot;.</extracomment>
        <translation>%1-тапшырма — %2: ишке ашпаган тапшырма гана кайра ачылат.</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="499"/>
        <source>settle the backups&apos; tasks</source>
        <translation>камдык көчүрмөлөрдүн тапшырмаларын жабуу</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="510"/>
        <source>The backup&apos;s copies that held the data were overwritten by its rotation (the register&apos;s period).</source>
        <translation>Маалыматты камтыган камдык көчүрмөлөр айлануу боюнча кайра жазылды (реестрдеги мөөнөт).</translation>
    </message>
</context>
<context>
    <name>dpo::TimeStampToken</name>
    <message>
        <location filename="../models/security/TimeStamp.cpp" line="50"/>
        <source>The time-stamp is not over a SHA-256 digest.</source>
        <translation>Убакыт белгиси SHA-256 хэшине коюлган эмес.</translation>
    </message>
    <message>
        <location filename="../models/security/TimeStamp.cpp" line="96"/>
        <location filename="../models/security/TimeStamp.cpp" line="109"/>
        <source>The time-stamping authority&apos;s answer is not a time-stamp response.</source>
        <translation>Убакыт белгисин берүүчү борбордун жообу убакыт белгисинин жообу эмес.</translation>
    </message>
    <message>
        <location filename="../models/security/TimeStamp.cpp" line="104"/>
        <source>The time-stamping authority refused the request (status %1).</source>
        <extracomment>%1: the authority&apos;s status code (RFC 3161: 2 rejection, 3 waiting, ...).</extracomment>
        <translation>Убакыт белгисин берүүчү борбор сурамды четке какты (абалы: %1).</translation>
    </message>
    <message>
        <location filename="../models/security/TimeStamp.cpp" line="121"/>
        <source>The time-stamping authority answered another request (its digest or nonce is not the one asked for).</source>
        <translation>Убакыт белгисин берүүчү борбор башка сурамга жооп берди (анын хэши же бир жолку саны суралгандай эмес).</translation>
    </message>
    <message>
        <location filename="../models/security/TimeStamp.cpp" line="133"/>
        <source>The time-stamp token cannot be read.</source>
        <translation>Убакыт белгиси окулбай калды.</translation>
    </message>
    <message>
        <location filename="../models/security/TimeStampAuthority.cpp" line="38"/>
        <source>The time-stamping authority %1 did not answer: %2</source>
        <extracomment>%1: the authority&apos;s URL; %2: the reason, e.g. &quot;Connection refused&quot;.</extracomment>
        <translation>Убакыт белгисин берүүчү борбор %1 жооп берген жок: %2</translation>
    </message>
</context>
<context>
    <name>dpo::UnlockDialog</name>
    <message>
        <location filename="../ui/IdleLock.cpp" line="24"/>
        <source>The console is locked</source>
        <translation>Консоль бөгөттөлдү</translation>
    </message>
    <message>
        <location filename="../ui/IdleLock.cpp" line="28"/>
        <source>The console locked itself after a time without input, to keep personal data from view. Sign in again as %1 to go on where you were.</source>
        <extracomment>%1: the officer&apos;s name.</extracomment>
        <translation>Жеке маалыматтар көрүнбөшү үчүн консоль бир топ убакыт аракетсиз тургандан кийин өзү бөгөттөлдү. Калган жериңизден улантуу үчүн %1 катары кайра кириңиз.</translation>
    </message>
    <message>
        <location filename="../ui/IdleLock.cpp" line="35"/>
        <source>Your password, to go on where you were</source>
        <translation>Токтогон жериңизден улантуу үчүн сыр сөзүңүз</translation>
    </message>
    <message>
        <location filename="../ui/IdleLock.cpp" line="41"/>
        <source>User name:</source>
        <translation>Колдонуучунун аты:</translation>
    </message>
    <message>
        <location filename="../ui/IdleLock.cpp" line="42"/>
        <source>Password:</source>
        <translation>Сыр сөз:</translation>
    </message>
    <message>
        <location filename="../ui/IdleLock.cpp" line="44"/>
        <source>Unlock</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <location filename="../ui/IdleLock.cpp" line="46"/>
        <source>Check the password and show the window again</source>
        <translation>Сыр сөздү текшерип, терезени кайра көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/IdleLock.cpp" line="64"/>
        <source>This is not the officer who locked the console.</source>
        <translation>Бул консолду бөгөттөгөн кызматкер эмес.</translation>
    </message>
</context>
<context>
    <name>dpo::Vocabulary</name>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="26"/>
        <source>Active</source>
        <comment>subject status</comment>
        <translation>Активдүү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="27"/>
        <source>Blocked</source>
        <comment>subject status</comment>
        <translation>Бөгөттөлгөн</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="28"/>
        <source>Depersonalised</source>
        <comment>subject status</comment>
        <translation>Ээсиздендирилген</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="29"/>
        <source>Destroyed</source>
        <comment>subject status</comment>
        <translation>Жок кылынган</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="30"/>
        <source>Given</source>
        <comment>consent state</comment>
        <translation>Берилген</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="31"/>
        <source>Withdrawn</source>
        <comment>consent state</comment>
        <translation>Кайтарылып алынган</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="32"/>
        <source>No consent</source>
        <comment>consent state</comment>
        <translation>Макулдук жок</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="33"/>
        <source>Mobile app</source>
        <comment>consent channel</comment>
        <translation>Мобилдик тиркеме</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="34"/>
        <source>Website</source>
        <comment>consent channel</comment>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="35"/>
        <source>In a branch</source>
        <comment>consent channel</comment>
        <translation>Филиалда</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="36"/>
        <source>On paper</source>
        <comment>consent channel</comment>
        <translation>Кагаз түрүндө</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="37"/>
        <source>Imported</source>
        <comment>consent channel</comment>
        <translation>Импорттолгон</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="38"/>
        <source>Held</source>
        <comment>data category state</comment>
        <translation>Иштетилүүдө</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="39"/>
        <source>Blocked</source>
        <comment>data category state</comment>
        <translation>Бөгөттөлгөн</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="40"/>
        <source>Depersonalised</source>
        <comment>data category state</comment>
        <translation>Ээсиздендирилген</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="41"/>
        <source>Destroyed</source>
        <comment>data category state</comment>
        <translation>Жок кылынган</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="42"/>
        <source>Kept on a legal ground</source>
        <comment>data category state</comment>
        <translation>Укуктук негизде сакталат</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="43"/>
        <source>Financial-credit organisation</source>
        <comment>recipient kind</comment>
        <translation>Финансы-кредиттик уюм (ФКО)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="44"/>
        <source>Leasing company</source>
        <comment>recipient kind</comment>
        <translation>Лизингдик компания</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="45"/>
        <source>Trading company</source>
        <comment>recipient kind</comment>
        <translation>Соода уюму</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="46"/>
        <source>State body</source>
        <comment>recipient kind</comment>
        <translation>Мамлекеттик орган</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="47"/>
        <source>Local self-government body</source>
        <comment>recipient kind</comment>
        <translation>Жергиликтүү өз алдынча башкаруу органы</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="48"/>
        <source>Credit bureau</source>
        <comment>recipient kind</comment>
        <translation>Кредиттик бюро</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="49"/>
        <source>Mobile operator</source>
        <comment>recipient kind</comment>
        <translation>Мобилдик оператор</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="50"/>
        <source>Non-state body</source>
        <comment>recipient kind</comment>
        <translation>Мамлекеттик эмес орган</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="51"/>
        <source>Other third party</source>
        <comment>recipient kind</comment>
        <translation>Башка үчүнчү жак</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="52"/>
        <source>By post</source>
        <comment>request channel</comment>
        <translation>Почта аркылуу</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="53"/>
        <source>In person</source>
        <comment>request channel</comment>
        <translation>Жеке өзү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="54"/>
        <source>Scanned letter by email</source>
        <comment>request channel</comment>
        <translation>Электрондук почта менен сканерленген кат</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="55"/>
        <source>Signed electronic document</source>
        <comment>request channel</comment>
        <translation>Кол коюлган электрондук документ</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="56"/>
        <source>Written form in the app</source>
        <comment>request channel</comment>
        <translation>Тиркемедеги жазуу жүзүндөгү форма</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="57"/>
        <source>Opened by the officer</source>
        <comment>request channel</comment>
        <translation>Кызматкер ачкан</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="58"/>
        <source>The whole consent</source>
        <comment>withdrawal scope</comment>
        <translation>Макулдук толугу менен</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="59"/>
        <source>Named purposes and categories</source>
        <comment>withdrawal scope</comment>
        <translation>Аталган максаттар жана категориялар</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="60"/>
        <source>Received</source>
        <comment>withdrawal state</comment>
        <translation>Кабыл алынган</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="61"/>
        <source>Opened</source>
        <comment>withdrawal state</comment>
        <translation>Ачылды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="62"/>
        <source>Identity verified</source>
        <comment>withdrawal state</comment>
        <translation>Инсандыгы текшерилген</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="63"/>
        <source>Decided</source>
        <comment>withdrawal state</comment>
        <translation>Чечим кабыл алынган</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="64"/>
        <source>Approved</source>
        <comment>withdrawal state</comment>
        <translation>Бекитилген</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="65"/>
        <source>Executed</source>
        <comment>withdrawal state</comment>
        <translation>Аткарылган</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="66"/>
        <source>Closed</source>
        <comment>withdrawal state</comment>
        <translation>Жабылды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="67"/>
        <source>Rejected</source>
        <comment>withdrawal state</comment>
        <translation>Четке кагылган</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="68"/>
        <source>Identity not established</source>
        <comment>rejection reason</comment>
        <translation>Инсандыгы аныкталган жок</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="69"/>
        <source>Not a written request</source>
        <comment>rejection reason</comment>
        <translation>Жазуу жүзүндөгү арыз эмес</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="70"/>
        <source>Not this data holder</source>
        <comment>rejection reason</comment>
        <translation>Бул маалымат кармоочу эмес</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="71"/>
        <source>The keep has ended</source>
        <comment>retention review</comment>
        <translation>Сактоо мөөнөтү бүттү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="72"/>
        <source>Held after the consent was withdrawn</source>
        <comment>retention review</comment>
        <translation>Макулдук кайтарылып алынгандан кийин сакталууда</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="73"/>
        <source>Held after the account was closed</source>
        <comment>retention review</comment>
        <translation>Аккаунт жабылгандан кийин сакталууда</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="74"/>
        <source>The subject is not under 18</source>
        <comment>rejection reason</comment>
        <translation>Субъект 18 жашка толгон</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="75"/>
        <source>Pre-trial claim</source>
        <comment>claim kind</comment>
        <translation>Доомат (сотко чейинки)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="76"/>
        <source>Request for own data</source>
        <comment>claim kind</comment>
        <translation>Өз маалыматтары боюнча суроо</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="77"/>
        <source>Request of the State Agency or the Ombudsman</source>
        <comment>claim kind</comment>
        <translation>Мамлекеттик агенттиктин же Акыйкатчынын суроо-талабы</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="78"/>
        <source>Request to correct data</source>
        <comment>claim kind</comment>
        <translation>Маалыматтарды оңдоо өтүнүчү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="79"/>
        <source>Surname</source>
        <comment>subject field</comment>
        <translation>Фамилиясы</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="80"/>
        <source>Given name</source>
        <comment>subject field</comment>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="81"/>
        <source>Patronymic</source>
        <comment>subject field</comment>
        <translation>Атасынын аты</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="82"/>
        <source>Date of birth</source>
        <comment>subject field</comment>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="83"/>
        <source>Sex</source>
        <comment>subject field</comment>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="84"/>
        <source>Personal identification number (INN)</source>
        <comment>subject field</comment>
        <translation>Жеке идентификациялык номери (ПИН)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="85"/>
        <source>Identity document number</source>
        <comment>subject field</comment>
        <translation>Өздүгүн тастыктаган документтин номери</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="86"/>
        <source>Phone</source>
        <comment>subject field</comment>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="87"/>
        <source>Email</source>
        <comment>subject field</comment>
        <translation>Электрондук почта</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="88"/>
        <source>Residence address</source>
        <comment>subject field</comment>
        <translation>Жашаган дареги</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="89"/>
        <source>Registration address</source>
        <comment>subject field</comment>
        <translation>Катталган дареги</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="90"/>
        <source>State Agency for Personal Data Protection under the Cabinet of Ministers of the Kyrgyz Republic</source>
        <comment>authority</comment>
        <translation>Кыргыз Республикасынын Министрлер Кабинетине караштуу Жеке маалыматтарды коргоо боюнча мамлекеттик агенттик</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="91"/>
        <source>Ombudsman (Akyikatchy) of the Kyrgyz Republic</source>
        <comment>authority</comment>
        <translation>Кыргыз Республикасынын Акыйкатчысы (Омбудсмени)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="92"/>
        <source>By post</source>
        <comment>claim channel</comment>
        <translation>Почта аркылуу</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="93"/>
        <source>In person</source>
        <comment>claim channel</comment>
        <translation>Жеке өзү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="94"/>
        <source>By email</source>
        <comment>claim channel</comment>
        <translation>Электрондук почта аркылуу</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="95"/>
        <source>Written form in the app</source>
        <comment>claim channel</comment>
        <translation>Тиркемедеги жазуу жүзүндөгү форма</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="96"/>
        <source>Open</source>
        <comment>claim state</comment>
        <translation>Ачык</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="97"/>
        <source>Answer drafted</source>
        <comment>claim state</comment>
        <translation>Жооптун долбоору даяр</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="98"/>
        <source>Answer sent</source>
        <comment>claim state</comment>
        <translation>Жооп жөнөтүлгөн</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="99"/>
        <source>Closed</source>
        <comment>claim state</comment>
        <translation>Жабылды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="100"/>
        <source>Satisfied</source>
        <comment>claim outcome</comment>
        <translation>Канааттандырылды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="101"/>
        <source>Partly satisfied</source>
        <comment>claim outcome</comment>
        <translation>Жарым-жартылай канааттандырылды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="102"/>
        <source>Refused</source>
        <comment>claim outcome</comment>
        <translation>Баш тартылды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="103"/>
        <source>Vital interests of the subject (4.6.1)</source>
        <comment>disclosure ground</comment>
        <translation>Субъекттин турмуштук маанилүү кызыкчылыктары (4.6.1)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="104"/>
        <source>Request of a state or local body (4.6.2)</source>
        <comment>disclosure ground</comment>
        <translation>Мамлекеттик бийлик органынын же жергиликтүү өз алдынча башкаруу органынын суроо-талабы (4.6.2)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="105"/>
        <source>A law of the Kyrgyz Republic (4.6.3)</source>
        <comment>disclosure ground</comment>
        <translation>Кыргыз Республикасынын мыйзамы (4.6.3)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="106"/>
        <source>The subject&apos;s consent (the policy&apos;s preamble)</source>
        <comment>disclosure ground</comment>
        <translation>Субъекттин макулдугу (саясаттын кириш бөлүгү)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="107"/>
        <source>An international treaty (1.1.6)</source>
        <comment>disclosure ground</comment>
        <translation>Эл аралык келишим (1.1.6)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="108"/>
        <source>Email</source>
        <comment>notification channel</comment>
        <translation>Электрондук почта</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="109"/>
        <source>Telegram</source>
        <comment>notification channel</comment>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="110"/>
        <source>WhatsApp</source>
        <comment>notification channel</comment>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="111"/>
        <source>SMS</source>
        <comment>notification channel</comment>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="112"/>
        <source>Platform notice</source>
        <comment>notification channel</comment>
        <translation>Платформадагы билдирүү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="113"/>
        <source>Post</source>
        <comment>notification channel</comment>
        <translation>Почта</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="114"/>
        <source>Queued</source>
        <comment>notification state</comment>
        <translation>Кезекте</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="115"/>
        <source>Sent</source>
        <comment>notification state</comment>
        <translation>Жөнөтүлгөн</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="116"/>
        <source>Delivered</source>
        <comment>notification state</comment>
        <translation>Жеткирилди</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="117"/>
        <source>Failed</source>
        <comment>notification state</comment>
        <translation>Жеткирилген жок</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="118"/>
        <source>Unknown</source>
        <comment>notification state</comment>
        <translation>Белгисиз</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="119"/>
        <source>Female</source>
        <comment>sex</comment>
        <translation>Аял</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="120"/>
        <source>Male</source>
        <comment>sex</comment>
        <translation>Эркек</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="121"/>
        <source>Kyrgyz</source>
        <comment>language</comment>
        <translation>Кыргызча</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="122"/>
        <source>Russian</source>
        <comment>language</comment>
        <translation>Орусча</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="123"/>
        <source>Kyrgyz and Russian</source>
        <comment>language</comment>
        <translation>Кыргызча жана орусча</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="124"/>
        <source>Law No. 58, Art. 5</source>
        <comment>legal ground to keep data</comment>
        <translation>№ 58 Мыйзам, 5-берене</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="125"/>
        <source>Law No. 58, Art. 15</source>
        <comment>legal ground to keep data</comment>
        <translation>№ 58 Мыйзам, 15-берене</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="126"/>
        <source>AML/CFT record keeping</source>
        <comment>legal ground to keep data</comment>
        <translation>Кылмыштуу кирешелерди легалдаштырууга жана терроризмди каржылоого каршы аракеттенүү боюнча маалыматтарды сактоо</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="127"/>
        <source>An active financing contract</source>
        <comment>legal ground to keep data</comment>
        <translation>Колдонуудагы каржылоо келишими</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="128"/>
        <source>A pending legal claim</source>
        <comment>legal ground to keep data</comment>
        <translation>Каралып жаткан доо</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="129"/>
        <source>Another law</source>
        <comment>legal ground to keep data</comment>
        <translation>Башка мыйзам</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="130"/>
        <source>ID document seen in person</source>
        <comment>identity check</comment>
        <translation>Инсандык документ жеке көрүлдү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="131"/>
        <source>Notarised letter</source>
        <comment>identity check</comment>
        <translation>Нотариалдык күбөлөндүрүлгөн кат</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="132"/>
        <source>Platform account with a face check</source>
        <comment>identity check</comment>
        <translation>Жүздү текшерүү менен платформадагы аккаунт</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="133"/>
        <source>Other (described in the note)</source>
        <comment>identity check</comment>
        <translation>Башка (эскертүүдө жазылган)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="134"/>
        <source>Destroy</source>
        <comment>withdrawal decision</comment>
        <translation>Жок кылуу</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="135"/>
        <source>Depersonalise</source>
        <comment>withdrawal decision</comment>
        <translation>Ээсиздендирүү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="136"/>
        <source>Block</source>
        <comment>withdrawal decision</comment>
        <translation>Бөгөттөө</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="137"/>
        <source>Keep on a legal ground</source>
        <comment>withdrawal decision</comment>
        <translation>Укуктук негизде сактоо</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="138"/>
        <source>By email</source>
        <comment>recipient told</comment>
        <translation>Электрондук почта аркылуу</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="139"/>
        <source>By post</source>
        <comment>recipient told</comment>
        <translation>Почта аркылуу</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="140"/>
        <source>By hand</source>
        <comment>recipient told</comment>
        <translation>Колго тапшырылды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="141"/>
        <source>Through the platform</source>
        <comment>recipient told</comment>
        <translation>Платформа аркылуу</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="142"/>
        <source>By phone</source>
        <comment>recipient told</comment>
        <translation>Телефон аркылуу</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="143"/>
        <source>By post</source>
        <comment>reply sent</comment>
        <translation>Почта аркылуу</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="144"/>
        <source>By hand</source>
        <comment>reply sent</comment>
        <translation>Колго тапшырылды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="145"/>
        <source>By email</source>
        <comment>reply sent</comment>
        <translation>Электрондук почта аркылуу</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="146"/>
        <source>No letter</source>
        <comment>reply sent</comment>
        <translation>Катсыз</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="147"/>
        <source>Officer</source>
        <comment>audit entity</comment>
        <translation>Кызматкер</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="148"/>
        <source>Import</source>
        <comment>audit entity</comment>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="149"/>
        <source>Change feed batch</source>
        <comment>audit entity</comment>
        <translation>Өзгөрүүлөр агымынын топтому</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="150"/>
        <source>Database</source>
        <comment>audit entity</comment>
        <translation>Маалымат базасы</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="151"/>
        <source>Subject</source>
        <comment>audit entity</comment>
        <translation>Субъект</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="152"/>
        <source>Claim</source>
        <comment>audit entity</comment>
        <translation>Доомат</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="153"/>
        <source>Withdrawal request</source>
        <comment>audit entity</comment>
        <translation>Кайтарып алуу арызы</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="154"/>
        <source>Disclosure</source>
        <comment>audit entity</comment>
        <translation>Ачыкка чыгаруу</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="155"/>
        <source>Calendar day</source>
        <comment>audit entity</comment>
        <translation>Календардын күнү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="156"/>
        <source>Calendar year</source>
        <comment>audit entity</comment>
        <translation>Календардык жыл</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="157"/>
        <source>Audit trail</source>
        <comment>audit entity</comment>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="158"/>
        <source>Setting</source>
        <comment>audit entity</comment>
        <translation>Жөндөө</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="159"/>
        <source>Signing key</source>
        <comment>audit entity</comment>
        <translation>Кол коюу ачкычы</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="160"/>
        <source>Change feed inbox event</source>
        <comment>audit entity</comment>
        <translation>Өзгөрүүлөр агымынын кирүүчү окуясы</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="161"/>
        <source>Flagged feed event</source>
        <comment>audit entity</comment>
        <translation>Белгиленген агым окуясы</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="162"/>
        <source>Data of an erased subject came back (refused)</source>
        <comment>feed flag</comment>
        <translation>Өчүрүлгөн субъекттин маалыматы кайра келди (четке кагылды)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="163"/>
        <source>A subject under 18 (policy 9.1)</source>
        <comment>feed flag</comment>
        <translation>18 жашка толо элек субъект (саясаттын 9.1-п.)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="164"/>
        <source>Transfer of withdrawn or blocked data</source>
        <comment>feed flag</comment>
        <translation>Кайтарылып алынган же бөгөттөлгөн маалыматты берүү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="165"/>
        <source>Change to blocked data (not applied)</source>
        <comment>feed flag</comment>
        <translation>Бөгөттөлгөн маалыматтын өзгөрүүсү (колдонулган жок)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="166"/>
        <source>Erased data came back (not applied)</source>
        <comment>feed flag</comment>
        <translation>Өчүрүлгөн маалымат кайра келди (колдонулган жок)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="167"/>
        <source>Consent after a withdrawal (not applied)</source>
        <comment>feed flag</comment>
        <translation>Кайтарып алуудан кийинки макулдук (колдонулган жок)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="168"/>
        <source>Document attached</source>
        <comment>audit action</comment>
        <translation>Документ тиркелди</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="169"/>
        <source>Document changed since stored: not shown</source>
        <comment>audit action</comment>
        <translation>Документ сакталгандан бери өзгөргөн: көрсөтүлгөн жок</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="170"/>
        <source>Document opened</source>
        <comment>audit action</comment>
        <translation>Документ ачылды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="171"/>
        <source>Audit trail exported</source>
        <comment>audit action</comment>
        <translation>Аудит журналы экспорттолду</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="172"/>
        <source>Audit chain verified</source>
        <comment>audit action</comment>
        <translation>Аудит чынжыры текшерилди</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="173"/>
        <source>A year&apos;s calendar imported</source>
        <comment>audit action</comment>
        <translation>Жылдын календары импорттолду</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="174"/>
        <source>Calendar day moved</source>
        <comment>audit action</comment>
        <translation>Календардын күнү жылдырылды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="175"/>
        <source>Calendar day removed</source>
        <comment>audit action</comment>
        <translation>Календардын күнү алынып салынды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="176"/>
        <source>Calendar day set</source>
        <comment>audit action</comment>
        <translation>Календардын күнү белгиленди</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="177"/>
        <source>Answer sent</source>
        <comment>audit action</comment>
        <translation>Жооп жөнөтүлдү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="178"/>
        <source>Claim closed</source>
        <comment>audit action</comment>
        <translation>Доомат жабылды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="179"/>
        <source>Answer drafted</source>
        <comment>audit action</comment>
        <translation>Жооптун долбоору даярдалды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="180"/>
        <source>Answer letter made</source>
        <comment>audit action</comment>
        <translation>Жооп каты түзүлдү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="181"/>
        <source>Claim linked</source>
        <comment>audit action</comment>
        <translation>Доомат байланыштырылды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="182"/>
        <source>Due date recalculated</source>
        <comment>audit action</comment>
        <translation>Мөөнөт кайра эсептелди</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="183"/>
        <source>Claim registered</source>
        <comment>audit action</comment>
        <translation>Доомат катталды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="184"/>
        <source>Subject&apos;s data corrected</source>
        <comment>audit action</comment>
        <translation>Субъекттин маалыматтары оңдолду</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="185"/>
        <source>Recipient told of a correction</source>
        <comment>audit action</comment>
        <translation>Алуучуга оңдоо тууралуу билдирилди</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="186"/>
        <source>Claim link removed</source>
        <comment>audit action</comment>
        <translation>Дооматтын байланышы алынды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="187"/>
        <source>Demo data generated</source>
        <comment>audit action</comment>
        <translation>Демо маалыматтар түзүлдү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="188"/>
        <source>Notice letter made</source>
        <comment>audit action</comment>
        <translation>Билдирүү каты түзүлдү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="189"/>
        <source>Notice queued</source>
        <comment>audit action</comment>
        <translation>Билдирүү кезекке коюлду</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="190"/>
        <source>Notice sent by hand</source>
        <comment>audit action</comment>
        <translation>Билдирүү кол менен жөнөтүлдү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="191"/>
        <source>Disclosure recorded</source>
        <comment>audit action</comment>
        <translation>Ачыкка чыгаруу катталды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="192"/>
        <source>Officer account created</source>
        <comment>audit action</comment>
        <translation>Кызматкердин эсеби түзүлдү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="193"/>
        <source>First administrator created</source>
        <comment>audit action</comment>
        <translation>Биринчи администратор түзүлдү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="194"/>
        <source>Signed in</source>
        <comment>audit action</comment>
        <translation>Кирди</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="195"/>
        <source>Sign-in failed</source>
        <comment>audit action</comment>
        <translation>Кирүү ишке ашкан жок</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="196"/>
        <source>Setting changed</source>
        <comment>audit action</comment>
        <translation>Жөндөө өзгөртүлдү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="197"/>
        <source>Signing key created</source>
        <comment>audit action</comment>
        <translation>Кол коюу ачкычы түзүлдү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="198"/>
        <source>Subject data report made</source>
        <comment>audit action</comment>
        <translation>Субъект тууралуу маалымат отчёту түзүлдү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="199"/>
        <source>Masked value shown in full</source>
        <comment>audit action</comment>
        <translation>Жашырылган маани толук көрсөтүлдү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="200"/>
        <source>Subject looked up by INN or phone</source>
        <comment>audit action</comment>
        <translation>Субъект ИНН же телефон боюнча изделди</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="201"/>
        <source>Category unblocked</source>
        <comment>audit action</comment>
        <translation>Категория бөгөттөн чыгарылды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="202"/>
        <source>Subjects imported</source>
        <comment>audit action</comment>
        <translation>Субъекттер импорттолду</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="203"/>
        <source>Change feed applied</source>
        <comment>audit action</comment>
        <translation>Өзгөрүүлөр агымы колдонулду</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="204"/>
        <source>Rejected feed event retried</source>
        <comment>audit action</comment>
        <translation>Четке кагылган агым окуясы кайра колдонулду</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="205"/>
        <source>Rejected feed event dismissed</source>
        <comment>audit action</comment>
        <translation>Четке кагылган агым окуясы четке чыгарылды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="206"/>
        <source>Flagged feed event reviewed</source>
        <comment>audit action</comment>
        <translation>Белгиленген агым окуясы каралып чыкты</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="207"/>
        <source>Keep decision approved</source>
        <comment>audit action</comment>
        <translation>Сактоо чечими бекитилди</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="208"/>
        <source>Decisions taken</source>
        <comment>audit action</comment>
        <translation>Чечимдер кабыл алынды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="209"/>
        <source>Withdrawal executed</source>
        <comment>audit action</comment>
        <translation>Кайтарып алуу аткарылды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="210"/>
        <source>Reply letter made</source>
        <comment>audit action</comment>
        <translation>Жооп каты түзүлдү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="211"/>
        <source>Recipient told</source>
        <comment>audit action</comment>
        <translation>Алуучуга билдирилди</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="212"/>
        <source>Withdrawal request registered</source>
        <comment>audit action</comment>
        <translation>Кайтарып алуу арызы катталды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="213"/>
        <source>Withdrawal request rejected</source>
        <comment>audit action</comment>
        <translation>Кайтарып алуу арызы четке кагылды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="214"/>
        <source>Retention review opened</source>
        <comment>audit action</comment>
        <translation>Сактоо мөөнөтүн кароо ачылды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="215"/>
        <source>Case opened for a subject under 18</source>
        <comment>audit action</comment>
        <translation>18 жашка толо элек субъект боюнча иш ачылды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="216"/>
        <source>Reply sent</source>
        <comment>audit action</comment>
        <translation>Жооп жөнөтүлдү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="217"/>
        <source>Identity verified</source>
        <comment>audit action</comment>
        <translation>Инсандыгы текшерилди</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="218"/>
        <source>Refused: the role does not allow it</source>
        <comment>audit action</comment>
        <translation>Баш тартылды: ролу уруксат бербейт</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="219"/>
        <source>Account locked after failed sign-ins</source>
        <comment>audit action</comment>
        <translation>Ийгиликсиз кирүүлөрдөн кийин эсеп бөгөттөлдү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="220"/>
        <source>Password changed</source>
        <comment>audit action</comment>
        <translation>Сыр сөз өзгөртүлдү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="221"/>
        <source>Password reset by an administrator</source>
        <comment>audit action</comment>
        <translation>Сыр сөздү администратор жаңылады</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="222"/>
        <source>Officer account reactivated</source>
        <comment>audit action</comment>
        <translation>Кызматкердин эсеби кайра иштетилди</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="223"/>
        <source>Officer account deactivated</source>
        <comment>audit action</comment>
        <translation>Кызматкердин эсеби өчүрүлдү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="224"/>
        <source>Officer&apos;s role changed</source>
        <comment>audit action</comment>
        <translation>Кызматкердин ролу өзгөртүлдү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="225"/>
        <source>Core database</source>
        <comment>data system kind</comment>
        <translation>Негизги маалымат базасы</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="226"/>
        <source>Face-photo store</source>
        <comment>data system kind</comment>
        <translation>Бет сүрөттөрүнүн сактагычы</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="227"/>
        <source>Video archive</source>
        <comment>data system kind</comment>
        <translation>Видео архиви</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="228"/>
        <source>CRM</source>
        <comment>data system kind</comment>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="229"/>
        <source>Analytics</source>
        <comment>data system kind</comment>
        <translation>Аналитика</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="230"/>
        <source>Backups</source>
        <comment>data system kind</comment>
        <translation>Камдык көчүрмөлөр</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="231"/>
        <source>Other</source>
        <comment>data system kind</comment>
        <translation>Башка</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="232"/>
        <source>Its worker, through the task outbox</source>
        <comment>who confirms for a data system</comment>
        <translation>Өзүнүн иштеткичи, тапшырмалардын чыгуучу кутусу аркылуу</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="233"/>
        <source>A person, by hand</source>
        <comment>who confirms for a data system</comment>
        <translation>Адам, кол менен</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="234"/>
        <source>Data system</source>
        <comment>task kind</comment>
        <translation>Маалымат тутуму</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="235"/>
        <source>Recipient notice</source>
        <comment>task kind</comment>
        <translation>Алуучуга билдирүү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="236"/>
        <source>Open</source>
        <comment>task state</comment>
        <translation>Ачык</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="237"/>
        <source>Done</source>
        <comment>task state</comment>
        <translation>Аткарылды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="238"/>
        <source>Failed</source>
        <comment>task state</comment>
        <translation>Ишке ашкан жок</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="239"/>
        <source>Data system added</source>
        <comment>audit action</comment>
        <translation>Маалымат тутуму кошулду</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="240"/>
        <source>Data system changed</source>
        <comment>audit action</comment>
        <translation>Маалымат тутуму өзгөртүлдү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="241"/>
        <source>Task confirmed</source>
        <comment>audit action</comment>
        <translation>Тапшырма тастыкталды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="242"/>
        <source>Failed task retried</source>
        <comment>audit action</comment>
        <translation>Ишке ашпаган тапшырма кайра ачылды</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="243"/>
        <source>Closed with tasks open (supervisor)</source>
        <comment>audit action</comment>
        <translation>Тапшырмалар ачык турганда жабылды (супервайзер)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="244"/>
        <source>Data system</source>
        <comment>audit entity</comment>
        <translation>Маалымат тутуму</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="245"/>
        <source>Task</source>
        <comment>audit entity</comment>
        <translation>Тапшырма</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="246"/>
        <source>Data systems</source>
        <comment>audit actions</comment>
        <translation>Маалымат тутумдары</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="247"/>
        <source>Tasks</source>
        <comment>audit actions</comment>
        <translation>Тапшырмалар</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="248"/>
        <source>Refusals</source>
        <comment>audit actions</comment>
        <translation>Баш тартуулар</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="249"/>
        <source>Subjects exported with personal data</source>
        <comment>audit action</comment>
        <translation>Субъекттер жеке маалыматтары менен экспорттолду</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="250"/>
        <source>Documents</source>
        <comment>audit actions</comment>
        <translation>Документтер</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="251"/>
        <source>Audit trail</source>
        <comment>audit actions</comment>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="252"/>
        <source>Calendar</source>
        <comment>audit actions</comment>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="253"/>
        <source>Claims and access requests</source>
        <comment>audit actions</comment>
        <translation>Дооматтар жана маалымат суроолору</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="254"/>
        <source>Demo data</source>
        <comment>audit actions</comment>
        <translation>Демо маалыматтар</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="255"/>
        <source>Disclosures</source>
        <comment>audit actions</comment>
        <translation>Ачыкка чыгаруулар</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="256"/>
        <source>Change feed</source>
        <comment>audit actions</comment>
        <translation>Өзгөрүүлөр агымы</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="257"/>
        <source>Officers and sign-in</source>
        <comment>audit actions</comment>
        <translation>Кызматкерлер жана кирүү</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="258"/>
        <source>Settings</source>
        <comment>audit actions</comment>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="259"/>
        <source>Signing keys</source>
        <comment>audit actions</comment>
        <translation>Кол коюу ачкычтары</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="260"/>
        <source>Subjects&apos; records</source>
        <comment>audit actions</comment>
        <translation>Субъекттердин жазуулары</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="261"/>
        <source>Import</source>
        <comment>audit actions</comment>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="262"/>
        <source>Withdrawal requests</source>
        <comment>audit actions</comment>
        <translation>Кайтарып алуу арыздары</translation>
    </message>
</context>
<context>
    <name>dpo::WithdrawalDialog</name>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="27"/>
        <source>Register a written request to withdraw consent</source>
        <translation>Макулдукту кайтарып алуу боюнча жазуу жүзүндөгү арызды каттоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="27"/>
        <source>Register</source>
        <translation>Каттоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="38"/>
        <source>The written request</source>
        <translation>Жазуу жүзүндөгү арыз</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="43"/>
        <source>Whose consent is withdrawn: find them by name, INN, phone or platform reference</source>
        <translation>Кимдин макулдугу кайтарылып алынат: аты, ИНН, телефону же платформадагы номери боюнча табыңыз</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="46"/>
        <source>Whom the reply is addressed to</source>
        <translation>Жооп кимге жазылат</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="47"/>
        <source>As the letter gives it; empty: the subject&apos;s name</source>
        <translation>Каттагыдай; бош болсо — субъекттин аты-жөнү</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="50"/>
        <source>As the letter gives it; empty: the subject&apos;s residence address</source>
        <translation>Каттагыдай; бош болсо — субъекттин жашаган дареги</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="51"/>
        <source>Where the reply goes</source>
        <translation>Жооп кайда жөнөтүлөт</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="53"/>
        <source>The day the written request arrived; the target date counts from it</source>
        <translation>Жазуу жүзүндөгү арыз келген күн; максаттуу мөөнөт андан эсептелет</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="55"/>
        <source>How the written request arrived</source>
        <translation>Жазуу жүзүндөгү арыз кантип келди</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="56"/>
        <source>The whole consent, or only the purposes and data categories ticked below</source>
        <translation>Макулдук толугу менен, же төмөндө белгиленген максаттар жана маалымат категориялары гана</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="59"/>
        <source>What the letter says it withdraws, in its own words</source>
        <translation>Кат эмнени кайтарып аларын өз сөздөрү менен</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="61"/>
        <source>Subject:</source>
        <translation>Субъект:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="62"/>
        <source>Reply to:</source>
        <translation>Жооп кимге:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="63"/>
        <source>Address:</source>
        <translation>Дареги:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="64"/>
        <source>Received on:</source>
        <translation>Кабыл алынган күнү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="65"/>
        <source>How it came:</source>
        <translation>Кантип келди:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="66"/>
        <source>Scope:</source>
        <translation>Чеги:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="68"/>
        <source>Purposes withdrawn</source>
        <translation>Кайтарылып алынган максаттар</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="69"/>
        <source>Data categories withdrawn</source>
        <translation>Кайтарылып алынган маалымат категориялары</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="70"/>
        <source>Tick each purpose the consent is withdrawn for</source>
        <translation>Макулдук кайтарылып алынган ар бир максатты белгилеңиз</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="71"/>
        <source>Tick each data category the consent is withdrawn for</source>
        <translation>Макулдук кайтарылып алынган ар бир маалымат категориясын белгилеңиз</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="73"/>
        <source>Purposes:</source>
        <translation>Максаттар:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="74"/>
        <source>Data categories:</source>
        <translation>Маалымат категориялары:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="75"/>
        <source>Scope in the letter&apos;s words:</source>
        <translation>Каттагы сөздөр менен чеги:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="76"/>
        <source>Documents:</source>
        <translation>Документтер:</translation>
    </message>
</context>
<context>
    <name>dpo::WithdrawalLetter</name>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="84"/>
        <source>Reply to your written request to withdraw consent No. %1 of %2</source>
        <extracomment>A letter&apos;s heading. %1: the request&apos;s number; %2: the date it was received.</extracomment>
        <translation>Макулдукту кайтарып алуу жөнүндө %2 күнкү № %1 жазуу жүзүндөгү арызыңызга жооп</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="93"/>
        <source>To the parent or legal guardian of %1</source>
        <extracomment>A letter&apos;s addressee. %1: the minor&apos;s full name.</extracomment>
        <translation>%1 аттуу жашы жете электин ата-энесине же мыйзамдуу өкүлүнө</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="97"/>
        <source>On the personal data of a person under 18: case No. %1 of %2</source>
        <extracomment>A letter&apos;s heading. %1: the case&apos;s number; %2: its date.</extracomment>
        <translation>18 жашка толо элек адамдын жеке маалыматтары жөнүндө: %2 күнкү № %1 иш</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="105"/>
        <source>We found that we held personal data of %1, who is under 18. We do not knowingly collect personal data of persons under 18, and we destroy such data as soon as possible once we learn of it (privacy policy 9.1); on registering, a user confirms being 18 (12.4).</source>
        <extracomment>A letter to a minor&apos;s parent. %1: the minor&apos;s full name.</extracomment>
        <translation>Биз 18 жашка толо элек %1 аттуу адамдын жеке маалыматтарын кармап турганыбызды аныктадык. Биз 18 жашка толо элек адамдардын жеке маалыматтарын атайылап чогултпайбыз жана мындай маалыматтар тууралуу билгенде аларды мүмкүн болушунча тезирээк жок кылабыз (Купуялуулук саясатынын 9.1-пункту); катталууда колдонуучу 18 жашка толгонун ырастайт (12.4-пункт).</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="114"/>
        <source>We stopped processing this data on %1.</source>
        <extracomment>%1: a date.</extracomment>
        <translation>Бул маалыматтарды иштетүүнү %1 токтоттук.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="120"/>
        <source>Your request cannot be carried out, for this reason:</source>
        <translation>Арызыңыз төмөнкү себеп менен аткарылбайт:</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="126"/>
        <source>Consent is withdrawn by a written application of the subject (policy 12.1.3). You may send it again, with what is missing, at any time.</source>
        <translation>Макулдук субъекттин жазуу жүзүндөгү арызы менен кайтарылып алынат (саясаттын 12.1.3-пункту). Жетишпеген нерсесин толуктап, аны каалаган убакта кайра жөнөтсөңүз болот.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="135"/>
        <source>Your consent to the processing of your personal data is withdrawn as of %1.</source>
        <extracomment>%1: a date.</extracomment>
        <translation>Жеке маалыматтарыңызды иштетүүгө макулдугуңуз %1 тартып кайтарылып алынды.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="141"/>
        <source>Your consent is withdrawn, as of %1, for what your request names.</source>
        <extracomment>%1: a date.</extracomment>
        <translation>Макулдугуңуз %1 тартып арызыңызда аталган бөлүгүндө кайтарылып алынды.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="170"/>
        <source>What was done with each kind of the data:</source>
        <translation>Маалыматтардын ар бир түрү боюнча эмне жасалды:</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="172"/>
        <source>What was done with each kind of your data (policy 12.1.4):</source>
        <translation>Маалыматтарыңыздын ар бир түрү боюнча эмне жасалды (саясаттын 12.1.4-пункту):</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="175"/>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="208"/>
        <source>Data</source>
        <translation>Маалыматтар</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="176"/>
        <source>What was done</source>
        <translation>Эмне жасалды</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="204"/>
        <source>What each of our systems that held this data is to do, and when it confirmed it:</source>
        <translation>Бул маалыматты сактаган ар бир тутумубуз эмне кылышы керек жана аны качан тастыктады:</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="209"/>
        <source>Decision</source>
        <translation>Чечим</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="155"/>
        <source>Kept until %1 on this ground: %2</source>
        <extracomment>What became of a category, in a letter&apos;s table. %1: a date; %2: the legal ground (and its paragraph or law).</extracomment>
        <translation>%1 чейин сакталат, негизи: %2</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="164"/>
        <source>paragraph %1</source>
        <extracomment>Follows the name of Article 15 as a ground, in a letter. %1: the paragraph&apos;s number, e.g. &quot;2&quot; or &quot;3.1&quot;.</extracomment>
        <translation>%1-пункт</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="191"/>
        <source>Backup copies are overwritten by %1</source>
        <extracomment>When a backup&apos;s copies are gone, in a letter&apos;s table. %1: a date.</extracomment>
        <translation>Камдык көчүрмөлөр %1 чейин кайра жазылат</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="194"/>
        <source>Not yet confirmed</source>
        <translation>Азырынча тастыктала элек</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="207"/>
        <source>System</source>
        <translation>Тутум</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="210"/>
        <source>Confirmed on</source>
        <translation>Тастыкталган күнү</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="226"/>
        <source>Your data is no longer processed for:</source>
        <translation>Маалыматтарыңыз мындан ары төмөнкү максаттарда иштетилбейт:</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="233"/>
        <source>The organisations that received this data are told what was done with it:</source>
        <translation>Бул маалыматтарды алган уюмдарга алар менен эмне жасалганы билдирилди:</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="236"/>
        <source>The organisations that received your data are told of the withdrawal:</source>
        <translation>Маалыматтарыңызды алган уюмдарга кайтарып алуу тууралуу билдирилди:</translation>
    </message>
</context>
<context>
    <name>dpo::WithdrawalLetterService</name>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="42"/>
        <source>Request %1 is not executed or rejected yet: the reply says what was done.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>%1-арыз азырынча аткарылган да, четке кагылган да жок: жоопто эмне жасалганы айтылат.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="59"/>
        <source>Case %1 is a retention review: it writes to no one.</source>
        <extracomment>%1: the case&apos;s number.</extracomment>
        <translation>%1-иш — сактоо мөөнөтүн кароо: ал эч кимге жазбайт.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="67"/>
        <source>Case %1 found the subject is not under 18: there is nothing to write to a parent or guardian.</source>
        <extracomment>%1: the case&apos;s number.</extracomment>
        <translation>%1-иш субъект 18 жашка толгонун аныктады: ата-энесине же мыйзамдуу өкүлүнө жаза турган эч нерсе жок.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="74"/>
        <source>Case %1 knows no address of the minor&apos;s parent or guardian: it closes without a letter.</source>
        <extracomment>%1: the case&apos;s number.</extracomment>
        <translation>%1-иште жашы жете электин ата-энесинин же мыйзамдуу өкүлүнүн дареги белгисиз: иш катсыз жабылат.</translation>
    </message>
</context>
<context>
    <name>dpo::WithdrawalPane</name>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="30"/>
        <source>Withdrawals</source>
        <translation>Кайтарып алуулар</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="35"/>
        <source>Identity verified…</source>
        <extracomment>A button: records that the requester&apos;s identity was verified.</extracomment>
        <translation>Инсандык текшерилди…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="36"/>
        <source>Record how the identity of the request&apos;s author was checked</source>
        <translation>Арыздын авторунун инсандыгы кантип текшерилгенин жазуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="37"/>
        <source>Reject…</source>
        <translation>Четке кагуу…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="38"/>
        <source>Refuse the request with its reason; the letter says why</source>
        <translation>Себебин көрсөтүп арыздан баш тартуу; катта себеби айтылат</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="39"/>
        <source>Decide…</source>
        <translation>Чечим…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="40"/>
        <source>Decide per data category: destroy, depersonalise, block or keep on a legal ground until a date</source>
        <translation>Ар бир маалымат категориясы боюнча чечүү: жок кылуу, ээсиздендирүү, бөгөттөө же укуктук негизде белгилүү күнгө чейин сактоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="42"/>
        <source>Approve…</source>
        <translation>Бекитүү…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="43"/>
        <source>A supervisor other than the proposing officer approves the keeps</source>
        <translation>Сактоону сунуштаган кызматкерден башка көзөмөлчү аны бекитет</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="45"/>
        <source>Execute…</source>
        <translation>Аткаруу…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="46"/>
        <source>Carry out every decision at once; destroyed values cannot be brought back</source>
        <translation>Бардык чечимдерди бир учурда аткаруу; жок кылынган маанилерди кайтарууга болбойт</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="48"/>
        <source>Recipient told…</source>
        <translation>Алуучуга билдирилди…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="49"/>
        <source>Record the day and the way the selected recipient was told</source>
        <translation>Тандалган алуучуга билдирилген күндү жана жолду жазуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="50"/>
        <source>Reply sent…</source>
        <translation>Жооп жөнөтүлдү…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="51"/>
        <source>Record that the reply was sent to the subject; this closes the request</source>
        <translation>Жооп субъектке жөнөтүлгөнүн жазуу; бул арызды жабат</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="53"/>
        <source>Confirm task…</source>
        <translation>Тапшырманы тастыктоо…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="54"/>
        <source>Record by hand that a data system carried out its task</source>
        <translation>Маалымат тутуму тапшырманы аткарганын кол менен жазуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="55"/>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="416"/>
        <source>Retry task</source>
        <translation>Тапшырманы кайталоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="56"/>
        <source>Send the selected failed task to its data system again</source>
        <translation>Тандалган аткарылбай калган тапшырманы маалымат тутумуна кайра жөнөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="57"/>
        <source>Allow closing…</source>
        <translation>Жабууга уруксат…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="58"/>
        <source>A supervisor lets the request close with tasks still open, stating the reason</source>
        <translation>Көзөмөлчү себебин көрсөтүп, тапшырмалар ачык турганда арызды жабууга уруксат берет</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="61"/>
        <source>Decision per data category</source>
        <translation>Ар бир маалымат категориясы боюнча чечим</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="63"/>
        <source>For each data category: what is done with it, on what ground and until when</source>
        <translation>Ар бир маалымат категориясы үчүн: аны менен эмне кылынат, кандай негизде жана качанга чейин</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="64"/>
        <source>Recipients to tell</source>
        <translation>Билдирилүүчү алуучулар</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="66"/>
        <source>Each recipient that received the subject&apos;s data, and when and how it was told</source>
        <translation>Субъекттин маалыматтарын алган ар бир алуучу жана ага качан, кандай билдирилгени</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="67"/>
        <source>Tasks of the data systems</source>
        <translation>Маалымат тутумдарынын тапшырмалары</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="69"/>
        <source>What each data system must do and whether it confirmed; select one to confirm or retry it</source>
        <translation>Ар бир маалымат тутуму эмне кылышы керек жана тастыктадыбы; тастыктоо же кайталоо үчүн тандаңыз</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="73"/>
        <source>Reply letter: request No. %1</source>
        <extracomment>A dialog&apos;s title. %1: the request&apos;s number.</extracomment>
        <translation>Жооп кат: № %1 арыз</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="82"/>
        <source>The document is attached to request No. %1.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Документ № %1 арызга тиркелди.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="143"/>
        <source>Subject:</source>
        <translation>Субъект:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="147"/>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="161"/>
        <source>Case:</source>
        <translation>Иш:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="147"/>
        <source>Opened by the officer: the subject is under 18 (policy 9.1, 12.4)</source>
        <translation>Кызматкер ачкан: субъект 18 жашка толо элек (саясаттын 9.1, 12.4-пункттары)</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="149"/>
        <source>Letter to:</source>
        <translation>Кат кимге:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="152"/>
        <source>No address of a parent or guardian is known: the case closes without a letter.</source>
        <translation>Ата-энесинин же мыйзамдуу өкүлүнүн дареги белгисиз: иш катсыз жабылат.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="157"/>
        <source>the parent or legal guardian of %1</source>
        <extracomment>The addressee of a letter. %1: the minor&apos;s full name.</extracomment>
        <translation>%1 аттуу жашы жете электин ата-энеси же мыйзамдуу өкүлү</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="161"/>
        <source>Opened by the officer: the retention review (policy 6.2-6.3); it writes to no one</source>
        <translation>Кызматкер ачкан: сактоо мөөнөтүн кароо (саясаттын 6.2-6.3-пункттары); эч кимге кат жазылбайт</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="164"/>
        <source>Reply to:</source>
        <translation>Жооп кимге:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="167"/>
        <source>Received:</source>
        <extracomment>A label: the day and way the request was received.</extracomment>
        <translation>Кабыл алынды:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="170"/>
        <source>%1, %2</source>
        <extracomment>How a case arrived. %1: the date; %2: the channel, e.g. &quot;by post&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="173"/>
        <source>Signed form:</source>
        <translation>Кол коюлган форма:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="176"/>
        <source>%1 in the platform&apos;s archive, SHA-256 %2</source>
        <extracomment>%1: the form&apos;s reference in the platform&apos;s archive; %2: its SHA-256 hash.</extracomment>
        <translation>платформанын архивиндеги %1, SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="184"/>
        <source>Scope:</source>
        <translation>Чеги:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="190"/>
        <source>Target date:</source>
        <translation>Максаттуу мөөнөт:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="192"/>
        <source>Identity:</source>
        <translation>Инсандык:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="197"/>
        <source>Rejected:</source>
        <extracomment>A label: when and why the request was rejected.</extracomment>
        <translation>Четке кагылды:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="202"/>
        <source>Executed:</source>
        <extracomment>A label: when the request&apos;s decisions were executed.</extracomment>
        <translation>Аткарылды:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="204"/>
        <source>Reply sent:</source>
        <translation>Жооп жөнөтүлдү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="208"/>
        <source>Registered by:</source>
        <translation>Каттаган:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="216"/>
        <source>Select a request in the list to work on it.</source>
        <translation>Иштөө үчүн тизмеден арызды тандаңыз.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="230"/>
        <source>Case for a minor No. %1: %2</source>
        <extracomment>A case&apos;s title. %1: its number; %2: its state, e.g. &quot;Received&quot;.</extracomment>
        <translation>Жашы жете электин № %1 иши: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="233"/>
        <source>Retention review No. %1: %2</source>
        <extracomment>A case&apos;s title. %1: its number; %2: its state, e.g. &quot;Received&quot;.</extracomment>
        <translation>Сактоо мөөнөтүн кароо № %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="236"/>
        <source>Withdrawal request No. %1: %2</source>
        <extracomment>A case&apos;s title. %1: its number; %2: its state, e.g. &quot;Received&quot;.</extracomment>
        <translation>Кайтарып алуу боюнча № %1 арыз: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="250"/>
        <source>until %1</source>
        <extracomment>In a table cell: how long a category is kept. %1: a date.</extracomment>
        <translation>%1 чейин</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="261"/>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="314"/>
        <source>Data category</source>
        <translation>Маалымат категориясы</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="261"/>
        <source>Decision</source>
        <translation>Чечим</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="261"/>
        <source>Legal ground</source>
        <translation>Укуктук негиз</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="261"/>
        <source>Justification</source>
        <translation>Негиздеме</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="262"/>
        <source>Proposed by</source>
        <translation>Сунуштаган</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="262"/>
        <source>Approved by</source>
        <translation>Бекиткен</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="271"/>
        <source>not yet told</source>
        <translation>азырынча билдирилген жок</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="277"/>
        <source>Recipient to tell</source>
        <translation>Билдирилчү алуучу</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="277"/>
        <source>Data it received</source>
        <translation>Алган маалыматтары</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="277"/>
        <source>Told on</source>
        <translation>Билдирилген күнү</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="277"/>
        <source>How</source>
        <translation>Кантип</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="277"/>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="317"/>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="296"/>
        <source>%1, overdue</source>
        <extracomment>A task&apos;s state in a table cell. %1: the state, e.g. &quot;Open&quot;.</extracomment>
        <translation>%1, мөөнөтү өттү</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="300"/>
        <source>%1 by %2</source>
        <extracomment>When and by whom a task was done. %1: a date and time; %2: the officer&apos;s user name.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="305"/>
        <source>(tell the recipient)</source>
        <translation>(алуучуга билдирүү)</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="314"/>
        <source>System or recipient</source>
        <translation>Тутум же алуучу</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="314"/>
        <source>Asked to</source>
        <translation>Эмне тапшырылды</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="315"/>
        <source>Task</source>
        <comment>its state</comment>
        <translation>Тапшырма</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="315"/>
        <source>Due</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="315"/>
        <source>Attempt</source>
        <translation>Аракет</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="317"/>
        <source>Confirmed</source>
        <extracomment>A column: when and by whom the task was confirmed.</extracomment>
        <translation>Тастыкталды</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="340"/>
        <source>A supervisor signs in to approve.</source>
        <translation>Бекитүү үчүн жетекчи кирет.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="358"/>
        <source>Let the request close while some of its tasks are not yet done: a supervisor who did not execute it signs in.</source>
        <translation>Арызды кээ бир тапшырмалары аткарыла электе жабууга уруксат берүү: аны аткарбаган көзөмөлчү кирет.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="367"/>
        <source>Tell %1 of the withdrawal</source>
        <extracomment>A dialog&apos;s title. %1: the recipient&apos;s name.</extracomment>
        <translation>Кайтарып алуу жөнүндө кабарлоо: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="370"/>
        <source>%1: %2 (%3)</source>
        <extracomment>A dialog&apos;s title. %1: the data system&apos;s name; %2: the action, e.g. &quot;destroy&quot;; %3: the data category&apos;s name.</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="404"/>
        <source>Task %1 is recorded.</source>
        <extracomment>%1: the task&apos;s number.</extracomment>
        <translation>%1 тапшырма катталды.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="416"/>
        <source>Why it may work now (optional):</source>
        <translation>Эмне үчүн эми ийгиликтүү болушу мүмкүн (милдеттүү эмес):</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="421"/>
        <source>Task %1 is open again for another attempt.</source>
        <extracomment>%1: the task&apos;s number.</extracomment>
        <translation>%1 тапшырма кайра аракет үчүн ачылды.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="440"/>
        <source>Request No. %1 may close with its tasks open; they stay open until confirmed.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>№ %1 арызды тапшырмалары ачык турганда жабууга болот; алар тастыкталганга чейин ачык калат.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="449"/>
        <source>Identity of the requester: request No. %1</source>
        <extracomment>A dialog&apos;s title. %1: the request&apos;s number.</extracomment>
        <translation>Арыз ээсинин инсандыгы: № %1 арыз</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="451"/>
        <source>Verified</source>
        <extracomment>A button: confirms that the requester&apos;s identity is verified.</extracomment>
        <translation>Текшерилди</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="451"/>
        <source>How it was verified:</source>
        <translation>Кантип текшерилди:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="452"/>
        <source>How the author was shown to be the subject</source>
        <translation>Арыздын автору субъект экени кантип аныкталды</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="461"/>
        <source>The identity for request No. %1 is verified.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>№ %1 арыз боюнча инсандык текшерилди.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="468"/>
        <source>Reject request No. %1</source>
        <extracomment>A dialog&apos;s title. %1: the request&apos;s number.</extracomment>
        <translation>№ %1 арызды четке кагуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="468"/>
        <source>Reject</source>
        <translation>Четке кагуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="469"/>
        <source>Reason:</source>
        <translation>Себеби:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="470"/>
        <source>Why the request is refused; the rejection letter says so</source>
        <translation>Арыздан эмне үчүн баш тартылды; баш тартуу катында ушул айтылат</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="486"/>
        <source>Request No. %1 is rejected; its letter says why.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>№ %1 арыз четке кагылды; себеби катта айтылат.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="500"/>
        <source>The decisions on request No. %1 are recorded.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>№ %1 арыз боюнча чечимдер жазылды.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="514"/>
        <source>Keeping data under request No. %1 is approved.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>№ %1 арыз боюнча маалыматтарды сактоо бекитилди.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="521"/>
        <source>Execute the decisions</source>
        <translation>Чечимдерди аткаруу</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="523"/>
        <source>Execute the decisions on request No. %1 now? Destroyed and depersonalised values cannot be brought back.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>№ %1 арыз боюнча чечимдерди азыр аткарасызбы? Жок кылынган жана ээсиздендирилген маалыматтарды кайтаруу мүмкүн эмес.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="530"/>
        <source>Request No. %1 is executed; tell each recipient, then send the reply.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>№ %1 арыз аткарылды; ар бир алуучуга билдирип, анан жооп жөнөтүңүз.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="547"/>
        <source>%1 told of the withdrawal</source>
        <extracomment>A dialog&apos;s title. %1: the recipient&apos;s name.</extracomment>
        <translation>%1 кайтарып алуу тууралуу кабардар кылынды</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="548"/>
        <source>Note:</source>
        <translation>Эскертүү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="556"/>
        <source>%1 is recorded as told.</source>
        <extracomment>%1: the recipient&apos;s name.</extracomment>
        <translation>%1 кабардар кылынды деп жазылды.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="563"/>
        <source>The reply to request No. %1 was sent</source>
        <extracomment>A dialog&apos;s title. %1: the request&apos;s number.</extracomment>
        <translation>№ %1 арызга жооп жөнөтүлдү</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="565"/>
        <source>Tracking number:</source>
        <translation>Трек-номери:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="583"/>
        <source>The reply to request No. %1 is logged; the request is closed.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>№ %1 арызга жооп жазылды; арыз жабылды.</translation>
    </message>
</context>
<context>
    <name>dpo::WithdrawalRegister</name>
    <message>
        <location filename="../models/items/WithdrawalRegister.cpp" line="13"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../models/items/WithdrawalRegister.cpp" line="14"/>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <location filename="../models/items/WithdrawalRegister.cpp" line="15"/>
        <source>Name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <location filename="../models/items/WithdrawalRegister.cpp" line="17"/>
        <source>Received</source>
        <extracomment>A column: the day the request was received.</extracomment>
        <translation>Кабыл алынган</translation>
    </message>
    <message>
        <location filename="../models/items/WithdrawalRegister.cpp" line="18"/>
        <source>Target date</source>
        <translation>Максаттуу мөөнөт</translation>
    </message>
    <message>
        <location filename="../models/items/WithdrawalRegister.cpp" line="19"/>
        <source>Deadline</source>
        <translation>Калган мөөнөт</translation>
    </message>
    <message>
        <location filename="../models/items/WithdrawalRegister.cpp" line="20"/>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location filename="../models/items/WithdrawalRegister.cpp" line="21"/>
        <source>Officer</source>
        <translation>Кызматкер</translation>
    </message>
</context>
<context>
    <name>dpo::WithdrawalService</name>
    <message>
        <location filename="../models/services/WithdrawalExecution.cpp" line="246"/>
        <source>execute a withdrawal</source>
        <translation>кайтарып алууну аткаруу</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="30"/>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="171"/>
        <location filename="../models/services/WithdrawalExecution.cpp" line="245"/>
        <location filename="../models/services/WithdrawalService.cpp" line="252"/>
        <location filename="../models/services/WithdrawalService.cpp" line="289"/>
        <location filename="../models/services/WithdrawalClosing.cpp" line="126"/>
        <location filename="../models/services/WithdrawalClosing.cpp" line="219"/>
        <source>Withdrawal request %1</source>
        <extracomment>A case&apos;s name, e.g. in &quot;… was changed by another officer&quot;. %1: the request&apos;s number.</extracomment>
        <translation>Кайтарып алуу боюнча %1-арыз</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalExecution.cpp" line="252"/>
        <source>Request %1 is %2: only decided requests are executed.</source>
        <extracomment>%1: the request&apos;s number; %2: its state, e.g. &quot;Received&quot;.</extracomment>
        <translation>%1-арыз — «%2»: чечим кабыл алынган арыздар гана аткарылат.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalExecution.cpp" line="259"/>
        <source>Request %1 has nothing to execute: decide its categories first.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>%1-арыз боюнча аткара турган эч нерсе жок: алгач категориялар боюнча чечим кабыл алыңыз.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalExecution.cpp" line="266"/>
        <source>Keeping &quot;%1&quot; needs a supervisor&apos;s approval before request %2 is executed.</source>
        <extracomment>%1: the category&apos;s code or name; %2: the request&apos;s number.</extracomment>
        <translation>&quot;%1&quot; сактоо %2-арыз аткарылганга чейин жетекчи тарабынан бекитилиши керек.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalQueries.cpp" line="107"/>
        <location filename="../models/services/WithdrawalSupport.h" line="54"/>
        <source>Withdrawal request %1 does not exist.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Кайтарып алуу боюнча %1-арыз жок.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="98"/>
        <source>register a withdrawal request</source>
        <translation>кайтарып алуу арызын каттоо</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="115"/>
        <source>A form signed in the app comes by the channel app_form with its SHA-256.</source>
        <translation>Тиркемеде кол коюлган форма app_form жолу менен SHA-256 менен бирге келет.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="117"/>
        <source>Attach the written request: the policy (12.1.3) accepts written requests only.</source>
        <translation>Жазуу жүзүндөгү арызды тиркеңиз: саясат (12.1.3) жазуу жүзүндөгү арыздарды гана кабыл алат.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="122"/>
        <source>The date of receipt is missing or not a date.</source>
        <translation>Кабыл алынган күн жок же күн эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="127"/>
        <source>The date of receipt %1 is in the future.</source>
        <extracomment>%1: a date (YYYY-MM-DD).</extracomment>
        <translation>Кабыл алынган күн %1 келечекте.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="131"/>
        <source>&quot;%1&quot; is not a way a request arrives: use %2.</source>
        <extracomment>%1: the channel as given; %2: the channels allowed, separated by commas.</extracomment>
        <translation>&quot;%1&quot; — арыз келүүчү жол эмес: %2.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="135"/>
        <source>A partial withdrawal names the purposes or data categories it withdraws.</source>
        <translation>Жарым-жартылай кайтарып алууда максаттар же маалымат категориялары аталат.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="47"/>
        <location filename="../models/services/WithdrawalService.cpp" line="149"/>
        <source>No subject has the platform reference &quot;%1&quot;.</source>
        <extracomment>%1: the platform reference as typed.</extracomment>
        <translation>&quot;%1&quot; платформадагы номери менен субъект жок.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="167"/>
        <source>&quot;%1&quot; is not a processing purpose.</source>
        <extracomment>%1: the purpose as given.</extracomment>
        <translation>&quot;%1&quot; — иштетүүнүн максаты эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="171"/>
        <source>&quot;%1&quot; is not a data category.</source>
        <extracomment>%1: the category as given.</extracomment>
        <translation>&quot;%1&quot; — маалымат категориясы эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="183"/>
        <source>The subject holds no data of the category &quot;%1&quot;.</source>
        <extracomment>%1: the category&apos;s code.</extracomment>
        <translation>Субъекттин &quot;%1&quot; категориясындагы маалыматтары жок.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="214"/>
        <source>The database did not return the new request&apos;s number.</source>
        <translation>Маалымат базасы жаңы арыздын номерин кайтарган жок.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="253"/>
        <source>verify a requester&apos;s identity</source>
        <translation>арыз ээсинин инсандыгын текшерүү</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="259"/>
        <source>&quot;%1&quot; is not a way to verify identity: use %2.</source>
        <extracomment>%1: the method as given; %2: the methods allowed, separated by commas.</extracomment>
        <translation>&quot;%1&quot; — инсандыкты текшерүү жолу эмес: %2.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="262"/>
        <source>Say how the identity was verified.</source>
        <translation>Инсандык кантип текшерилгенин жазыңыз.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="268"/>
        <source>Request %1 is %2: its identity is checked only once, on receipt.</source>
        <extracomment>%1: the request&apos;s number; %2: its state, e.g. &quot;Decided&quot;.</extracomment>
        <translation>%1-арыз — «%2»: инсандык бир гана жолу, кабыл алынганда текшерилет.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="290"/>
        <source>reject a withdrawal request</source>
        <translation>кайтарып алуу арызын четке кагуу</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="299"/>
        <source>Case %1 is a retention review: it is not rejected; decide each category (destroy, or keep on a ground until a new date).</source>
        <extracomment>%1: the case&apos;s number.</extracomment>
        <translation>%1-иш — сактоо мөөнөтүн кароо: ал четке кагылбайт; ар бир категория боюнча чечим кабыл алыңыз (жок кылуу же укуктук негизде жаңы күнгө чейин сактоо).</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="308"/>
        <source>&quot;%1&quot; is not a reason to reject: use %2.</source>
        <extracomment>%1: the reason as given; %2: the reasons allowed, separated by commas.</extracomment>
        <translation>&quot;%1&quot; — баш тартуунун себеби эмес: %2.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="314"/>
        <source>Request %1 is %2: only a request not yet decided can be rejected.</source>
        <extracomment>%1: the request&apos;s number; %2: its state, e.g. &quot;Decided&quot;.</extracomment>
        <translation>%1-арыз — «%2»: чечим кабыл алына элек арыз гана четке кагылат.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="31"/>
        <source>decide on a withdrawal request</source>
        <translation>кайтарып алуу арызы боюнча чечим кабыл алуу</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="38"/>
        <source>Request %1 is %2: decisions are made after the identity is verified and before execution.</source>
        <extracomment>%1: the request&apos;s number; %2: its state, e.g. &quot;Received&quot;.</extracomment>
        <translation>%1-арыз — «%2»: чечимдер инсандык текшерилгенден кийин жана аткарууга чейин кабыл алынат.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="62"/>
        <source>The category &quot;%1&quot; is not in this request&apos;s scope.</source>
        <extracomment>%1: the category&apos;s code or name.</extracomment>
        <translation>&quot;%1&quot; категориясы бул арыздын чегинде эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="66"/>
        <source>The category &quot;%1&quot; is decided twice.</source>
        <extracomment>%1: the category&apos;s code or name.</extracomment>
        <translation>&quot;%1&quot; категориясы боюнча эки жолу чечим кабыл алынды.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="94"/>
        <source>The decision on &quot;%1&quot; needs its justification.</source>
        <extracomment>%1: the category&apos;s code or name.</extracomment>
        <translation>&quot;%1&quot; боюнча чечимге негиздеме керек.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="100"/>
        <source>Keeping &quot;%1&quot;: &quot;%2&quot; names no law. Keep it under another law, naming the law and its article.</source>
        <extracomment>%1: the category&apos;s code or name; %2: the ground as given.</extracomment>
        <translation>&quot;%1&quot; сактоо: &quot;%2&quot; эч бир мыйзамды атабайт. Аны башка мыйзам боюнча, мыйзамды жана анын беренесин атап сактаңыз.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="107"/>
        <source>Keeping &quot;%1&quot; needs a legal ground: %2.</source>
        <extracomment>%1: the category&apos;s code or name; %2: the grounds allowed, separated by commas.</extracomment>
        <translation>&quot;%1&quot; сактоо үчүн укуктук негиз керек: %2.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="112"/>
        <source>Keeping &quot;%1&quot; needs the date until which it is kept, after today: nothing is kept forever (policy 6.3).</source>
        <extracomment>%1: the category&apos;s code or name.</extracomment>
        <translation>&quot;%1&quot; сактоо үчүн бүгүндөн кийинки мөөнөт керек: эч нерсе түбөлүк сакталбайт (саясаттын 6.3-пункту).</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="121"/>
        <source>Keeping &quot;%1&quot; under Art. 15 names its paragraph (such as 2 or 3.1).</source>
        <extracomment>%1: the category&apos;s code or name.</extracomment>
        <translation>15-берене боюнча &quot;%1&quot; сактоодо пункту аталат (мисалы, 2 же 3.1).</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="126"/>
        <source>Keeping &quot;%1&quot; under another law names that law.</source>
        <extracomment>%1: the category&apos;s code or name.</extracomment>
        <translation>Башка мыйзам боюнча &quot;%1&quot; сактоодо ал мыйзам аталат.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="130"/>
        <source>Only a keep decision has a legal ground (&quot;%1&quot;).</source>
        <extracomment>%1: the category&apos;s code or name.</extracomment>
        <translation>Укуктук негиз сактоо чечиминде гана болот (&quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="78"/>
        <source>Decide every category in scope; not yet decided: %1.</source>
        <extracomment>%1: the categories not yet decided, separated by commas.</extracomment>
        <translation>Ар бир категория боюнча чечим кабыл алыңыз; азырынча чечилбегендер: %1.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="82"/>
        <source>Destroying or depersonalising the identity document leaves a name without its INN: destroy or depersonalise the personal details too.</source>
        <translation>Өздүгүн тастыктаган документти жок кылуу же ээсиздендирүү аты-жөнүн ПИНсиз калтырат: жеке маалыматтарды да жок кылыңыз же ээсиздендириңиз.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="172"/>
        <source>approve keeping data</source>
        <translation>маалыматтарды сактоону бекитүү</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="179"/>
        <source>Request %1 is %2: only decided requests are approved.</source>
        <extracomment>%1: the request&apos;s number; %2: its state, e.g. &quot;Received&quot;.</extracomment>
        <translation>%1-арыз — «%2»: чечим кабыл алынган арыздар гана бекитилет.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="193"/>
        <source>%1 proposed keeping data under request %2 and cannot also approve it: another supervisor signs in to approve.</source>
        <extracomment>%1: the supervisor&apos;s name; %2: the request&apos;s number.</extracomment>
        <translation>%1 %2-арыз боюнча маалыматтарды сактоону сунуштаган, ошондуктан аны беките албайт: бекитүү үчүн башка жетекчи кирет.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="201"/>
        <source>Request %1 keeps nothing: it needs no approval.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>%1-арыз боюнча эч нерсе сакталбайт: бекитүү керек эмес.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="86"/>
        <location filename="../models/services/WithdrawalClosing.cpp" line="99"/>
        <source>record a recipient&apos;s notice</source>
        <translation>алуучуга билдирүүнү жазуу</translation>
    </message>
    <message>
        <location filename="../models/services/RecipientNotice.cpp" line="23"/>
        <source>&quot;%1&quot; is not a way to tell a recipient: use %2.</source>
        <extracomment>%1: the method as given; %2: the methods allowed, separated by commas.</extracomment>
        <translation>&quot;%1&quot; — алуучуга билдирүү жолу эмес: %2.</translation>
    </message>
    <message>
        <location filename="../models/services/RecipientNotice.cpp" line="36"/>
        <source>Notice %1 does not exist.</source>
        <extracomment>%1: the notice&apos;s number.</extracomment>
        <translation>%1-билдирүү жок.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="58"/>
        <source>Request %1 is %2: recipients are told after execution and before the reply.</source>
        <extracomment>%1: the request&apos;s number; %2: its state, e.g. &quot;Decided&quot;.</extracomment>
        <translation>%1-арыз — «%2»: алуучуларга аткаруудан кийин жана жооптон мурун билдирилет.</translation>
    </message>
    <message>
        <location filename="../models/services/RecipientNotice.cpp" line="48"/>
        <source>The day the recipient was told must be between the receipt (%1) and today.</source>
        <extracomment>%1: the date of receipt (YYYY-MM-DD).</extracomment>
        <translation>Алуучуга билдирилген күн кабыл алуу (%1) менен бүгүнкү күндүн ортосунда болушу керек.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="114"/>
        <source>Request %1 has no recipient left to tell.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>%1-арыздын кабарлана турган алуучусу калган жок.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="127"/>
        <source>log the reply</source>
        <translation>жоопту жазуу</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="136"/>
        <source>Request %1 came from the subject: it closes with the reply.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>%1-арызды субъект берген: ал жооп менен жабылат.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="141"/>
        <source>Case %1 has an address for the letter to the parent or guardian: send it.</source>
        <extracomment>%1: the case&apos;s number.</extracomment>
        <translation>%1-иште ата-энесине же мыйзамдуу өкүлүнө каттын дареги бар: катты жөнөтүңүз.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="147"/>
        <source>Case %1 is a retention review: it writes to no one and closes with &quot;none&quot;.</source>
        <extracomment>%1: the case&apos;s number.</extracomment>
        <translation>%1-иш — сактоо мөөнөтүн кароо: ал эч кимге жазбайт жана «none» менен жабылат.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="153"/>
        <source>&quot;%1&quot; is not a way to send the reply: use %2.</source>
        <extracomment>%1: the method as given; %2: the methods allowed, separated by commas.</extracomment>
        <translation>&quot;%1&quot; — жоопту жөнөтүү жолу эмес: %2.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="158"/>
        <source>A reply sent by post needs its tracking number.</source>
        <translation>Почта менен жөнөтүлгөн жоопко трек-номер керек.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="162"/>
        <source>Request %1 is %2: the reply is sent once the decisions are executed.</source>
        <extracomment>%1: the request&apos;s number; %2: its state, e.g. &quot;Decided&quot;.</extracomment>
        <translation>%1-арыз — «%2»: жооп чечимдер аткарылгандан кийин жөнөтүлөт.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="168"/>
        <source>The reply&apos;s date must be between the receipt (%1) and today.</source>
        <extracomment>%1: the date of receipt (YYYY-MM-DD).</extracomment>
        <translation>Жооптун күнү кабыл алуу (%1) менен бүгүнкү күндүн ортосунда болушу керек.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="182"/>
        <source>Tell every recipient first; not yet told: %1.</source>
        <extracomment>%1: the recipients&apos; names, separated by commas.</extracomment>
        <translation>Алгач ар бир алуучуга билдириңиз; азырынча билдирилбегендер: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/WithdrawalClosing.cpp" line="190"/>
        <source>Request %1 waits for %n task(s) not yet confirmed done (%2); a supervisor may allow closing it with the reason.</source>
        <extracomment>%1: the request&apos;s number; %n: the number of tasks; %2: the first tasks, listed.</extracomment>
        <translation>
            <numerusform>%1-кайрылуу аткарылганы тастыктала элек %n тапшырманы күтүп турат (%2); супервайзер себебин көрсөтүп, аны жабууга уруксат бере алат.</numerusform>
            <numerusform>%1-кайрылуу аткарылганы тастыктала элек %n тапшырманы күтүп турат (%2); супервайзер себебин көрсөтүп, аны жабууга уруксат бере алат.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="221"/>
        <source>allow closing a request with tasks open</source>
        <translation>ачык тапшырмалары бар кайрылууну жабууга уруксат берүү</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="227"/>
        <source>Request %1 is %2: only an executed request waits for its tasks.</source>
        <extracomment>%1: the request&apos;s number; %2: its state, e.g. &quot;Decided&quot;.</extracomment>
        <translation>%1-кайрылуу — %2: өз тапшырмаларын аткарылган кайрылуу гана күтөт.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="233"/>
        <source>The reason must say why the request may close before its tasks are done (10 to 1000 characters).</source>
        <translation>Себеп кайрылуу эмне үчүн тапшырмалары аткарылганга чейин жабыла аларын айтышы керек (10дон 1000 белгиге чейин).</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="242"/>
        <source>%1 executed request %2 and cannot also allow it to close with tasks open: another supervisor signs in for it.</source>
        <extracomment>%1: the supervisor&apos;s name; %2: the request&apos;s number.</extracomment>
        <translation>%1 %2-кайрылууну аткарган, ошондуктан тапшырмалар ачык турганда аны жабууга уруксат бере албайт: бул үчүн башка супервайзер кирет.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="251"/>
        <source>Request %1 has no task left open: it closes without an exception.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>%1-кайрылуунун ачык тапшырмасы калган жок: ал өзгөчө уруксатсыз жабылат.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="340"/>
        <source>unblock data</source>
        <translation>маалыматтарды бөгөттөн чыгаруу</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="343"/>
        <source>Say why the data is unblocked.</source>
        <translation>Маалыматтар эмне үчүн бөгөттөн чыгарылганын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="355"/>
        <source>The subject has no blocked data of the category &quot;%1&quot;.</source>
        <extracomment>%1: the category&apos;s code.</extracomment>
        <translation>Субъекттин &quot;%1&quot; категориясында бөгөттөлгөн маалыматтары жок.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalSupport.h" line="68"/>
        <source>The database holds an unknown decision &quot;%1&quot;.</source>
        <extracomment>%1: the decision&apos;s code found in the database.</extracomment>
        <translation>Маалымат базасында белгисиз чечим бар: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="59"/>
        <source>open a case for a subject under 18</source>
        <translation>18 жашка толо элек субъект боюнча иш ачуу</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="68"/>
        <source>open cases for all subjects under 18</source>
        <translation>18 жашка толо элек бардык субъекттер боюнча иш ачуу</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="113"/>
        <source>Subject %1 does not exist.</source>
        <extracomment>%1: the subject&apos;s number.</extracomment>
        <translation>%1 субъекти жок.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="129"/>
        <source>Subject %1 has no birth date on record: a case for a minor rests on one.</source>
        <extracomment>%1: the subject&apos;s platform reference.</extracomment>
        <translation>%1 субъектинин туулган күнү жазылган эмес: жашы жете электин иши ошого негизделет.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="134"/>
        <source>Subject %1 is not under 18 by the record (born on %2).</source>
        <extracomment>%1: the subject&apos;s platform reference; %2: the birth date (YYYY-MM-DD).</extracomment>
        <translation>Жазуу боюнча %1 субъекти 18 жашка толгон (%2 туулган).</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="140"/>
        <source>Subject %1 holds no data any more: there is nothing to destroy.</source>
        <extracomment>%1: the subject&apos;s platform reference.</extracomment>
        <translation>%1 субъектинин маалыматтары мындан ары сакталбайт: жок кыла турган эч нерсе жок.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="153"/>
        <source>Subject %1 already has an open case for a minor: No. %2.</source>
        <extracomment>%1: the subject&apos;s platform reference; %2: the case&apos;s number.</extracomment>
        <translation>%1 субъекти боюнча жашы жете электин ачык иши бар: № %2.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="198"/>
        <source>The database did not return the new case&apos;s number.</source>
        <translation>Маалымат базасы жаңы иштин номерин кайтарган жок.</translation>
    </message>
    <message>
        <location filename="../models/services/RetentionReviewService.cpp" line="119"/>
        <source>Subject %1 already has an open retention review: No. %2.</source>
        <extracomment>%1: the subject&apos;s platform reference; %2: the case&apos;s number.</extracomment>
        <translation>%1 субъекти боюнча ачык сактоо мөөнөтүн кароо бар: № %2.</translation>
    </message>
</context>
<context>
    <name>dpo::WithdrawalsPage</name>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="28"/>
        <source>Written requests to withdraw consent</source>
        <translation>Макулдукту кайтарып алуу боюнча жазуу жүзүндөгү арыздар</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="29"/>
        <source>Policy 12.1.3-12.1.4: consent is withdrawn by a written application; each data category is destroyed, depersonalised, blocked or kept on a legal ground, and every recipient of the data is told.</source>
        <translation>Саясаттын 12.1.3-12.1.4-пункттары: макулдук жазуу жүзүндөгү арыз менен кайтарылып алынат; ар бир маалымат категориясы жок кылынат, ээсиздендирилет, бөгөттөлөт же укуктук негизде сакталат, маалыматтарды алгандардын баарына билдирилет.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="37"/>
        <source>All</source>
        <comment>withdrawals</comment>
        <translation>Баары</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="38"/>
        <source>Open</source>
        <comment>withdrawals</comment>
        <translation>Ачыктары</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="39"/>
        <source>Due today</source>
        <comment>withdrawals</comment>
        <translation>Бүгүн мөөнөтү бүтөт</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="40"/>
        <source>Due this week</source>
        <comment>withdrawals</comment>
        <translation>Ушул жумада мөөнөтү бүтөт</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="42"/>
        <source>Overdue</source>
        <comment>withdrawals</comment>
        <translation>Мөөнөтү өткөндөр</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="44"/>
        <source>Any state</source>
        <translation>Каалаган абал</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="49"/>
        <source>Any officer</source>
        <translation>Бардык кызматкерлер</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="56"/>
        <source>Show all requests, or only those due this week or overdue</source>
        <translation>Бардык арыздарды, же ушул аптада мөөнөтү келгенин же өткөнүн гана көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="57"/>
        <source>Show only the requests at one step</source>
        <translation>Бир кадамдагы арыздарды гана көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="58"/>
        <source>Show only the requests one officer registered</source>
        <translation>Бир кызматкер каттаган арыздарды гана көрсөтүү</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="59"/>
        <source>Register…</source>
        <translation>Каттоо…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="60"/>
        <source>Register a written request to withdraw consent, with its letter</source>
        <translation>Макулдукту кайтарып алуу боюнча жазуу жүзүндөгү арызды каты менен каттоо</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="63"/>
        <source>Cases for minors…</source>
        <translation>Жашы жете электердин иштери…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="65"/>
        <source>Open a case to destroy the data of every subject under 18 (policy 9.1, 12.4) without waiting for a request</source>
        <translation>18 жашка толо элек ар бир субъекттин маалыматтарын арызды күтпөстөн жок кылуу үчүн иш ачуу (саясаттын 9.1, 12.4-пункттары)</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="70"/>
        <source>Retention review…</source>
        <translation>Сактоо мөөнөтүн кароо…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="72"/>
        <source>Keeps whose end has passed, and face photos and videos held after a withdrawal or a closed account (policy 6.2-6.3)</source>
        <translation>Мөөнөтү өтүп кеткен сактоолор жана макулдук кайтарылып алынгандан же аккаунт жабылгандан кийин сакталган жүздүн сүрөттөрү менен видеолору (саясаттын 6.2-6.3-пункттары)</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="76"/>
        <source>Recipients told…</source>
        <translation>Алуучуларга кабарланды…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="79"/>
        <source>Records that every recipient not yet told of the selected executed requests (Shift or Ctrl to select several) was told, on one day, one way</source>
        <translation>Тандалган аткарылган арыздардын али кабарланбаган ар бир алуучусуна бир күнү, бир жол менен кабарланганын жазат (бир нечесин тандоо үчүн Shift же Ctrl)</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="89"/>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="110"/>
        <source>Record recipients told</source>
        <translation>Алуучуларга кабарланганын жазуу</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="95"/>
        <source>The recipients of %L1 requests told of the withdrawal</source>
        <extracomment>A dialog&apos;s title. %1: the number of selected requests.</extracomment>
        <translation>%L1 арыздын алуучуларына кайтарып алуу тууралуу кабарланды</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="96"/>
        <source>Note:</source>
        <translation>Эскертүү:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="114"/>
        <source>Recipients of the selected requests told (%L1)</source>
        <extracomment>A dialog&apos;s title. %1: the number of selected requests.</extracomment>
        <translation>Тандалган арыздардын алуучуларына кабарланды (%L1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="115"/>
        <source>Request No.</source>
        <translation>Арыздын №</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="118"/>
        <source>%Ln recipient(s) told</source>
        <extracomment>%Ln: the number of recipients.</extracomment>
        <translation>
            <numerusform>%Ln алуучуга кабарланды</numerusform>
            <numerusform>%Ln алуучуга кабарланды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="147"/>
        <source>Request No. %1 registered.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>№ %1 арыз катталды.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="171"/>
        <source>Retention review cases opened: %1.</source>
        <extracomment>%1: the number of cases opened.</extracomment>
        <translation>Ачылган кароо иштери: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="180"/>
        <source>Cases for minors</source>
        <translation>Жашы жете электердин иштери</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="183"/>
        <source>The platform keeps no data of persons under 18 and destroys what it finds as soon as possible (policy 9.1). Open a case for every subject under 18 who still holds data and has no case open? Each case is then decided, approved where something is kept, and executed here, as a withdrawal is.</source>
        <translation>Платформа 18 жашка толо элек адамдардын маалыматтарын сактабайт жана тапканын мүмкүн болушунча тезирээк жок кылат (саясаттын 9.1-пункту). Маалыматтары дагы эле сакталып турган жана ачык иши жок 18 жашка толо элек ар бир субъект боюнча иш ачылсынбы? Андан кийин ар бир иш ушул жерде кайтарып алуу сыяктуу чечилет, бир нерсе сакталса бекитилет жана аткарылат.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="195"/>
        <source>Cases opened: %1. Subjects under 18 whose case was already open: %2.</source>
        <extracomment>%1: the number of cases opened; %2: the number of subjects whose case was already open.</extracomment>
        <translation>Ачылган иштер: %1. Иши мурдатан ачык турган 18 жашка толо элек субъекттер: %2.</translation>
    </message>
</context>
<context>
    <name>dpo::cli</name>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="56"/>
        <location filename="../app/cli/ClaimCommands.cpp" line="61"/>
        <location filename="../app/cli/FeedCommands.cpp" line="69"/>
        <source>Output format: text or json.</source>
        <translation>Чыгаруу форматы: text же json.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="58"/>
        <source>Check the database&apos;s anchors too.</source>
        <translation>Базадагы бекитмелерди да текшерүү.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="60"/>
        <source>Check the anchors in this folder too (as `audit anchors --out` wrote them).</source>
        <translation>Бул папкадагы бекитмелерди да текшерүү (`audit anchors --out` жазгандай).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="74"/>
        <location filename="../app/cli/ClaimCommands.cpp" line="81"/>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <extracomment>%1: the format name as typed after --format.</extracomment>
        <translation>Белгисиз формат «%1»: text же json колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="121"/>
        <source>The audit chain does not hold the anchor of entry %1, time-stamped at %2 UTC (%3): %4. Its entries hash and link, so the history up to that entry was rewritten after it was anchored.
</source>
        <extracomment>%1: the anchored entry&apos;s sequence number; %2: the time-stamp&apos;s time (UTC); %3: where the anchor was read, &quot;the database&quot; or a file&apos;s path; %4: why it does not hold.</extracomment>
        <translation>Аудит чынжыры %1-жазуунун бекитмесине дал келбейт (убакыт белгиси %2 UTC, %3): %4. Жазуулардын хэштери жана байланыштары туура, демек ошол жазууга чейинки тарых бекитилгенден кийин кайра жазылган.
</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="126"/>
        <source>the database</source>
        <translation>маалымат базасы</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="131"/>
        <source>The audit chain is intact: %1 entries, head %2 %3.
</source>
        <extracomment>%1: the number of entries; %2: the head entry&apos;s sequence number; %3: its SHA-256 hash in hex.</extracomment>
        <translation>Аудит чынжыры бүтүн: %1 жазуу, башы %2 %3.
</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="112"/>
        <source>The audit chain is broken at entry %1 (%2): %3. The %4 entries before it verify.
</source>
        <extracomment>%1: the sequence number of the first broken entry; %2: a problem code, e.g. &quot;hash&quot;; %3: what is wrong, in words; %4: the number of entries before it.</extracomment>
        <translation>Аудит чынжыры %1-жазууда үзүлгөн (%2): %3. Андан мурунку %4 жазуу текшерүүдөн өттү.
</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="49"/>
        <source>Re-computes the whole audit chain (docs/audit.md). Exit 0 and the entry count and head hash when it is intact; exit 1 naming the first entry that breaks and how (hash_mismatch, sequence_gap, broken_link) when not. With --anchors (the database&apos;s) or --anchors-from DIR (anchors copied out of it), also that the chain still has each anchored head: exit 1 naming the first anchor it does not, which finds a rewrite of the history even when every hash was recomputed.</source>
        <translation>Аудит чынжырын толугу менен кайра эсептейт (docs/audit.md). Чынжыр бүтүн болсо — 0 коду, жазуулардын саны жана акыркы жазуунун хэши; болбосо — 1 коду, бузулган биринчи жазуу жана бузулуунун түрү (hash_mismatch, sequence_gap, broken_link). --anchors (базадагы бекитмелер) же --anchors-from DIR (базадан көчүрүлгөн бекитмелер) менен чынжырда ар бир бекитилген жазуу дагы эле бар экени да текшерилет: болбосо — 1 коду жана дал келбеген биринчи бекитме; ушундай жол менен бардык хэштер кайра эсептелсе да тарыхтын кайра жазылганы табылат.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="137"/>
        <source>It holds all %1 anchors; the last pins entry %2, time-stamped at %3 UTC.
</source>
        <extracomment>%1: the number of anchors; %2: the last anchored entry&apos;s number; %3: its time (UTC).</extracomment>
        <translation>Бардык бекитмелерге дал келет (саны: %1); акыркысы %2-жазууну бекитет, убакыт белгиси %3 UTC.
</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="143"/>
        <source>There are no anchors to check (dpo-console audit anchor).
</source>
        <translation>Текшерүүчү бекитме жок (dpo-console audit anchor).
</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="146"/>
        <source>Checked in %1 s.</source>
        <extracomment>%1: seconds with two decimals, e.g. &quot;0.42&quot;.</extracomment>
        <translation>%1 секундда текшерилди.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="487"/>
        <source>Set DPO_CONSOLE_KEY_PASSPHRASE to the signing key&apos;s passphrase.</source>
        <translation>DPO_CONSOLE_KEY_PASSPHRASE өзгөрмөсүнө кол коюу ачкычынын сырсөз фразасын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="155"/>
        <source>Anchors the audit chain: the time-stamping authority set with `keys time-stamping` stamps the chain&apos;s head (its number and hash), and the token is kept in the database (docs/audit.md, &quot;Anchors&quot;). Meant for a daily timer; `audit anchors --out DIR` copies the anchors out, `audit verify --anchors` checks them.</source>
        <translation>Аудит чынжырын бекитет: `keys time-stamping` менен коюлган убакыт белгисин берүүчү борбор чынжырдын акыркы жазуусуна (анын номерине жана хэшине) убакыт белгисин коёт, белги базада сакталат (docs/audit.md, «Anchors»). Күн сайын иштеген таймер үчүн; `audit anchors --out DIR` бекитмелерди көчүрүп чыгарат, `audit verify --anchors` аларды текшерет.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="172"/>
        <source>Anchored entry %1 (%2): time-stamped at %3 UTC by %4.
</source>
        <extracomment>%1: the entry&apos;s sequence number; %2: its hash; %3: the authority&apos;s time (UTC); %4: the authority&apos;s address.</extracomment>
        <translation>%1-жазуу бекитилди (%2): убакыт белгиси %3 UTC, борбор: %4.
</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="183"/>
        <source>Lists the anchors of the audit chain: the entry, the authority&apos;s time, the hash. With --out, writes each as anchor-SEQ.txt (what was stamped) and anchor-SEQ.tst (the authority&apos;s token), which `openssl ts -verify -data anchor-SEQ.txt -in anchor-SEQ.tst -token_in -CAfile ROOT` checks; keep them away from the database.</source>
        <translation>Аудит чынжырынын бекитмелерин тизмелейт: жазуу, борбордун убактысы, хэш. --out менен ар бирин anchor-SEQ.txt (белги коюлган текст) жана anchor-SEQ.tst (борбордун белгиси) катары жазат; аларды `openssl ts -verify -data anchor-SEQ.txt -in anchor-SEQ.tst -token_in -CAfile ROOT` текшерет. Аларды базадан бөлөк сактаңыз.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="189"/>
        <source>The folder to write the anchors to.</source>
        <translation>Бекитмелер жазыла турган папка.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="205"/>
        <source>Wrote %1 anchors to %2.</source>
        <extracomment>%1: the number of anchors; %2: the folder.</extracomment>
        <translation>%2 папкасына бекитмелер жазылды (саны: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="207"/>
        <source>There are no anchors (dpo-console audit anchor).</source>
        <translation>Бекитме жок (dpo-console audit anchor).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="216"/>
        <source>Exports the audit trail for an inspection: PDF for printing (Kyrgyz or Russian), CSV or JSON Lines for other tools. Days are Bishkek days, both included. The export is itself audited.</source>
        <translation>Текшерүү үчүн аудит журналын экспорттойт: басып чыгаруу үчүн PDF (кыргызча же орусча), башка куралдар үчүн CSV же JSON Lines. Күндөр Бишкек убактысы боюнча, экөө тең кошулат. Экспорттун өзү да аудитке жазылат.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="223"/>
        <source>First day, YYYY-MM-DD.</source>
        <translation>Биринчи күн, ЖЖЖЖ-АА-КК.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="224"/>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>Акыркы күн, ЖЖЖЖ-АА-КК.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="226"/>
        <source>Only the entries about this subject (platform reference).</source>
        <translation>Ушул субъект тууралуу жазуулар гана (платформадагы шилтемеси).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="232"/>
        <source>The PDF&apos;s language: ky or ru (default ru).</source>
        <translation>PDF тили: ky же ru (демейки ru).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="229"/>
        <source>pdf, csv or jsonl; several, comma-separated (pdf,csv,jsonl), make a set in the folder --out: a file each and a signed manifest.</source>
        <translation>pdf, csv же jsonl; үтүр менен бир нечеси (pdf,csv,jsonl) --out папкасында топтом түзөт: ар бирине бир файл жана кол коюлган манифест.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="234"/>
        <source>The file to write (a set: the folder).</source>
        <translation>Жазыла турган файл (топтом үчүн — папка).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="238"/>
        <source>The organisation&apos;s signing key (PKCS#8 PEM); required once the database has one. Default: the path `keys init` configured. The passphrase comes from DPO_CONSOLE_KEY_PASSPHRASE.</source>
        <translation>Уюмдун кол коюу ачкычы (PKCS#8 PEM); базада ачкыч болгондон тартып милдеттүү. Демейки: `keys init` орноткон жол. Сырсөз фразасы DPO_CONSOLE_KEY_PASSPHRASE өзгөрмөсүнөн алынат.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="250"/>
        <source>--format pdf|csv|jsonl is required.</source>
        <translation>--format pdf|csv|jsonl милдеттүү.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="252"/>
        <source>--out FILE is required.</source>
        <translation>--out FILE милдеттүү.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="261"/>
        <location filename="../app/cli/Commands.cpp" line="212"/>
        <source>--lang must be ky or ru.</source>
        <translation>--lang ky же ru болушу керек.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="266"/>
        <source>--to is before --from.</source>
        <translation>--to күнү --from күнүнөн мурун.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="291"/>
        <source>Exported %1 entries (%2 to %3) to %4 in %5 s; chain head %6 %7.</source>
        <extracomment>%1: the number of entries; %2 and %3: the first and last sequence numbers; %4: the output file&apos;s path; %5: seconds with two decimals; %6: the head entry&apos;s sequence number; %7: its SHA-256 hash.</extracomment>
        <translation>%1 жазуу (%2 – %3) %5 секундда %4 файлына экспорттолду; чынжырдын башы %6 %7.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="304"/>
        <source>A set: %1 lists %2 with their SHA-256, and is what is signed.</source>
        <extracomment>%1: the path of a set&apos;s manifest; %2: the files it lists, comma-separated.</extracomment>
        <translation>Топтом: %1 файлында %2 жана алардын SHA-256 хэштери жазылган, кол ошол файлга коюлат.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="309"/>
        <source>Signed with key %1: %2</source>
        <extracomment>%1: the signing key&apos;s fingerprint (hex); %2: the path of the signature file written.</extracomment>
        <translation>%1 ачкычы менен кол коюлду: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="312"/>
        <source>Time-stamped by the authority at %1 UTC.</source>
        <extracomment>%1: the time-stamping authority&apos;s date and time (UTC), e.g. 2026-12-06 21:27:36.</extracomment>
        <translation>Борбор убакыт белгисин койду: %1 UTC.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="315"/>
        <source>No time-stamp: no time-stamping authority is set (dpo-console keys time-stamping).</source>
        <translation>Убакыт белгиси жок: убакыт белгисин берүүчү борбор коюлган эмес (dpo-console keys time-stamping).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="318"/>
        <source>Not signed: this database has no signing key (dpo-console keys init).</source>
        <translation>Кол коюлган жок: бул базада кол коюу ачкычы жок (dpo-console keys init).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="328"/>
        <source>Give --public-key or --fingerprint, not both.</source>
        <translation>--public-key же --fingerprint көрсөтүңүз, экөөн тең эмес.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="334"/>
        <source>--fingerprint: a key&apos;s fingerprint is 64 hexadecimal digits.</source>
        <translation>--fingerprint: ачкычтын изи 64 он алтылык сандан турат.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="345"/>
        <source>--public-key: cannot read %1: %2</source>
        <extracomment>%1: the path given to --public-key; %2: the system&apos;s reason, e.g. &quot;No such file or directory&quot;.</extracomment>
        <translation>--public-key: %1 окулбай калды: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="353"/>
        <source>Checks an audit export against its signature file, FILE.p7s (CMS) or FILE.sig (made before): the file&apos;s hash, the signature and its signer, who must be the key given by --public-key (PEM, as `keys public` prints it) or --fingerprint, or a signing key of the --database; with --database also that the chain head is in its chain and (CSV, JSON Lines) that every entry hashes to its hash, follows the one before it and matches the chain. A set (its folder or its manifest): the manifest&apos;s signature, and every file it lists has the SHA-256 listed and entries that hold. Exit 0 when it holds, 1 when not (an unknown signer included).</source>
        <translation>Аудит экспортун анын кол тамга файлы менен текшерет — FILE.p7s (CMS) же FILE.sig (мурда жасалган): файлдын хэши, кол тамга жана кол коюучу; кол коюучу --public-key (PEM, `keys public` чыгаргандай) же --fingerprint менен берилген ачкыч, же --database базасынын кол коюу ачкычы болушу керек. --database менен чынжырдын акыркы жазуусу ошол чынжырда бар экени жана (CSV, JSON Lines) ар бир жазуунун хэши туура, мурунку жазуудан кийин келет жана чынжырга дал келет экени да текшерилет. Топтом (анын папкасы же манифести): манифесттин кол тамгасы, ал тизмелеген ар бир файлдын SHA-256 хэши жана жазуулары текшерилет. Баары туура болсо — 0 коду, болбосо — 1 (белгисиз кол коюучу да).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="372"/>
        <source>The export, or a set&apos;s folder or manifest (every file it lists is checked too).</source>
        <translation>Экспорт, же топтомдун папкасы же манифести (ал тизмелеген ар бир файл да текшерилет).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="426"/>
        <source>Usage: dpo-console audit verify --database URL [--anchors] [--anchors-from DIR] [--format text|json]
       dpo-console audit anchor --database URL --officer NAME
       dpo-console audit anchors --database URL [--out DIR]
       dpo-console audit export --database URL --officer NAME [--from D] [--to D] [--subject REF] --format pdf|csv|jsonl[,...] [--lang ky|ru] [--key FILE] --out FILE|DIR
       %1
</source>
        <extracomment>The command line&apos;s usage text; %1: the usage of &quot;audit verify-export&quot;, which follows it. Command words, option names and values in capitals stay as they are.</extracomment>
        <translation>Колдонулушу: dpo-console audit verify --database URL [--anchors] [--anchors-from DIR] [--format text|json]
       dpo-console audit anchor --database URL --officer NAME
       dpo-console audit anchors --database URL [--out DIR]
       dpo-console audit export --database URL --officer NAME [--from D] [--to D] [--subject REF] --format pdf|csv|jsonl[,...] [--lang ky|ru] [--key FILE] --out FILE|DIR
       %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="362"/>
        <source>The consent database to check the signer and the entries against.</source>
        <translation>Кол коюучуну жана жазууларды салыштыра текшере турган макулдуктар базасы.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="365"/>
        <source>The organisation&apos;s public key (PEM) the export must be signed with.</source>
        <translation>Экспортко кол коюлушу керек болгон уюмдун ачык ачкычы (PEM).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="368"/>
        <source>The SHA-256 fingerprint (hex) of the key the export must be signed with.</source>
        <translation>Экспортко кол коюлушу керек болгон ачкычтын SHA-256 изи (hex).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="379"/>
        <location filename="../app/cli/KeyCommands.cpp" line="114"/>
        <source>Give exactly one FILE.</source>
        <translation>Бир гана FILE көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="388"/>
        <source>%1 does not verify: %2
</source>
        <extracomment>%1: the export file&apos;s path; %2: why it does not verify, a sentence.</extracomment>
        <translation>%1 текшерүүдөн өткөн жок: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="394"/>
        <source>%1 verifies: signed by key %2; %3 entries, chain head %4 %5%6.
</source>
        <extracomment>%1: the export file&apos;s path; %2: the key&apos;s fingerprint; %3: the number of entries; %4: the head&apos;s sequence number; %5: its hash; %6: either empty or &quot;; matches the database (N entries compared)&quot;.</extracomment>
        <translation>%1 текшерүүдөн өттү: %2 ачкычы менен кол коюлган; %3 жазуу, чынжырдын башы %4 %5%6.
</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="401"/>
        <source>; matches the database (%1 entries compared)</source>
        <extracomment>Appended to the verification sentence. %1: the number of entries compared with the database.</extracomment>
        <translation>; базага дал келет (%1 жазуу салыштырылды)</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="406"/>
        <source>Its signature carries a time-stamp of %1 UTC; whether its authority is to be trusted is checked with the authority&apos;s root certificate (docs/audit.md, step 3).
</source>
        <extracomment>%1: the time-stamping authority&apos;s date and time (UTC), e.g. 2026-12-06 21:27:36.</extracomment>
        <translation>Анын кол тамгасында %1 UTC убакыт белгиси бар; белгини берген борборго ишенүүгө болобу, борбордун тамыр сертификаты менен текшерилет (docs/audit.md, 3-кадам).
</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="18"/>
        <source>Creates the organisation&apos;s key pair for signing audit exports (ECDSA P-256): the private key in a passphrase-protected PKCS#8 PEM file (passphrase from DPO_CONSOLE_KEY_PASSPHRASE, at least 12 characters), the public key and a self-signed certificate for it in the database. Administrators only.</source>
        <translation>Аудит экспортторуна кол коюу үчүн уюмдун ачкыч жубун түзөт (ECDSA P-256): жабык ачкыч сырсөз фразасы менен корголгон PKCS#8 PEM файлында (фраза DPO_CONSOLE_KEY_PASSPHRASE өзгөрмөсүнөн, кеминде 12 белги), ачык ачкыч жана ага өзү кол койгон сертификат базада. Администраторлор гана.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="25"/>
        <source>Where to write the private key; never overwritten.</source>
        <translation>Жабык ачкыч жазыла турган жер; эч качан үстүнөн жазылбайт.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="34"/>
        <source>--key FILE is required.</source>
        <translation>--key FILE милдеттүү.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="43"/>
        <source>Signing key %1 created; the private key is in %2. Keep the file and its passphrase apart.</source>
        <extracomment>%1: the new key&apos;s fingerprint (hex); %2: the path of the private key file.</extracomment>
        <translation>%1 кол коюу ачкычы түзүлдү; жабык ачкыч %2 файлында. Файлды жана анын сырсөз фразасын өзүнчө сактаңыз.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="54"/>
        <source>Prints the public half of the database&apos;s active signing keys (PEM): what the organisation hands to whoever checks its exports with `audit verify-export --public-key` or with openssl, without the database.</source>
        <translation>Базанын колдонуудагы кол коюу ачкычтарынын ачык бөлүгүн (PEM) чыгарат: уюм аны экспортторун базасыз, `audit verify-export --public-key` же openssl менен текшергендерге берет.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="67"/>
        <source>This database has no signing key (dpo-console keys init).</source>
        <translation>Бул базада кол коюу ачкычы жок (dpo-console keys init).</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="77"/>
        <source>Prints the certificates of the database&apos;s active signing keys (PEM): what whoever checks an export&apos;s CMS signature gives `openssl cms -verify` as -CAfile.</source>
        <translation>Базанын колдонуудагы кол коюу ачкычтарынын сертификаттарын чыгарат (PEM): экспорттун CMS кол тамгасын текшерген адам аны `openssl cms -verify` буйругуна -CAfile катары берет.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="89"/>
        <source>No active signing key of this database has a certificate (dpo-console keys init).</source>
        <translation>Бул базанын колдонуудагы бир да кол коюу ачкычынын сертификаты жок (dpo-console keys init).</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="100"/>
        <source>Stores a certification authority&apos;s certificate for an active signing key, in place of the one stored: FILE is PEM, the key&apos;s certificate first, then the certificates that issued it. Exports are signed with it from then on. Administrators only.</source>
        <translation>Колдонуудагы кол коюу ачкычы үчүн күбөлөндүрүүчү борбордун сертификатын сакталгандын ордуна сактайт: FILE — PEM, биринчи ачкычтын сертификаты, андан кийин аны берген сертификаттар. Мындан ары экспортторго ал менен кол коюлат. Администраторлор гана.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="105"/>
        <source>The certificate chain (PEM).</source>
        <translation>Сертификаттар чынжыры (PEM).</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="120"/>
        <source>Cannot read %1: %2</source>
        <extracomment>%1: the file&apos;s path; %2: the system&apos;s reason.</extracomment>
        <translation>%1 окулбай калды: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="126"/>
        <source>The certificate of signing key %1 is stored; exports are signed with it.</source>
        <extracomment>%1: the key&apos;s fingerprint (hex).</extracomment>
        <translation>%1 кол коюу ачкычынын сертификаты сакталды; экспортторго ал менен кол коюлат.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="135"/>
        <source>Sets the RFC 3161 time-stamping authority whose token every export&apos;s CMS signature carries from then on (CAdES-T), or --none. An export is refused while the authority cannot be reached. Administrators only; audited.</source>
        <translation>Мындан ары ар бир экспорттун CMS кол тамгасы белгисин алып жүрө турган RFC 3161 убакыт белгисин берүүчү борборду коёт (CAdES-T), же --none. Борбор жеткиликсиз болгон учурда экспорт четке кагылат. Администраторлор гана; аудитке жазылат.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="140"/>
        <source>The authority&apos;s address (http or https).</source>
        <translation>Борбордун дареги (http же https).</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="142"/>
        <source>No time-stamps.</source>
        <translation>Убакыт белгилери жок.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="151"/>
        <source>Give --url URL or --none.</source>
        <translation>--url URL же --none бериңиз.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="159"/>
        <source>Exports and anchors are time-stamped by %1 from now on.
</source>
        <extracomment>%1: the time-stamping authority&apos;s address.</extracomment>
        <translation>Мындан ары экспорттор жана бекитмелер %1 борборунун убакыт белгисин алат.
</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="161"/>
        <source>No time-stamping authority: exports are signed without a time-stamp, and the chain cannot be anchored.
</source>
        <translation>Убакыт белгисин берүүчү борбор жок: экспорттор убакыт белгисиз кол коюлат, чынжырды бекитүүгө болбойт.
</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="177"/>
        <source>Usage: dpo-console keys init --database URL --officer NAME --key FILE
       dpo-console keys public --database URL
       dpo-console keys certificate --database URL
       dpo-console keys import-certificate --database URL --officer NAME FILE
       dpo-console keys time-stamping --database URL --officer NAME (--url URL | --none)
</source>
        <translation>Колдонулушу: dpo-console keys init --database URL --officer NAME --key FILE
       dpo-console keys public --database URL
       dpo-console keys certificate --database URL
       dpo-console keys import-certificate --database URL --officer NAME FILE
       dpo-console keys time-stamping --database URL --officer NAME (--url URL | --none)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="21"/>
        <source>--year must be a year such as 2026.</source>
        <translation>--year 2026 сыяктуу жыл болушу керек.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="28"/>
        <source>Lists the marked days of a year (weekends, holidays, days off by decree, working Saturdays and Sundays, public holidays that are working days), from the calendar the due dates are counted on. Its CSV is the file calendar import reads.</source>
        <translation>Мөөнөттөр эсептелген календардан жылдын белгиленген күндөрүн тизмелейт (дем алыш күндөр, майрамдар, токтом менен берилген дем алыш күндөр, иштөөчү ишемби жана жекшембилер, иш күнү болгон майрамдар). Анын CSV файлын calendar import окуйт.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="35"/>
        <source>The year.</source>
        <translation>Жыл.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="73"/>
        <source>not marked</source>
        <extracomment>A day&apos;s kind in the calendar when nothing marks it (an ordinary day).</extracomment>
        <translation>белгиленген эмес</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="79"/>
        <source>Replaces the marked days of a year with a published calendar in a CSV file (columns date, kind, name, decree; kind is holiday, day_off, working_day or working_holiday). Prints what changes and which open claims&apos; fixed due dates a recalculation would then move; they stay as they are until recalculated. With --preview nothing is changed.</source>
        <translation>Жылдын белгиленген күндөрүн CSV файлдагы жарыяланган календарь менен алмаштырат (мамычалар date, kind, name, decree; kind — holiday, day_off, working_day же working_holiday). Эмне өзгөрөрүн жана кайра эсептөө кайсы ачык дооматтардын бекитилген мөөнөттөрүн жылдырарын чыгарат; алар кайра эсептелгенге чейин ошол бойдон калат. --preview менен эч нерсе өзгөрбөйт.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="88"/>
        <source>The year the file is the calendar of.</source>
        <translation>Файл кайсы жылдын календары экени.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="92"/>
        <source>Check the file and show what it would change, without changing anything.</source>
        <translation>Файлды текшерип, эч нерсени өзгөртпөй, эмне өзгөрөрүн көрсөтүү.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="93"/>
        <source>The year&apos;s calendar, CSV.</source>
        <translation>Жылдын календары, CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="103"/>
        <source>Give one file: the year&apos;s calendar as CSV.</source>
        <translation>Бир файл көрсөтүңүз: жылдын календары CSV түрүндө.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="113"/>
        <source>%1 changes nothing in the calendar of %2.
</source>
        <extracomment>%1: the calendar file&apos;s name or address; %2: the year.</extracomment>
        <translation>%1 файлы %2-жылдын календарында эч нерсени өзгөртпөйт.
</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="118"/>
        <source>%1: %2 -&gt; %3
</source>
        <extracomment>One changed day of the calendar. %1: the date (YYYY-MM-DD); %2: the day&apos;s kind before, e.g. &quot;working day&quot;; %3: its kind after.</extracomment>
        <translation>%1: %2 -&gt; %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="124"/>
        <source>claim %1 (%2, received %3): due %4 stays fixed; recalculated it would be %5
</source>
        <extracomment>%1: the claim&apos;s number; %2: the claimant&apos;s name; %3: the date it was received; %4: its fixed due date; %5: the due date a recalculation would give.</extracomment>
        <translation>%1-доомат (%2, %3 алынган): %4 мөөнөтү бекитилген бойдон калат; кайра эсептелсе %5 болмок
</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="130"/>
        <source>Preview only: nothing was changed.</source>
        <translation>Алдын ала көрүү гана: эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="137"/>
        <source>The calendar of %1 is imported from %2 (%3 days, %4 changed; SHA-256 %5).</source>
        <extracomment>%1: the year; %2: the calendar file&apos;s name or address; %3: the number of days in it; %4: the number of days that changed; %5: the file&apos;s SHA-256 hash.</extracomment>
        <translation>%1-жылдын календары %2 файлынан импорттолду (%3 күн, %4 өзгөрдү; SHA-256 %5).</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="152"/>
        <source>Usage: dpo-console calendar list --database URL --year YYYY [--format table|csv|json]
       dpo-console calendar import --database URL --officer NAME --year YYYY [--preview] FILE.csv
</source>
        <translation>Колдонулушу: dpo-console calendar list --database URL --year YYYY [--format table|csv|json]
       dpo-console calendar import --database URL --officer NAME --year YYYY [--preview] FILE.csv
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="27"/>
        <source>Registers a pre-trial claim (answer due in 30 calendar days, policy 14.2), a subject&apos;s request for their own data (7 days, Law No. 58 Art. 17), a request of the State Agency for Personal Data Protection or the Ombudsman (7 days, Art. 17(g)) or a subject&apos;s request to correct their data (policy 12.3; the organisation&apos;s own target of 7 days) and prints its number and due date.</source>
        <translation>Сотко чейинки дооматты (жооп 30 календардык күндө, саясаттын 14.2-пункту), субъекттин өз маалыматтары тууралуу суроосун (7 күн, №58 Мыйзамдын 17-беренеси), Жеке маалыматтарды коргоо боюнча мамлекеттик агенттиктин же Акыйкатчынын суроо-талабын (7 күн, 17-берененин ж) пункту) же субъекттин маалыматтарын оңдоо тууралуу суроосун (саясаттын 12.3-пункту; уюмдун өз максаты — 7 күн) каттап, анын номерин жана мөөнөтүн чыгарат.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="34"/>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="214"/>
        <source>The day it was received, YYYY-MM-DD.</source>
        <translation>Алынган күнү, ЖЖЖЖ-АА-КК.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="36"/>
        <source>Who wrote it (default: the subject&apos;s name).</source>
        <translation>Ким жазган (демейки: субъекттин аты).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="38"/>
        <source>What it is about.</source>
        <translation>Эмне жөнүндө.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="40"/>
        <source>The claimant&apos;s platform reference, when they are a subject.</source>
        <translation>Доогер субъект болсо, анын платформадагы шилтемеси.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="43"/>
        <source>claim (default), access, authority or rectification (needs --subject).</source>
        <translation>claim (демейки), access, authority же rectification (--subject керек).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="46"/>
        <source>For --type authority: state_agency or ombudsman.</source>
        <translation>--type authority үчүн: state_agency же ombudsman.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="49"/>
        <source>For --type authority: the number on the body&apos;s request.</source>
        <translation>--type authority үчүн: органдын суроо-талабындагы номер.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="52"/>
        <source>For --type authority: the date of the body&apos;s request, YYYY-MM-DD.</source>
        <translation>--type authority үчүн: органдын суроо-талабынын күнү, ЖЖЖЖ-АА-КК.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="55"/>
        <source>post (default), in_person, email or app_form.</source>
        <translation>post (демейки), in_person, email же app_form.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="59"/>
        <source>The claim&apos;s letter (PDF, JPEG, PNG or TIFF, at most 20 MB); may be repeated.</source>
        <translation>Дооматтын каты (PDF, JPEG, PNG же TIFF, 20 МБдан ашпайт); бир нече жолу берилиши мүмкүн.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="77"/>
        <location filename="../app/cli/ClaimCommands.cpp" line="246"/>
        <location filename="../app/cli/OfficerCommands.cpp" line="65"/>
        <location filename="../app/cli/OfficerCommands.cpp" line="124"/>
        <location filename="../app/cli/OfficerCommands.cpp" line="161"/>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="62"/>
        <source>--%1 is required.</source>
        <extracomment>%1: an option&apos;s name without its dashes, e.g. &quot;received&quot;.</extracomment>
        <translation>--%1 милдеттүү.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="106"/>
        <source>Claim %1 registered; the answer is due on %2.
</source>
        <extracomment>%1: the claim&apos;s number; %2: the due date (YYYY-MM-DD).</extracomment>
        <translation>%1-доомат катталды; жооптун мөөнөтү — %2.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="117"/>
        <source>Lists claims and access requests, open ones first, nearest due date first.</source>
        <translation>Дооматтарды жана маалымат суроолорун тизмелейт: адегенде ачыктары, мөөнөтү жакындары биринчи.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="121"/>
        <source>Only open ones (no answer sent yet).</source>
        <translation>Ачыктары гана (жооп али жөнөтүлө элек).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="122"/>
        <source>Only open ones past their due date.</source>
        <translation>Мөөнөтү өтүп кеткен ачыктары гана.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="175"/>
        <source>The claim&apos;s number.</source>
        <translation>Дооматтын номери.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="180"/>
        <source>Name one claim by its number.</source>
        <translation>Бир дооматты номери менен көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="192"/>
        <source>Corrects the subject&apos;s data for their request to correct it (policy 12.3), all the fields at once; lists the recipients to tell of it.</source>
        <translation>Субъекттин оңдоо тууралуу суроосу боюнча анын маалыматтарын бардык талааларды бир убакта оңдойт (саясаттын 12.3-пункту); кабарлоо керек болгон алуучуларды тизмелейт.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="199"/>
        <source>A field and its corrected value; may be repeated. Fields: %1.</source>
        <extracomment>Help for the --set option. %1: the field names, separated by commas, e.g. &quot;phone, address&quot;.</extracomment>
        <translation>Талаа жана анын оңдолгон мааниси; бир нече жолу берилиши мүмкүн. Талаалар: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="209"/>
        <source>--set %1: write it as FIELD=VALUE.</source>
        <extracomment>%1: what the user gave to --set.</extracomment>
        <translation>--set %1: FIELD=VALUE түрүндө жазыңыз.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="222"/>
        <source>Claim %1: the data is corrected; no recipient received it.
</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>%1-доомат: маалыматтар оңдолду; аларды эч бир алуучу алган эмес.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="225"/>
        <source>Claim %1: the data is corrected; tell %2.
</source>
        <extracomment>%1: the claim&apos;s number; %2: the recipients&apos; names, separated by commas.</extracomment>
        <translation>%1-доомат: маалыматтар оңдолду; кабарлаңыз: %2.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="234"/>
        <source>Records that a recipient of the subject&apos;s data was told of the correction.</source>
        <translation>Субъекттин маалыматтарын алган алуучуга оңдоо тууралуу кабарланганын жазат.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="237"/>
        <source>The recipient&apos;s name.</source>
        <translation>Алуучунун аталышы.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="238"/>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="377"/>
        <source>The day it was told, YYYY-MM-DD.</source>
        <translation>Кабарланган күнү, ЖЖЖЖ-АА-КК.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="239"/>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="378"/>
        <source>How: email, post, hand_delivery, platform, phone.</source>
        <translation>Кантип: email, post, hand_delivery, platform, phone.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="241"/>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="68"/>
        <source>A note for the record.</source>
        <translation>Жазуу үчүн эскертме.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="260"/>
        <source>Claim %1 has no recipient &quot;%2&quot; to tell; its recipients: %3.</source>
        <extracomment>%1: the claim&apos;s number; %2: the recipient&apos;s name as typed; %3: the claim&apos;s recipients&apos; names, separated by commas, or &quot;none&quot;.</extracomment>
        <translation>%1-дооматтын кабарлана турган «%2» алуучусу жок; анын алуучулары: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="263"/>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="398"/>
        <source>none</source>
        <translation>жок</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="267"/>
        <source>Claim %1: %2 is recorded as told.
</source>
        <extracomment>%1: the claim&apos;s number; %2: the recipient&apos;s name.</extracomment>
        <translation>%1-доомат: %2 кабарланган деп жазылды.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="275"/>
        <source>Writes the answer letter of a claim (its drafted answer) as PDF, in Kyrgyz or Russian.</source>
        <translation>Дооматтын жооп катын (анын даярдалган жообун) PDF түрүндө, кыргызча же орусча жазат.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="279"/>
        <source>Give the claim&apos;s number.</source>
        <translation>Дооматтын номерин көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="281"/>
        <source>The answer letter of claim %1 is in %2.</source>
        <extracomment>%1: the claim&apos;s number; %2: the path of the letter file.</extracomment>
        <translation>%1-дооматтын жооп каты %2 файлында.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="295"/>
        <source>Usage: dpo-console claims add|list|letter|correct|recipient-told ... (dpo-console claims add --help)
</source>
        <translation>Колдонулушу: dpo-console claims add|list|letter|correct|recipient-told ... (dpo-console claims add --help)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="95"/>
        <source>The consent database: sqlite:PATH or postgresql://user@host:port/dbname (with ?sslmode=MODE when needed). The PostgreSQL password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>Макулдуктар базасы: sqlite:PATH же postgresql://user@host:port/dbname (керек болсо ?sslmode=MODE менен). PostgreSQL сырсөзү PGPASSWORD өзгөрмөсүнөн же ~/.pgpass файлынан алынат.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="105"/>
        <source>The officer who makes the change; the password comes from DPO_CONSOLE_PASSWORD or a prompt on the terminal.</source>
        <translation>Өзгөртүүнү жасаган кызматкер; сырсөз DPO_CONSOLE_PASSWORD өзгөрмөсүнөн же терминалдагы суроодон алынат.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="113"/>
        <source>Count days left and overdue against this day, YYYY-MM-DD (default today).</source>
        <translation>Калган жана кечиккен күндөрдү ушул күнгө карата эсептөө, ЖЖЖЖ-АА-КК (демейки бүгүн).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="151"/>
        <location filename="../app/cli/Commands.cpp" line="198"/>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="212"/>
        <source>The subject&apos;s platform reference.</source>
        <translation>Субъекттин платформадагы шилтемеси.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="162"/>
        <source>Give either --subject or --all.</source>
        <translation>--subject же --all көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="188"/>
        <source>--%1 must be a date YYYY-MM-DD, not &quot;%2&quot;.</source>
        <extracomment>%1: the option&apos;s name without dashes, e.g. &quot;received&quot;; %2: the value typed.</extracomment>
        <translation>--%1 «%2» эмес, ЖЖЖЖ-АА-КК күнү болушу керек.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="194"/>
        <source>Output format: table, csv or json.</source>
        <translation>Чыгаруу форматы: table, csv же json.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="202"/>
        <source>Show this help.</source>
        <translation>Ушул жардамды көрсөтүү.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="206"/>
        <source>Run with --help for the usage.</source>
        <translation>Колдонулушун көрүү үчүн --help менен иштетиңиз.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="215"/>
        <source>Usage: %1</source>
        <extracomment>%1: the command&apos;s usage line(s).</extracomment>
        <translation>Колдонулушу: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="225"/>
        <source>--database URL is required.</source>
        <translation>--database URL милдеттүү.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="273"/>
        <source>No password: set %1 or run the command on a terminal.</source>
        <extracomment>%1: the name of the environment variable that holds the password, e.g. DPO_PASSWORD.</extracomment>
        <translation>Сырсөз жок: %1 өзгөрмөсүн орнотуңуз же буйрукту терминалда иштетиңиз.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="289"/>
        <source>Repeat the password:</source>
        <translation>Сырсөздү кайталаңыз:</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="290"/>
        <source>The two passwords differ.</source>
        <translation>Эки сыр сөз дал келбейт.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="298"/>
        <source>--officer NAME is required: this command changes data.</source>
        <translation>--officer NAME милдеттүү: бул буйрук маалыматтарды өзгөртөт.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="301"/>
        <location filename="../app/cli/CliSupport.cpp" line="312"/>
        <location filename="../app/cli/Commands.cpp" line="72"/>
        <source>Password for %1:</source>
        <extracomment>A prompt on the terminal. %1: the officer&apos;s user name.</extracomment>
        <translation>%1 үчүн сырсөз:</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="308"/>
        <source>--officer NAME is required: this command reads the organisation&apos;s records.</source>
        <translation>--officer NAME милдеттүү: бул буйрук уюмдун жазууларын окуйт.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="313"/>
        <source>read the records</source>
        <translation>жазууларды окуу</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="347"/>
        <source>Unknown %1 command; try: dpo-console %1 --help</source>
        <extracomment>%1: the command word the user typed, e.g. &quot;claim&quot;.</extracomment>
        <translation>Белгисиз %1 буйругу; караңыз: dpo-console %1 --help</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="358"/>
        <source>Unknown format &quot;%1&quot;: expected table, csv or json.</source>
        <extracomment>%1: the format name as typed after --format.</extracomment>
        <translation>Белгисиз формат «%1»: table, csv же json күтүлөт.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="435"/>
        <source>The letter&apos;s language: ky, ru, or ky+ru for both (the Russian text prevails, policy 2.5).</source>
        <translation>Каттын тили: ky, ru же экөө үчүн ky+ru (орусча текст артыкчылыкка ээ, саясаттын 2.5-пункту).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="438"/>
        <location filename="../app/cli/Commands.cpp" line="196"/>
        <source>The PDF file to write.</source>
        <translation>Жазыла турган PDF файл.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="439"/>
        <source>The case&apos;s number.</source>
        <translation>Иштин номери.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="448"/>
        <source>--lang must be ky, ru or ky+ru.</source>
        <translation>--lang ky, ru же ky+ru болушу керек.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="450"/>
        <location filename="../app/cli/Commands.cpp" line="209"/>
        <source>--out FILE.pdf is required.</source>
        <translation>--out FILE.pdf милдеттүү.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="37"/>
        <source>Creates the consent database, or migrates an older one to this program&apos;s schema, and adds its first administrator. The password comes from DPO_CONSOLE_PASSWORD or a prompt.</source>
        <translation>Макулдуктар базасын түзөт же эскисин бул программанын схемасына көчүрөт жана анын биринчи администраторун кошот. Сырсөз DPO_CONSOLE_PASSWORD өзгөрмөсүнөн же суроодон алынат.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="41"/>
        <source>User name of the first administrator.</source>
        <translation>Биринчи администратордун колдонуучу аты.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="43"/>
        <source>The administrator&apos;s full name.</source>
        <translation>Администратордун толук аты-жөнү.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="53"/>
        <source>--admin NAME is required.</source>
        <translation>--admin NAME милдеттүү.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="63"/>
        <source>The schema is at version %1, the latest.</source>
        <extracomment>%1: the schema&apos;s version number.</extracomment>
        <translation>Схема %1-версияда, бул эң акыркысы.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="66"/>
        <source>Migrated the schema from version %1 to %2.</source>
        <extracomment>%1: the schema&apos;s version before; %2: its version now.</extracomment>
        <translation>Схема %1-версиядан %2-версияга көчүрүлдү.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="76"/>
        <source>Administrator %1 created.</source>
        <extracomment>%1: the administrator&apos;s user name.</extracomment>
        <translation>%1 администратору түзүлдү.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="79"/>
        <source>Administrator %1 already exists.</source>
        <extracomment>%1: the administrator&apos;s user name.</extracomment>
        <translation>%1 администратору буга чейин эле бар.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="93"/>
        <source>Fills an empty consent database with reproducible demo data: subjects, consents, transfers, withdrawal requests, claims and disclosures in every state.</source>
        <translation>Бош макулдуктар базасын кайталанма демо маалыматтар менен толтурат: субъекттер, макулдуктар, берүүлөр, кайтарып алуу арыздары, дооматтар жана ачыкка чыгаруулар, ар бир абалда.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="97"/>
        <source>How many subjects (default 1000).</source>
        <translation>Канча субъект (демейки 1000).</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="100"/>
        <source>Random seed; the same seed and date give the same data (default 1).</source>
        <translation>Кокустук үрөнү; бирдей үрөн жана күн бирдей маалымат берет (демейки 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="103"/>
        <source>The day open cases are placed around, YYYY-MM-DD (default today).</source>
        <translation>Ачык иштер жайгаштырыла турган күн, ЖЖЖЖ-АА-КК (демейки бүгүн).</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="117"/>
        <source>--subjects must be a whole number, not &quot;%1&quot;.</source>
        <extracomment>%1: the value typed after --subjects.</extracomment>
        <translation>--subjects «%1» эмес, бүтүн сан болушу керек.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="122"/>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <extracomment>%1: the value typed after --seed.</extracomment>
        <translation>--seed «%1» эмес, бүтүн сан болушу керек.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="127"/>
        <source>--as-of must be a date YYYY-MM-DD.</source>
        <translation>--as-of ЖЖЖЖ-АА-КК күнү болушу керек.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="137"/>
        <source>Demo data: %1 subjects (%2 under 18), %3 transfers, %4 withdrawal requests, %5 claims, %6 disclosures with %7 notifications, in %8 s.</source>
        <extracomment>%1: the number of subjects; %2: how many of them are under 18; %3: the number of transfers; %4: of withdrawal requests; %5: of claims; %6: of disclosures; %7: of notifications; %8: seconds with one decimal.</extracomment>
        <translation>Демо маалыматтар: %1 субъект (%2 — 18 жашка чейинки), %3 берүү, %4 кайтарып алуу арызы, %5 доомат, %7 билдирүүсү менен %6 ачыкка чыгаруу, %8 секундда.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="155"/>
        <source>Imports a platform export of subjects (UTF-8 CSV, docs/import.md). All or nothing: every problem is reported as FILE:LINE: column: reason and nothing is written.</source>
        <translation>Платформанын субъекттер экспортун импорттойт (UTF-8 CSV, docs/import.md). Баары же эч нерсе: ар бир ката FILE:LINE: мамыча: себеп түрүндө көрсөтүлөт жана эч нерсе жазылбайт.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="160"/>
        <source>The CSV file of subjects.</source>
        <translation>Субъекттердин CSV файлы.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="169"/>
        <source>--subjects FILE.csv is required.</source>
        <translation>--subjects FILE.csv милдеттүү.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="179"/>
        <source>… and %1 more warnings.</source>
        <extracomment>%1: the number of warnings not printed.</extracomment>
        <translation>… жана дагы %1 эскертүү.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="181"/>
        <source>Imported %1 subjects.</source>
        <extracomment>%1: the number of subjects imported.</extracomment>
        <translation>%1 субъект импорттолду.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="190"/>
        <source>Writes the subject data report (everything held about one subject, Law No. 58 Art. 17) as PDF, in Kyrgyz or Russian. Nothing in it is masked; the report is audited.</source>
        <translation>Субъекттин маалыматтары тууралуу отчетту (бир субъект тууралуу сакталгандын баары, №58 Мыйзамдын 17-беренеси) PDF түрүндө, кыргызча же орусча жазат. Андагы эч нерсе жашырылбайт; отчет аудитке жазылат.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="195"/>
        <source>The report&apos;s language: ky or ru.</source>
        <translation>Отчеттун тили: ky же ru.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="207"/>
        <source>Give exactly one PLATFORM_REF.</source>
        <translation>Бир гана PLATFORM_REF көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="219"/>
        <source>Subject data report of %1 written to %2.</source>
        <extracomment>%1: the subject&apos;s number or platform reference as typed; %2: the report file&apos;s path.</extracomment>
        <translation>%1 субъектинин маалыматтары тууралуу отчет %2 файлына жазылды.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="228"/>
        <source>Finds subjects by any word of the name (prefix, case-insensitive), a whole INN or phone number, or the platform reference, as a signed-in officer. INN and phone are masked; blocked values are neither matched nor shown; a search by INN or phone is written to the audit trail.</source>
        <translation>Кирген кызматкер катары субъекттерди аты-жөнүнүн каалаган сөзү (башы боюнча, регистрге карабай), толук ИСН же телефон номери, же платформадагы шилтемеси боюнча табат. ИСН жана телефон жашырылат; бөгөттөлгөн маанилер изделбейт жана көрсөтүлбөйт; ИСН же телефон боюнча издөө аудит журналына жазылат.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="234"/>
        <source>At most this many subjects (default 100).</source>
        <translation>Эң көп дегенде ушунча субъект (демейки 100).</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="237"/>
        <source>INN and phone in full, not masked: written to the audit trail.</source>
        <translation>ИСН жана телефон толук, жашырылбай: аудит журналына жазылат.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="239"/>
        <source>What to look for.</source>
        <translation>Эмнени издөө.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="251"/>
        <source>Give exactly one TEXT to search for (quote it when it has spaces).</source>
        <translation>Издөө үчүн бир гана TEXT көрсөтүңүз (боштуктары болсо, тырмакчага алыңыз).</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="257"/>
        <source>--limit must be between 1 and 100000.</source>
        <translation>--limit 1ден 100000ге чейин болушу керек.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/Commands.cpp" line="285"/>
        <source>%n subject(s) found.</source>
        <extracomment>%n: the number of subjects found.</extracomment>
        <translation>
            <numerusform>%n субъект табылды.</numerusform>
            <numerusform>%n субъект табылды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="295"/>
        <source>Usage: dpo-console subjects search TEXT --database URL --officer NAME [--format table|csv|json] [--limit N]
       dpo-console subjects report PLATFORM_REF --database URL --officer NAME --lang ky|ru --out FILE.pdf
</source>
        <translation>Колдонулушу: dpo-console subjects search TEXT --database URL --officer NAME [--format table|csv|json] [--limit N]
       dpo-console subjects report PLATFORM_REF --database URL --officer NAME --lang ky|ru --out FILE.pdf
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="314"/>
        <source>  init             create or migrate a database and its first administrator
</source>
        <translation>  init             базаны түзүү же көчүрүү жана анын биринчи администратору
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="315"/>
        <source>  demo             fill an empty database with demo data
</source>
        <translation>  demo             бош базаны демо маалыматтар менен толтуруу
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="316"/>
        <source>  import           import subjects from a platform export (CSV)
</source>
        <translation>  import           субъекттерди платформанын экспортунан импорттоо (CSV)
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="318"/>
        <source>  feed apply       apply a file of the platform&apos;s change feed (JSON Lines)
  feed run         apply the feed&apos;s inbox as the platform writes it (a worker)
  feed rejected|retry|dismiss  the inbox&apos;s rejected events
</source>
        <translation>  feed apply       платформанын өзгөрүүлөр агымынын файлын колдонуу (JSON Lines)
  feed run         платформа жазган сайын агымдын кирүүчү кутусун колдонуу (иштеткич)
  feed rejected|retry|dismiss  кирүүчү кутунун четке кагылган окуялары
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="323"/>
        <source>  subjects search  find subjects by name, INN, phone or platform reference
  subjects report  write a subject&apos;s data report (PDF, ky or ru)
</source>
        <translation>  subjects search  субъекттерди аты-жөнү, ИСН, телефону же платформадагы шилтемеси боюнча табуу
  subjects report  субъекттин маалыматтары тууралуу отчетту жазуу (PDF, ky же ru)
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="327"/>
        <source>  audit verify     re-compute the audit chain and name the first entry that breaks
  audit anchor|anchors  time-stamp the chain&apos;s head; list or copy out the anchors
  audit export     export the audit trail: PDF (ky or ru), CSV or JSON Lines, signed
  audit verify-export  check an export&apos;s signature, its signer and its entries
</source>
        <translation>  audit verify     аудит чынжырын кайра эсептеп, үзүлгөн биринчи жазууну атоо
  audit anchor|anchors  чынжырдын акыркы жазуусуна убакыт белгисин коюу; бекитмелерди тизмелөө же көчүрүү
  audit export     аудит журналын экспорттоо: PDF (ky же ru), CSV же JSON Lines, кол коюлган
  audit verify-export  экспорттун кол тамгасын, кол коюучусун жана жазууларын текшерүү
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="333"/>
        <source>  keys init|public  create the organisation&apos;s key that signs exports; print its public half
  keys certificate|import-certificate  print the key&apos;s certificate; store a certification authority&apos;s
  keys time-stamping  the RFC 3161 authority that time-stamps every export&apos;s signature
</source>
        <translation>  keys init|public  экспортторго кол коюучу уюмдун ачкычын түзүү; анын ачык бөлүгүн чыгаруу
  keys certificate|import-certificate  ачкычтын сертификатын чыгаруу; күбөлөндүрүүчү борбордун сертификатын сактоо
  keys time-stamping  ар бир экспорттун кол тамгасына убакыт белгисин коюучу RFC 3161 борбору
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="338"/>
        <source>  claims add|list|letter  register claims and access requests, list them with days left, print answers
  claims correct|recipient-told  correct a subject&apos;s data on their request; record who was told
</source>
        <translation>  claims add|list|letter  дооматтарды жана маалымат суроолорун каттоо, калган күндөрү менен тизмелөө, жоопторду басып чыгаруу
  claims correct|recipient-told  субъекттин суроосу боюнча анын маалыматтарын оңдоо; кимге кабарланганын жазуу
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="342"/>
        <source>  calendar list|import  the marked days of a year; a year&apos;s published calendar from a file
</source>
        <translation>  calendar list|import  жылдын белгиленген күндөрү; жылдын жарыяланган календары файлдан
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="344"/>
        <source>  officers list|add|map-login|create-login
                       the console&apos;s officers; an administrator adds one, gives one a login
</source>
        <translation>  officers list|add|map-login|create-login
                       консолдун кызматкерлери; администратор кызматкер кошот, ага логин берет
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="347"/>
        <source>  holder show|set  the holder of the data as letters name it: name, INN, address, signatory
</source>
        <translation>  holder show|set  каттарда аталгандай маалымат ээси: аталышы, ИСН, дареги, кол коюучу
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="349"/>
        <source>  withdrawals list|show|register|open-minor|verify|reject|decide|approve|execute|recipient-told|allow-close|reply|letter|target
      written withdrawal requests and the officer&apos;s cases for minors, each step as in the window
</source>
        <translation>  withdrawals list|show|register|open-minor|verify|reject|decide|approve|execute|recipient-told|allow-close|reply|letter|target
      макулдукту кайтарып алуу жөнүндө жазуу жүзүндөгү арыздар жана жашы жете электер боюнча кызматкердин иштери, ар бир кадам терезедегидей
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="352"/>
        <source>  retention list|open  what is due for the retention review (policy 6.2-6.3); its cases
</source>
        <translation>  retention list|open  сактоо мөөнөтүн кароого тийиштүүлөр (саясаттын 6.2-6.3-пункттары); анын иштери
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="354"/>
        <source>  systems list|add|change  the platform&apos;s data systems: what each holds, who confirms for it
</source>
        <translation>  systems list|add|change  платформанын маалымат тутумдары: ар биринде эмне сакталат, ал үчүн ким тастыктайт
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="356"/>
        <source>  tasks list|confirm|retry|settle-backups  what executed withdrawals ask of each system and recipient
  tasks receive    record the reports the systems&apos; workers wrote on the server
</source>
        <translation>  tasks list|confirm|retry|settle-backups  аткарылган кайтарып алуулар ар бир тутумдан жана алуучудан эмнени талап кылат
  tasks receive    тутумдардын иштеткичтери серверге жазган отчетторду каттоо
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="359"/>
        <source>  disclosures list|notice-period  disclosures to third parties and how many subjects were told; the days set for telling them
</source>
        <translation>  disclosures list|notice-period  үчүнчү жактарга ачыкка чыгаруулар жана канча субъектке кабарланганы; кабарлоо үчүн белгиленген күндөр
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="387"/>
        <source>Usage: dpo-console [--database URL]          open the console
       dpo-console COMMAND [options]         run a command

Commands:
</source>
        <translation>Колдонулушу: dpo-console [--database URL]          консолду ачуу
       dpo-console COMMAND [options]         буйрукту иштетүү

Буйруктар:
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="393"/>
        <source>
dpo-console COMMAND --help documents each command. Exit codes: 0 success, 1 a check found a problem,
2 bad usage or input, 3 the database or OpenSSL failed.
</source>
        <translation>
dpo-console COMMAND --help ар бир буйрукту сыпаттайт. Чыгуу коддору: 0 ийгиликтүү, 1 текшерүү көйгөй тапты,
2 туура эмес колдонуу же киргизүү, 3 база же OpenSSL иштебей калды.
</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosureCommands.cpp" line="21"/>
        <source>Lists disclosures of personal data to third parties (policy 4.6.1-4.6.3, consent, treaties), newest first, with the recipient&apos;s country (ISO 3166-1), how many of their subjects were notified (4.6.4) and how many notices were not delivered.</source>
        <translation>Жеке маалыматтарды үчүнчү жактарга ачыкка чыгарууларды (саясаттын 4.6.1-4.6.3-пункттары, макулдук, эл аралык келишимдер) эң жаңысынан баштап, алуучунун өлкөсү (ISO 3166-1), алардын канча субъектине кабарланганы (4.6.4) жана канча билдирүү жеткирилбегени менен тизмелейт.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosureCommands.cpp" line="31"/>
        <source>Only disclosures outside platform cooperation with a subject not yet notified.</source>
        <translation>Платформанын кызматташтыгынан тышкары, али кабарланбаган субъекти бар ачыкка чыгаруулар гана.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosureCommands.cpp" line="33"/>
        <source>Only transfers to a recipient outside the Kyrgyz Republic.</source>
        <translation>Кыргыз Республикасынан тышкаркы алуучуга берүүлөр гана.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosureCommands.cpp" line="34"/>
        <source>Disclosed on or after this day, YYYY-MM-DD.</source>
        <translation>Ушул күнү же андан кийин ачыкка чыгарылган, ЖЖЖЖ-АА-КК.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosureCommands.cpp" line="36"/>
        <source>Disclosed on or before this day, YYYY-MM-DD.</source>
        <translation>Ушул күнү же андан мурун ачыкка чыгарылган, ЖЖЖЖ-АА-КК.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosureCommands.cpp" line="80"/>
        <source>Sets how many working days after a disclosure its subjects must be notified before it is flagged (administrators; 3 by default).</source>
        <translation>Ачыкка чыгаруудан кийин анын субъекттерине канча иш күнүндө кабарлоо керек экенин белгилейт, андан кийин ал белгиленет (администраторлор; демейки 3).</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosureCommands.cpp" line="82"/>
        <source>Working days, 1 to 30.</source>
        <translation>Иш күндөрү, 1ден 30га чейин.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosureCommands.cpp" line="85"/>
        <source>--days must be a number of working days, 1 to 30.</source>
        <translation>--days иш күндөрүнүн саны болушу керек, 1ден 30га чейин.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosureCommands.cpp" line="89"/>
        <source>Subjects not notified %1 working days after a disclosure are flagged.
</source>
        <extracomment>%1: a number of working days.</extracomment>
        <translation>Ачыкка чыгаруудан %1 иш күнү өткөндөн кийин кабарланбаган субъекттер белгиленет.
</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosureCommands.cpp" line="98"/>
        <source>Usage: dpo-console disclosures list|notice-period ... (dpo-console disclosures list --help)
</source>
        <translation>Колдонулушу: dpo-console disclosures list|notice-period ... (dpo-console disclosures list --help)
</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="40"/>
        <source>%1: nothing new: each of its %2 events was applied before; nothing changed.
</source>
        <extracomment>%1: the feed file&apos;s name; %2: the number of events in it.</extracomment>
        <translation>%1: жаңы эч нерсе жок: анын %2 окуясынын ар бири мурда колдонулган; эч нерсе өзгөргөн жок.
</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="46"/>
        <source>%1 applied as batch %2 (SHA-256 %3):
</source>
        <extracomment>%1: the feed file&apos;s name; %2: the batch&apos;s number; %3: the file&apos;s SHA-256 hash. Lines of counts follow.</extracomment>
        <translation>%1 %2-топтом катары колдонулду (SHA-256 %3):
</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="50"/>
        <source>  skipped (applied before) %1
  refused (privacy rules)  %2
  flagged for the officer  %3
</source>
        <extracomment>Three lines of a table, the labels aligned; %1, %2, %3: numbers of events.</extracomment>
        <translation>  өткөрүлүп жиберилди (мурда колдонулган) %1
  четке кагылды (купуялуулук эрежелери)  %2
  кызматкер үчүн белгиленди  %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="63"/>
        <source>Applies a file of the platform&apos;s change feed (JSON Lines, docs/feed.md) in one transaction: all of it or nothing. Every problem is reported as FILE:LINE: field: reason (exit 2, nothing written); an event applied before is skipped; events a privacy rule refuses or flags are listed for the officer.</source>
        <translation>Платформанын өзгөрүүлөр агымынын файлын (JSON Lines, docs/feed.md) бир транзакцияда колдонот: баарын же эч нерсени. Ар бир ката FILE:LINE: талаа: себеп түрүндө көрсөтүлөт (чыгуу коду 2, эч нерсе жазылбайт); мурда колдонулган окуя өткөрүлүп жиберилет; купуялуулук эрежеси четке каккан же белгилеген окуялар кызматкер үчүн тизмеленет.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="71"/>
        <source>The feed file, JSON Lines.</source>
        <translation>Агым файлы, JSON Lines.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="83"/>
        <source>--format must be text or json, not &quot;%1&quot;.</source>
        <extracomment>%1: the value typed after --format.</extracomment>
        <translation>--format «%1» эмес, text же json болушу керек.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="85"/>
        <source>Give one file: the feed, JSON Lines.</source>
        <translation>Бир файл көрсөтүңүз: агым, JSON Lines.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="92"/>
        <source>%1 (flagged for the officer)</source>
        <extracomment>%1: why the event was flagged, a sentence.</extracomment>
        <translation>%1 (кызматкер үчүн белгиленди)</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="95"/>
        <source>… and %1 more flags.</source>
        <extracomment>%1: the number of flags not printed.</extracomment>
        <translation>… жана дагы %1 белги.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="120"/>
        <source>applied %1, skipped %2, refused %3, rejected %4, flagged %5, held back %6</source>
        <extracomment>Counts of the inbox&apos;s events in one pass; %1 to %6: numbers.</extracomment>
        <translation>колдонулду %1, өткөрүлдү %2, четке кагылды (эрежелер) %3, кабыл алынбады %4, белгиленди %5, кармалып турат %6</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="141"/>
        <source>%1 feed run: backup tasks settled by their rotation %2</source>
        <extracomment>A line of the worker&apos;s log. %1: the time (ISO 8601); %2: the number of backup tasks settled.</extracomment>
        <translation>%1 feed run: айлануу менен жабылган камдык көчүрмө тапшырмалары %2</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="151"/>
        <source>%1 feed run: task reports recorded %2, rejected %3</source>
        <extracomment>A line of the worker&apos;s log. %1: the time (ISO 8601); %2: the number of task reports recorded; %3: the number rejected.</extracomment>
        <translation>%1 feed run: тапшырма отчеттору катталды %2, кабыл алынбады %3</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="202"/>
        <source>%1 feed run: %2 (trying again in %3 s)</source>
        <extracomment>A line of the worker&apos;s log. %1: the time (ISO 8601); %2: the error, a sentence; %3: seconds before the next try.</extracomment>
        <translation>%1 feed run: %2 (%3 секунддан кийин кайра аракет)</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="248"/>
        <source>--%1 must be a whole number from 1 to %2.</source>
        <extracomment>%1: the option&apos;s name without dashes; %2: the largest number allowed.</extracomment>
        <translation>--%1 эң азы 1, эң көбү %2 болгон бүтүн сан болушу керек.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="256"/>
        <source>Applies the events the platform writes into the inbox (docs/feed.md), in order, a batch per transaction, woken by each insert on PostgreSQL and every --poll seconds; stops cleanly on SIGTERM or SIGINT. A rejected event holds back the later events of its subject until it is retried or dismissed; on a server it also records the data systems&apos; reports on their tasks (docs/tasks.md). With --once, applies what is pending and exits.</source>
        <translation>Платформа кирүүчү кутуга жазган окуяларды (docs/feed.md) ирети менен, ар бир топтомду бир транзакцияда колдонот; PostgreSQLде ар бир кошулганда жана ар --poll секунд сайын ойгонот; SIGTERM же SIGINT келгенде таза токтойт. Кабыл алынбаган окуя кайра аракет кылынганга же четке кагылганга чейин ошол субъекттин кийинки окуяларын кармап турат; серверде маалымат тутумдарынын тапшырмалары боюнча отчетторун да каттайт (docs/tasks.md). --once менен күтүп тургандарды колдонуп, чыгат.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="264"/>
        <source>Apply what is pending, then exit.</source>
        <translation>Күтүп тургандарды колдонуп, анан чыгуу.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="265"/>
        <source>Events per transaction, 1 to 10000.</source>
        <translation>Бир транзакциядагы окуялар, 1ден 10000ге чейин.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="267"/>
        <source>Seconds between polls, 1 to 3600.</source>
        <translation>Текшерүүлөрдүн ортосундагы секунддар, 1ден 3600гө чейин.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="286"/>
        <source>Cannot watch for signals.</source>
        <translation>Сигналдарды байкоо мүмкүн эмес.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="292"/>
        <source>feed run: applying the inbox of %1 as %2; SIGTERM stops.</source>
        <extracomment>%1: the database&apos;s address (no password); %2: the officer&apos;s user name.</extracomment>
        <translation>feed run: %1 кирүүчү кутусу %2 атынан колдонулууда; SIGTERM токтотот.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="298"/>
        <source>feed run: stopped.</source>
        <translation>feed run: токтоду.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="316"/>
        <source>Lists the inbox&apos;s rejected events, oldest first: seq, received, platform reference, reason; and the inbox&apos;s state (pending, oldest pending, open flags).</source>
        <translation>Кирүүчү кутунун кабыл алынбаган окуяларын эң эскисинен баштап тизмелейт: номери, алынган убакыт, платформадагы шилтеме, себеп; жана кирүүчү кутунун абалын (күтүп тургандар, эң эски күтүп турган, ачык белгилер).</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="334"/>
        <source>%1 pending (oldest received %2), %3 rejected, %4 flags not yet reviewed.</source>
        <extracomment>%1: the number of pending events; %2: when the oldest was received (ISO 8601) or empty; %3: the number of rejected events; %4: the number of open flags.</extracomment>
        <translation>%1 күтүүдө (эң эскиси %2 алынган), %3 кабыл алынбады, %4 белги али каралып чыга элек.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="349"/>
        <source>Puts a rejected inbox event back to pending (once what it named exists); the worker applies it next, and its subject&apos;s later events after it.</source>
        <translation>Кабыл алынбаган окуяны кайра күтүүгө коёт (ал атаган нерсе пайда болгондо); иштеткич аны кийинки колдонот, андан кийин ошол субъекттин кийинки окуяларын.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="351"/>
        <source>Dismisses a rejected inbox event for good, with the reason; its subject&apos;s later events go on.</source>
        <translation>Кабыл алынбаган окуяны себеби менен биротоло четке кагат; анын субъектинин кийинки окуялары уланат.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="357"/>
        <source>Why the event is dismissed.</source>
        <translation>Окуя эмне үчүн четке кагылганы.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="358"/>
        <source>The event&apos;s number in the inbox.</source>
        <translation>Окуянын кирүүчү кутудагы номери.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="371"/>
        <source>Give the event&apos;s number in the inbox.</source>
        <translation>Окуянын кирүүчү кутудагы номерин көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="380"/>
        <source>Inbox event %1 is pending again.</source>
        <extracomment>%1: the inbox event&apos;s sequence number.</extracomment>
        <translation>%1-окуя кайра күтүүдө.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="382"/>
        <source>Inbox event %1 is dismissed.</source>
        <extracomment>%1: the inbox event&apos;s sequence number.</extracomment>
        <translation>Кирүүчү кутудагы %1-окуя четке чыгарылды.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="397"/>
        <source>Usage: dpo-console feed apply --database URL --officer NAME [--format text|json] FILE.jsonl
       dpo-console feed run --database URL --officer NAME [--once] [--batch N] [--poll SECONDS]
       dpo-console feed rejected --database URL
       dpo-console feed retry --database URL --officer NAME SEQ
       dpo-console feed dismiss --database URL --officer NAME --reason TEXT SEQ
</source>
        <translation>Колдонулушу: dpo-console feed apply --database URL --officer NAME [--format text|json] FILE.jsonl
       dpo-console feed run --database URL --officer NAME [--once] [--batch N] [--poll SECONDS]
       dpo-console feed rejected --database URL
       dpo-console feed retry --database URL --officer NAME SEQ
       dpo-console feed dismiss --database URL --officer NAME --reason TEXT SEQ
</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="22"/>
        <source>The holder&apos;s name in Kyrgyz.</source>
        <translation>Маалымат ээсинин кыргызча аталышы.</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="23"/>
        <source>The holder&apos;s name in Russian.</source>
        <translation>Маалымат ээсинин орусча аталышы.</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="24"/>
        <source>The holder&apos;s INN (14 digits).</source>
        <translation>Маалымат ээсинин ИСНи (14 сан).</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="26"/>
        <source>The holder&apos;s postal address in Kyrgyz.</source>
        <translation>Маалымат ээсинин кыргызча почта дареги.</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="28"/>
        <source>The holder&apos;s postal address in Russian.</source>
        <translation>Маалымат ээсинин орусча почта дареги.</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="30"/>
        <source>The signatory&apos;s position in Kyrgyz.</source>
        <translation>Кол коюучунун кыргызча кызмат орду.</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="32"/>
        <source>The signatory&apos;s position in Russian.</source>
        <translation>Кол коюучунун орусча кызмат орду.</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="38"/>
        <source>Shows the holder of the data as letters name it.</source>
        <translation>Маалымат ээсин каттарда аталгандай көрсөтөт.</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="55"/>
        <source>Changes the holder&apos;s details that letters print; a detail not given stays as it is. Administrators only; every change is in the audit trail.</source>
        <translation>Каттарда басылган маалымат ээсинин реквизиттерин өзгөртөт; берилбеген реквизит ошол бойдон калат. Администраторлор гана; ар бир өзгөртүү аудит журналында.</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="71"/>
        <source>Unexpected argument &quot;%1&quot;; give each detail with its option.</source>
        <extracomment>%1: the unexpected argument as typed.</extracomment>
        <translation>Күтүлбөгөн аргумент «%1»; ар бир реквизитти өз параметри менен бериңиз.</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="81"/>
        <source>The holder&apos;s details are saved; the next letters use them.</source>
        <translation>Кармоочунун маалыматтары сакталды; кийинки каттар аларды колдонот.</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="91"/>
        <source>Usage: dpo-console holder show --database URL [--format table|csv|json]
       dpo-console holder set --database URL --officer NAME [--name-ky TEXT] [--name-ru TEXT] [--inn DIGITS]
           [--address-ky TEXT] [--address-ru TEXT] [--position-ky TEXT] [--position-ru TEXT]
</source>
        <translation>Колдонулушу: dpo-console holder show --database URL [--format table|csv|json]
       dpo-console holder set --database URL --officer NAME [--name-ky TEXT] [--name-ru TEXT] [--inn DIGITS]
           [--address-ky TEXT] [--address-ru TEXT] [--position-ky TEXT] [--position-ru TEXT]
</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="40"/>
        <source>An administrator adds an officer (audited). The new officer&apos;s password comes from DPO_CONSOLE_NEW_PASSWORD or is asked for twice on the terminal; the administrator&apos;s own from DPO_CONSOLE_PASSWORD.</source>
        <translation>Администратор кызматкер кошот (аудитке жазылат). Жаңы кызматкердин сырсөзү DPO_CONSOLE_NEW_PASSWORD өзгөрмөсүнөн алынат же терминалда эки жолу суралат; администратордун өзүнүкү DPO_CONSOLE_PASSWORD өзгөрмөсүнөн.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="46"/>
        <source>The new officer&apos;s user name.</source>
        <translation>Жаңы кызматкердин колдонуучу аты.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="47"/>
        <source>Their name as letters and the trail show it.</source>
        <translation>Анын каттарда жана журналда көрсөтүлгөн аты-жөнү.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="49"/>
        <source>administrator, supervisor, officer or auditor.</source>
        <translation>administrator, supervisor, officer же auditor.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="52"/>
        <source>PostgreSQL: also create their database login, named as the user name, with this password as its first (the officer chooses their own at the first sign-in).</source>
        <translation>PostgreSQL: ошондой эле колдонуучу аты менен аталган маалымат базасынын логинин түзүү, бул сыр сөз анын биринчиси болот (кызматкер биринчи киргенде өзүнүкүн тандайт).</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="73"/>
        <source>Password for the new officer %1:</source>
        <extracomment>A prompt on the terminal. %1: the new officer&apos;s user name.</extracomment>
        <translation>Жаңы кызматкер %1 үчүн сырсөз:</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="78"/>
        <source>Officer %1 added as %2.</source>
        <extracomment>%1: the officer&apos;s user name; %2: the role&apos;s code, e.g. &quot;officer&quot; or &quot;supervisor&quot;.</extracomment>
        <translation>%1 кызматкери %2 катары кошулду.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="81"/>
        <source>They connect to the server as the login %1.</source>
        <extracomment>%1: the officer&apos;s user name, which is also their database login.</extracomment>
        <translation>Ал серверге %1 логини менен туташат.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="102"/>
        <source>PostgreSQL: an administrator makes an existing database login the officer&apos;s own (audited); the login joins the group of the officer&apos;s role and the officer connects with it from then on (docs/deployment.md, &quot;One login per officer&quot;). An empty --login takes the officer&apos;s login away.</source>
        <translation>PostgreSQL: администратор маалымат базасынын бар логинин кызматкердики кылат (аудитке жазылат); логин кызматкердин ролунун тобуна кошулат жана кызматкер мындан ары аны менен туташат (docs/deployment.md, &quot;One login per officer&quot;). Бош --login кызматкердин логинин алып салат.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="109"/>
        <location filename="../app/cli/OfficerCommands.cpp" line="151"/>
        <source>The officer&apos;s user name.</source>
        <translation>Кызматкердин колдонуучу аты.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="111"/>
        <source>The PostgreSQL login, made by the server&apos;s administrator beforehand.</source>
        <translation>Сервердин администратору алдын ала түзгөн PostgreSQL логини.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="143"/>
        <source>PostgreSQL: an administrator creates the database login of an officer who has none, named as their user name (audited); it joins the group of the officer&apos;s role. Its first password comes from DPO_CONSOLE_NEW_PASSWORD or is asked for twice on the terminal; the officer chooses their own at the first sign-in (docs/deployment.md, &quot;One login per officer&quot;).</source>
        <translation>PostgreSQL: администратор логини жок кызматкерге анын колдонуучу аты менен аталган маалымат базасынын логинин түзөт (аудитке жазылат); логин кызматкердин ролунун тобуна кошулат. Анын биринчи сыр сөзү DPO_CONSOLE_NEW_PASSWORD өзгөрмөсүнөн алынат же терминалда эки жолу суралат; кызматкер биринчи киргенде өзүнүкүн тандайт (docs/deployment.md, «One login per officer»).</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="168"/>
        <source>First password of the login %1:</source>
        <extracomment>A prompt on the terminal. %1: the officer&apos;s user name.</extracomment>
        <translation>%1 логининин биринчи сыр сөзү:</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="171"/>
        <source>Officer %1 connects as the login %1 from now on.</source>
        <extracomment>%1: the officer&apos;s user name, which is also their database login.</extracomment>
        <translation>%1 кызматкери мындан ары %1 логини менен туташат.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="184"/>
        <source>Usage: dpo-console officers list|add|map-login|create-login ... (dpo-console officers add --help)
</source>
        <translation>Колдонуу: dpo-console officers list|add|map-login|create-login ... (dpo-console officers add --help)
</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="95"/>
        <source>There is no officer &quot;%1&quot;.</source>
        <extracomment>%1: the user name as typed.</extracomment>
        <translation>&quot;%1&quot; деген кызматкер жок.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="17"/>
        <source>Lists the console&apos;s officers: user name, name, role, whether they may sign in, and their own database login (PostgreSQL).</source>
        <translation>Консолдун кызматкерлерин тизмелейт: колдонуучу аты, аты-жөнү, ролу, кире алабы жана өз маалымат базасынын логини (PostgreSQL).</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="132"/>
        <source>Officer %1 has no database login of their own now.</source>
        <extracomment>%1: the officer&apos;s user name.</extracomment>
        <translation>%1 кызматкеринин эми маалымат базасында өз логини жок.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="134"/>
        <source>Officer %1 connects as %2 from now on.</source>
        <extracomment>%1: the officer&apos;s user name; %2: the database login.</extracomment>
        <translation>%1 кызматкери мындан ары %2 катары туташат.</translation>
    </message>
    <message>
        <location filename="../app/cli/RetentionCommands.cpp" line="20"/>
        <source>Lists what is due for the retention review (policy 6.2-6.3): every keep whose end date has passed, and every face photo or video held after the consent was withdrawn or the account closed, with the subject&apos;s open review case.</source>
        <translation>Сактоо мөөнөтүн кароого тийиштүүлөрдү тизмелейт (саясаттын 6.2-6.3-пункттары): аяктоо күнү өтүп кеткен ар бир сактоону жана макулдук кайтарылып алынгандан же аккаунт жабылгандан кийин сакталып жаткан ар бир бет сүрөтүн же видеону, субъекттин ачык кароо иши менен.</translation>
    </message>
    <message>
        <location filename="../app/cli/RetentionCommands.cpp" line="57"/>
        <source>Opens a retention review case for a subject&apos;s due categories, or with --all for every subject with something due and no review case open (in one transaction); each case is decided (destroy, or keep on a ground until a new date) and executed with the withdrawals commands, and closed with reply --method none. Prints each case&apos;s number.</source>
        <translation>Субъекттин мөөнөтү келген категориялары үчүн сактоо мөөнөтүн кароо ишин ачат, же --all менен мөөнөтү келген нерсеси бар жана ачык кароо иши жок ар бир субъект үчүн (бир транзакцияда); ар бир иш withdrawals буйруктары менен чечилет (жок кылуу, же негиз боюнча жаңы күнгө чейин сактоо) жана аткарылат, reply --method none менен жабылат. Ар бир иштин номерин чыгарат.</translation>
    </message>
    <message>
        <location filename="../app/cli/RetentionCommands.cpp" line="64"/>
        <source>Every subject with something due.</source>
        <translation>Мөөнөтү келген нерсеси бар ар бир субъект.</translation>
    </message>
    <message>
        <location filename="../app/cli/RetentionCommands.cpp" line="67"/>
        <source>Cases opened: %1; subjects whose review case was already open: %2.</source>
        <extracomment>%1: the number of review cases opened; %2: the number of subjects whose review case was already open.</extracomment>
        <translation>Ачылган иштер: %1; кароо иши буга чейин ачык болгон субъекттер: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/RetentionCommands.cpp" line="85"/>
        <source>Usage: dpo-console retention list|open ... (dpo-console retention open --help)
</source>
        <translation>Колдонулушу: dpo-console retention list|open ... (dpo-console retention open --help)
</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="17"/>
        <source>Lists the platform&apos;s data systems: what each holds and who confirms for it.</source>
        <translation>Платформанын маалымат тутумдарын тизмелейт: ар биринде эмне сакталат жана ал үчүн ким тастыктайт.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="43"/>
        <source>The system&apos;s code (a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</source>
        <translation>Тутумдун коду (a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="45"/>
        <source>The system&apos;s name.</source>
        <translation>Тутумдун аталышы.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="47"/>
        <source>core_database, photo_store, video_archive, crm, analytics, backup or other.</source>
        <translation>core_database, photo_store, video_archive, crm, analytics, backup же other.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="51"/>
        <source>worker (its worker confirms through the task outbox) or person (by hand).</source>
        <translation>worker (анын иштеткичи тапшырмалардын чыгуучу кутусу аркылуу тастыктайт) же person (кол менен).</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="55"/>
        <source>Who answers for it: a team or a person, with how to reach them.</source>
        <translation>Ал үчүн ким жооп берет: команда же адам, аны менен кантип байланышуу керек.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="58"/>
        <source>A backup: after how many days its copies are overwritten.</source>
        <translation>Камдык көчүрмө: анын көчүрмөлөрү канча күндөн кийин кайра жазылат.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="61"/>
        <source>The data categories it holds, by code, separated by commas.</source>
        <translation>Анда сакталган маалымат категориялары, коду боюнча, үтүр менен.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="71"/>
        <source>Unexpected argument &quot;%1&quot;; give each field with its option.</source>
        <extracomment>%1: the unexpected argument as typed.</extracomment>
        <translation>Күтүлбөгөн аргумент «%1»; ар бир талааны өз параметри менен бериңиз.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="88"/>
        <source>--rotation-days must be a number of days, not &quot;%1&quot;.</source>
        <extracomment>%1: the value typed after --rotation-days.</extracomment>
        <translation>--rotation-days «%1» эмес, күндөрдүн саны болушу керек.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="99"/>
        <source>Adds a data system to the register (administrators; audited).</source>
        <translation>Реестрге маалымат тутумун кошот (администраторлор; аудитке жазылат).</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="116"/>
        <source>Data system %1 added; withdrawals executed from now on give it tasks.</source>
        <extracomment>%1: the data system&apos;s code, e.g. &quot;crm&quot;.</extracomment>
        <translation>%1 маалымат тутуму кошулду; мындан ары аткарылган кайтарып алуулар ага тапшырма берет.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="126"/>
        <source>Changes a data system; a field not given stays as it is (administrators; audited). --active no retires it: it gets no new tasks.</source>
        <translation>Маалымат тутумун өзгөртөт; берилбеген талаа ошол бойдон калат (администраторлор; аудитке жазылат). --active no аны колдонуудан чыгарат: ал жаңы тапшырма албайт.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="129"/>
        <source>yes or no.</source>
        <translation>yes же no.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="139"/>
        <source>--code names the system to change.</source>
        <translation>--code өзгөртүлө турган тутумду атайт.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="150"/>
        <source>There is no data system with the code &quot;%1&quot;.</source>
        <extracomment>%1: the code as typed.</extracomment>
        <translation>«%1» коду менен маалымат тутуму жок.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="155"/>
        <source>--active must be yes or no.</source>
        <translation>--active yes же no болушу керек.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="160"/>
        <source>Data system %1 saved.</source>
        <extracomment>%1: the data system&apos;s code.</extracomment>
        <translation>%1 маалымат тутуму сакталды.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="170"/>
        <source>Usage: dpo-console systems list --database URL [--format table|csv|json]
       dpo-console systems add --database URL --officer NAME --code CODE --name TEXT --kind KIND
           --confirmed-by worker|person --owner TEXT [--rotation-days N] --categories A,B
       dpo-console systems change --database URL --officer NAME --code CODE [--name TEXT] [--active yes|no] ...
</source>
        <translation>Колдонулушу: dpo-console systems list --database URL [--format table|csv|json]
       dpo-console systems add --database URL --officer NAME --code CODE --name TEXT --kind KIND
           --confirmed-by worker|person --owner TEXT [--rotation-days N] --categories A,B
       dpo-console systems change --database URL --officer NAME --code CODE [--name TEXT] [--active yes|no] ...
</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="17"/>
        <source>Name one task by its number (tasks list shows them).</source>
        <translation>Бир тапшырманы номери менен көрсөтүңүз (tasks list аларды көрсөтөт).</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="24"/>
        <source>Lists the tasks that carry executed withdrawals to the platform&apos;s data systems and recipients: per request, its systems first, then its recipients.</source>
        <translation>Аткарылган кайтарып алууларды платформанын маалымат тутумдарына жана алуучуларга жеткирген тапшырмаларды тизмелейт: ар бир арыз боюнча адегенде анын тутумдары, анан алуучулары.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="29"/>
        <source>Only tasks not yet done (open or failed).</source>
        <translation>Али аткарылбаган тапшырмалар гана (ачык же ишке ашпаган).</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="31"/>
        <source>Only tasks not yet done past their due date.</source>
        <translation>Мөөнөтү өтүп кеткен, али аткарылбаган тапшырмалар гана.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="32"/>
        <source>Only the tasks of this withdrawal request.</source>
        <translation>Ушул кайтарып алуу арызынын тапшырмалары гана.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="53"/>
        <source>--request must be a request&apos;s number.</source>
        <translation>--request арыздын номери болушу керек.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="88"/>
        <source>Confirms a task done or failed (a failure with its reason in --note); by hand, a document may be attached to the request as evidence.</source>
        <translation>Тапшырманын аткарылганын же ишке ашпаганын тастыктайт (ишке ашпаса, себеби --note ичинде); кол менен тастыктаганда арызга далил катары документ тиркелиши мүмкүн.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="92"/>
        <source>The system did what it was asked.</source>
        <translation>Тутум суралганды аткарды.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="93"/>
        <source>It could not; say why in --note.</source>
        <translation>Аткара алган жок; себебин --note ичинде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="95"/>
        <source>What was done, or why it failed.</source>
        <translation>Эмне жасалганы, же эмне үчүн ишке ашпаганы.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="98"/>
        <source>When it was done or failed (ISO 8601 with its zone); now when not given.</source>
        <translation>Качан аткарылганы же ишке ашпаганы (ISO 8601, убакыт алкагы менен); берилбесе — азыр.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="102"/>
        <source>A document (PDF, JPEG, PNG, TIFF) that shows it, attached to the request.</source>
        <translation>Муну көрсөткөн документ (PDF, JPEG, PNG, TIFF), арызга тиркелет.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="114"/>
        <source>Give one of --done and --failed.</source>
        <translation>--done же --failed экөөнүн бирин көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="124"/>
        <source>--at must be a time in ISO 8601 with its zone, such as 2026-12-04T15:30:00+06:00.</source>
        <translation>--at убакыт алкагы менен ISO 8601 убактысы болушу керек, мисалы 2026-12-04T15:30:00+06:00.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="134"/>
        <source>Task %1 is done.</source>
        <extracomment>%1: the task&apos;s number.</extracomment>
        <translation>%1-тапшырма аткарылды.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="136"/>
        <source>Task %1 failed; retry it when the system can try again.</source>
        <extracomment>%1: the task&apos;s number.</extracomment>
        <translation>%1-тапшырма ишке ашкан жок; тутум кайра аракет кыла алганда аны кайра ачыңыз.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="144"/>
        <source>Opens a failed task again for another attempt.</source>
        <translation>Ишке ашпаган тапшырманы дагы бир аракет үчүн кайра ачат.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="147"/>
        <source>Why it may work now.</source>
        <translation>Эмне үчүн эми ишке ашышы мүмкүн.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="160"/>
        <source>Task %1 is open again.</source>
        <extracomment>%1: the task&apos;s number.</extracomment>
        <translation>%1-тапшырма кайра ачык.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="169"/>
        <source>On a server: records the reports the data systems&apos; workers wrote (docs/tasks.md), each as its task&apos;s confirmation or rejected with the reason, then exits; `feed run` does the same as the reports arrive.</source>
        <translation>Серверде: маалымат тутумдарынын иштеткичтери жазган отчетторду (docs/tasks.md) ар бирин өз тапшырмасынын тастыктоосу катары же себеби менен кабыл алынбаган катары каттап, чыгат; `feed run` отчеттор келген сайын ушуну эле жасайт.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="183"/>
        <source>Reports come from the workers&apos; role on a PostgreSQL server; on SQLite confirm tasks with tasks confirm.</source>
        <translation>Отчеттор PostgreSQL серверинде иштеткичтердин ролунан келет; SQLiteда тапшырмаларды tasks confirm менен тастыктаңыз.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="195"/>
        <source>recorded %1, rejected %2
</source>
        <extracomment>%1: the number of task reports recorded; %2: the number rejected.</extracomment>
        <translation>катталды %1, кабыл алынбады %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="204"/>
        <source>Marks done every backup&apos;s task whose rotation has come round: the copies that held the data are overwritten.</source>
        <translation>Айлануу мөөнөтү келген ар бир камдык көчүрмөнүн тапшырмасын аткарылды деп белгилейт: маалыматты камтыган көчүрмөлөр кайра жазылды.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TaskCommands.cpp" line="219"/>
        <source>%n backup task(s) done by their rotation.</source>
        <extracomment>%n: the number of backup tasks.</extracomment>
        <translation>
            <numerusform>Айлануу мөөнөтү келгендиктен %n камдык көчүрмө тапшырмасы аткарылды.</numerusform>
            <numerusform>Айлануу мөөнөтү келгендиктен %n камдык көчүрмө тапшырмасы аткарылды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="235"/>
        <source>Usage: dpo-console tasks list --database URL [--open] [--overdue] [--request ID] --format csv|json
       dpo-console tasks confirm ID --database URL --officer NAME --done|--failed [--note TEXT] [--at TIME] [--evidence FILE]
       dpo-console tasks retry ID --database URL --officer NAME [--note TEXT]
       dpo-console tasks receive --database URL --officer NAME
       dpo-console tasks settle-backups --database URL --officer NAME
</source>
        <translation>Колдонулушу: dpo-console tasks list --database URL [--open] [--overdue] [--request ID] --format csv|json
       dpo-console tasks confirm ID --database URL --officer NAME --done|--failed [--note TEXT] [--at TIME] [--evidence FILE]
       dpo-console tasks retry ID --database URL --officer NAME [--note TEXT]
       dpo-console tasks receive --database URL --officer NAME
       dpo-console tasks settle-backups --database URL --officer NAME
</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="27"/>
        <source>Lists written withdrawal requests: open ones first (the reply not yet sent), the nearest target date first, with the days left.</source>
        <translation>Кайтарып алуу жөнүндө жазуу жүзүндөгү арыздарды тизмелейт: адегенде ачыктары (жооп али жөнөтүлө элек), максаттуу күнү жакындары биринчи, калган күндөрү менен.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="35"/>
        <source>Only requests in this state: %1.</source>
        <extracomment>Help for the --state option. %1: the state codes, separated by commas.</extracomment>
        <translation>Ушул абалдагы арыздар гана: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="37"/>
        <source>Only open ones past their target date.</source>
        <translation>Максаттуу күнү өтүп кеткен ачыктары гана.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="52"/>
        <source>--state must be one of %1.</source>
        <extracomment>%1: the state codes, separated by commas.</extracomment>
        <translation>--state булардын бири болушу керек: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="83"/>
        <source>Opens a case to destroy the data of a subject under 18 (policy 9.1, 12.4) without waiting for a request, or, with --all, one for every subject under 18 who still holds data and has no case open (all in one transaction). Prints each case&apos;s number.</source>
        <translation>18 жашка чейинки субъекттин маалыматтарын жок кылуу ишин арызды күтпөстөн ачат (саясаттын 9.1, 12.4-пункттары), же --all менен маалыматтары дагы эле сакталып жаткан жана ачык иши жок 18 жашка чейинки ар бир субъект үчүн бирден (баары бир транзакцияда). Ар бир иштин номерин чыгарат.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="89"/>
        <source>Every subject under 18 without an open case.</source>
        <translation>Ачык иши жок 18 жашка чейинки ар бир субъект.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="92"/>
        <source>Cases opened: %1; subjects under 18 whose case was already open: %2.</source>
        <extracomment>%1: the number of cases opened; %2: the number of subjects under 18 whose case was already open.</extracomment>
        <translation>Ачылган иштер: %1; иши буга чейин ачык болгон 18 жашка чейинки субъекттер: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="94"/>
        <source>The parent&apos;s or guardian&apos;s name, when known (default: &quot;the parent or legal guardian of&quot; the minor).</source>
        <translation>Ата-эненин же камкордун аты-жөнү, белгилүү болсо (демейки: жашы жете электин «ата-энеси же мыйзамдуу өкүлү»).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="98"/>
        <source>Where the letter to the parent or guardian goes (default: the minor&apos;s residence address).</source>
        <translation>Ата-энеге же камкорго кат кайда жөнөтүлөт (демейки: жашы жете электин жашаган дареги).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="105"/>
        <source>--guardian-name and --guardian-address name one minor&apos;s parent: use them with --subject.</source>
        <translation>--guardian-name жана --guardian-address бир жашы жете электин ата-энесин атайт: аларды --subject менен колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="125"/>
        <source>Sets the internal target for closing a withdrawal request, in calendar days counted from receipt (administrators; requests already registered keep their date).</source>
        <translation>Кайтарып алуу арызын жабуунун ички максаттуу мөөнөтүн алынган күндөн тартып календардык күндөр менен белгилейт (администраторлор; мурда катталган арыздар өз күнүн сактайт).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="127"/>
        <source>Calendar days, 1 to 90 (30 by default).</source>
        <translation>Календардык күндөр, 1ден 90го чейин (демейки 30).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="129"/>
        <source>--days must be a number of days, 1 to 90.</source>
        <translation>--days күндөрдүн саны болушу керек, 1ден 90го чейин.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="133"/>
        <source>Withdrawal requests registered from now on are due %1 calendar days after receipt.
</source>
        <extracomment>%1: a number of calendar days.</extracomment>
        <translation>Мындан ары катталган кайтарып алуу арыздарынын мөөнөтү — алынгандан кийин %1 календардык күн.
</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="158"/>
        <source>Usage: dpo-console withdrawals list|show|register|open-minor|verify|reject|decide|approve|execute|recipient-told|allow-close|reply|letter|target ... (dpo-console withdrawals register --help)
</source>
        <translation>Колдонулушу: dpo-console withdrawals list|show|register|open-minor|verify|reject|decide|approve|execute|recipient-told|allow-close|reply|letter|target ... (dpo-console withdrawals register --help)
</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="22"/>
        <source>Name one withdrawal request by its number.</source>
        <translation>Бир кайтарып алуу арызын номери менен көрсөтүңүз.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="45"/>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="457"/>
        <source>The request&apos;s number.</source>
        <translation>Арыздын номери.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="88"/>
        <source>--%1 &quot;%2&quot; must be CATEGORY=VALUE, the category one of those given to --decision (%3).</source>
        <extracomment>%1: the option&apos;s name, e.g. &quot;until&quot;; %2: the value typed; %3: the categories given to --decision, separated by commas.</extracomment>
        <translation>--%1 «%2» CATEGORY=VALUE болушу керек, категория --decision берилгендердин бири (%3).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="106"/>
        <source>--decision &quot;%1&quot; must be CATEGORY=ACTION, the action one of destroy, depersonalise, block, keep.</source>
        <extracomment>%1: the value typed after --decision.</extracomment>
        <translation>--decision «%1» CATEGORY=ACTION болушу керек, аракет destroy, depersonalise, block, keep бири.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="117"/>
        <source>Give one --decision CATEGORY=ACTION for each data category in scope.</source>
        <translation>Камтылган ар бир маалымат категориясы үчүн бир --decision CATEGORY=ACTION бериңиз.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="136"/>
        <source>--until %1=%2 must be a date YYYY-MM-DD.</source>
        <extracomment>%1: the category&apos;s code; %2: the value typed for it.</extracomment>
        <translation>--until %1=%2 ЖЖЖЖ-АА-КК күнү болушу керек.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="208"/>
        <source>Registers a written request to withdraw consent (policy 12.1.3) with its letter, and prints its number and target date.</source>
        <translation>Макулдукту кайтарып алуу жөнүндө жазуу жүзүндөгү арызды (саясаттын 12.1.3-пункту) каты менен каттап, анын номерин жана максаттуу күнүн чыгарат.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="217"/>
        <source>How it came: post (default), in_person, email_scan, e_signature.</source>
        <translation>Кантип келди: post (демейки), in_person, email_scan, e_signature.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="220"/>
        <source>A partial withdrawal: a purpose it withdraws (may be repeated).</source>
        <translation>Жарым-жартылай кайтарып алуу: ал кайтарып алган максат (бир нече жолу берилиши мүмкүн).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="223"/>
        <source>A partial withdrawal: a data category it names (may be repeated).</source>
        <translation>Жарым-жартылай кайтарып алуу: ал атаган маалымат категориясы (бир нече жолу берилиши мүмкүн).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="225"/>
        <source>The scope in the letter&apos;s words.</source>
        <translation>Камтылганы каттын сөздөрү менен.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="228"/>
        <source>Who the reply goes to, as the letter gives it (default: the subject).</source>
        <translation>Жооп кимге жөнөтүлөт, катта көрсөтүлгөндөй (демейки: субъект).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="231"/>
        <source>Where the reply goes (default: the subject&apos;s residence address).</source>
        <translation>Жооп кайда жөнөтүлөт (демейки: субъекттин жашаган дареги).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="235"/>
        <source>The written request (PDF, JPEG, PNG or TIFF, at most 20 MB); may be repeated.</source>
        <translation>Жазуу жүзүндөгү арыз (PDF, JPEG, PNG же TIFF, 20 МБдан ашпайт); бир нече жолу берилиши мүмкүн.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="249"/>
        <source>--received is required.</source>
        <translation>--received милдеттүү.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="266"/>
        <source>Withdrawal request %1 registered; the target date is %2.</source>
        <extracomment>%1: the request&apos;s number; %2: the target date (YYYY-MM-DD).</extracomment>
        <translation>%1-кайтарып алуу арызы катталды; максаттуу күнү — %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="277"/>
        <source>Records how the requester&apos;s identity was verified (id_in_person, notarised_letter, account_face_check, other with a note).</source>
        <translation>Арыз берүүчүнүн инсандыгы кантип текшерилгенин жазат (id_in_person, notarised_letter, account_face_check, other эскертме менен).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="281"/>
        <source>How the identity was verified.</source>
        <translation>Инсандык кантип текшерилгени.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="287"/>
        <source>The identity for request %1 is verified.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>%1-арыз боюнча инсандык текшерилди.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="295"/>
        <source>Rejects a request (identity_not_established, not_written, not_this_holder); its letter says why.</source>
        <translation>Арызды четке кагат (identity_not_established, not_written, not_this_holder); анын катында себеби айтылат.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="300"/>
        <source>Why it is rejected.</source>
        <translation>Эмне үчүн четке кагылганы.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="305"/>
        <source>Request %1 is rejected; its letter says why.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>%1-арыз четке кагылды; анын катында себеби айтылат.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="313"/>
        <source>Decides per data category what happens to it (one --decision for each category in scope; replaces earlier decisions until the request is executed). A keep names its ground (law58_art5, law58_art15:PARAGRAPH, aml_cft_record_keeping, other_law:LAW) and the date until which it is kept, and waits for a supervisor&apos;s approval.</source>
        <translation>Ар бир маалымат категориясы менен эмне болорун чечет (камтылган ар бир категория үчүн бир --decision; арыз аткарылганга чейин мурунку чечимдердин ордуна келет). Сактоо өз негизин (law58_art5, law58_art15:PARAGRAPH, aml_cft_record_keeping, other_law:LAW) жана кайсы күнгө чейин сакталарын атайт, жана супервайзердин макулдугун күтөт.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="321"/>
        <source>CATEGORY=ACTION; one for each category in scope.</source>
        <translation>CATEGORY=ACTION; камтылган ар бир категория үчүн бирден.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="324"/>
        <source>Why: for every category, or CATEGORY=TEXT for one.</source>
        <translation>Эмне үчүн: бардык категориялар үчүн, же бирөө үчүн CATEGORY=TEXT.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="325"/>
        <source>A keep&apos;s legal ground: CATEGORY=GROUND[:DETAIL].</source>
        <translation>Сактоонун укуктук негизи: CATEGORY=GROUND[:DETAIL].</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="327"/>
        <source>Until when a keep holds: CATEGORY=YYYY-MM-DD.</source>
        <translation>Сактоо качанга чейин: CATEGORY=YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="332"/>
        <source>The decisions on request %1 are recorded.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>%1-арыз боюнча чечимдер жазылды.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="340"/>
        <source>A supervisor other than the officer who proposed a keep approves it (--officer is the supervisor).</source>
        <translation>Сактоону сунуштаган кызматкерден башка супервайзер аны бекитет (--officer — супервайзер).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="347"/>
        <source>Keeping data under request %1 is approved.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>%1-арыз боюнча маалыматтарды сактоо бекитилди.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="355"/>
        <source>Executes the decisions in one transaction: destroyed and depersonalised values cannot be brought back. Writes one task per data system and category, and a notice per recipient (docs/tasks.md).</source>
        <translation>Чечимдерди бир транзакцияда аткарат: жок кылынган жана жеке мүнөзүнөн ажыратылган маанилерди кайтаруу мүмкүн эмес. Ар бир маалымат тутуму жана категория үчүн бир тапшырма, ар бир алуучуга бир билдирүү жазат (docs/tasks.md).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="363"/>
        <source>Request %1 is executed; tell each recipient, then send the reply.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>%1-арыз аткарылды; ар бир алуучуга кабарлаңыз, анан жоопту жөнөтүңүз.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="371"/>
        <source>Records that a recipient of the subject&apos;s data was told of the withdrawal, by hand (its notice task is then done).</source>
        <translation>Субъекттин маалыматтарын алган алуучуга кайтарып алуу тууралуу кол менен кабарланганын жазат (анда анын билдирүү тапшырмасы аткарылат).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="375"/>
        <source>The recipient&apos;s name, as `withdrawals show` gives it.</source>
        <translation>Алуучунун аталышы, `withdrawals show` көрсөткөндөй.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="395"/>
        <source>Request %1 has no recipient &quot;%2&quot; to tell; its recipients: %3.</source>
        <extracomment>%1: the request&apos;s number; %2: the recipient&apos;s name as typed; %3: the request&apos;s recipients&apos; names, separated by commas, or &quot;none&quot;.</extracomment>
        <translation>%1-арыздын кабарлана турган «%2» алуучусу жок; анын алуучулары: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="402"/>
        <source>%1 is recorded as told.</source>
        <extracomment>%1: the recipient&apos;s name.</extracomment>
        <translation>%1 кабардар кылынды деп жазылды.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="410"/>
        <source>Lets an executed request close while some of its tasks are not yet done (docs/tasks.md): a supervisor or administrator who did not execute it, with the reason (audited).</source>
        <translation>Аткарылган арызга кээ бир тапшырмалары али аткарыла электе жабылууга уруксат берет (docs/tasks.md): аны аткарбаган супервайзер же администратор, себеби менен (аудитке жазылат).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="416"/>
        <source>Why the request may close before its tasks are done (10 to 1000 characters).</source>
        <translation>Арыз эмне үчүн тапшырмалары аткарылганга чейин жабылышы мүмкүн (10дон 1000 белгиге чейин).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="422"/>
        <source>Request %1 may close with its tasks open; they stay open until confirmed.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>%1-арыз тапшырмалары ачык турганда жабылышы мүмкүн; алар тастыкталганга чейин ачык калат.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="431"/>
        <source>Logs that the reply went out, which closes the request (every recipient told and every task done first, unless a supervisor allowed it: withdrawals allow-close).</source>
        <translation>Жооп жөнөтүлгөнүн жазат, бул арызды жабат (адегенде ар бир алуучуга кабарланып, ар бир тапшырма аткарылышы керек, эгер супервайзер уруксат бербесе: withdrawals allow-close).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="435"/>
        <source>The day it was sent, YYYY-MM-DD.</source>
        <translation>Жөнөтүлгөн күнү, ЖЖЖЖ-АА-КК.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="437"/>
        <source>How: post, hand_delivery, email; none for a minor&apos;s case with no address known.</source>
        <translation>Кантип: post, hand_delivery, email; дареги белгисиз жашы жете электин иши үчүн none.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="440"/>
        <source>The tracking number.</source>
        <translation>Көзөмөл номери.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="446"/>
        <source>The reply to request %1 is logged; the request is closed.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>%1-арызга жооп жазылды; арыз жабылды.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="454"/>
        <source>Prints one request as JSON: its state, decisions, recipients to tell and tasks.</source>
        <translation>Бир арызды JSON түрүндө чыгарат: анын абалы, чечимдери, кабарлана турган алуучулары жана тапшырмалары.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="480"/>
        <source>Writes the letter to the subject about their request (once executed: what each system confirmed and when; once rejected: why) as PDF, in Kyrgyz or Russian.</source>
        <translation>Субъектке анын арызы тууралуу катты PDF түрүндө, кыргызча же орусча жазат (аткарылгандан кийин: ар бир тутум эмнени жана качан тастыктаганы; четке кагылгандан кийин: эмне үчүн).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="485"/>
        <source>The letter on request %1 is in %2.</source>
        <extracomment>%1: the request&apos;s number; %2: the path of the letter file.</extracomment>
        <translation>%1-арыз боюнча кат %2 файлында.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="47"/>
        <source>Open this database: sqlite:PATH or postgresql://user@host:port/dbname.</source>
        <translation>Ушул базаны ачуу: sqlite:PATH же postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="52"/>
        <source>Interface language: ky, ru or en.</source>
        <translation>Интерфейстин тили: ky, ru же en.</translation>
    </message>
</context>
</TS>
