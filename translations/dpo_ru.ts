<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>dpo::AccessControl</name>
    <message>
        <location filename="../models/services/AccessControl.cpp" line="31"/>
        <source>Your account has been deactivated by an administrator; nothing was changed.</source>
        <translation>Администратор деактивировал вашу учётную запись; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>dpo::AllowCloseDialog</name>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="329"/>
        <source>Allow request No. %1 to close with tasks open</source>
        <extracomment>A dialog&apos;s title. %1: the request&apos;s number.</extracomment>
        <translation>Разрешить закрыть запрос № %1 с открытыми задачами</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="330"/>
        <source>Allow closing</source>
        <translation>Разрешить закрытие</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="332"/>
        <source>Not yet done: %1. A supervisor or administrator who did not execute the request signs in and says why it may close now; the tasks stay open until their systems confirm them.</source>
        <extracomment>%1: the open tasks, listed.</extracomment>
        <translation>Ещё не выполнено: %1. Руководитель или администратор, не исполнявший запрос, входит и указывает, почему его можно закрыть сейчас; задачи остаются открытыми, пока системы их не подтвердят.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="342"/>
        <source>Why the request may close before every task is confirmed</source>
        <translation>Почему заявление можно закрыть до подтверждения всех задач</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="343"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
</context>
<context>
    <name>dpo::AnswerDraftDialog</name>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="87"/>
        <source>The written answer to No. %1</source>
        <extracomment>A dialog&apos;s title. %1: the claim&apos;s number.</extracomment>
        <translation>Письменный ответ на № %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="87"/>
        <source>Save draft</source>
        <translation>Сохранить проект</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="90"/>
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="94"/>
        <source>The answer&apos;s text as the letter prints it</source>
        <translation>Текст ответа в том виде, в каком его печатает письмо</translation>
    </message>
</context>
<context>
    <name>dpo::AnswerSentDialog</name>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="108"/>
        <source>The answer to No. %1 was sent</source>
        <extracomment>A dialog&apos;s title. %1: the claim&apos;s number.</extracomment>
        <translation>Ответ на № %1 отправлен</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="108"/>
        <source>Log</source>
        <translation>Записать</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="117"/>
        <source>The day the answer was sent; not before the claim was received</source>
        <translation>День отправки ответа; не раньше получения претензии</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="119"/>
        <source>By post</source>
        <comment>answer sent</comment>
        <translation>Почтой</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="120"/>
        <source>By hand</source>
        <comment>answer sent</comment>
        <translation>Вручено лично</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="121"/>
        <source>By email</source>
        <comment>answer sent</comment>
        <translation>По электронной почте</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="122"/>
        <source>The way the answer was sent</source>
        <translation>Способ отправки ответа</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="124"/>
        <source>Required for post, e.g. RR123456789KG</source>
        <translation>Обязателен для почты, например RR123456789KG</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="125"/>
        <source>The post&apos;s tracking number of the letter</source>
        <translation>Почтовый трек-номер письма</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="126"/>
        <source>Sent on:</source>
        <translation>Дата отправки:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="127"/>
        <source>How:</source>
        <translation>Как:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="128"/>
        <source>Tracking number:</source>
        <translation>Трек-номер:</translation>
    </message>
</context>
<context>
    <name>dpo::ApprovalDialog</name>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="286"/>
        <source>Approve keeping data: request No. %1</source>
        <extracomment>A dialog&apos;s title. %1: the request&apos;s number.</extracomment>
        <translation>Утвердить сохранение данных: заявление № %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="286"/>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="287"/>
        <source>A supervisor other than the officer who proposed the keep signs in to approve it.</source>
        <translation>Для утверждения входит руководитель — не тот сотрудник, который предложил сохранение.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="301"/>
        <source>The user name of the supervisor who approves</source>
        <translation>Имя пользователя утверждающего руководителя</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="302"/>
        <source>The supervisor&apos;s own password; it is not kept</source>
        <translation>Собственный пароль руководителя; он не сохраняется</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="306"/>
        <source>Supervisor:</source>
        <translation>Руководитель:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="307"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
</context>
<context>
    <name>dpo::AttachmentService</name>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="64"/>
        <source>There is no withdrawal request %1.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Заявления об отзыве %1 нет.</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="70"/>
        <source>There is no claim %1.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>Претензии %1 нет.</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="77"/>
        <source>There is no disclosure %1.</source>
        <extracomment>%1: the disclosure&apos;s number.</extracomment>
        <translation>Раскрытия %1 нет.</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="120"/>
        <location filename="../models/services/AttachmentService.cpp" line="139"/>
        <source>%1 is %2 MB; a document may be at most 20 MB.</source>
        <extracomment>%1: the document&apos;s file name; %2: its size in megabytes, one decimal.</extracomment>
        <translation>%1 — %2 МБ; документ не может быть больше 20 МБ.</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="125"/>
        <source>Cannot read %1: %2.</source>
        <extracomment>%1: the file&apos;s path; %2: the system&apos;s reason.</extracomment>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="133"/>
        <source>The document has no file name.</source>
        <translation>У документа нет имени файла.</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="136"/>
        <source>%1 is empty.</source>
        <extracomment>%1: the file&apos;s name.</extracomment>
        <translation>%1 пуст.</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="147"/>
        <source>%1 is not a PDF, JPEG, PNG or TIFF file (judged by its content, not its name).</source>
        <extracomment>%1: the file&apos;s name.</extracomment>
        <translation>%1 — не файл PDF, JPEG, PNG или TIFF (проверено по содержимому, а не по имени).</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="157"/>
        <location filename="../models/services/AttachmentService.cpp" line="195"/>
        <source>attach a document</source>
        <translation>приложить документ</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="178"/>
        <source>The database did not return the new document&apos;s number.</source>
        <translation>База данных не вернула номер нового документа.</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="246"/>
        <source>Document %1 does not exist.</source>
        <extracomment>%1: the document&apos;s number.</extracomment>
        <translation>Документа %1 нет.</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="284"/>
        <source>Document %1 (%2) has changed since it was stored: its SHA-256 is %3, not %4. It is not shown; the failed check is in the audit trail.</source>
        <extracomment>%1: the document&apos;s number; %2: its file name; %3: the hash it has now; %4: the hash it was stored with.</extracomment>
        <translation>Документ %1 (%2) изменился после сохранения: его SHA-256 — %3, а не %4. Он не показан; неудачная проверка записана в журнал аудита.</translation>
    </message>
</context>
<context>
    <name>dpo::AuditAnchorService</name>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="54"/>
        <source>Cannot read %1: %2</source>
        <extracomment>%1: the file&apos;s path; %2: the system&apos;s reason.</extracomment>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="73"/>
        <location filename="../models/services/AuditAnchorService.cpp" line="88"/>
        <source>anchor the audit chain</source>
        <translation>закрепить цепочку аудита</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="77"/>
        <source>No time-stamping authority is set: an anchor is its time-stamp (dpo-console keys time-stamping URL).</source>
        <translation>Служба штампов времени не задана: якорь — это её штамп времени (dpo-console keys time-stamping URL).</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="98"/>
        <source>The chain&apos;s head, entry %1, was anchored already at %2 UTC.</source>
        <extracomment>%1: the entry&apos;s sequence number; %2: the time (UTC) it was anchored.</extracomment>
        <translation>Вершина цепочки, запись %1, уже закреплена в %2 UTC.</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="166"/>
        <source>its time-stamp cannot be read: %1</source>
        <extracomment>%1: why, a sentence.</extracomment>
        <translation>его штамп времени не читается: %1</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="169"/>
        <source>its time-stamp is not over this entry and hash</source>
        <translation>его штамп времени поставлен не на эту запись и хэш</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="173"/>
        <source>its recorded time is not its time-stamp&apos;s</source>
        <translation>записанное время не совпадает со временем штампа</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="182"/>
        <source>the chain has no such entry any more</source>
        <translation>такой записи в цепочке больше нет</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="185"/>
        <source>the chain&apos;s entry there now hashes to %1, the anchored entry to %2</source>
        <extracomment>%1: the hash the chain has at that entry now; %2: the anchored hash.</extracomment>
        <translation>хэш записи в цепочке теперь %1, а закреплённой записи — %2</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="198"/>
        <source>Cannot make the folder %1.</source>
        <extracomment>%1: the folder&apos;s path.</extracomment>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="214"/>
        <source>There is no folder %1.</source>
        <extracomment>%1: the folder&apos;s path.</extracomment>
        <translation>Папки %1 нет.</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="228"/>
        <source>%1 is not an anchor&apos;s text (docs/audit.md, &quot;Anchors&quot;).</source>
        <extracomment>%1: the file&apos;s path.</extracomment>
        <translation>%1 не является текстом якоря (docs/audit.md, «Anchors»).</translation>
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
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="25"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="26"/>
        <source>Action</source>
        <translation>Действие</translation>
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
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="30"/>
        <source>Hash</source>
        <translation>Хеш</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="97"/>
        <source>%1 (INN %2), holder of the personal data array</source>
        <extracomment>The holder&apos;s line at the top of an audit export. %1: the organisation&apos;s name; %2: its tax number.</extracomment>
        <translation>%1 (ИНН %2), держатель массива персональных данных</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="100"/>
        <source>Made by %1 on %2 (Bishkek time)</source>
        <extracomment>%1: the officer&apos;s name; %2: a date and time.</extracomment>
        <translation>Составил(а) %1, %2 (время Бишкека)</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="105"/>
        <location filename="../models/services/AuditExportService.cpp" line="312"/>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="111"/>
        <source>Period: %1</source>
        <extracomment>%1: the period, e.g. &quot;2026-01-01 to 2026-03-31&quot; or &quot;all entries&quot;.</extracomment>
        <translation>Период: %1</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="113"/>
        <source>Filters: %1</source>
        <extracomment>%1: the filters applied, separated by commas, or &quot;none&quot;.</extracomment>
        <translation>Фильтры: %1</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="114"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="123"/>
        <source>Page %1 of %2</source>
        <extracomment>%1: the page&apos;s number; %2: the number of pages.</extracomment>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="164"/>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="171"/>
        <source>Entries in this export: %1</source>
        <extracomment>%1: the number of entries.</extracomment>
        <translation>Записей в выгрузке: %1</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="174"/>
        <source>First entry: %1, hash %2</source>
        <extracomment>%1: the entry&apos;s sequence number; %2: its SHA-256 hash.</extracomment>
        <translation>Первая запись: %1, хеш %2</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="178"/>
        <source>Last entry: %1, hash %2</source>
        <extracomment>%1: the entry&apos;s sequence number; %2: its SHA-256 hash.</extracomment>
        <translation>Последняя запись: %1, хеш %2</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="182"/>
        <source>Chain head when exported: entry %1, hash %2</source>
        <extracomment>%1: the head entry&apos;s sequence number; %2: its SHA-256 hash.</extracomment>
        <translation>Вершина цепочки на момент выгрузки: запись %1, хеш %2</translation>
    </message>
    <message>
        <location filename="../models/reports/AuditPdf.cpp" line="186"/>
        <source>Each hash is SHA-256 over the previous hash and the entry&apos;s fields (docs/audit.md); `dpo-console audit verify` re-computes the chain.</source>
        <translation>Каждый хеш — SHA-256 от предыдущего хеша и полей записи (docs/audit.md); `dpo-console audit verify` пересчитывает цепочку.</translation>
    </message>
    <message>
        <location filename="../models/services/AuditExportService.cpp" line="64"/>
        <source>officer %1</source>
        <extracomment>One filter of an audit export, listed after &quot;Filters:&quot;. %1: the officer&apos;s user name.</extracomment>
        <translation>сотрудник %1</translation>
    </message>
    <message>
        <location filename="../models/services/AuditExportService.cpp" line="66"/>
        <source>action %1</source>
        <extracomment>One filter of an audit export, listed after &quot;Filters:&quot;. %1: the action&apos;s code.</extracomment>
        <translation>действие %1</translation>
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
        <translation>весь журнал</translation>
    </message>
</context>
<context>
    <name>dpo::AuditExportService</name>
    <message>
        <location filename="../models/services/AuditExportService.cpp" line="405"/>
        <source>Unknown export format &quot;%1&quot;: use pdf, csv or jsonl.</source>
        <extracomment>%1: the format as given.</extracomment>
        <translation>Неизвестный формат выгрузки «%1»: используйте pdf, csv или jsonl.</translation>
    </message>
    <message>
        <location filename="../models/services/AuditExportService.cpp" line="121"/>
        <location filename="../models/services/AuditExportService.cpp" line="343"/>
        <location filename="../models/services/AuditExportService.cpp" line="414"/>
        <location filename="../models/services/AuditExportService.cpp" line="442"/>
        <location filename="../models/services/AuditExportService.cpp" line="547"/>
        <source>Cannot write %1: %2</source>
        <extracomment>%1: the file&apos;s path; %2: the system&apos;s reason.</extracomment>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <location filename="../models/services/AuditExportService.cpp" line="144"/>
        <source>No subject has the platform reference &quot;%1&quot;; nothing was exported.</source>
        <extracomment>%1: the platform reference as typed.</extracomment>
        <translation>Нет субъекта с платформенной ссылкой «%1»; ничего не выгружено.</translation>
    </message>
    <message>
        <location filename="../models/services/AuditExportService.cpp" line="429"/>
        <source>An export set has each of its formats once: pdf, csv, jsonl.</source>
        <translation>В наборе выгрузки каждый формат встречается один раз: pdf, csv, jsonl.</translation>
    </message>
    <message>
        <location filename="../models/services/AuditExportService.cpp" line="434"/>
        <source>Cannot make the folder %1.</source>
        <extracomment>%1: the folder&apos;s path.</extracomment>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportSigner.cpp" line="26"/>
        <source>This database signs its exports: give the signing key&apos;s file and its passphrase.</source>
        <translation>Эта база подписывает выгрузки: укажите файл ключа подписи и его парольную фразу.</translation>
    </message>
    <message>
        <location filename="../models/services/AuditExportService.cpp" line="461"/>
        <source>export the audit trail</source>
        <translation>выгрузить журнал аудита</translation>
    </message>
</context>
<context>
    <name>dpo::AuditListModel</name>
    <message>
        <location filename="../models/items/AuditListModel.cpp" line="52"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../models/items/AuditListModel.cpp" line="91"/>
        <source>Seq.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../models/items/AuditListModel.cpp" line="93"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../models/items/AuditListModel.cpp" line="95"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../models/items/AuditListModel.cpp" line="97"/>
        <source>Action</source>
        <translation>Действие</translation>
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
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>dpo::AuditPage</name>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="52"/>
        <source>any day</source>
        <translation>любой день</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="67"/>
        <source>Verify the chain</source>
        <translation>Проверить цепочку</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="68"/>
        <source>Export</source>
        <comment>button: export the audit trail</comment>
        <translation>Выгрузить</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="69"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="75"/>
        <location filename="../ui/pages/AuditPage.cpp" line="451"/>
        <location filename="../ui/pages/AuditPage.cpp" line="454"/>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="80"/>
        <source>Subject&apos;s platform reference</source>
        <translation>Ссылка субъекта на платформе</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="81"/>
        <source>Subject: platform reference</source>
        <translation>Субъект: номер на платформе</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="84"/>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="85"/>
        <source>Entity, e.g. subject</source>
        <translation>Объект, например subject</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="89"/>
        <source>The selected entry in full</source>
        <translation>Выбранная запись полностью</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="90"/>
        <source>The entry&apos;s fields, its hash and the previous one&apos;s</source>
        <translation>Поля записи, её хеш и хеш предыдущей</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="91"/>
        <source>From</source>
        <comment>a period</comment>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="92"/>
        <source>Show the entries written on this day or later</source>
        <translation>Показать записи, сделанные в этот день или позже</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="93"/>
        <source>To</source>
        <comment>a period</comment>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="94"/>
        <source>Show the entries written on this day or earlier</source>
        <translation>Показать записи, сделанные в этот день или раньше</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="95"/>
        <source>Show only the entries of one officer</source>
        <translation>Показать только записи одного сотрудника</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="96"/>
        <source>Show only one kind of action</source>
        <translation>Показать только один вид действий</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="97"/>
        <source>Show only the entries about one subject</source>
        <translation>Показать только записи об одном субъекте</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="98"/>
        <source>Show only the entries about one kind of record</source>
        <translation>Показать только записи об одном виде объектов</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="99"/>
        <source>Audit entries</source>
        <translation>Записи аудита</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="101"/>
        <source>The entries the filters show, newest first; select one to read it in full below</source>
        <translation>Записи, отобранные фильтрами, сначала новые; выберите запись, чтобы прочитать её полностью ниже</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="103"/>
        <source>Select an entry to see it in full, with its hashes.</source>
        <translation>Выберите запись, чтобы увидеть её полностью, с хешами.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="106"/>
        <source>Re-computes every entry&apos;s hash from the first one (docs/audit.md)</source>
        <translation>Пересчитывает хеш каждой записи, начиная с первой (docs/audit.md)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="108"/>
        <source>Stop the running job; an export stopped writes no file</source>
        <translation>Остановить идущую работу; остановленная выгрузка не пишет файл</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="111"/>
        <source>The entries the filters show, for an inspection; the export is audited</source>
        <translation>Записи, которые показывают фильтры, для проверки; выгрузка записывается в журнал аудита</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="116"/>
        <source>The language of the printed export</source>
        <translation>Язык печатной выгрузки</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="118"/>
        <source>Print preview…</source>
        <translation>Предварительный просмотр…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="119"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="121"/>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="123"/>
        <source>Save as CSV…</source>
        <translation>Сохранить как CSV…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="125"/>
        <source>Save as JSON Lines…</source>
        <translation>Сохранить как JSON Lines…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/AuditPage.cpp" line="156"/>
        <source>%Ln entries, newest first.</source>
        <extracomment>%Ln: the number of audit entries.</extracomment>
        <translation>
            <numerusform>%Ln запись, новые первыми.</numerusform>
            <numerusform>%Ln записи, новые первыми.</numerusform>
            <numerusform>%Ln записей, новые первыми.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="172"/>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="174"/>
        <source>to:</source>
        <translation>по:</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="220"/>
        <source>Any officer</source>
        <translation>Любой сотрудник</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="225"/>
        <source>Any action</source>
        <translation>Любое действие</translation>
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
        <translation>Запись %1
Время: %2 (Бишкек), %3 UTC
Сотрудник: %4
Действие: %5
Объект: %6 %7
Субъект: %8
Предыдущий хеш: %9
Хеш: %10
Подробности:
%11</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="292"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="293"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
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
        <translation>Выгрузка журнала аудита</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="308"/>
        <source>The organisation&apos;s signing key</source>
        <translation>Ключ подписи организации</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="308"/>
        <source>PEM files (*.pem)</source>
        <translation>Файлы PEM (*.pem)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="313"/>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="314"/>
        <source>Passphrase of the signing key:</source>
        <translation>Парольная фраза ключа подписи:</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="354"/>
        <source>Export cancelled: nothing was saved.</source>
        <translation>Выгрузка отменена: ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="366"/>
        <source>Exported %L1 entries to %2.</source>
        <extracomment>%1: the number of entries; %2: the file&apos;s path.</extracomment>
        <translation>Выгружено записей: %L1 в %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="370"/>
        <source>Exported %L1 entries to %2, signed (%3).</source>
        <extracomment>%1: the number of entries; %2: the file&apos;s path; %3: the signature file&apos;s path.</extracomment>
        <translation>Выгружено записей: %L1 в %2, подписано (%3).</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="376"/>
        <source>Time-stamped by the authority at %1 UTC.</source>
        <extracomment>Follows the export&apos;s message. %1: the time-stamping authority&apos;s date and time (UTC).</extracomment>
        <translation>Служба поставила штамп времени: %1 UTC.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="383"/>
        <location filename="../ui/pages/AuditPage.cpp" line="406"/>
        <source>Exporting…</source>
        <translation>Выгрузка…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="409"/>
        <source>Exporting: reading the entries…</source>
        <translation>Выгрузка: чтение записей…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="412"/>
        <source>Exporting: laying out the pages…</source>
        <translation>Выгрузка: вёрстка страниц…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="415"/>
        <source>Exporting: signing and saving…</source>
        <translation>Выгрузка: подпись и сохранение…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="447"/>
        <source>Print the audit trail</source>
        <translation>Печать журнала аудита</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="470"/>
        <source>Verifying…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="523"/>
        <location filename="../ui/pages/AuditPage.cpp" line="544"/>
        <location filename="../ui/pages/AuditPage.cpp" line="568"/>
        <source>Verify the audit chain</source>
        <translation>Проверка цепочки аудита</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="526"/>
        <source>Verification cancelled after %L1 entries.</source>
        <extracomment>%1: the number of entries verified.</extracomment>
        <translation>Проверка отменена; проверено записей: %L1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="537"/>
        <source>The entries hash and link, but the chain does not hold the anchor of entry %1, time-stamped %2: %3. The history up to that entry was rewritten after it was anchored.</source>
        <extracomment>%1: the anchored entry&apos;s number; %2: the date and time of its time-stamp; %3: why it does not hold, in words.</extracomment>
        <translation>Хэши и связи записей верны, но цепочка не соответствует якорю записи %1 со штампом времени %2: %3. История до этой записи была переписана после закрепления.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="548"/>
        <source>Intact: %L1 entries verified on %2 by %3; head %4.</source>
        <extracomment>%1: the number of entries; %2: a date and time; %3: the officer&apos;s name; %4: the beginning of the head&apos;s hash.</extracomment>
        <translation>Не нарушена: проверено записей — %L1, %2, проверил(а) %3; последний хеш %4.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="554"/>
        <source>It holds all %L1 anchors, the last at entry %2.</source>
        <extracomment>Follows &quot;Intact: …&quot;. %L1: the number of anchors; %2: the last anchored entry.</extracomment>
        <translation>Цепочка соответствует всем якорям (%L1), последний — на записи %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="563"/>
        <source>Broken at entry %1 (%2): %3</source>
        <extracomment>%1: the broken entry&apos;s sequence number; %2: a problem code, e.g. &quot;hash&quot;; %3: what is wrong, in words.</extracomment>
        <translation>Нарушена на записи %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>dpo::AuditService</name>
    <message>
        <location filename="../models/services/AuditService.cpp" line="128"/>
        <location filename="../models/services/AuditService.cpp" line="145"/>
        <source>The server appended no audit entry.</source>
        <translation>Сервер не добавил запись в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../models/services/AuditService.cpp" line="179"/>
        <source>This computer&apos;s clock (%1) is behind the audit trail&apos;s last entry, No. %2 of %3: set the clock right. Nothing was written.</source>
        <extracomment>%1: this computer&apos;s time; %2: the last audit entry&apos;s number; %3: its time. Both times in UTC, ISO 8601.</extracomment>
        <translation>Часы этого компьютера (%1) отстают от последней записи журнала аудита, № %2 от %3: поставьте часы правильно. Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>dpo::AuditVerifier</name>
    <message>
        <location filename="../models/services/AuditVerifier.cpp" line="80"/>
        <source>entry %1 is missing: the entry after %2 is %3</source>
        <extracomment>Follows &quot;The audit chain is broken at entry N:&quot;. %1: the missing entry&apos;s number; %2: the entry before it; %3: the entry found instead.</extracomment>
        <translation>записи %1 нет: после записи %2 идёт %3</translation>
    </message>
    <message>
        <location filename="../models/services/AuditVerifier.cpp" line="88"/>
        <source>entry %1 comes again after %2</source>
        <extracomment>Follows &quot;The audit chain is broken at entry N:&quot;. %1: the repeated entry&apos;s number; %2: the entry before it.</extracomment>
        <translation>запись %1 повторяется после %2</translation>
    </message>
    <message>
        <location filename="../models/services/AuditVerifier.cpp" line="96"/>
        <source>its prev_hash is %1, but the entry before it has the hash %2</source>
        <extracomment>Follows &quot;The audit chain is broken at entry N:&quot;; &quot;its&quot; is that entry&apos;s. %1 and %2: SHA-256 hashes in hex.</extracomment>
        <translation>её prev_hash равен %1, а хеш предыдущей записи %2</translation>
    </message>
    <message>
        <location filename="../models/services/AuditVerifier.cpp" line="110"/>
        <source>its fields hash to %1, but its stored hash is %2</source>
        <extracomment>Follows &quot;The audit chain is broken at entry N:&quot;; &quot;its&quot; is that entry&apos;s. %1 and %2: SHA-256 hashes in hex.</extracomment>
        <translation>хеш её полей %1, а сохранённый хеш %2</translation>
    </message>
    <message>
        <location filename="../models/services/AuditVerifier.cpp" line="118"/>
        <source>it is dated %1, before the entry it follows (%2)</source>
        <extracomment>Follows &quot;The audit chain is broken at entry N:&quot;; &quot;it&quot; is that entry. %1 and %2: times in UTC, ISO 8601.</extracomment>
        <translation>она датирована %1, раньше записи перед ней (%2)</translation>
    </message>
    <message>
        <location filename="../models/services/AuditVerifier.cpp" line="275"/>
        <location filename="../models/services/AuditVerifier.cpp" line="297"/>
        <source>The database could not read the audit trail: %1</source>
        <extracomment>%1: SQLite&apos;s own message.</extracomment>
        <translation>База данных не смогла прочитать журнал аудита: %1</translation>
    </message>
</context>
<context>
    <name>dpo::BulkRun</name>
    <message>
        <location filename="../models/services/BulkRun.cpp" line="25"/>
        <source>%L1 done, %L2 refused.</source>
        <extracomment>The result of an action on several selected cases. %1: the number of cases done; %2: the number refused.</extracomment>
        <translation>Выполнено: %L1, отказано: %L2.</translation>
    </message>
    <message>
        <location filename="../models/services/BulkRun.cpp" line="28"/>
        <source>Cancelled: %L1 not reached.</source>
        <extracomment>%1: the number of selected cases not reached before the officer cancelled.</extracomment>
        <translation>Отменено: не дошли до %L1.</translation>
    </message>
    <message>
        <location filename="../models/services/BulkRun.cpp" line="38"/>
        <source>%L1 cases are selected; one action takes at most %L2.</source>
        <extracomment>%1: the number of selected cases; %2: the most one action takes.</extracomment>
        <translation>Выбрано дел: %L1; одно действие охватывает не более %L2.</translation>
    </message>
</context>
<context>
    <name>dpo::BulkRunDialog</name>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="32"/>
        <source>Each case is done as its own step, with its own audit entry; a case that is refused says why and the others go on. Cancel stops before the next case: those done stay done.</source>
        <translation>Каждое дело выполняется отдельным шагом, со своей записью аудита; по отклонённому делу указывается причина, остальные продолжаются. Отмена останавливает перед следующим делом: выполненные остаются выполненными.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="38"/>
        <source>Result of the action</source>
        <translation>Итог действия</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="42"/>
        <source>Cases done so far</source>
        <translation>Сколько дел уже выполнено</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="44"/>
        <source>%v of %m</source>
        <translation>%v из %m</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="46"/>
        <source>Ca&amp;ncel</source>
        <comment>a bulk action</comment>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="47"/>
        <source>Cancel: stop before the next case</source>
        <translation>Отменить: остановиться перед следующим делом</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="48"/>
        <source>The cases done stay done; the rest are not touched</source>
        <translation>Выполненные дела остаются выполненными; остальные не затрагиваются</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="50"/>
        <source>C&amp;lose</source>
        <comment>a dialog</comment>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="51"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="52"/>
        <source>Close the result; a running action is cancelled first</source>
        <translation>Закрыть результат; идущее действие сначала отменяется</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="55"/>
        <source>What became of each case</source>
        <translation>Что стало с каждым делом</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="56"/>
        <source>Each case: done or refused, and why it was refused</source>
        <translation>Каждое дело: выполнено или отказано и почему отказано</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="59"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="59"/>
        <source>Details</source>
        <comment>of a case&apos;s result</comment>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="107"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="116"/>
        <source>Cancelling after the case under way…</source>
        <translation>Отмена после текущего дела…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="153"/>
        <source>Done</source>
        <comment>a case of a bulk action</comment>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../ui/widgets/BulkRunDialog.cpp" line="154"/>
        <source>Refused</source>
        <comment>a case of a bulk action</comment>
        <translation>Отказано</translation>
    </message>
</context>
<context>
    <name>dpo::CalendarEditDialog</name>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="49"/>
        <source>Set a day of the calendar</source>
        <translation>Отметить день календаря</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="50"/>
        <source>Move a day of the calendar</source>
        <translation>Перенос дня календаря</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="51"/>
        <source>Remove a day from the calendar</source>
        <translation>Удаление дня из календаря</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="52"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="53"/>
        <source>Move</source>
        <comment>a calendar day</comment>
        <translation>Перенести</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="54"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="60"/>
        <source>The act that makes the change: its kind, number and date</source>
        <translation>Акт, вносящий изменение: вид, номер и дата</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="61"/>
        <source>The day of the calendar</source>
        <translation>День календаря</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="63"/>
        <source>e.g. Resolution of the Cabinet of Ministers No. 123 of 01.03.2026</source>
        <translation>например, постановление Кабинета министров № 123 от 01.03.2026</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="65"/>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="70"/>
        <source>A holiday that is a day off, a day off by decree, a weekend day made a working day, or a public holiday that is a working day</source>
        <translation>Праздник — выходной день, выходной по постановлению, выходной, ставший рабочим, или праздник, являющийся рабочим днём</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="76"/>
        <location filename="../ui/pages/CalendarPage.cpp" line="77"/>
        <source>The holiday, or what the decree moves</source>
        <translation>Праздник или то, что переносит постановление</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="81"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="82"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="85"/>
        <source>The day the marked day moves to</source>
        <translation>День, на который переносится отмеченный день</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="86"/>
        <source>Moves to:</source>
        <translation>Переносится на:</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="87"/>
        <location filename="../ui/pages/CalendarPage.cpp" line="89"/>
        <source>What:</source>
        <translation>Что:</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="91"/>
        <source>Decree:</source>
        <translation>Постановление:</translation>
    </message>
</context>
<context>
    <name>dpo::CalendarImport</name>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="158"/>
        <source>%1: the first line must name the columns date, kind, name and decree; it lacks %2.</source>
        <extracomment>%1: the calendar file&apos;s name; %2: the missing column names, separated by commas.</extracomment>
        <translation>%1: первая строка должна называть столбцы date, kind, name и decree; нет %2.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="173"/>
        <source>Cannot read %1: %2</source>
        <extracomment>%1: the file&apos;s path; %2: the system&apos;s reason.</extracomment>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="182"/>
        <source>%1 is not a year the calendar holds (2000 to 2100).</source>
        <extracomment>%1: the year as given.</extracomment>
        <translation>%1 — не год календаря (от 2000 до 2100).</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="194"/>
        <source>%1 is empty.</source>
        <extracomment>%1: the calendar file&apos;s name.</extracomment>
        <translation>%1 пуст.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="199"/>
        <source>%1, line %2: %3</source>
        <extracomment>%1: the calendar file&apos;s name; %2: the line&apos;s number; %3: what is wrong with it.</extracomment>
        <translation>%1, строка %2: %3</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="207"/>
        <source>line %1: %2</source>
        <extracomment>%1: the line&apos;s number; %2: what is wrong with it.</extracomment>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="226"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <extracomment>%1: the date as given.</extracomment>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="231"/>
        <source>%1 is not in %2.</source>
        <extracomment>%1: a date (YYYY-MM-DD); %2: the year being imported.</extracomment>
        <translation>%1 не относится к %2 году.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="236"/>
        <source>%1 is listed twice (also on line %2).</source>
        <extracomment>%1: a date (YYYY-MM-DD); %2: the other line&apos;s number.</extracomment>
        <translation>%1 указан дважды (также в строке %2).</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="247"/>
        <source>%1 has no name.</source>
        <extracomment>%1: a date (YYYY-MM-DD).</extracomment>
        <translation>У дня %1 нет названия.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="251"/>
        <source>%1 names no law or decree it rests on.</source>
        <extracomment>%1: a date (YYYY-MM-DD).</extracomment>
        <translation>Для %1 не назван закон или постановление, на котором он основан.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="256"/>
        <source>… and %1 more.</source>
        <extracomment>Ends a list of problems. %1: the number of problems not listed.</extracomment>
        <translation>… и ещё %1.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="259"/>
        <source>%1 cannot be imported; nothing was changed:
%2</source>
        <extracomment>%1: the calendar file&apos;s name; %2: its problems, one per line.</extracomment>
        <translation>%1 нельзя импортировать; ничего не изменено:
%2</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="263"/>
        <source>%1 lists no day of %2.</source>
        <extracomment>%1: the calendar file&apos;s name; %2: the year.</extracomment>
        <translation>В %1 нет ни одного дня %2 года.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="277"/>
        <source>import a year&apos;s calendar</source>
        <translation>импортировать календарь года</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="285"/>
        <source>The calendar of %1 was changed since the file was checked; nothing was imported. Check the file again.</source>
        <extracomment>%1: the year.</extracomment>
        <translation>Календарь %1 года изменился после проверки файла; ничего не импортировано. Проверьте файл ещё раз.</translation>
    </message>
</context>
<context>
    <name>dpo::CalendarImportDialog</name>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="21"/>
        <source>not marked</source>
        <comment>a calendar day</comment>
        <translation>не отмечен</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="39"/>
        <source>Import the calendar of %1</source>
        <extracomment>A dialog&apos;s title. %1: the year.</extracomment>
        <translation>Импорт календаря на %1 год</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="39"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="49"/>
        <source>%1 lists %2 days and changes nothing in the calendar of %3.</source>
        <extracomment>%1: the calendar file&apos;s name; %2: a number of days; %3: the year.</extracomment>
        <translation>В %1 дней: %2; в календаре %3 года ничего не меняется.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="56"/>
        <source>%1 lists %2 days; it changes %3 days of the calendar of %4. Each edit of the calendar needs its decree: check that the file names them.</source>
        <extracomment>%1: the calendar file&apos;s name; %2: the number of days it lists; %3: the number of days it changes; %4: the year.</extracomment>
        <translation>В %1 дней: %2; в календаре %4 года меняется дней: %3. Каждое изменение календаря требует своего постановления: проверьте, что файл их называет.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="66"/>
        <source>Days the file changes</source>
        <translation>Дни, которые меняет файл</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="67"/>
        <source>Each day: what the calendar says now and what the file says</source>
        <translation>Каждый день: что сейчас в календаре и что в файле</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="72"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="72"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="72"/>
        <source>From the file</source>
        <translation>По файлу</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="85"/>
        <source>No fixed due date of an open claim or access request would move.</source>
        <translation>Ни один установленный срок открытой претензии или запроса не сдвинется.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="86"/>
        <source>Due dates already fixed stay as they are. Recalculated on the new calendar, these would move:</source>
        <translation>Уже установленные сроки не меняются. При пересчёте по новому календарю сдвинулись бы эти:</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="91"/>
        <source>Due dates that would move</source>
        <translation>Сроки, которые сдвинутся</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="92"/>
        <source>Each open claim whose fixed due date differs on the new calendar: its due date now and recalculated</source>
        <translation>Каждая открытая претензия, чей установленный срок по новому календарю иной: срок сейчас и после пересчёта</translation>
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
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="102"/>
        <source>Received</source>
        <extracomment>A column: the day the claim was received.</extracomment>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="102"/>
        <source>Due now</source>
        <translation>Срок сейчас</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarImportDialog.cpp" line="105"/>
        <source>Recalculated</source>
        <extracomment>A column: the claim&apos;s due date as a recalculation on the new calendar would give it.</extracomment>
        <translation>После пересчёта</translation>
    </message>
</context>
<context>
    <name>dpo::CalendarPage</name>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="128"/>
        <source>Working-day calendar</source>
        <translation>Календарь рабочих дней</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="130"/>
        <source>Every due date is counted on this calendar: a period starts the day after receipt, and when its last day is not a working day the due date is the next working day. Due dates already fixed do not move when the calendar changes; a claim&apos;s due date is recalculated only on request.</source>
        <translation>Все сроки считаются по этому календарю: срок начинается на следующий день после получения, а если его последний день нерабочий, срок переносится на ближайший рабочий день. При изменении календаря уже установленные сроки не сдвигаются; срок претензии пересчитывается только по запросу.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="138"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="139"/>
        <source>The year whose marked days are shown</source>
        <translation>Год, отмеченные дни которого показаны</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="140"/>
        <source>Marked days of the year</source>
        <translation>Отмеченные дни года</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="141"/>
        <source>Each day that is not an ordinary weekday or weekend: its kind, name and decree; select one to move or remove it</source>
        <translation>Каждый день, не являющийся обычным будним или выходным: вид, название и постановление; выберите, чтобы перенести или удалить</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="158"/>
        <source>Set day…</source>
        <translation>Отметить день…</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="158"/>
        <source>Mark a day as a day off or a moved working day</source>
        <translation>Отметить день как выходной или перенесённый рабочий день</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="160"/>
        <source>Move…</source>
        <comment>a calendar day</comment>
        <translation>Перенести…</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="161"/>
        <source>Move the selected day to another, by decree</source>
        <translation>Перенести выбранный день на другой по постановлению</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="162"/>
        <source>Remove…</source>
        <comment>a calendar day</comment>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="163"/>
        <source>Remove the selected day&apos;s mark, by decree</source>
        <translation>Снять отметку выбранного дня по постановлению</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="166"/>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="173"/>
        <location filename="../ui/pages/CalendarPage.cpp" line="185"/>
        <source>Supervisors and administrators edit the calendar.</source>
        <translation>Календарь изменяют руководители и администраторы.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="179"/>
        <source>Import year…</source>
        <translation>Импорт года…</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="182"/>
        <source>Replace the year&apos;s marked days with its published calendar from a CSV file, after a preview (docs/calendar.md).</source>
        <translation>Заменить отмеченные дни года его опубликованным календарём из файла CSV после предпросмотра (docs/calendar.md).</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="229"/>
        <source>Holiday</source>
        <translation>Праздник</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="231"/>
        <source>Day off by decree</source>
        <translation>Выходной по постановлению</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="233"/>
        <source>Working day by decree</source>
        <translation>Рабочий день по постановлению</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="235"/>
        <source>Public holiday, a working day</source>
        <translation>Праздник, рабочий день</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="237"/>
        <source>Weekend</source>
        <translation>Выходной</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="238"/>
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="277"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="277"/>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="277"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="277"/>
        <source>Name</source>
        <comment>of a calendar day</comment>
        <translation>Название</translation>
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
        <translation>%1 теперь: %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="360"/>
        <source>Moved from %1 to %2.</source>
        <extracomment>%1 and %2: dates.</extracomment>
        <translation>Перенесено с %1 на %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="366"/>
        <source>%1 is removed from the calendar.</source>
        <extracomment>%1: a date.</extracomment>
        <translation>%1 удалён из календаря.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="372"/>
        <location filename="../ui/pages/CalendarPage.cpp" line="409"/>
        <source>Due dates already fixed are unchanged.</source>
        <translation>Уже установленные сроки не изменились.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="386"/>
        <source>The published calendar of %1</source>
        <extracomment>%1: the year.</extracomment>
        <translation>Опубликованный календарь %1 года</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="387"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="394"/>
        <source>Import the calendar</source>
        <translation>Импорт календаря</translation>
    </message>
    <message>
        <location filename="../ui/pages/CalendarPage.cpp" line="406"/>
        <source>The calendar of %1 is imported from %2.</source>
        <extracomment>%1: the year; %2: the calendar file&apos;s name.</extracomment>
        <translation>Календарь %1 года импортирован из %2.</translation>
    </message>
</context>
<context>
    <name>dpo::CalendarService</name>
    <message>
        <location filename="../models/services/CalendarService.cpp" line="92"/>
        <source>%1 is a weekday: only a Saturday or Sunday can be made a working day.</source>
        <extracomment>%1: a date (YYYY-MM-DD).</extracomment>
        <translation>%1 — будний день: рабочим днём можно сделать только субботу или воскресенье.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarService.cpp" line="98"/>
        <source>%1 is a weekend day already: a day off moves onto a weekday.</source>
        <extracomment>%1: a date (YYYY-MM-DD).</extracomment>
        <translation>%1 — уже выходной: перенесённый выходной приходится на будний день.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarService.cpp" line="75"/>
        <source>Note the decree or law the change rests on.</source>
        <translation>Укажите постановление или закон, на котором основано изменение.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarService.cpp" line="86"/>
        <source>&quot;%1&quot; is not a kind of day: use %2.</source>
        <extracomment>%1: the kind as given; %2: the kinds allowed, separated by commas.</extracomment>
        <translation>«%1» — не вид дня: используйте %2.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarService.cpp" line="129"/>
        <location filename="../models/services/CalendarService.cpp" line="152"/>
        <location filename="../models/services/CalendarService.cpp" line="173"/>
        <source>edit the calendar</source>
        <translation>править календарь</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarService.cpp" line="132"/>
        <source>The day is not a date.</source>
        <translation>День не является датой.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarService.cpp" line="136"/>
        <source>Name the day (the holiday, or what the decree moves).</source>
        <translation>Назовите день (праздник или что переносит постановление).</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarService.cpp" line="159"/>
        <location filename="../models/services/CalendarService.cpp" line="181"/>
        <source>%1 is not in the calendar.</source>
        <extracomment>%1: a date (YYYY-MM-DD).</extracomment>
        <translation>%1 нет в календаре.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarService.cpp" line="177"/>
        <source>Choose the day it moves to.</source>
        <translation>Выберите день, на который он переносится.</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarService.cpp" line="185"/>
        <source>%1 is in the calendar already.</source>
        <extracomment>%1: a date (YYYY-MM-DD).</extracomment>
        <translation>%1 уже есть в календаре.</translation>
    </message>
</context>
<context>
    <name>dpo::CaseRegisterModel</name>
    <message>
        <location filename="../models/items/CaseRegisterModel.cpp" line="160"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>dpo::CaseRegisterPage</name>
    <message>
        <location filename="../ui/pages/CaseRegisterPage.cpp" line="30"/>
        <source>Register…</source>
        <translation>Зарегистрировать…</translation>
    </message>
    <message>
        <location filename="../ui/pages/CaseRegisterPage.cpp" line="43"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../ui/pages/CaseRegisterPage.cpp" line="49"/>
        <source>Select a case to see it below; a double click opens its subject</source>
        <translation>Выберите дело, чтобы увидеть его ниже; двойной щелчок открывает субъекта</translation>
    </message>
    <message>
        <location filename="../ui/pages/CaseRegisterPage.cpp" line="64"/>
        <source>Reading the register…</source>
        <translation>Реестр читается…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/CaseRegisterPage.cpp" line="166"/>
        <source>%Ln entries.</source>
        <extracomment>%Ln: the number of entries in the register.</extracomment>
        <translation>
            <numerusform>%Ln запись.</numerusform>
            <numerusform>%Ln записи.</numerusform>
            <numerusform>%Ln записей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/CaseRegisterPage.cpp" line="225"/>
        <source>Select a case to see it below, or several with Shift or Ctrl to act on them at once; a double click opens its subject</source>
        <translation>Выберите дело, чтобы увидеть его ниже, или несколько с Shift или Ctrl, чтобы действовать над ними разом; двойной щелчок открывает субъекта</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/CaseRegisterPage.cpp" line="127"/>
        <source>%Ln overdue.</source>
        <extracomment>%Ln: the number of cases overdue.</extracomment>
        <translation>
            <numerusform>%Ln просрочено.</numerusform>
            <numerusform>%Ln просрочено.</numerusform>
            <numerusform>%Ln просрочено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::CaseWorkPage</name>
    <message>
        <location filename="../ui/pages/CaseWorkPage.cpp" line="46"/>
        <source>Select the cases in the register first: Shift or Ctrl selects several, Ctrl+A all of those read.</source>
        <translation>Сначала выберите дела в реестре: Shift или Ctrl выбирают несколько, Ctrl+A — все прочитанные.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CaseWorkPage.cpp" line="56"/>
        <source>%L1 selected rows are not read yet and are left out.</source>
        <extracomment>%1: the number of selected rows not yet read from the database.</extracomment>
        <translation>Выбранные строки (%L1) ещё не прочитаны и не войдут.</translation>
    </message>
</context>
<context>
    <name>dpo::CertificateChain</name>
    <message>
        <location filename="../models/security/Certificate.cpp" line="101"/>
        <source>No certificate was found: a PEM file with &quot;BEGIN CERTIFICATE&quot; is expected, the signer&apos;s certificate first.</source>
        <translation>Сертификат не найден: ожидается файл PEM с «BEGIN CERTIFICATE», первым — сертификат подписанта.</translation>
    </message>
    <message>
        <location filename="../models/security/Certificate.cpp" line="108"/>
        <source>Certificate %1 in the file was not issued by certificate %2: the signer&apos;s certificate comes first, each followed by its issuer&apos;s.</source>
        <extracomment>%1 and %2: positions of certificates in the file (1 is the first).</extracomment>
        <translation>Сертификат %1 в файле выдан не сертификатом %2: первым идёт сертификат подписанта, за каждым — сертификат его издателя.</translation>
    </message>
    <message>
        <location filename="../models/security/Certificate.cpp" line="132"/>
        <source>The certificate&apos;s public key cannot be read.</source>
        <translation>Не удаётся прочитать открытый ключ сертификата.</translation>
    </message>
</context>
<context>
    <name>dpo::ChoiceNoteDialog</name>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="114"/>
        <source>Anything the case should record besides the choice above</source>
        <translation>Что ещё нужно записать в деле помимо выбора выше</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="117"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
</context>
<context>
    <name>dpo::ClaimDialog</name>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="28"/>
        <source>Register a claim or a request for own data</source>
        <translation>Регистрация претензии или запроса о своих данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="73"/>
        <location filename="../ui/pages/ClaimDialog.cpp" line="156"/>
        <source>Full name (the subject&apos;s, when left empty)</source>
        <translation>ФИО (если пусто — субъекта)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="90"/>
        <source>What the claim is about</source>
        <translation>Предмет претензии</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="36"/>
        <source>The claim&apos;s document</source>
        <translation>Документ претензии</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="43"/>
        <source>What is asked; it sets the period for the answer</source>
        <translation>О чём просят; от этого зависит срок ответа</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="57"/>
        <source>The body whose request this is</source>
        <translation>Орган, направивший этот запрос</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="62"/>
        <location filename="../ui/pages/ClaimDialog.cpp" line="63"/>
        <source>The number on the body&apos;s letter</source>
        <translation>Номер на письме органа</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="68"/>
        <source>The date on the body&apos;s letter</source>
        <translation>Дата на письме органа</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="71"/>
        <location filename="../ui/pages/ClaimDialog.cpp" line="162"/>
        <source>When the claimant is a subject: find them by name, INN, phone or platform reference</source>
        <translation>Если заявитель — субъект: найдите его по имени, ПИН, телефону или номеру на платформе</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="74"/>
        <source>Who wrote: their full name, or empty for the subject found above</source>
        <translation>Кто написал: полное имя или пусто, если это найденный выше субъект</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="76"/>
        <source>Where the answer goes: a postal address, a phone number or an e-mail address</source>
        <translation>Куда направляется ответ: почтовый адрес, номер телефона или адрес электронной почты</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="82"/>
        <source>The day the letter arrived; the period counts from the day after</source>
        <translation>День поступления письма; срок считается со следующего дня</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="84"/>
        <source>How the letter arrived</source>
        <translation>Как поступило письмо</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="89"/>
        <source>What the letter asks or complains of, in a few words</source>
        <translation>О чём просит или на что жалуется письмо, в нескольких словах</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="94"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="95"/>
        <source>Body:</source>
        <translation>Орган:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="96"/>
        <source>Request number:</source>
        <translation>Номер запроса:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="97"/>
        <source>Request date:</source>
        <translation>Дата запроса:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="98"/>
        <source>Subject:</source>
        <translation>Субъект:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="99"/>
        <source>Claimant:</source>
        <translation>Заявитель:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="100"/>
        <source>Contact:</source>
        <translation>Контакт:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="101"/>
        <source>Received on:</source>
        <translation>Дата получения:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="102"/>
        <source>How it came:</source>
        <translation>Как поступило:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="103"/>
        <source>About:</source>
        <translation>Предмет:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="104"/>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="105"/>
        <source>Answer due:</source>
        <translation>Срок ответа:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/ClaimDialog.cpp" line="132"/>
        <source>%1 (%Ln calendar day(s) from receipt, by the working-day calendar: the organisation&apos;s own target, not a period set by law)</source>
        <extracomment>The due date of a case. %1: the due date; %Ln: the number of calendar days from receipt.</extracomment>
        <translation>
            <numerusform>%1 (%Ln календарный день с получения, по календарю рабочих дней: собственный ориентир организации, а не срок по закону)</numerusform>
            <numerusform>%1 (%Ln календарных дня с получения, по календарю рабочих дней: собственный ориентир организации, а не срок по закону)</numerusform>
            <numerusform>%1 (%Ln календарных дней с получения, по календарю рабочих дней: собственный ориентир организации, а не срок по закону)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="155"/>
        <source>Empty: the body&apos;s name</source>
        <translation>Пусто: название органа</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="161"/>
        <source>Required: the subject whose data is to be corrected</source>
        <translation>Обязательно: субъект, чьи данные исправляются</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimDialog.cpp" line="28"/>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/ClaimDialog.cpp" line="138"/>
        <source>%1 (%Ln calendar day(s) from receipt, by the working-day calendar)</source>
        <extracomment>The due date of a case. %1: the due date; %Ln: the number of calendar days from receipt.</extracomment>
        <translation>
            <numerusform>%1 (%Ln календарный день с получения, по календарю рабочих дней)</numerusform>
            <numerusform>%1 (%Ln календарных дня с получения, по календарю рабочих дней)</numerusform>
            <numerusform>%1 (%Ln календарных дней с получения, по календарю рабочих дней)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::ClaimLetter</name>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="121"/>
        <source>Answer to your request for your personal data No. %1 of %2</source>
        <extracomment>A letter&apos;s heading. %1: the claim&apos;s number; %2: the date it was received.</extracomment>
        <translation>Ответ на ваш запрос о персональных данных № %1 от %2</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="125"/>
        <source>Answer to your pre-trial claim No. %1 of %2</source>
        <extracomment>A letter&apos;s heading. %1: the claim&apos;s number; %2: the date it was received.</extracomment>
        <translation>Ответ на вашу претензию № %1 от %2</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="131"/>
        <source>You wrote about:</source>
        <translation>Предмет обращения:</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="139"/>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="159"/>
        <source>This information is given within a week of your request, as Article 17 of the Law No. 58 &quot;On personal information&quot; requires of the holder of personal data.</source>
        <translation>Настоящая информация предоставлена в течение недели со дня получения вашего запроса, как того требует от держателя персональных данных статья 17 Закона № 58 «Об информации персонального характера».</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="164"/>
        <source>This information is given under Article 17 of the Law No. 58 &quot;On personal information&quot;.</source>
        <translation>Настоящая информация предоставлена в соответствии со статьёй 17 Закона № 58 «Об информации персонального характера».</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="173"/>
        <source>If you disagree with this answer, you may go to court.</source>
        <translation>Если вы не согласны с этим ответом, вы можете обратиться в суд.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="186"/>
        <source>The report of the personal data we hold about you is enclosed (Law No. 58, Art. 17).</source>
        <translation>Прилагается отчёт о персональных данных, которые мы о вас храним (Закон № 58, ст. 17).</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="190"/>
        <source>A refusal to give you your data must be reasoned and cite the paragraph of Article 15 of the Law No. 58 it rests on; you may appeal it to the State Agency for Personal Data Protection or to a court.</source>
        <translation>Отказ в предоставлении ваших данных должен быть мотивирован и ссылаться на пункт статьи 15 Закона № 58; его можно обжаловать в Государственное агентство по защите персональных данных при Кабинете Министров Кыргызской Республики или в суд.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="169"/>
        <source>This written answer is given within 30 calendar days of your claim (policy 14.2). If you disagree, you may go to court.</source>
        <translation>Этот письменный ответ дан в течение 30 календарных дней с получения вашей претензии (п. 14.2 политики). При несогласии вы вправе обратиться в суд.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="37"/>
        <source>(removed)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="41"/>
        <source>We corrected your data as follows:</source>
        <translation>Ваши данные исправлены так:</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="42"/>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="43"/>
        <source>Now reads</source>
        <translation>Теперь указано</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="44"/>
        <source>Corrected on</source>
        <translation>Дата исправления</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="47"/>
        <source>We gave this data to no other organisation: no one else needs to be told of the correction.</source>
        <translation>Эти данные мы не передавали другим организациям: уведомлять об исправлении никого не нужно.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="57"/>
        <source>To be told</source>
        <translation>Будет уведомлена</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="58"/>
        <source>The organisations that received this data are told of the correction:</source>
        <translation>Организации, получившие эти данные, уведомляются об исправлении:</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="61"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="62"/>
        <source>Told on</source>
        <translation>Дата уведомления</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="110"/>
        <source>Answer to your request No. %1 of %2</source>
        <extracomment>A letter&apos;s heading, answering a state body. %1: the body&apos;s own number of its request; %2: the request&apos;s date. Uses the letter&apos;s formal register.</extracomment>
        <translation>Ответ на ваш запрос № %1 от %2</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="116"/>
        <source>Answer to your request to correct your personal data No. %1 of %2</source>
        <extracomment>A letter&apos;s heading. %1: the claim&apos;s number; %2: the date it was received.</extracomment>
        <translation>Ответ на вашу просьбу об исправлении персональных данных № %1 от %2</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="152"/>
        <source>You undertook to tell us of changes to your data with the documents that show them (privacy policy 12.3); we update the data we hold accordingly (1.1.7). If you disagree with this answer, you may appeal to the State Agency for Personal Data Protection or to a court.</source>
        <translation>Вы обязались сообщать нам об изменениях ваших данных с подтверждающими документами (п. 12.3 политики конфиденциальности); мы актуализируем хранящиеся у нас данные соответственно (п. 1.1.7). Если вы не согласны с этим ответом, вы можете обжаловать его в Государственное агентство по защите персональных данных при Кабинете Министров Кыргызской Республики или в суд.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="179"/>
        <source>Your request is refused, in whole or in part, under paragraph %1 of Article 15 of the Law No. 58 &quot;On personal information&quot;. You may appeal this refusal to the State Agency for Personal Data Protection or to a court.</source>
        <extracomment>The closing of a letter refusing a subject&apos;s access request. %1: the paragraph&apos;s number, e.g. &quot;2&quot; or &quot;3.1&quot;. Name the agency in full, as a letter does.</extracomment>
        <translation>В вашем запросе отказано полностью или частично на основании пункта %1 статьи 15 Закона № 58 «Об информации персонального характера». Этот отказ можно обжаловать в Государственное агентство по защите персональных данных при Кабинете Министров Кыргызской Республики или в суд.</translation>
    </message>
</context>
<context>
    <name>dpo::ClaimLetterService</name>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="98"/>
        <source>Claim %1 has no answer yet: draft it first.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>У претензии %1 ещё нет ответа: сначала подготовьте его.</translation>
    </message>
</context>
<context>
    <name>dpo::ClaimLinkDialog</name>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="155"/>
        <source>Link the claim</source>
        <translation>Связать претензию</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="155"/>
        <source>Link</source>
        <translation>Связать</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="160"/>
        <source>Withdrawal request</source>
        <translation>Заявление об отзыве</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="161"/>
        <source>Disclosure</source>
        <translation>Раскрытие</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="162"/>
        <source>Claim or request for own data</source>
        <translation>Претензия или запрос собственных данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="165"/>
        <source>The kind of case to link this claim to</source>
        <translation>Вид дела, с которым связывается эта претензия</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="166"/>
        <source>The number of that case in its register</source>
        <translation>Номер этого дела в его реестре</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="167"/>
        <source>Link to:</source>
        <translation>С чем:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="168"/>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
</context>
<context>
    <name>dpo::ClaimPane</name>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="79"/>
        <source>Draft answer…</source>
        <translation>Проект ответа…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="81"/>
        <source>Answer sent…</source>
        <translation>Ответ отправлен…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="83"/>
        <source>Close…</source>
        <comment>a claim</comment>
        <translation>Закрыть…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="86"/>
        <source>Recalculate due date</source>
        <translation>Пересчитать срок</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="88"/>
        <source>Link…</source>
        <translation>Связать…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="90"/>
        <source>Unlink</source>
        <translation>Убрать связь</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="92"/>
        <source>Data report…</source>
        <translation>Отчёт о данных…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="93"/>
        <source>The subject data report that answers a request for own data (Law No. 58 Art. 17), as PDF in the letter&apos;s language</source>
        <translation>Отчёт о данных субъекта — ответ на запрос собственных данных (Закон № 58, ст. 17), в PDF на языке письма</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="134"/>
        <source>Linked requests, disclosures and claims</source>
        <translation>Связанные заявления, раскрытия и претензии</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="75"/>
        <source>Claims</source>
        <translation>Претензии</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="41"/>
        <source>(removed or since erased)</source>
        <translation>(удалено или позже уничтожено)</translation>
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
        <translation>Исправлено:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="54"/>
        <source>nothing yet</source>
        <translation>пока ничего</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="62"/>
        <source>%1: told on %2, %3</source>
        <extracomment>%1: the recipient&apos;s name; %2: a date; %3: how they were told, e.g. &quot;by e-mail&quot;.</extracomment>
        <translation>%1: уведомлён %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="67"/>
        <source>%1: not yet told</source>
        <extracomment>%1: the recipient&apos;s name.</extracomment>
        <translation>%1: ещё не уведомлён</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="68"/>
        <source>Recipients to tell:</source>
        <translation>Кого уведомить:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="69"/>
        <source>none received the data</source>
        <translation>данные никто не получал</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="95"/>
        <source>Correct data…</source>
        <translation>Исправить данные…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="98"/>
        <source>Recipient told…</source>
        <translation>Получатель уведомлён…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="115"/>
        <source>Linked requests and disclosures</source>
        <translation>Связанные обращения и раскрытия</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="96"/>
        <source>Correct the fields the subject&apos;s documents show to be wrong (privacy policy 12.3)</source>
        <translation>Исправить поля, ошибочность которых показывают документы субъекта (п. 12.3 политики конфиденциальности)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="80"/>
        <source>Write the answer and its outcome; the letter is printed from it</source>
        <translation>Написать ответ и его итог; письмо печатается по нему</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="82"/>
        <source>Record the day and the way the written answer was sent</source>
        <translation>Записать день и способ отправки письменного ответа</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="84"/>
        <source>Close the case once its answer is sent</source>
        <translation>Закрыть дело после отправки ответа</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="87"/>
        <source>Count the due date again on the calendar as it is now (after a calendar change)</source>
        <translation>Пересчитать срок по календарю в его нынешнем виде (после изменения календаря)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="89"/>
        <source>Link this case to a withdrawal, a disclosure or another claim</source>
        <translation>Связать это дело с отзывом, раскрытием или другой претензией</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="91"/>
        <source>Remove the selected link; the linked case stays as it is</source>
        <translation>Убрать выбранную связь; связанное дело остаётся как есть</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="99"/>
        <source>Record that a recipient of the corrected data was told of the correction</source>
        <translation>Записать, что получатель исправленных данных уведомлён об исправлении</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="117"/>
        <source>The withdrawals, disclosures and claims this case is linked to; select one to unlink it</source>
        <translation>Отзывы, раскрытия и претензии, с которыми связано это дело; выберите, чтобы убрать связь</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="171"/>
        <source>Select a claim or request in the list to work on it.</source>
        <translation>Выберите претензию или запрос в списке, чтобы работать с ним.</translation>
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
        <translation>Заявитель:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="193"/>
        <source>Request:</source>
        <translation>Запрос:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="196"/>
        <source>%1, No. %2 of %3</source>
        <extracomment>A state body&apos;s request. %1: the body&apos;s name; %2: the body&apos;s own number of its request; %3: the request&apos;s date.</extracomment>
        <translation>%1, № %2 от %3</translation>
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
        <translation>Получено:</translation>
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
        <translation>Срок ответа:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="213"/>
        <source>About:</source>
        <translation>Предмет:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="214"/>
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="219"/>
        <source>by post</source>
        <comment>answer sent</comment>
        <translation>почтой</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="220"/>
        <source>by hand</source>
        <comment>answer sent</comment>
        <translation>вручено лично</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="221"/>
        <source>by email</source>
        <comment>answer sent</comment>
        <translation>по электронной почте</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="225"/>
        <source>, tracking number %1</source>
        <extracomment>Appended to how an answer was sent. %1: the post&apos;s tracking number.</extracomment>
        <translation>, трек-номер %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="226"/>
        <source>Sent:</source>
        <translation>Отправлено:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="232"/>
        <source>%1 (as drafted)</source>
        <extracomment>%1: the outcome, e.g. &quot;Satisfied&quot;.</extracomment>
        <translation>%1 (по проекту ответа)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="238"/>
        <source>Law No. 58 Art. 15, paragraph %1</source>
        <extracomment>%1: the paragraph&apos;s number, e.g. &quot;2&quot; or &quot;3.1&quot;.</extracomment>
        <translation>Закон № 58, ст. 15, п. %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="239"/>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="243"/>
        <source>Registered by:</source>
        <translation>Зарегистрировал:</translation>
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
        <translation>Данные по № %1 исправлены; уведомите каждого получателя из списка.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="314"/>
        <source>%1 told of the correction</source>
        <extracomment>A dialog&apos;s title. %1: the recipient&apos;s name.</extracomment>
        <translation>%1 — уведомлён об исправлении</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="315"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="323"/>
        <source>%1 is recorded as told.</source>
        <extracomment>%1: the recipient&apos;s name.</extracomment>
        <translation>%1 записан(а) как уведомлённый.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="337"/>
        <source>The answer to No. %1 is drafted.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>Проект ответа на № %1 сохранён.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="351"/>
        <source>The answer to No. %1 is logged as sent.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>Ответ на № %1 записан как отправленный.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="367"/>
        <source>No. %1 is closed.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>№ %1 закрыт.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="381"/>
        <source>No. %1 is linked.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>№ %1 связан.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="389"/>
        <source>Recalculate the due date</source>
        <translation>Пересчёт срока</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="391"/>
        <source>Count the due date of No. %1 again on today&apos;s calendar? It is now %2; the change is recorded in the audit trail.</source>
        <extracomment>%1: the claim&apos;s number; %2: its due date now.</extracomment>
        <translation>Пересчитать срок № %1 по сегодняшнему календарю? Сейчас он %2; изменение записывается в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="403"/>
        <source>The due date of No. %1 is %2.</source>
        <extracomment>%1: the claim&apos;s number; %2: its due date.</extracomment>
        <translation>Срок № %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="113"/>
        <source>The document is attached to No. %1.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>Документ приложен к № %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="415"/>
        <source>The link is removed.</source>
        <translation>Связь удалена.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="104"/>
        <source>Answer letter: No. %1</source>
        <extracomment>A dialog&apos;s title. %1: the claim&apos;s number.</extracomment>
        <translation>Письмо-ответ: № %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="426"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="426"/>
        <source>Save the subject data report</source>
        <translation>Сохранить отчёт о данных субъекта</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="433"/>
        <source>Subject data report</source>
        <translation>Отчёт о персональных данных субъекта</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimPane.cpp" line="437"/>
        <source>The subject data report is saved: %1</source>
        <extracomment>%1: the file&apos;s path.</extracomment>
        <translation>Отчёт о данных субъекта сохранён: %1</translation>
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
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../models/items/ClaimRegister.cpp" line="15"/>
        <source>Claimant</source>
        <translation>Заявитель</translation>
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
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../models/items/ClaimRegister.cpp" line="19"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../models/items/ClaimRegister.cpp" line="20"/>
        <source>Deadline</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../models/items/ClaimRegister.cpp" line="21"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>dpo::ClaimService</name>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="85"/>
        <source>register a claim</source>
        <translation>зарегистрировать претензию</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="89"/>
        <source>The date of receipt is missing or not a date.</source>
        <translation>Дата получения не указана или не является датой.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="92"/>
        <source>The date of receipt %1 is in the future.</source>
        <extracomment>%1: a date (YYYY-MM-DD).</extracomment>
        <translation>Дата получения %1 — в будущем.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="95"/>
        <source>Say what the claim is about.</source>
        <translation>Укажите предмет претензии.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="99"/>
        <source>&quot;%1&quot; is not a way a claim arrives: use %2.</source>
        <extracomment>%1: the channel as given; %2: the channels allowed, separated by commas.</extracomment>
        <translation>«%1» — не способ поступления: используйте %2.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="141"/>
        <source>No subject has the platform reference %1.</source>
        <extracomment>%1: the platform reference as typed.</extracomment>
        <translation>Нет субъекта с номером на платформе %1.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="151"/>
        <source>Name the claimant, or give the subject&apos;s platform reference.</source>
        <translation>Укажите заявителя или номер субъекта на платформе.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="191"/>
        <source>The database did not return the new claim&apos;s number.</source>
        <translation>База данных не вернула номер новой претензии.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="247"/>
        <source>&quot;%1&quot; is not an outcome: use %2.</source>
        <extracomment>%1: the outcome as given; %2: the outcomes allowed, separated by commas.</extracomment>
        <translation>«%1» — не результат: используйте %2.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="251"/>
        <source>A refusal, in whole or in part, needs its reasons.</source>
        <translation>Полный или частичный отказ должен быть мотивирован.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="259"/>
        <source>Refusing a request for own data cites the paragraph of Law No. 58 Art. 15 it rests on.</source>
        <translation>Отказ по запросу собственных данных ссылается на пункт ст. 15 Закона № 58, на котором он основан.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="265"/>
        <source>&quot;%1&quot; is not a paragraph number of Art. 15 (write it as 2 or 3.1).</source>
        <extracomment>%1: the paragraph as typed.</extracomment>
        <translation>&quot;%1&quot; — не номер пункта ст. 15 (пишите 2 или 3.1).</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="271"/>
        <source>Only a refused request for own data cites a paragraph of Art. 15.</source>
        <translation>На пункт ст. 15 ссылается только отказ по запросу собственных данных.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="291"/>
        <source>draft an answer</source>
        <translation>подготовить ответ</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="294"/>
        <source>The answer has no text.</source>
        <translation>В ответе нет текста.</translation>
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
        <translation>Претензия %1</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="64"/>
        <source>&quot;%1&quot; is not a kind of claim: use claim, access, authority or rectification.</source>
        <extracomment>%1: the kind as given.</extracomment>
        <translation>«%1» — не вид обращения: используйте claim, access, authority или rectification.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="107"/>
        <source>Name the body that sent the request: the State Agency for Personal Data Protection (state_agency) or the Ombudsman (ombudsman).</source>
        <translation>Укажите орган, направивший запрос: Государственное агентство по защите персональных данных (state_agency) или Акыйкатчы (ombudsman).</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="111"/>
        <source>Give the number of the body&apos;s request (1 to 64 characters).</source>
        <translation>Укажите номер запроса органа (от 1 до 64 символов).</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="114"/>
        <source>The date of the body&apos;s request is missing or after its receipt.</source>
        <translation>Дата запроса органа не указана или позже дня его получения.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="118"/>
        <source>Only a request of the State Agency or the Ombudsman names a body, a request number and a request date.</source>
        <translation>Орган, номер и дату запроса указывает только запрос Госагентства или Акыйкатчы.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="124"/>
        <source>A request to correct data is the subject&apos;s own: give the subject&apos;s platform reference.</source>
        <translation>Просьбу об исправлении данных подаёт сам субъект: укажите его ссылку на платформе.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="299"/>
        <location filename="../models/services/ClaimService.cpp" line="347"/>
        <source>Claim %1 is answered already.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>На претензию %1 уже дан ответ.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="306"/>
        <source>Reasons and a paragraph of Art. 15 go with an outcome: choose the outcome.</source>
        <translation>Основания и пункт ст. 15 указываются вместе с итогом: выберите итог.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="400"/>
        <source>Claim %1: its draft states no outcome; close it on its own, with the outcome.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>Претензия %1: в проекте ответа не указан итог; закройте её отдельно, указав итог.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="413"/>
        <source>Claim %1 is closed only once its written answer was sent.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>Претензия %1 закрывается только после отправки письменного ответа.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/ClaimService.cpp" line="420"/>
        <source>Claim %1 corrected data that %n recipient(s) received: record that each was told before closing it.</source>
        <extracomment>%1: the claim&apos;s number; %n: the number of recipients.</extracomment>
        <translation>
            <numerusform>Обращение %1 исправило данные, которые получил %n получатель: прежде чем закрыть его, запишите, что каждый уведомлён.</numerusform>
            <numerusform>Обращение %1 исправило данные, которые получили %n получателя: прежде чем закрыть его, запишите, что каждый уведомлён.</numerusform>
            <numerusform>Обращение %1 исправило данные, которые получили %n получателей: прежде чем закрыть его, запишите, что каждый уведомлён.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="453"/>
        <source>Claim %1 is answered: its due date no longer changes.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>На претензию %1 дан ответ: её срок больше не меняется.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="496"/>
        <source>link a claim</source>
        <translation>связать претензию</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="500"/>
        <source>A claim cannot be linked to itself.</source>
        <translation>Претензию нельзя связать с ней самой.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="508"/>
        <source>withdrawal request %1</source>
        <extracomment>Completes &quot;There is no %1.&quot; %1: the request&apos;s number.</extracomment>
        <translation>заявления об отзыве %1</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="512"/>
        <source>disclosure %1</source>
        <extracomment>Completes &quot;There is no %1.&quot; %1: the disclosure&apos;s number.</extracomment>
        <translation>раскрытия %1</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="515"/>
        <source>claim %1</source>
        <extracomment>Completes &quot;There is no %1.&quot; %1: the claim&apos;s number.</extracomment>
        <translation>претензии %1</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="517"/>
        <source>There is no %1.</source>
        <extracomment>%1: what is missing, e.g. &quot;claim 12&quot; or &quot;withdrawal request 3&quot;.</extracomment>
        <translation>Нет %1.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="546"/>
        <source>unlink a claim</source>
        <translation>убрать связь претензии</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="558"/>
        <source>Claim %1 is not linked to that.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>Претензия %1 с этим не связана.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimQueries.cpp" line="141"/>
        <source>withdrawal request of %1, received %2, %3</source>
        <extracomment>Describes a case linked to a claim. %1: the subject&apos;s name; %2: a date; %3: the request&apos;s state, e.g. &quot;executed&quot;.</extracomment>
        <translation>заявление об отзыве %1, получено %2, %3</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimQueries.cpp" line="148"/>
        <source>disclosure to %1 on %2</source>
        <extracomment>Describes a disclosure linked to a claim. %1: the recipient&apos;s name; %2: a date.</extracomment>
        <translation>раскрытие %1 от %2</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimQueries.cpp" line="154"/>
        <source>%1 of %2, received %3</source>
        <extracomment>Describes a claim linked to another claim. %1: the claim&apos;s kind, e.g. &quot;Pre-trial claim&quot;; %2: the claimant&apos;s name; %3: a date.</extracomment>
        <translation>%1 от %2, получено %3</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="332"/>
        <source>log an answer</source>
        <translation>зарегистрировать ответ</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="339"/>
        <source>&quot;%1&quot; is not a way to send an answer: use %2.</source>
        <extracomment>%1: the method as given; %2: the methods allowed, separated by commas.</extracomment>
        <translation>«%1» — не способ отправки ответа: используйте %2.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="343"/>
        <source>An answer sent by post needs its tracking number.</source>
        <translation>Для ответа, отправленного почтой, нужен трек-номер.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="351"/>
        <source>The answer&apos;s date must be between the receipt (%1) and today.</source>
        <extracomment>%1: the date of receipt (YYYY-MM-DD).</extracomment>
        <translation>Дата ответа должна быть между датой получения (%1) и сегодняшним днём.</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="378"/>
        <location filename="../models/services/ClaimService.cpp" line="388"/>
        <source>close a claim</source>
        <translation>закрыть претензию</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="446"/>
        <source>recalculate a due date</source>
        <translation>пересчитать срок</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimLetterService.cpp" line="89"/>
        <location filename="../models/services/ClaimService.cpp" line="220"/>
        <location filename="../models/services/ClaimQueries.cpp" line="101"/>
        <source>Claim %1 does not exist.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>Претензии %1 не существует.</translation>
    </message>
</context>
<context>
    <name>dpo::ClaimsPage</name>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="20"/>
        <source>Pre-trial claims and requests for own data</source>
        <translation>Претензии и запросы о своих данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="21"/>
        <source>Policy 14.1-14.2: a written answer within 30 calendar days; Law No. 58 Art. 17: a subject&apos;s own data, and what the State Agency or the Ombudsman asks, within one week; a correction of data (policy 12.3): the organisation&apos;s own target of one week.</source>
        <translation>Политика, пп. 14.1-14.2: письменный ответ в течение 30 календарных дней; Закон № 58, ст. 17: данные субъекта и сведения, запрошенные Государственным агентством или Акыйкатчы, в течение недели; исправление данных (п. 12.3 политики): собственный ориентир организации — неделя.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="29"/>
        <source>All</source>
        <comment>claims</comment>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="30"/>
        <source>Open</source>
        <comment>claims</comment>
        <translation>Открытые</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="31"/>
        <source>Due today</source>
        <comment>claims</comment>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="32"/>
        <source>Due this week</source>
        <comment>claims</comment>
        <translation>Срок на этой неделе</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="33"/>
        <source>Overdue</source>
        <comment>claims</comment>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="34"/>
        <source>Show all claims, or only the open ones, or those due soon or overdue</source>
        <translation>Показать все претензии, или только открытые, или со скорым либо истёкшим сроком</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="35"/>
        <source>Register…</source>
        <translation>Зарегистрировать…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="36"/>
        <source>Register a claim, a request for own data, a correction or an authority&apos;s request, with its letter</source>
        <translation>Зарегистрировать претензию, запрос о своих данных, исправление или запрос органа с его письмом</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="40"/>
        <source>Close answered…</source>
        <extracomment>A button: closes the selected claims whose answer was sent (&quot;answered&quot; qualifies the claims).</extracomment>
        <translation>Закрыть отвеченные…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="42"/>
        <source>Closes the selected claims (Shift or Ctrl to select several), each with the outcome its draft states</source>
        <translation>Закрывает выбранные претензии (несколько — с Shift или Ctrl), каждую с итогом из её проекта ответа</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="71"/>
        <source>Claim %1 registered; the answer is due on %2.</source>
        <extracomment>%1: the claim&apos;s number; %2: the due date.</extracomment>
        <translation>Претензия %1 зарегистрирована; ответ — до %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="88"/>
        <source>Close answered claims</source>
        <translation>Закрыть претензии с ответом</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="90"/>
        <source>Close %L1 selected claims, each with the outcome its draft states? A claim whose answer was not sent, or whose draft states no outcome, is refused and stays as it is.</source>
        <extracomment>%1: the number of selected claims.</extracomment>
        <translation>Закрыть выбранные претензии (%L1), каждую с итогом, указанным в её проекте ответа? Претензия, ответ на которую не отправлен или в проекте которой нет итога, будет отклонена и останется как есть.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="96"/>
        <source>Close the selected claims (%L1)</source>
        <extracomment>A dialog&apos;s title. %1: the number of selected claims.</extracomment>
        <translation>Закрыть выбранные претензии (%L1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimsPage.cpp" line="96"/>
        <source>Claim No.</source>
        <translation>№ претензии</translation>
    </message>
</context>
<context>
    <name>dpo::CloseClaimDialog</name>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="146"/>
        <source>Close No. %1</source>
        <extracomment>A dialog&apos;s title. %1: the claim&apos;s number.</extracomment>
        <translation>Закрыть № %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="146"/>
        <source>Close</source>
        <comment>a claim</comment>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>dpo::ConnectionDialog</name>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="23"/>
        <source>Connect to a consent database</source>
        <translation>Подключение к базе согласий</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="27"/>
        <source>sqlite:/path/consent.sqlite or postgresql://user@host:5432/dbname</source>
        <translation>sqlite:/путь/consent.sqlite или postgresql://пользователь@сервер:5432/база</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="29"/>
        <source>Where the consent database is: a SQLite file or a PostgreSQL server; no password in it</source>
        <translation>Где база согласий: файл SQLite или сервер PostgreSQL; без пароля</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="31"/>
        <source>A connection saved before; choosing one fills in its URL</source>
        <translation>Ранее сохранённое подключение; при выборе подставляется его URL</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="32"/>
        <source>The name the connection is saved under</source>
        <translation>Имя, под которым сохраняется подключение</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="33"/>
        <source>Profile name</source>
        <translation>Имя профиля</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="34"/>
        <source>A name for this connection</source>
        <comment>profile name placeholder</comment>
        <translation>Название подключения</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="40"/>
        <source>The PostgreSQL password is asked for when the server wants it, or read from PGPASSWORD or ~/.pgpass. It is never saved.</source>
        <translation>Пароль PostgreSQL запрашивается, когда его требует сервер, или берётся из PGPASSWORD или ~/.pgpass. Он никогда не сохраняется.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="46"/>
        <source>Saved connection:</source>
        <translation>Сохранённое подключение:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="47"/>
        <source>Database URL:</source>
        <translation>Адрес базы (URL):</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="48"/>
        <source>Save as profile</source>
        <translation>Сохранить как профиль</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="49"/>
        <source>Save the URL under the name for the next start; no password is saved</source>
        <translation>Сохранить URL под этим именем для следующего запуска; пароль не сохраняется</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="54"/>
        <source>Profile name:</source>
        <translation>Имя профиля:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="57"/>
        <source>Connect</source>
        <comment>button</comment>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="58"/>
        <source>Open the database at the URL</source>
        <translation>Открыть базу данных по URL</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="59"/>
        <source>Close the console</source>
        <translation>Закрыть консоль</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="113"/>
        <source>Give the profile a name before saving it.</source>
        <translation>Дайте профилю имя перед сохранением.</translation>
    </message>
</context>
<context>
    <name>dpo::ConnectionMonitor</name>
    <message numerus="yes">
        <location filename="../models/db/ConnectionMonitor.cpp" line="78"/>
        <source>The database has not answered for %n second(s).</source>
        <extracomment>%n: a number of seconds.</extracomment>
        <translation>
            <numerusform>База данных не отвечает уже %n секунду.</numerusform>
            <numerusform>База данных не отвечает уже %n секунды.</numerusform>
            <numerusform>База данных не отвечает уже %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::ConnectionProfiles</name>
    <message>
        <location filename="../ui/ConnectionProfiles.cpp" line="21"/>
        <source>Embedded database (this computer)</source>
        <translation>Встроенная база (этот компьютер)</translation>
    </message>
</context>
<context>
    <name>dpo::CorrectionDialog</name>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="18"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="20"/>
        <source>F or M</source>
        <translation>F или M</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="22"/>
        <source>14 digits</source>
        <translation>14 цифр</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="24"/>
        <source>+996XXXXXXXXX</source>
        <translation>+996XXXXXXXXX</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="26"/>
        <source>e.g. ID1234567</source>
        <translation>например, ID1234567</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="29"/>
        <source>empty removes it</source>
        <translation>пустое значение удаляет его</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="36"/>
        <source>Correct the data of request No. %1</source>
        <extracomment>A dialog&apos;s title. %1: the claim&apos;s number.</extracomment>
        <translation>Исправление данных по просьбе № %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="37"/>
        <source>Correct</source>
        <comment>the dialog&apos;s button: make the corrections</comment>
        <translation>Исправить</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="40"/>
        <source>Tick each field the subject&apos;s documents show to be wrong and write it as they show it. The old value is kept only as a digest; every recipient that received the field is to be told (privacy policy 12.3, 1.1.7).</source>
        <translation>Отметьте каждое поле, ошибочность которого показывают документы субъекта, и впишите его так, как в документах. Старое значение сохраняется только в виде дайджеста; каждого получателя этого поля нужно уведомить (п. 12.3, 1.1.7 политики конфиденциальности).</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="54"/>
        <source>Tick to correct this field; its new value goes on the right</source>
        <translation>Отметьте, чтобы исправить это поле; новое значение — справа</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="55"/>
        <source>The correct value as the subject&apos;s documents show it</source>
        <translation>Правильное значение, как в документах субъекта</translation>
    </message>
    <message>
        <location filename="../ui/pages/CorrectionDialog.cpp" line="60"/>
        <source>corrected in this case already</source>
        <translation>уже исправлено в этом деле</translation>
    </message>
</context>
<context>
    <name>dpo::CsvReader</name>
    <message>
        <location filename="../models/import/CsvReader.cpp" line="76"/>
        <source>the record is longer than %1 bytes</source>
        <extracomment>Follows &quot;FILE:LINE:&quot; in an import error; the subject is the record. %1: a number of bytes.</extracomment>
        <translation>запись длиннее %1 байт</translation>
    </message>
    <message>
        <location filename="../models/import/CsvReader.cpp" line="85"/>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>поле в кавычках не закрыто до конца файла</translation>
    </message>
    <message>
        <location filename="../models/import/CsvReader.cpp" line="125"/>
        <source>text follows the closing quote of a field</source>
        <translation>после закрывающей кавычки поля идёт текст</translation>
    </message>
    <message>
        <location filename="../models/import/CsvReader.cpp" line="136"/>
        <source>a quote inside an unquoted field (quote the field and double the quote)</source>
        <translation>кавычка внутри поля без кавычек (заключите поле в кавычки и удвойте кавычку)</translation>
    </message>
    <message>
        <location filename="../models/import/CsvReader.cpp" line="146"/>
        <source>the text is not valid UTF-8; save the file as UTF-8</source>
        <translation>текст не в кодировке UTF-8; сохраните файл в UTF-8</translation>
    </message>
</context>
<context>
    <name>dpo::DashboardCards</name>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="19"/>
        <source>Claims and access requests due today</source>
        <translation>Претензии и запросы со сроком сегодня</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="20"/>
        <source>The written answer is due today</source>
        <translation>Срок письменного ответа — сегодня</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="21"/>
        <source>Withdrawal requests due today</source>
        <translation>Заявления об отзыве со сроком сегодня</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="21"/>
        <source>The target date is today</source>
        <translation>Срок — сегодня</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="23"/>
        <source>Overdue claims and access requests</source>
        <translation>Просроченные претензии и запросы</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="23"/>
        <source>Past the legal due date</source>
        <translation>Законный срок истёк</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="25"/>
        <source>Overdue withdrawal requests</source>
        <translation>Просроченные заявления об отзыве</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="25"/>
        <source>Past the target date</source>
        <translation>Срок истёк</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="27"/>
        <source>Subjects not notified of a disclosure</source>
        <translation>Субъекты, не уведомлённые о раскрытии</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="27"/>
        <source>Policy 4.6.4</source>
        <translation>Политика, п. 4.6.4</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="29"/>
        <source>Claims and access requests due this week</source>
        <translation>Претензии и запросы со сроком на этой неделе</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="29"/>
        <location filename="../ui/pages/DashboardCards.cpp" line="31"/>
        <source>From today to Sunday</source>
        <translation>С сегодняшнего дня до воскресенья</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="31"/>
        <source>Withdrawal requests due this week</source>
        <translation>Заявления об отзыве со сроком на этой неделе</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="33"/>
        <source>Open claims and access requests</source>
        <translation>Открытые претензии и запросы</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="33"/>
        <source>Awaiting a written answer</source>
        <translation>Ожидают письменного ответа</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="35"/>
        <source>Open withdrawal requests</source>
        <translation>Открытые заявления об отзыве</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="35"/>
        <source>Not yet executed</source>
        <translation>Ещё не исполнены</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="37"/>
        <source>Disclosures not notified in time</source>
        <translation>Раскрытия без своевременного уведомления</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="38"/>
        <source>A subject not notified within the organisation&apos;s own target</source>
        <translation>Субъект не уведомлён в собственный срок организации</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="41"/>
        <source>Notifications failed</source>
        <extracomment>A card&apos;s title: disclosure notices to subjects that could not be delivered.</extracomment>
        <translation>Недоставленные уведомления</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="42"/>
        <source>Subjects whose notice was not delivered</source>
        <translation>Субъекты, чьё уведомление не доставлено</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="43"/>
        <source>Subjects under 18</source>
        <translation>Субъекты младше 18 лет</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="43"/>
        <source>Policy 9.1: to delete</source>
        <translation>Политика, п. 9.1: удалить</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="45"/>
        <source>Data due for the retention review</source>
        <translation>Данные, подлежащие пересмотру сроков хранения</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="46"/>
        <source>Policy 6.2-6.3: keeps ended, face photos held after a withdrawal or a closed account</source>
        <translation>Пп. 6.2-6.3 политики: истёкшие сроки хранения, фото лица после отзыва согласия или закрытия аккаунта</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="48"/>
        <source>Data subjects</source>
        <translation>Субъекты персональных данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="48"/>
        <source>In this database</source>
        <translation>В этой базе</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="49"/>
        <source>Overdue tasks</source>
        <translation>Просроченные задачи</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="50"/>
        <source>A data system or a recipient has not confirmed by the due date</source>
        <translation>Система данных или получатель не подтвердили в срок</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="52"/>
        <source>Tasks not yet done</source>
        <translation>Невыполненные задачи</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="53"/>
        <source>What executed withdrawals ask of the platform&apos;s systems</source>
        <translation>Что исполненные отзывы поручают системам платформы</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="54"/>
        <source>Feed events to review</source>
        <translation>События ленты к рассмотрению</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="55"/>
        <source>Privacy rules: erased data back, minors, withdrawn data sent</source>
        <translation>Правила конфиденциальности: возврат удалённых данных, несовершеннолетние, передача отозванных данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="56"/>
        <source>Feed events rejected</source>
        <translation>Отклонённые события ленты</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="57"/>
        <source>Each holds back its subject&apos;s later events</source>
        <translation>Каждое задерживает последующие события своего субъекта</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="63"/>
        <source>Feed events waiting</source>
        <translation>Ожидающие события ленты</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="66"/>
        <source>The oldest arrived %1</source>
        <extracomment>%1: a date and time.</extracomment>
        <translation>Самое старое пришло %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="67"/>
        <source>None waiting</source>
        <translation>Ожидающих нет</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="73"/>
        <source>Audit chain</source>
        <translation>Цепочка аудита</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="76"/>
        <source>Never verified</source>
        <extracomment>The audit trail&apos;s state on a card: its chain was never checked.</extracomment>
        <translation>Ни разу не проверялась</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="77"/>
        <source>Verify it in the Audit section</source>
        <translation>Проверьте её в разделе «Аудит»</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="80"/>
        <source>Intact</source>
        <comment>audit chain</comment>
        <translation>Не нарушена</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="80"/>
        <source>Broken</source>
        <comment>audit chain</comment>
        <translation>Нарушена</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardCards.cpp" line="82"/>
        <source>Last verified %1 by %2</source>
        <extracomment>%1: a date and time; %2: the officer&apos;s name.</extracomment>
        <translation>Последняя проверка %1, проверил(а): %2</translation>
    </message>
</context>
<context>
    <name>dpo::DashboardChartSet</name>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="184"/>
        <source>Disclosures by legal ground</source>
        <translation>Раскрытия по правовым основаниям</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="108"/>
        <source>Notices to subjects by channel</source>
        <translation>Уведомления субъектам по каналам</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="118"/>
        <source>Requests received per month</source>
        <translation>Поступившие обращения по месяцам</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="120"/>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="138"/>
        <source>Withdrawal requests</source>
        <translation>Заявления об отзыве</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="121"/>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="139"/>
        <source>Pre-trial claims</source>
        <translation>Досудебные претензии</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="122"/>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="140"/>
        <source>Access requests</source>
        <translation>Запросы субъектов</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="136"/>
        <source>Open cases by days left</source>
        <translation>Открытые дела по оставшимся дням</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="143"/>
        <source>10 days or more</source>
        <translation>10 дней и более</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="143"/>
        <source>Under 10 days</source>
        <translation>Менее 10 дней</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="143"/>
        <source>Under 5 days</source>
        <translation>Менее 5 дней</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="144"/>
        <source>Overdue</source>
        <comment>deadline band</comment>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="157"/>
        <source>Consents given and withdrawn per month</source>
        <translation>Согласия, данные и отозванные по месяцам</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="160"/>
        <source>Given (left axis)</source>
        <translation>Даны (левая ось)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="163"/>
        <source>Withdrawn (right axis)</source>
        <translation>Отозваны (правая ось)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="197"/>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="232"/>
        <source>%1: none yet</source>
        <extracomment>An empty chart. %1: the chart&apos;s title.</extracomment>
        <translation>%1: пока нет</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DashboardCharts.cpp" line="198"/>
        <source>Disclosures</source>
        <translation>Раскрытия</translation>
    </message>
</context>
<context>
    <name>dpo::DashboardPage</name>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="37"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="47"/>
        <source>Print preview…</source>
        <translation>Предварительный просмотр…</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="48"/>
        <source>Show the dashboard as it will be printed</source>
        <translation>Показать сводку так, как она будет напечатана</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="50"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="50"/>
        <source>Print the dashboard for a meeting</source>
        <translation>Напечатать сводку для совещания</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="52"/>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="52"/>
        <source>Save the dashboard as a PDF file</source>
        <translation>Сохранить сводку в файл PDF</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="116"/>
        <source>Open the list</source>
        <translation>Открыть список</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="184"/>
        <source>Open the withdrawal requests</source>
        <translation>Открыть заявления об отзыве</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="185"/>
        <source>Open the claims register</source>
        <translation>Открыть реестр претензий</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="199"/>
        <source>Overdue or due by %1 (within 3 working days):</source>
        <extracomment>%1: a date.</extracomment>
        <translation>Просрочено или срок до %1 (в пределах 3 рабочих дней):</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/DashboardPage.cpp" line="204"/>
        <source>… and %n more.</source>
        <extracomment>Ends a list of cases. %n: the number not listed.</extracomment>
        <translation>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="217"/>
        <location filename="../ui/pages/DashboardPage.cpp" line="224"/>
        <location filename="../ui/pages/DashboardPage.cpp" line="243"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="228"/>
        <source>The dashboard went to the printer.</source>
        <translation>Сводка отправлена на печать.</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="235"/>
        <location filename="../ui/pages/DashboardPage.cpp" line="246"/>
        <source>Save the dashboard</source>
        <translation>Сохранить сводку</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="236"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
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
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="253"/>
        <source>The dashboard was saved to %1.</source>
        <extracomment>%1: the file&apos;s path.</extracomment>
        <translation>Сводка сохранена в %1.</translation>
    </message>
</context>
<context>
    <name>dpo::DashboardPrintout</name>
    <message>
        <location filename="../ui/pages/DashboardPrintout.cpp" line="62"/>
        <source>Page %1 of %2</source>
        <extracomment>%1: the page&apos;s number; %2: the number of pages.</extracomment>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPrintout.cpp" line="66"/>
        <source>DPO Console · dashboard of %1</source>
        <extracomment>The printout&apos;s header. %1: a date and time.</extracomment>
        <translation>DPO Console · сводка на %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPrintout.cpp" line="75"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPrintout.cpp" line="81"/>
        <source>As of %1 (Bishkek time), printed by %2</source>
        <extracomment>%1: a date and time; %2: the officer&apos;s name.</extracomment>
        <translation>По состоянию на %1 (время Бишкека), распечатал(а): %2</translation>
    </message>
</context>
<context>
    <name>dpo::Database</name>
    <message>
        <location filename="../models/db/Database.cpp" line="60"/>
        <source>The database file %1 does not exist. Create it with &quot;dpo-console init --database sqlite:%1 --admin NAME&quot;.</source>
        <extracomment>%1: the database file&apos;s path (twice, the second in a command to type).</extracomment>
        <translation>Файла базы данных %1 не существует. Создайте его командой «dpo-console init --database sqlite:%1 --admin NAME».</translation>
    </message>
    <message>
        <location filename="../models/db/Database.cpp" line="66"/>
        <source>Cannot create the database %1: the folder %2 does not exist.</source>
        <extracomment>%1: the database file&apos;s path; %2: the folder&apos;s path.</extracomment>
        <translation>Невозможно создать базу %1: папки %2 не существует.</translation>
    </message>
    <message>
        <location filename="../models/db/Database.cpp" line="76"/>
        <source>Cannot create the database %1: %2</source>
        <extracomment>%1: the database file&apos;s path; %2: the system&apos;s reason.</extracomment>
        <translation>Не удаётся создать базу данных %1: %2</translation>
    </message>
    <message>
        <location filename="../models/db/Database.cpp" line="82"/>
        <source>%1 is a folder, not a database file.</source>
        <extracomment>%1: the path given.</extracomment>
        <translation>%1 — это папка, а не файл базы данных.</translation>
    </message>
    <message>
        <location filename="../models/db/Database.cpp" line="113"/>
        <source>Cannot open the SQLite database %1: %2</source>
        <extracomment>%1: the database file&apos;s path; %2: SQLite&apos;s own message.</extracomment>
        <translation>Невозможно открыть базу SQLite %1: %2</translation>
    </message>
    <message>
        <location filename="../models/db/Database.cpp" line="123"/>
        <source>%1 is not a SQLite consent database (%2).</source>
        <extracomment>%1: the database file&apos;s path; %2: why, a phrase from SQLite.</extracomment>
        <translation>%1 — не база согласий SQLite (%2).</translation>
    </message>
    <message>
        <location filename="../models/db/Database.cpp" line="134"/>
        <source>Cannot prepare the SQLite database %1: %2</source>
        <extracomment>%1: the database file&apos;s path; %2: SQLite&apos;s own message.</extracomment>
        <translation>Невозможно подготовить базу SQLite %1: %2</translation>
    </message>
    <message>
        <location filename="../models/db/Database.cpp" line="182"/>
        <source>Cannot connect to PostgreSQL at %1: %2</source>
        <extracomment>%1: the server&apos;s address (no password); %2: the server&apos;s own message.</extracomment>
        <translation>Невозможно подключиться к PostgreSQL по адресу %1: %2</translation>
    </message>
    <message>
        <location filename="../models/db/Database.cpp" line="186"/>
        <source>The server is on another machine, so its certificate is checked (sslmode=verify-full): name the CA that signed it with sslrootcert=FILE in the URL, or choose a weaker sslmode there explicitly.</source>
        <translation>Сервер находится на другом компьютере, поэтому его сертификат проверяется (sslmode=verify-full): укажите подписавший его удостоверяющий центр параметром sslrootcert=FILE в адресе или явно выберите там более слабый sslmode.</translation>
    </message>
    <message>
        <location filename="../models/db/Database.cpp" line="209"/>
        <source>Cannot prepare the PostgreSQL session: %1</source>
        <extracomment>%1: the server&apos;s own message.</extracomment>
        <translation>Невозможно подготовить сеанс PostgreSQL: %1</translation>
    </message>
</context>
<context>
    <name>dpo::DatabaseUrl</name>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="64"/>
        <source>The database URL is empty: give sqlite:PATH or postgresql://user@host:port/dbname.</source>
        <translation>Адрес базы пуст: укажите sqlite:ПУТЬ или postgresql://пользователь@сервер:порт/база.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="74"/>
        <source>The SQLite URL &quot;%1&quot; names no file: write sqlite:PATH.</source>
        <extracomment>%1: the URL as typed.</extracomment>
        <translation>В адресе SQLite «%1» не указан файл: напишите sqlite:ПУТЬ.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="86"/>
        <source>Unknown database URL &quot;%1&quot;: it must start with sqlite: or postgresql://.</source>
        <extracomment>%1: the URL as typed.</extracomment>
        <translation>Неизвестный адрес базы «%1»: он должен начинаться с sqlite: или postgresql://.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="108"/>
        <source>The PostgreSQL URL &quot;%1&quot; is malformed: %2</source>
        <extracomment>%1: the URL as typed; %2: what is malformed, in English from Qt.</extracomment>
        <translation>Адрес PostgreSQL «%1» записан неверно: %2</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="110"/>
        <source>The PostgreSQL URL must not contain a password: use PGPASSWORD, ~/.pgpass, or the console&apos;s prompt.</source>
        <translation>Адрес PostgreSQL не должен содержать пароль: используйте PGPASSWORD, ~/.pgpass или запрос консоли.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="116"/>
        <source>The PostgreSQL URL &quot;%1&quot; names no host.</source>
        <extracomment>%1: the URL as typed.</extracomment>
        <translation>В адресе PostgreSQL «%1» не указан сервер.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="53"/>
        <location filename="../models/db/DatabaseUrl.cpp" line="120"/>
        <source>The port in &quot;%1&quot; is not between 1 and 65535.</source>
        <extracomment>%1: the URL as typed.</extracomment>
        <translation>Порт в «%1» не в диапазоне от 1 до 65535.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="45"/>
        <source>The host &quot;%1&quot; in &quot;%2&quot; is malformed: write host or host:port, separated by commas.</source>
        <extracomment>%1: one host of a multi-host URL as typed; %2: the URL as typed.</extracomment>
        <translation>Хост «%1» в «%2» записан неверно: пишите host или host:port через запятую.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="132"/>
        <source>The PostgreSQL URL &quot;%1&quot; names no database: write postgresql://user@host:port/dbname.</source>
        <extracomment>%1: the URL as typed.</extracomment>
        <translation>В адресе PostgreSQL «%1» не указана база: напишите postgresql://пользователь@сервер:порт/база.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="138"/>
        <source>The PostgreSQL URL &quot;%1&quot; has a &apos;#&apos; part, which means nothing here.</source>
        <extracomment>%1: the URL as typed.</extracomment>
        <translation>В адресе PostgreSQL «%1» есть часть после &apos;#&apos;, которая здесь ничего не значит.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="143"/>
        <source>&quot;%1&quot; has a space or a control character in the host, user or database name.</source>
        <extracomment>%1: the URL as typed.</extracomment>
        <translation>В «%1» имя хоста, пользователя или базы содержит пробел или управляющий символ.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="154"/>
        <source>The option %1 in the PostgreSQL URL has a space, &apos;=&apos;, &apos;;&apos;, a quote, a backslash or a control character in its value, which could smuggle in another connection option.</source>
        <extracomment>%1: the option&apos;s name in the URL, e.g. sslmode.</extracomment>
        <translation>В значении параметра %1 в адресе PostgreSQL есть пробел, &apos;=&apos;, &apos;;&apos;, кавычка, обратная косая черта или управляющий символ, через которые можно подставить другой параметр подключения.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="165"/>
        <source>Unknown sslmode &quot;%1&quot;: expected one of %2.</source>
        <extracomment>%1: the value as typed; %2: the allowed values, separated by commas.</extracomment>
        <translation>Неизвестный sslmode «%1»: ожидается одно из значений %2.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="170"/>
        <source>sslrootcert must name the CA certificate file.</source>
        <translation>sslrootcert должен указывать файл сертификата УЦ (CA).</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="177"/>
        <source>Unknown channel_binding &quot;%1&quot;: expected one of %2.</source>
        <extracomment>%1: the value as typed; %2: the allowed values, separated by commas.</extracomment>
        <translation>Неизвестный channel_binding «%1»: ожидается одно из: %2.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="187"/>
        <source>Unknown target_session_attrs &quot;%1&quot;: expected one of %2.</source>
        <extracomment>%1: the value as typed; %2: the allowed values, separated by commas.</extracomment>
        <translation>Неизвестный target_session_attrs «%1»: ожидается одно из: %2.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="192"/>
        <source>Unknown option &quot;%1&quot; in the PostgreSQL URL: only sslmode, sslrootcert, channel_binding and target_session_attrs are understood.</source>
        <extracomment>%1: the option&apos;s name as typed.</extracomment>
        <translation>Неизвестный параметр «%1» в адресе PostgreSQL: понимаются только sslmode, sslrootcert, channel_binding и target_session_attrs.</translation>
    </message>
</context>
<context>
    <name>dpo::DeadlineCalendar</name>
    <message>
        <location filename="../models/domain/DeadlineCalendar.cpp" line="66"/>
        <source>due today</source>
        <translation>срок сегодня</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/domain/DeadlineCalendar.cpp" line="69"/>
        <source>%n day(s) left</source>
        <extracomment>%n: a number of days until a deadline; shown in a table cell beside the due date.</extracomment>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/domain/DeadlineCalendar.cpp" line="72"/>
        <source>overdue by %n day(s)</source>
        <extracomment>%n: a number of days after a missed deadline; shown in a table cell beside the due date.</extracomment>
        <translation>
            <numerusform>просрочено на %n день</numerusform>
            <numerusform>просрочено на %n дня</numerusform>
            <numerusform>просрочено на %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::DecisionDialog</name>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="158"/>
        <source>Decide per data category: request No. %1</source>
        <extracomment>A dialog&apos;s title. %1: the request&apos;s number.</extracomment>
        <translation>Решение по категориям данных: заявление № %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="159"/>
        <source>Save the decisions</source>
        <translation>Сохранить решения</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="164"/>
        <source>Decision per data category</source>
        <translation>Решение по каждой категории данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="165"/>
        <source>A row per data category held: its decision, and for a keep the ground, the paragraph or law, and the date</source>
        <translation>По строке на каждую хранимую категорию данных: решение, а для хранения — основание, пункт или закон и дата</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="168"/>
        <source>Data category</source>
        <translation>Категория данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="168"/>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="196"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="168"/>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="198"/>
        <source>Legal ground</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="169"/>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="199"/>
        <source>Paragraph or law</source>
        <translation>Пункт или закон</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="169"/>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="201"/>
        <source>Kept until</source>
        <translation>Хранится до</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="170"/>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="202"/>
        <source>Justification</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="197"/>
        <source>Destroy, depersonalise, block, or keep on a legal ground</source>
        <translation>Уничтожить, обезличить, заблокировать или хранить на правовом основании</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="198"/>
        <source>The ground a keep rests on</source>
        <translation>Основание хранения</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="200"/>
        <source>The paragraph of Art. 15, or the other law&apos;s name and article</source>
        <translation>Пункт ст. 15 или название и статья другого закона</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="201"/>
        <source>The day the kept data is to be destroyed</source>
        <translation>День, когда хранимые данные подлежат уничтожению</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="203"/>
        <source>Why this decision, as the reply states it</source>
        <translation>Почему такое решение, как это скажет ответ</translation>
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
        <translation>Согласие отозвано письменным заявлением (п. 12.1.3 политики)</translation>
    </message>
</context>
<context>
    <name>dpo::DemoDataService</name>
    <message>
        <location filename="../models/demo/DemoDataService.cpp" line="78"/>
        <source>generate demo data</source>
        <translation>создавать демонстрационные данные</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoDataService.cpp" line="82"/>
        <source>The number of demo subjects must be between 1 and 10000000, not %1.</source>
        <extracomment>%1: the number asked for.</extracomment>
        <translation>Число демонстрационных субъектов должно быть от 1 до 10000000, а не %1.</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoDataService.cpp" line="85"/>
        <source>The reference date of the demo data is not valid.</source>
        <translation>Опорная дата демонстрационных данных неверна.</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoDataService.cpp" line="97"/>
        <source>%1 already holds subjects: demo data goes into an empty database only.</source>
        <extracomment>%1: the database&apos;s address.</extracomment>
        <translation>В %1 уже есть субъекты: демонстрационные данные записываются только в пустую базу.</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoDataService.cpp" line="105"/>
        <source>The policy version 2024-06-01 is missing from the database.</source>
        <translation>В базе нет редакции политики 2024-06-01.</translation>
    </message>
</context>
<context>
    <name>dpo::DisclosureDialog</name>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="28"/>
        <source>Record a disclosure to a third party</source>
        <translation>Записать раскрытие третьему лицу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="28"/>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="42"/>
        <source>Outside platform cooperation: each subject is notified (4.6.4)</source>
        <translation>Вне рамок сотрудничества на платформе OGOGO: каждый субъект уведомляется (4.6.4)</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="45"/>
        <source>The request document</source>
        <translation>Документ запроса</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="56"/>
        <source>Add subject</source>
        <translation>Добавить субъекта</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="65"/>
        <source>A new recipient (below)</source>
        <translation>Новый получатель (ниже)</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="91"/>
        <source>The body or person the data went to</source>
        <translation>Орган или лицо, получившее данные</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="97"/>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="98"/>
        <source>The body that issued the request</source>
        <translation>Орган, направивший запрос</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="168"/>
        <source>Consent:</source>
        <translation>Согласие:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="170"/>
        <source>Where the subject&apos;s consent is recorded: its document, number, date</source>
        <translation>Где зафиксировано согласие субъекта: документ, номер, дата</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="172"/>
        <source>Treaty:</source>
        <translation>Договор:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="173"/>
        <source>The treaty&apos;s name, place and date</source>
        <translation>Название договора, место и дата заключения</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="176"/>
        <source>The law, its article and paragraph</source>
        <translation>Закон, его статья и пункт</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="113"/>
        <source>Subjects:</source>
        <translation>Субъекты:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="51"/>
        <source>Subjects of the disclosure</source>
        <translation>Субъекты раскрытия</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="52"/>
        <source>The platform references of the subjects added</source>
        <translation>Номера на платформе добавленных субъектов</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="53"/>
        <source>Find a subject to add</source>
        <translation>Найти субъекта для добавления</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="54"/>
        <source>A platform reference, or a name to choose from</source>
        <translation>Номер на платформе или имя для выбора из списка</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="58"/>
        <source>Add the subject found above to the disclosure</source>
        <translation>Добавить найденного выше субъекта в раскрытие</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="64"/>
        <source>Who received the data: a known recipient, or a new one below</source>
        <translation>Кто получил данные: известный получатель или новый ниже</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="69"/>
        <source>Where the recipient is; outside the Kyrgyz Republic the disclosure is a transfer abroad</source>
        <translation>Где находится получатель; за пределами Кыргызской Республики раскрытие — трансграничная передача</translation>
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
        <translation>Название получателя, которого ещё нет в списке</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="89"/>
        <source>What kind of body or person the new recipient is</source>
        <translation>Какой орган или лицо — новый получатель</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="90"/>
        <source>The legal ground the data was disclosed on</source>
        <translation>Правовое основание раскрытия данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="94"/>
        <source>The number of the state body&apos;s request</source>
        <translation>Номер запроса государственного органа</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="95"/>
        <source>The date of the state body&apos;s request</source>
        <translation>Дата запроса государственного органа</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="101"/>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="102"/>
        <source>What the recipient receives the data for</source>
        <translation>Для чего получатель получает данные</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="104"/>
        <source>The day the data went to the recipient; not in the future</source>
        <translation>День, когда данные переданы получателю; не в будущем</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="105"/>
        <source>Tick every data category the recipient received</source>
        <translation>Отметьте каждую категорию данных, которую получил получатель</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="107"/>
        <source>Ticked: every subject gets a notice of the disclosure (policy 4.6.4); unticked: a disclosure within the platform&apos;s cooperation</source>
        <translation>Отмечено: каждый субъект получает уведомление о раскрытии (политика 4.6.4); не отмечено: раскрытие в рамках сотрудничества платформы</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="111"/>
        <source>Anything the register should say besides the fields above</source>
        <translation>Что ещё нужно указать в реестре помимо полей выше</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="115"/>
        <source>Recipient:</source>
        <translation>Получатель:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="116"/>
        <source>New recipient:</source>
        <translation>Новый получатель:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="117"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="118"/>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="119"/>
        <source>Purpose:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="120"/>
        <source>Legal ground:</source>
        <translation>Правовое основание:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="121"/>
        <source>Request number:</source>
        <translation>Номер запроса:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="122"/>
        <source>Request date:</source>
        <translation>Дата запроса:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="123"/>
        <source>Issued by:</source>
        <translation>Кем выдан:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="124"/>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="175"/>
        <source>Law:</source>
        <translation>Закон:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="126"/>
        <source>Data disclosed</source>
        <extracomment>A field&apos;s accessible name: the data categories that were disclosed.</extracomment>
        <translation>Раскрытые данные</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="128"/>
        <source>Data disclosed:</source>
        <extracomment>A label: the data categories that were disclosed.</extracomment>
        <translation>Раскрытые данные:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="129"/>
        <source>Disclosed on:</source>
        <translation>Дата раскрытия:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="131"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="132"/>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
</context>
<context>
    <name>dpo::DisclosureNotice</name>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="35"/>
        <source>%1 informs you that on %2 your personal data (%3) was disclosed to %4 for this purpose: %5; on this ground: %6. Privacy policy, clause 4.6.4.</source>
        <extracomment>The notice a subject receives by SMS or e-mail. %1: the organisation&apos;s name; %2: the date; %3: the data categories, separated by commas; %4: the recipient&apos;s name (and, abroad, its country); %5: the purpose; %6: the legal ground, a phrase.</extracomment>
        <translation>%1 сообщает: %2 ваши персональные данные (%3) были раскрыты получателю: %4; цель: %5; основание: %6. Политика конфиденциальности, п. 4.6.4.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="44"/>
        <source>%1 informs you that on %2 your personal data (%3) was disclosed to %4 on this ground: %5. Privacy policy, clause 4.6.4.</source>
        <extracomment>The notice a subject receives by SMS or e-mail. %1: the organisation&apos;s name; %2: the date; %3: the data categories, separated by commas; %4: the recipient&apos;s name (and, abroad, its country); %5: the legal ground, a phrase.</extracomment>
        <translation>%1 сообщает: %2 ваши персональные данные (%3) были раскрыты получателю: %4; основание: %5. Политика конфиденциальности, п. 4.6.4.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="51"/>
        <source>%1 (%2, outside the Kyrgyz Republic)</source>
        <extracomment>The recipient in a disclosure notice. %1: its name; %2: its country&apos;s name.</extracomment>
        <translation>%1 (%2, за пределами Кыргызской Республики)</translation>
    </message>
</context>
<context>
    <name>dpo::DisclosurePane</name>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="27"/>
        <source>Disclosures</source>
        <translation>Раскрытия</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="30"/>
        <source>Notify…</source>
        <translation>Уведомить…</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="31"/>
        <source>Queue the notice to the selected subject in the outbox, to the address in their record</source>
        <translation>Поставить уведомление выбранному субъекту в очередь отправки по адресу из его карточки</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="33"/>
        <source>Sent by hand…</source>
        <translation>Отправлено вручную…</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="34"/>
        <source>Record a notice to the selected subject sent outside the console: the day, the way and the address</source>
        <translation>Записать уведомление выбранному субъекту, отправленное вне консоли: день, способ и адрес</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="37"/>
        <source>Subjects of the disclosure</source>
        <translation>Субъекты раскрытия</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="39"/>
        <source>Whose data was disclosed; select one to notify them, a double click opens them</source>
        <translation>Чьи данные раскрыты; выберите, чтобы уведомить, двойной щелчок открывает субъекта</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="40"/>
        <source>Notices to the subjects</source>
        <translation>Уведомления субъектам</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="42"/>
        <source>Each notice: to whom, which way, its state and when it was sent</source>
        <translation>Каждое уведомление: кому, каким способом, состояние и когда отправлено</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="49"/>
        <source>Notice of disclosure No. %1</source>
        <extracomment>A dialog&apos;s title. %1: the disclosure&apos;s number.</extracomment>
        <translation>Уведомление о раскрытии № %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="63"/>
        <source>The document is attached to disclosure No. %1.</source>
        <extracomment>%1: the disclosure&apos;s number.</extracomment>
        <translation>Документ приложен к раскрытию № %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="122"/>
        <source>Select a disclosure in the list to see its subjects and notices.</source>
        <translation>Выберите раскрытие в списке, чтобы увидеть его субъектов и уведомления.</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="133"/>
        <source>Disclosure No. %1 of %2</source>
        <extracomment>A case&apos;s title. %1: the disclosure&apos;s number; %2: its date.</extracomment>
        <translation>Раскрытие № %1 от %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="139"/>
        <source>Recipient:</source>
        <translation>Получатель:</translation>
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
        <translation>Страна:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="148"/>
        <source>%1: a transfer abroad</source>
        <extracomment>%1: the recipient&apos;s country&apos;s name.</extracomment>
        <translation>%1: передача за рубеж</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="149"/>
        <source>Purpose:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="151"/>
        <source>not recorded</source>
        <extracomment>The purpose of a disclosure when none was recorded.</extracomment>
        <translation>не записана</translation>
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
        <translation>Основание:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="164"/>
        <source>Data disclosed:</source>
        <extracomment>A label: the data categories that were disclosed.</extracomment>
        <translation>Раскрытые данные:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="165"/>
        <source>Notices:</source>
        <translation>Уведомления:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="170"/>
        <source>%1 of %2 subjects notified; %3 not delivered</source>
        <extracomment>%1: the number of subjects notified; %2: the number of subjects; %3: the number of notices not delivered.</extracomment>
        <translation>уведомлено %1 из %2 субъектов; не доставлено: %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="174"/>
        <source>not required (platform cooperation)</source>
        <translation>не требуется (сотрудничество платформы)</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="175"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="176"/>
        <source>Recorded by:</source>
        <translation>Записал:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="186"/>
        <source>notified</source>
        <extracomment>A subject&apos;s notice state: the subject was notified of the disclosure.</extracomment>
        <translation>уведомлён</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="187"/>
        <source>not notified: late</source>
        <translation>не уведомлён: срок прошёл</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="188"/>
        <source>not yet notified</source>
        <translation>ещё не уведомлён</translation>
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
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="190"/>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="207"/>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="207"/>
        <source>outbox</source>
        <translation>очередь отправки</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="209"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="209"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="209"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="209"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="210"/>
        <source>State since</source>
        <translation>Состояние с</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="210"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="210"/>
        <source>Via</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="233"/>
        <source>The notice is in the outbox.</source>
        <translation>Уведомление поставлено в очередь отправки.</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosurePane.cpp" line="245"/>
        <source>The notice sent by hand is recorded.</source>
        <translation>Уведомление, отправленное вручную, записано.</translation>
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
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../models/items/DisclosureRegister.cpp" line="33"/>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../models/items/DisclosureRegister.cpp" line="34"/>
        <source>Transfer abroad</source>
        <translation>Передача за рубеж</translation>
    </message>
    <message>
        <location filename="../models/items/DisclosureRegister.cpp" line="35"/>
        <source>Legal ground</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <location filename="../models/items/DisclosureRegister.cpp" line="36"/>
        <source>Subjects</source>
        <translation>Субъекты</translation>
    </message>
    <message>
        <location filename="../models/items/DisclosureRegister.cpp" line="38"/>
        <source>Notified</source>
        <extracomment>A column: how many of the disclosure&apos;s subjects were notified.</extracomment>
        <translation>Уведомлены</translation>
    </message>
    <message>
        <location filename="../models/items/DisclosureRegister.cpp" line="40"/>
        <source>Not delivered</source>
        <extracomment>A column: how many notices to subjects could not be delivered.</extracomment>
        <translation>Не доставлено</translation>
    </message>
    <message>
        <location filename="../models/items/DisclosureRegister.cpp" line="74"/>
        <source>%1 of %2</source>
        <extracomment>A table cell: subjects notified of a disclosure. %1: how many are notified; %2: how many subjects it concerned.</extracomment>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../models/items/DisclosureRegister.cpp" line="75"/>
        <source>not required (platform cooperation)</source>
        <translation>не требуется (сотрудничество платформы)</translation>
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
        <translation>Раскрытия %1 нет.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="195"/>
        <source>record a disclosure</source>
        <translation>записать раскрытие</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="221"/>
        <source>A disclosure on a body&apos;s request (4.6.2) gives the request&apos;s number.</source>
        <translation>Раскрытие по запросу органа (4.6.2) указывает номер запроса.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="224"/>
        <source>A disclosure on a body&apos;s request (4.6.2) gives the request&apos;s date.</source>
        <translation>Раскрытие по запросу органа (4.6.2) указывает дату запроса.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="228"/>
        <source>A disclosure on a body&apos;s request (4.6.2) names the body that issued it.</source>
        <translation>Раскрытие по запросу органа (4.6.2) называет орган, направивший запрос.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="231"/>
        <source>A disclosure under a law (4.6.3) names the law.</source>
        <translation>Раскрытие на основании закона (4.6.3) называет закон.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="234"/>
        <source>A disclosure on the subject&apos;s consent says where the consent is recorded (its document, number or date).</source>
        <translation>Раскрытие по согласию субъекта указывает, где согласие зафиксировано (его документ, номер или дата).</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="238"/>
        <source>A disclosure under an international treaty (1.1.6) names the treaty.</source>
        <translation>Раскрытие по международному договору (1.1.6) называет договор.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="241"/>
        <source>Name the purpose the recipient receives the data for: the subject&apos;s notice states it.</source>
        <translation>Укажите цель, для которой получатель получает данные: она указывается в уведомлении субъекту.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="245"/>
        <source>The day of the disclosure is missing or in the future.</source>
        <translation>Дата раскрытия не указана или в будущем.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="248"/>
        <source>Name the subject or subjects whose data was disclosed.</source>
        <translation>Укажите субъекта или субъектов, чьи данные раскрыты.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="250"/>
        <source>Name the data categories disclosed.</source>
        <translation>Укажите раскрытые категории данных.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="261"/>
        <source>Choose the recipient, or name a new one.</source>
        <translation>Выберите получателя или укажите нового.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="265"/>
        <source>&quot;%1&quot; is not a kind of recipient.</source>
        <extracomment>%1: the kind as given.</extracomment>
        <translation>«%1» — не вид получателя.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="272"/>
        <source>&quot;%1&quot; is not a country of the list (ISO 3166-1 codes such as KG, KZ, RU).</source>
        <extracomment>%1: the country code as given.</extracomment>
        <translation>«%1» — не страна из списка (коды ISO 3166-1, например KG, KZ, RU).</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="297"/>
        <source>Recipient %1 does not exist.</source>
        <extracomment>%1: the recipient&apos;s number.</extracomment>
        <translation>Получателя %1 нет.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="327"/>
        <source>No subject has the platform reference &quot;%1&quot;.</source>
        <extracomment>%1: the platform reference as typed.</extracomment>
        <translation>Нет субъекта с номером на платформе «%1».</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="341"/>
        <source>The data category &quot;%1&quot; of subject %2 is blocked under a withdrawal of consent: it cannot be disclosed until it is unblocked.</source>
        <extracomment>%1: the category&apos;s code; %2: the subject&apos;s platform reference.</extracomment>
        <translation>Категория данных «%1» субъекта %2 заблокирована по отзыву согласия: её нельзя раскрыть, пока она не разблокирована.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="379"/>
        <source>The database did not return the new disclosure&apos;s number.</source>
        <translation>База данных не вернула номер нового раскрытия.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="311"/>
        <source>&quot;%1&quot; is not a data category.</source>
        <extracomment>%1: the category&apos;s code as given.</extracomment>
        <translation>«%1» — не категория данных.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="103"/>
        <source>Subject %1 does not exist.</source>
        <extracomment>%1: the subject&apos;s number.</extracomment>
        <translation>Субъекта %1 не существует.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="473"/>
        <location filename="../models/services/DisclosureService.cpp" line="492"/>
        <location filename="../models/services/DisclosureService.cpp" line="554"/>
        <source>notify a subject</source>
        <translation>уведомить субъекта</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="150"/>
        <source>&quot;%1&quot; is not a channel: use %2.</source>
        <extracomment>%1: the channel as given; %2: the channels allowed, separated by commas.</extracomment>
        <translation>«%1» — не канал уведомления: %2.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="215"/>
        <source>Name the legal ground: vital interests (4.6.1), a state or local body&apos;s request (4.6.2), a law (4.6.3), the subject&apos;s consent or an international treaty (1.1.6).</source>
        <translation>Укажите правовое основание: жизненно важные интересы (4.6.1), запрос органа государственной власти или органа местного самоуправления (4.6.2), закон (4.6.3), согласие субъекта или международный договор (1.1.6).</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="484"/>
        <source>The subject&apos;s record has no address for %1: give one.</source>
        <extracomment>%1: the channel, e.g. &quot;SMS&quot; or &quot;e-mail&quot;.</extracomment>
        <translation>В записи субъекта нет адреса для канала %1: укажите его.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="504"/>
        <source>Disclosure %1 was made within the platform&apos;s cooperation: its subjects are not notified one by one.</source>
        <extracomment>%1: the disclosure&apos;s number.</extracomment>
        <translation>Раскрытие № %1 сделано в рамках сотрудничества платформы: его субъекты не уведомляются по отдельности.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="529"/>
        <source>Disclosure %1: every subject is notified or has a notice queued.</source>
        <extracomment>%1: the disclosure&apos;s number.</extracomment>
        <translation>Раскрытие № %1: каждый субъект уведомлён или его уведомление уже в очереди.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="537"/>
        <source>Disclosure %1: no address for %2 in the record of %3; notify them one by one.</source>
        <extracomment>%1: the disclosure&apos;s number; %2: the channel, e.g. &quot;SMS&quot;; %3: up to five subjects&apos; platform references, separated by commas.</extracomment>
        <translation>Раскрытие № %1: в записи %3 нет адреса для канала %2; уведомите их по отдельности.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="558"/>
        <source>Give the address the notice went to.</source>
        <translation>Укажите адрес, по которому отправлено уведомление.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="561"/>
        <source>A notice sent by post needs its tracking number.</source>
        <translation>Для уведомления почтой нужен трек-номер.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="564"/>
        <source>The time the notice was sent is missing or in the future.</source>
        <translation>Время отправки уведомления не указано или в будущем.</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="168"/>
        <location filename="../models/services/NoticeLetterService.cpp" line="41"/>
        <source>Subject %1 is not among the subjects of disclosure %2.</source>
        <extracomment>%1: the subject&apos;s number; %2: the disclosure&apos;s number.</extracomment>
        <translation>Субъекта %1 нет среди субъектов раскрытия %2.</translation>
    </message>
</context>
<context>
    <name>dpo::DisclosuresPage</name>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="54"/>
        <source>Any ground</source>
        <translation>Любое основание</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="56"/>
        <source>Any channel</source>
        <translation>Любой канал</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="52"/>
        <source>Disclosures to third parties</source>
        <translation>Раскрытия третьим лицам</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="62"/>
        <source>Record…</source>
        <translation>Записать…</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="62"/>
        <source>Record a disclosure of personal data to a third party</source>
        <translation>Записать раскрытие персональных данных третьему лицу</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="64"/>
        <source>All</source>
        <comment>disclosures</comment>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="65"/>
        <source>Not everyone notified</source>
        <translation>Уведомлены не все</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="66"/>
        <source>A delivery failed</source>
        <translation>Доставка не удалась</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="67"/>
        <source>Transfers abroad</source>
        <translation>Передачи за рубеж</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="69"/>
        <source>Any recipient</source>
        <translation>Любой получатель</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="76"/>
        <source>Show all disclosures, or those with a subject not yet notified, a failed delivery, or a recipient abroad</source>
        <translation>Показать все раскрытия, или с неуведомлённым субъектом, неудачной доставкой либо получателем за рубежом</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="78"/>
        <source>Show only the disclosures on one legal ground</source>
        <translation>Показать только раскрытия на одном правовом основании</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="79"/>
        <source>Show only the disclosures whose notices go one way</source>
        <translation>Показать только раскрытия, уведомления по которым идут одним способом</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="80"/>
        <source>Show only the disclosures to one recipient</source>
        <translation>Показать только раскрытия одному получателю</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="81"/>
        <source>From:</source>
        <comment>a period</comment>
        <translation>С:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="83"/>
        <source>To:</source>
        <comment>a period</comment>
        <translation>По:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="87"/>
        <source>Disclosed from</source>
        <translation>Раскрыто с</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="88"/>
        <source>Show the disclosures made on this day or later; a dash for any day</source>
        <translation>Показать раскрытия в этот день или позже; прочерк — любой день</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="89"/>
        <source>Disclosed to</source>
        <translation>Раскрыто по</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="90"/>
        <source>Show the disclosures made on this day or earlier; a dash for any day</source>
        <translation>Показать раскрытия в этот день или раньше; прочерк — любой день</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="91"/>
        <source>Queue notices…</source>
        <translation>Уведомления в очередь…</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="93"/>
        <source>Queues a notice for every subject of the selected disclosures (Shift or Ctrl to select several) not notified yet</source>
        <translation>Ставит в очередь уведомление каждому ещё не уведомлённому субъекту выбранных раскрытий (несколько — с Shift или Ctrl)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/DisclosuresPage.cpp" line="119"/>
        <source>Each disclosure names its legal ground (policy 4.6.1-4.6.3, the subject&apos;s consent, or an international treaty under 1.1.6), its purpose and the recipient&apos;s country, and every subject outside platform cooperation is notified (policy 4.6.4). The policy sets no period for the notice; the organisation&apos;s own target is %n working day(s) (a setting), and a subject not notified by then is flagged.</source>
        <extracomment>%n: the organisation&apos;s own target, a number of working days.</extracomment>
        <translation>
            <numerusform>Каждое раскрытие называет своё правовое основание (п. 4.6.1-4.6.3 политики, согласие субъекта или международный договор по п. 1.1.6), цель и страну получателя, и каждый субъект вне сотрудничества платформы уведомляется (п. 4.6.4 политики). Политика не устанавливает срок уведомления; собственный ориентир организации — %n рабочий день (настройка), и субъект, не уведомлённый к этому сроку, отмечается.</numerusform>
            <numerusform>Каждое раскрытие называет своё правовое основание (п. 4.6.1-4.6.3 политики, согласие субъекта или международный договор по п. 1.1.6), цель и страну получателя, и каждый субъект вне сотрудничества платформы уведомляется (п. 4.6.4 политики). Политика не устанавливает срок уведомления; собственный ориентир организации — %n рабочих дня (настройка), и субъект, не уведомлённый к этому сроку, отмечается.</numerusform>
            <numerusform>Каждое раскрытие называет своё правовое основание (п. 4.6.1-4.6.3 политики, согласие субъекта или международный договор по п. 1.1.6), цель и страну получателя, и каждый субъект вне сотрудничества платформы уведомляется (п. 4.6.4 политики). Политика не устанавливает срок уведомления; собственный ориентир организации — %n рабочих дней (настройка), и субъект, не уведомлённый к этому сроку, отмечается.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/DisclosuresPage.cpp" line="134"/>
        <source>%Ln not notified within the organisation&apos;s own target.</source>
        <extracomment>%Ln: the number of disclosures.</extracomment>
        <translation>
            <numerusform>%Ln — не уведомлены в собственный срок организации.</numerusform>
            <numerusform>%Ln — не уведомлены в собственный срок организации.</numerusform>
            <numerusform>%Ln — не уведомлены в собственный срок организации.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="161"/>
        <source>Disclosure No. %1 recorded; notify each subject.</source>
        <extracomment>%1: the disclosure&apos;s number.</extracomment>
        <translation>Раскрытие № %1 записано; уведомите каждого субъекта.</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="170"/>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="201"/>
        <source>Queue notices</source>
        <translation>Поставить уведомления в очередь</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="174"/>
        <source>Queue the notices of %L1 disclosures</source>
        <extracomment>A dialog&apos;s title. %1: the number of selected disclosures.</extracomment>
        <translation>Поставить в очередь уведомления по раскрытиям: %L1</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="175"/>
        <source>Queue</source>
        <comment>notices</comment>
        <translation>В очередь</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="178"/>
        <source>Each subject of the selected disclosures who has no notice yet (or only a failed one) gets one through the outbox, by this channel, at the address in their record and in their language (policy 4.6.4). A disclosure with a subject whose record has no such address is refused whole: notify that one by one.</source>
        <translation>Каждому субъекту выбранных раскрытий, у которого ещё нет уведомления (или есть только недоставленное), через исходящую очередь отправляется уведомление по этому каналу, на адрес из его записи и на его языке (п. 4.6.4 политики). Раскрытие, у субъекта которого в записи нет такого адреса, отклоняется целиком: уведомите его отдельно.</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="189"/>
        <source>The way every queued notice goes to its subject</source>
        <translation>Способ, которым каждое поставленное в очередь уведомление дойдёт до субъекта</translation>
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
        <translation>Уведомления по выбранным раскрытиям в очередь (%L1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosuresPage.cpp" line="206"/>
        <source>Disclosure No.</source>
        <translation>№ раскрытия</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/DisclosuresPage.cpp" line="209"/>
        <source>%Ln notice(s) queued</source>
        <extracomment>%Ln: the number of notices queued.</extracomment>
        <translation>
            <numerusform>%Ln уведомление в очереди</numerusform>
            <numerusform>%Ln уведомления в очереди</numerusform>
            <numerusform>%Ln уведомлений в очереди</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::DocumentLanguage</name>
    <message>
        <location filename="../models/domain/DocumentLanguage.cpp" line="20"/>
        <source>A document is made in ky or ru, not &quot;%1&quot;.</source>
        <extracomment>%1: the language code asked for.</extracomment>
        <translation>Документ составляется на ky или ru, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/domain/DocumentLanguage.cpp" line="26"/>
        <source>The %1 translation is missing from this build.</source>
        <extracomment>%1: the language code, ky or ru.</extracomment>
        <translation>В этой сборке нет перевода %1.</translation>
    </message>
</context>
<context>
    <name>dpo::DocumentList</name>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="70"/>
        <source>Attach…</source>
        <translation>Приложить…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="71"/>
        <source>Open</source>
        <comment>a document</comment>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="74"/>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="89"/>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="131"/>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="145"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="76"/>
        <source>The documents of the case: the letter, scans and answers; Enter opens one</source>
        <translation>Документы дела: письмо, сканы и ответы; Enter открывает документ</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="79"/>
        <source>Attach a scan or a file to the case; it cannot be removed</source>
        <translation>Приложить к делу скан или файл; удалить его нельзя</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="81"/>
        <source>Open the selected document</source>
        <translation>Открыть выбранный документ</translation>
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
        <translation>SHA-256 %1, добавил: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="123"/>
        <source>Attach a document</source>
        <translation>Приложить документ</translation>
    </message>
</context>
<context>
    <name>dpo::DocumentPicker</name>
    <message>
        <location filename="../ui/widgets/DocumentPicker.cpp" line="20"/>
        <source>Documents to attach</source>
        <translation>Документы для приложения</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPicker.cpp" line="21"/>
        <source>The files attached to the case when the form is saved</source>
        <translation>Файлы, которые приложатся к делу при сохранении формы</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPicker.cpp" line="23"/>
        <source>Add document…</source>
        <translation>Добавить документ…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPicker.cpp" line="25"/>
        <source>Choose a scan or a file (PDF, JPEG, PNG, TIFF) to attach</source>
        <translation>Выбрать скан или файл для приложения (PDF, JPEG, PNG, TIFF)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPicker.cpp" line="39"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Документы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
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
        <translation>%1 не читается как PDF.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentViewer.cpp" line="68"/>
        <source>The first %1 of %2 pages are shown.</source>
        <extracomment>%1: the number of pages shown; %2: the number of pages.</extracomment>
        <translation>Показаны первые %1 из %2 страниц.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentViewer.cpp" line="75"/>
        <source>%1 cannot be shown: this computer reads no image of this kind.</source>
        <extracomment>%1: the file&apos;s name.</extracomment>
        <translation>%1 не может быть показан: этот компьютер не читает такие изображения.</translation>
    </message>
</context>
<context>
    <name>dpo::ErasedIdentifiers</name>
    <message>
        <location filename="../models/feed/ErasedIdentifiers.cpp" line="37"/>
        <source>The database has no erasure salt: it was not migrated to schema version 14.</source>
        <translation>В базе нет соли удаления: она не переведена на версию схемы 14.</translation>
    </message>
</context>
<context>
    <name>dpo::ExportSignature</name>
    <message>
        <location filename="../models/security/ExportSignature.cpp" line="43"/>
        <source>The signature file is not valid: %1</source>
        <extracomment>%1: what is wrong with it, a phrase.</extracomment>
        <translation>Файл подписи недействителен: %1</translation>
    </message>
</context>
<context>
    <name>dpo::ExportSigner</name>
    <message>
        <location filename="../models/services/ExportSigner.cpp" line="36"/>
        <source>The signing key has no certificate: import one (keys import-certificate).</source>
        <translation>У ключа подписи нет сертификата: загрузите его (keys import-certificate).</translation>
    </message>
</context>
<context>
    <name>dpo::ExportVerifier</name>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="118"/>
        <source>Entry %1 of the export is not an audit entry.</source>
        <extracomment>%1: the entry&apos;s position in the export.</extracomment>
        <translation>Запись %1 выгрузки не является записью аудита.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="123"/>
        <source>Entry %1 of the export was changed: its fields do not hash to its recorded hash.</source>
        <extracomment>%1: the entry&apos;s sequence number.</extracomment>
        <translation>Запись %1 выгрузки изменена: хэш её полей не совпадает с записанным хэшем.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="139"/>
        <source>Entry %1 of the export does not follow the entry before it in the chain.</source>
        <extracomment>%1: the entry&apos;s sequence number.</extracomment>
        <translation>Запись %1 выгрузки не продолжает предыдущую запись цепочки.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="145"/>
        <source>Entry %1 of the export does not match the chain.</source>
        <extracomment>%1: the entry&apos;s sequence number.</extracomment>
        <translation>Запись %1 выгрузки не совпадает с цепочкой.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="276"/>
        <source>%1 has no signature file %2.</source>
        <extracomment>%1: the export file&apos;s path; %2: the signature file&apos;s name.</extracomment>
        <translation>У %1 нет файла подписи %2.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="225"/>
        <location filename="../models/services/ExportVerifier.cpp" line="310"/>
        <source>Cannot read %1: %2</source>
        <extracomment>%1: the file&apos;s path; %2: the system&apos;s reason.</extracomment>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="316"/>
        <source>The file changed after it was signed: its SHA-256 is not the signed one.</source>
        <translation>Файл изменён после подписания: его SHA-256 не совпадает с подписанным.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="303"/>
        <source>The public key in the signature file is not the key it names.</source>
        <translation>Открытый ключ в файле подписи не тот, что в нём назван.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="219"/>
        <source>The manifest has a line that is not &quot;SHA-256, two spaces, a file name&quot;.</source>
        <translation>В манифесте есть строка не вида «SHA-256, два пробела, имя файла».</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="231"/>
        <source>%1 changed after the set was signed: its SHA-256 is not the one in the manifest.</source>
        <extracomment>%1: the file&apos;s name.</extracomment>
        <translation>%1 изменён после подписания набора: его SHA-256 не совпадает с указанным в манифесте.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="293"/>
        <source>The time-stamp in the signature file is not over its signature.</source>
        <translation>Штамп времени в файле подписи поставлен не на его подпись.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="318"/>
        <source>The signature does not verify: the signature file was changed or made with another key.</source>
        <translation>Подпись не проходит проверку: файл подписи изменён или сделан другим ключом.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="325"/>
        <source>The export was signed with key %1, not with the trusted key %2.</source>
        <extracomment>%1 and %2: key fingerprints (hex).</extracomment>
        <translation>Выгрузка подписана ключом %1, а не доверенным ключом %2.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="329"/>
        <source>The signer is unknown: key %1 is named only by the signature file itself. Give the organisation&apos;s public key or its fingerprint, or the database to check against.</source>
        <extracomment>%1: the key&apos;s fingerprint (hex).</extracomment>
        <translation>Подписавший неизвестен: ключ %1 назван только самим файлом подписи. Укажите открытый ключ организации или его отпечаток либо базу данных для сверки.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="337"/>
        <source>The export was signed with key %1, which is not a signing key of this database.</source>
        <extracomment>%1: the key&apos;s fingerprint (hex).</extracomment>
        <translation>Выгрузка подписана ключом %1, который не является ключом подписи этой базы.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="347"/>
        <source>This database&apos;s chain ends at entry %1, before the chain head recorded in the export (entry %2): the entries after %1 are missing from it (a restore from an earlier backup, or a failover that lost them).</source>
        <extracomment>%1: the last entry the database holds; %2: the head entry&apos;s number in the export.</extracomment>
        <translation>Цепочка этой базы заканчивается записью %1, раньше вершины цепочки, записанной в выгрузке (запись %2): записей после %1 в ней нет (восстановление из более ранней резервной копии или переключение на резервный сервер, при котором они потеряны).</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="355"/>
        <source>The chain head recorded in the export (entry %1) is not in this database&apos;s chain: its entry %1 has another hash, so the history was rewritten or has forked since.</source>
        <extracomment>%1: the head entry&apos;s sequence number.</extracomment>
        <translation>Вершина цепочки, записанная в выгрузке (запись %1), отсутствует в цепочке этой базы: у её записи %1 другой хеш, значит, история с тех пор переписана или разошлась.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="376"/>
        <source>The manifest lists no file.</source>
        <translation>В манифесте нет ни одного файла.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="184"/>
        <source>Line %1 of the export is not an audit entry.</source>
        <extracomment>%1: the line&apos;s number.</extracomment>
        <translation>Строка %1 выгрузки не является записью аудита.</translation>
    </message>
    <message>
        <location filename="../models/services/ExportVerifier.cpp" line="204"/>
        <source>The export holds %1 entries, but its signature says %2.</source>
        <extracomment>%1 and %2: numbers of entries.</extracomment>
        <translation>В выгрузке %1 записей, а в подписи указано %2.</translation>
    </message>
</context>
<context>
    <name>dpo::FeedApplier</name>
    <message>
        <location filename="../models/feed/FeedActivity.cpp" line="33"/>
        <source>&quot;%1&quot; is not a known policy version</source>
        <extracomment>Follows a field&apos;s name in a feed error (&quot;policy_version: …&quot;). %1: the version as given.</extracomment>
        <translation>«%1» — неизвестная редакция политики</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedActivity.cpp" line="37"/>
        <source>is before policy version %1 took effect</source>
        <extracomment>Follows a field&apos;s name in a feed error (&quot;at: …&quot;); the subject of the sentence is the field&apos;s time. %1: the policy version, e.g. &quot;2024-06-01&quot;.</extracomment>
        <translation>раньше вступления в силу редакции политики %1</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedActivity.cpp" line="46"/>
        <source>&quot;%1&quot; is not a consent channel: use %2</source>
        <extracomment>Follows a field&apos;s name in a feed error. %1: the channel as given; %2: the allowed channels, separated by commas.</extracomment>
        <translation>«%1» — не способ дачи согласия: используйте %2</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedTransfers.cpp" line="37"/>
        <source>no recipient has the code &quot;%1&quot;: a recipient.upsert must come first</source>
        <extracomment>Follows the field&apos;s name in a feed error. %1: the recipient&apos;s code as given.</extracomment>
        <translation>нет получателя с кодом «%1»: сначала должно прийти recipient.upsert</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="406"/>
        <location filename="../models/feed/FeedActivity.cpp" line="87"/>
        <location filename="../models/feed/FeedTransfers.cpp" line="42"/>
        <source>&quot;%1&quot; is not a known code</source>
        <extracomment>Follows a field&apos;s name in a feed error. %1: the code as given.</extracomment>
        <translation>«%1» — неизвестный код</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedActivity.cpp" line="116"/>
        <source>is longer than %1 characters</source>
        <extracomment>Follows a field&apos;s name in a feed error (&quot;purpose: …&quot;); the subject is the field&apos;s value. %1: a number of characters.</extracomment>
        <translation>длиннее %1 символов</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedActivity.cpp" line="118"/>
        <source>must be 64 hexadecimal digits</source>
        <translation>должно быть 64 шестнадцатеричными цифрами</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="125"/>
        <location filename="../models/feed/FeedActivity.cpp" line="121"/>
        <source>is in the future</source>
        <translation>в будущем</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedActivity.cpp" line="125"/>
        <source>&quot;%1&quot; is not full or partial</source>
        <extracomment>Follows a field&apos;s name in a feed error. %1: the scope as given.</extracomment>
        <translation>«%1» — ни full, ни partial</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedActivity.cpp" line="132"/>
        <source>a full withdrawal names no purposes or categories</source>
        <translation>при полном отзыве цели и категории не называются</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedActivity.cpp" line="141"/>
        <source>the form is already withdrawal request %1</source>
        <extracomment>Follows a field&apos;s name in a feed error (&quot;form: …&quot;). %1: the number of the request the form already made.</extracomment>
        <translation>эта форма уже является заявлением об отзыве %1</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="160"/>
        <source>&quot;%1&quot; is the id of an earlier event of this batch</source>
        <extracomment>Follows the field&apos;s name (&quot;id: …&quot;). %1: the event&apos;s id as given.</extracomment>
        <translation>«%1» — id более раннего события этого пакета</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="270"/>
        <source>no subject has this platform reference: a subject.upsert must come first</source>
        <translation>нет субъекта с этим номером на платформе: сначала должно прийти subject.upsert</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="28"/>
        <source>must be 1 to %1 characters</source>
        <extracomment>Follows the field&apos;s name in a feed error; the subject is its value. %1: the largest number of characters.</extracomment>
        <translation>должно быть от 1 до %1 символов</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="30"/>
        <location filename="../models/feed/FeedRecords.cpp" line="237"/>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="34"/>
        <source>&quot;%1&quot; is not a kind of recipient: use %2</source>
        <extracomment>Follows the field&apos;s name in a feed error. %1: the kind as given; %2: the allowed kinds, separated by commas.</extracomment>
        <translation>«%1» — не вид получателя: используйте %2</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="41"/>
        <source>&quot;%1&quot; is not a tax number of digits</source>
        <extracomment>Follows the field&apos;s name in a feed error. %1: the tax number as given.</extracomment>
        <translation>«%1» — не налоговый номер из цифр</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="53"/>
        <source>&quot;%1&quot; is not a country code of the list (ISO 3166-1, such as KG or KZ)</source>
        <extracomment>Follows the field&apos;s name in a feed error. %1: the country code as given.</extracomment>
        <translation>&quot;%1&quot; — не код страны из списка (ISO 3166-1, например KG или KZ)</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="72"/>
        <source>&quot;%1&quot; is the name of the recipient with the code &quot;%2&quot;</source>
        <extracomment>Follows the field&apos;s name in a feed error. %1: the recipient&apos;s name; %2: the code of the recipient that already has it.</extracomment>
        <translation>«%1» — название получателя с кодом «%2»</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="160"/>
        <source>is required for a new subject</source>
        <translation>обязательно для нового субъекта</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="170"/>
        <source>%1 is another subject&apos;s INN</source>
        <extracomment>Follows the field&apos;s name in a feed error. %1: the tax number, masked (e.g. &quot;212•••••••0011&quot;).</extracomment>
        <translation>%1 — ИНН другого субъекта</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="179"/>
        <source>the subject changed while the event was applied</source>
        <translation>субъект изменился, пока применялось событие</translation>
    </message>
</context>
<context>
    <name>dpo::FeedFlags</name>
    <message>
        <location filename="../models/feed/FeedFlags.cpp" line="58"/>
        <source>Say what was done about the flagged event: the note is the record of it.</source>
        <translation>Укажите, что сделано по отмеченному событию: запись будет его подтверждением.</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedFlags.cpp" line="59"/>
        <source>review a flagged feed event</source>
        <translation>рассмотреть отмеченное событие ленты</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedFlags.cpp" line="73"/>
        <source>Flag %1 does not exist or was reviewed already.</source>
        <extracomment>%1: the flag&apos;s number.</extracomment>
        <translation>Отметки %1 нет, или она уже рассмотрена.</translation>
    </message>
</context>
<context>
    <name>dpo::FeedInbox</name>
    <message>
        <location filename="../models/feed/FeedInbox.cpp" line="174"/>
        <location filename="../models/feed/FeedInbox.cpp" line="272"/>
        <source>apply the feed inbox</source>
        <translation>применить входящие ленты</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedInbox.cpp" line="331"/>
        <source>Say why the event is dismissed.</source>
        <translation>Укажите, почему событие снимается.</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedInbox.cpp" line="338"/>
        <source>retry a feed event</source>
        <translation>повторить событие ленты</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedInbox.cpp" line="338"/>
        <source>dismiss a feed event</source>
        <translation>снять событие ленты</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedInbox.cpp" line="352"/>
        <source>Inbox event %1 is not a rejected event.</source>
        <extracomment>%1: the inbox event&apos;s sequence number.</extracomment>
        <translation>Событие %1 во входящих не является отклонённым.</translation>
    </message>
</context>
<context>
    <name>dpo::FeedPage</name>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="28"/>
        <source>Reviewed…</source>
        <comment>a flagged feed event</comment>
        <translation>Рассмотрено…</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="29"/>
        <source>Open the subject</source>
        <translation>Открыть субъекта</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="30"/>
        <source>Retry</source>
        <comment>a rejected feed event</comment>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="31"/>
        <source>Dismiss…</source>
        <comment>a rejected feed event</comment>
        <translation>Снять…</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="40"/>
        <source>Change feed</source>
        <translation>Лента изменений</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="78"/>
        <source>The platform&apos;s change feed</source>
        <translation>Лента изменений платформы</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="81"/>
        <source>Flagged events to review</source>
        <translation>Отмеченные события к рассмотрению</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="37"/>
        <location filename="../ui/pages/FeedPage.cpp" line="88"/>
        <source>Rejected events</source>
        <translation>Отклонённые события</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="34"/>
        <source>Flagged events</source>
        <translation>Отмеченные события</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="35"/>
        <source>Events applied that cross an officer&apos;s decision; select one to review it</source>
        <translation>Применённые события, противоречащие решению сотрудника; выберите, чтобы рассмотреть</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="38"/>
        <source>Events not applied and why; each holds back its subject&apos;s later events</source>
        <translation>Непримененные события и причина; каждое задерживает последующие события своего субъекта</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="47"/>
        <source>The platform&apos;s changes (subjects, consents, transfers, withdrawal forms signed in the app) arrive as a feed: a file applied with File → Import… or from the command line, or the inbox the platform writes on the server, applied by the feed&apos;s worker. Events that cross an officer&apos;s decision are flagged here; events whose values do not hold are rejected and hold back their subject&apos;s later events.</source>
        <translation>Изменения платформы (субъекты, согласия, передачи, подписанные в приложении формы отзыва) приходят лентой: файлом, применённым через Файл → Импорт… или из командной строки, или через входящие, которые платформа пишет на сервере и которые применяет обработчик ленты. События, противоречащие решению сотрудника, отмечаются здесь; события с неверными значениями отклоняются и задерживают последующие события своего субъекта.</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="58"/>
        <source>Record that the selected flagged event was looked at, with a note</source>
        <translation>Записать с примечанием, что выбранное отмеченное событие рассмотрено</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="60"/>
        <source>Open the record of the selected event&apos;s subject</source>
        <translation>Открыть карточку субъекта выбранного события</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="62"/>
        <source>Apply the selected rejected event again, after its cause is mended</source>
        <translation>Применить выбранное отклонённое событие снова, после устранения причины</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="64"/>
        <source>Give up the selected rejected event, with the reason; its subject&apos;s later events go on</source>
        <translation>Снять выбранное отклонённое событие с указанием причины; последующие события субъекта продолжатся</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="117"/>
        <source>Waiting in the inbox: %1%2. Rejected: %3. To review: %4.</source>
        <extracomment>%1: the number of events waiting; %2: empty or &quot; (the oldest arrived DATE)&quot;; %3: the number rejected; %4: the number of flags to review.</extracomment>
        <translation>Ожидают во входящих: %1%2. Отклонено: %3. К рассмотрению: %4.</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="122"/>
        <source> (the oldest arrived %1)</source>
        <extracomment>Appended to the number of events waiting. %1: a date and time.</extracomment>
        <translation> (самое старое пришло %1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="133"/>
        <source>Flagged</source>
        <extracomment>A column: when the feed flagged the event for the officer.</extracomment>
        <translation>Отмечено</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="133"/>
        <source>What</source>
        <translation>Что</translation>
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
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="134"/>
        <source>Event</source>
        <comment>its id in the feed</comment>
        <translation>Событие</translation>
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
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="150"/>
        <source>Why rejected</source>
        <extracomment>A column: why the event was rejected.</extracomment>
        <translation>Почему отклонено</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="189"/>
        <source>Reviewed</source>
        <extracomment>A dialog&apos;s title: marking a flag as reviewed by the officer.</extracomment>
        <translation>Рассмотрено</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="189"/>
        <source>What was done about it (the note goes into the audit trail):</source>
        <translation>Что сделано (запись попадёт в журнал аудита):</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="194"/>
        <source>The flagged event is reviewed.</source>
        <translation>Отмеченное событие рассмотрено.</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="204"/>
        <source>Inbox event %1 is pending again: the worker applies it next.</source>
        <extracomment>%1: the inbox event&apos;s sequence number.</extracomment>
        <translation>Событие %1 во входящих снова ожидает: обработчик ленты применит его следующим.</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="214"/>
        <source>Dismiss</source>
        <translation>Снять</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="214"/>
        <source>Why the event is dismissed (it goes into the audit trail):</source>
        <translation>Почему событие снимается (попадёт в журнал аудита):</translation>
    </message>
    <message>
        <location filename="../ui/pages/FeedPage.cpp" line="220"/>
        <source>Inbox event %1 is dismissed.</source>
        <extracomment>%1: the inbox event&apos;s sequence number.</extracomment>
        <translation>Событие %1 во входящих снято.</translation>
    </message>
</context>
<context>
    <name>dpo::FeedReader</name>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="33"/>
        <source>must be a string</source>
        <translation>должно быть строкой</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="38"/>
        <source>is longer than %1 characters</source>
        <extracomment>Follows a field&apos;s name in a feed error; the subject is the field&apos;s value. %1: a number of characters.</extracomment>
        <translation>длиннее %1 символов</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="40"/>
        <source>holds control characters</source>
        <translation>содержит управляющие символы</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="82"/>
        <source>must be a date YYYY-MM-DD</source>
        <translation>должно быть датой ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="58"/>
        <source>must be a time in ISO-8601 with its zone, such as 2026-12-01T09:00:00+06:00</source>
        <translation>должно быть временем ISO-8601 с часовым поясом, например 2026-12-01T09:00:00+06:00</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="89"/>
        <source>must be a list of strings, at least one</source>
        <translation>должно быть списком строк, хотя бы из одной</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="94"/>
        <source>each item %1</source>
        <extracomment>Follows a list field&apos;s name in a feed error and precedes what is wrong with one item. %1: what is wrong, e.g. &quot;must be a string&quot;.</extracomment>
        <translation>каждый элемент %1</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="96"/>
        <source>holds an empty item</source>
        <translation>содержит пустой элемент</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="101"/>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="134"/>
        <location filename="../models/feed/FeedReader.cpp" line="151"/>
        <source>is longer than %1 bytes</source>
        <extracomment>Follows &quot;FILE:LINE:&quot; in a feed error; the subject is the line. %1: a number of bytes.</extracomment>
        <translation>длиннее %1 байт</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="161"/>
        <source>is not valid UTF-8; the feed is written in UTF-8</source>
        <translation>не корректный UTF-8; лента пишется в UTF-8</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="171"/>
        <source>is not JSON: %1 at character %2</source>
        <extracomment>Follows &quot;FILE:LINE:&quot; in a feed error; the subject is the line. %1: the JSON parser&apos;s message (English from Qt); %2: the character&apos;s position.</extracomment>
        <translation>не JSON: %1 в символе %2</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="175"/>
        <source>an event is a JSON object</source>
        <translation>событие — это объект JSON</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="182"/>
        <location filename="../models/feed/FeedReader.cpp" line="192"/>
        <location filename="../models/feed/FeedReader.cpp" line="202"/>
        <source>is missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="186"/>
        <source>must be 1 to %1 characters</source>
        <extracomment>Follows the field&apos;s name (&quot;id: …&quot;). %1: the largest number of characters.</extracomment>
        <translation>должно быть от 1 до %1 символов</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="206"/>
        <source>&quot;%1&quot; is not an event type of feed version %2: use %3</source>
        <extracomment>Follows the field&apos;s name (&quot;type: …&quot;). %1: the type as given; %2: the feed format&apos;s version number; %3: the known types, separated by commas.</extracomment>
        <translation>«%1» не тип события ленты версии %2: используйте %3</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="207"/>
        <source>(not a string)</source>
        <translation>(не строка)</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="236"/>
        <source>is not a field of %1</source>
        <extracomment>Follows the field&apos;s name in a feed error. %1: the event&apos;s type, e.g. &quot;subject.upsert&quot;.</extracomment>
        <translation>не поле %1</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedReader.cpp" line="250"/>
        <source>is required in %1</source>
        <extracomment>Follows the field&apos;s name in a feed error. %1: the event&apos;s type, e.g. &quot;subject.upsert&quot;.</extracomment>
        <translation>обязательно в %1</translation>
    </message>
</context>
<context>
    <name>dpo::FeedService</name>
    <message numerus="yes">
        <location filename="../models/feed/FeedService.cpp" line="32"/>
        <source>… and %n more problem(s); nothing was applied.</source>
        <extracomment>The last line of a feed file&apos;s problems. %n: the number of problems not listed.</extracomment>
        <translation>
            <numerusform>… и ещё %n ошибка; ничего не применено.</numerusform>
            <numerusform>… и ещё %n ошибки; ничего не применено.</numerusform>
            <numerusform>… и ещё %n ошибок; ничего не применено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/feed/FeedService.cpp" line="36"/>
        <source>%n problem(s); nothing was applied.</source>
        <extracomment>The last line of a feed file&apos;s problems. %n: the number of problems.</extracomment>
        <translation>
            <numerusform>%n ошибка; ничего не применено.</numerusform>
            <numerusform>%n ошибки; ничего не применено.</numerusform>
            <numerusform>%n ошибок; ничего не применено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/feed/FeedService.cpp" line="49"/>
        <source>%1: cannot read the file: %2</source>
        <extracomment>%1: the feed file&apos;s path; %2: the system&apos;s reason.</extracomment>
        <translation>%1: невозможно прочитать файл: %2</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedService.cpp" line="76"/>
        <source>apply a feed file</source>
        <translation>применить файл ленты</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedService.cpp" line="135"/>
        <source>holds no events</source>
        <translation>не содержит событий</translation>
    </message>
</context>
<context>
    <name>dpo::HelpWindow</name>
    <message>
        <location filename="../ui/widgets/HelpWindow.cpp" line="51"/>
        <location filename="../ui/widgets/HelpWindow.cpp" line="70"/>
        <source>User guide</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HelpWindow.cpp" line="57"/>
        <source>Topics of the guide</source>
        <translation>Разделы руководства</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HelpWindow.cpp" line="58"/>
        <source>Choose a topic to read it on the right.</source>
        <translation>Выберите раздел, чтобы прочитать его справа.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HelpWindow.cpp" line="72"/>
        <source>The guide&apos;s text; the arrow keys and Page Up or Page Down scroll it.</source>
        <translation>Текст руководства; стрелки и Page Up или Page Down прокручивают его.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/HelpWindow.cpp" line="78"/>
        <source>Close the guide</source>
        <translation>Закрыть руководство</translation>
    </message>
</context>
<context>
    <name>dpo::HolderBox</name>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="28"/>
        <source>The holder of the data, as letters name it</source>
        <translation>Держатель данных (так он указывается в письмах)</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="33"/>
        <source>Save the holder&apos;s details</source>
        <translation>Сохранить данные держателя</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="37"/>
        <source>Save the holder&apos;s details; the next letters carry them</source>
        <translation>Сохранить сведения о держателе; они войдут в следующие письма</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="42"/>
        <source>In Kyrgyz</source>
        <translation>На кыргызском</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="43"/>
        <source>In Russian</source>
        <translation>На русском</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="61"/>
        <source>%1 in Kyrgyz</source>
        <comment>a field of the holder</comment>
        <extracomment>A field&apos;s accessible name. %1: the field, e.g. &quot;Name&quot;.</extracomment>
        <translation>%1 на кыргызском</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="63"/>
        <source>%1 in Russian</source>
        <comment>a field of the holder</comment>
        <extracomment>A field&apos;s accessible name. %1: the field, e.g. &quot;Name&quot;.</extracomment>
        <translation>%1 на русском</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="67"/>
        <source>Name:</source>
        <comment>holder</comment>
        <translation>Наименование:</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="68"/>
        <source>The holder&apos;s name as the letterhead of every letter gives it</source>
        <translation>Название держателя, как его даёт бланк каждого письма</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="69"/>
        <source>Postal address:</source>
        <translation>Почтовый адрес:</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="69"/>
        <source>The address letters give for answers</source>
        <translation>Адрес для ответов, указываемый в письмах</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="71"/>
        <source>Signatory&apos;s position:</source>
        <translation>Должность подписывающего:</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="71"/>
        <source>The position of whoever signs the letters</source>
        <translation>Должность того, кто подписывает письма</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="73"/>
        <source>INN:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="73"/>
        <source>The holder&apos;s taxpayer number, 14 digits</source>
        <translation>Идентификационный номер налогоплательщика держателя, 14 цифр</translation>
    </message>
    <message>
        <location filename="../ui/pages/HolderBox.cpp" line="115"/>
        <source>The holder&apos;s details are saved; the next letters use them.</source>
        <translation>Данные держателя сохранены; следующие письма будут их использовать.</translation>
    </message>
</context>
<context>
    <name>dpo::HolderService</name>
    <message>
        <location filename="../models/services/HolderService.cpp" line="30"/>
        <source>Name (Kyrgyz)</source>
        <translation>Наименование (на кыргызском)</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="32"/>
        <source>Name (Russian)</source>
        <translation>Наименование (на русском)</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="33"/>
        <source>INN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="35"/>
        <source>Address (Kyrgyz)</source>
        <translation>Адрес (на кыргызском)</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="37"/>
        <source>Address (Russian)</source>
        <translation>Адрес (на русском)</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="39"/>
        <source>Signatory&apos;s position (Kyrgyz)</source>
        <translation>Должность подписывающего (на кыргызском)</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="41"/>
        <source>Signatory&apos;s position (Russian)</source>
        <translation>Должность подписывающего (на русском)</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="71"/>
        <source>change the holder&apos;s details</source>
        <translation>изменить сведения о держателе</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="80"/>
        <source>%1: is empty; letters need it.</source>
        <extracomment>%1: the field&apos;s name, e.g. &quot;Name in Kyrgyz&quot;.</extracomment>
        <translation>%1: не заполнено; это нужно для писем.</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="85"/>
        <source>%1: is longer than %2 characters.</source>
        <extracomment>%1: the field&apos;s name, e.g. &quot;Name in Kyrgyz&quot;; %2: a number of characters.</extracomment>
        <translation>%1: длиннее %2 символов.</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="91"/>
        <source>INN: &quot;%1&quot; is not 14 digits.</source>
        <extracomment>%1: the tax number as typed.</extracomment>
        <translation>ИНН: «%1» — не 14 цифр.</translation>
    </message>
</context>
<context>
    <name>dpo::ImportDialog</name>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="61"/>
        <source>Import a file</source>
        <translation>Импорт файла</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="63"/>
        <source>The platform&apos;s export of subjects (CSV) or a file of its change feed (JSON Lines). The whole file is checked and written as one step: when any line is wrong, or when you cancel, nothing is written.</source>
        <translation>Выгрузка субъектов платформы (CSV) или файл её ленты изменений (JSON Lines). Весь файл проверяется и записывается одним шагом: если хотя бы одна строка неверна или вы отмените импорт, ничего не записывается.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="69"/>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="69"/>
        <source>The file&apos;s path: type it or choose it</source>
        <translation>Путь к файлу: введите или выберите</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="70"/>
        <source>Choose a file…</source>
        <translation>Выберите файл…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="71"/>
        <source>C&amp;hoose…</source>
        <comment>a file</comment>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="72"/>
        <location filename="../ui/pages/ImportDialog.cpp" line="180"/>
        <source>Choose the file to import</source>
        <translation>Выбрать файл для импорта</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="73"/>
        <source>Open a file chooser; the contents are guessed from the file&apos;s name</source>
        <translation>Открыть выбор файла; содержимое определяется по имени файла</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="74"/>
        <source>What the file holds</source>
        <translation>Что в файле</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="75"/>
        <source>A CSV export of subjects, or a JSON Lines file of the change feed</source>
        <translation>Выгрузка субъектов в CSV или файл ленты изменений в формате JSON Lines</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="76"/>
        <source>Subjects: the platform&apos;s export (CSV)</source>
        <translation>Субъекты: выгрузка платформы (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="77"/>
        <source>The platform&apos;s change feed (JSON Lines)</source>
        <translation>Лента изменений платформы (JSON Lines)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="80"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="86"/>
        <source>&amp;Contents:</source>
        <translation>&amp;Содержимое:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="91"/>
        <source>&amp;Import</source>
        <comment>start importing the file</comment>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="92"/>
        <source>Import the file</source>
        <translation>Импортировать файл</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="93"/>
        <source>Check the whole file and write it as one step</source>
        <translation>Проверить весь файл и записать его одним шагом</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="94"/>
        <source>Ca&amp;ncel import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="95"/>
        <source>Cancel the import; nothing is written</source>
        <translation>Отменить импорт; ничего не будет записано</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="96"/>
        <source>Stop the import before it writes; the database stays as it was</source>
        <translation>Остановить импорт до записи; база данных остаётся прежней</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="97"/>
        <source>Progress of the import</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="100"/>
        <source>Stage of the import</source>
        <translation>Этап импорта</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="107"/>
        <source>Result of the import</source>
        <translation>Итог импорта</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="111"/>
        <source>Problems and warnings, one per line of the file</source>
        <translation>Ошибки и предупреждения по строкам файла</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="112"/>
        <source>File, line, column and reason of each; a header sorts, Ctrl+C copies the selected</source>
        <translation>Файл, строка, столбец и причина каждой; заголовок сортирует, Ctrl+C копирует выбранное</translation>
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
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="115"/>
        <source>Column or field</source>
        <translation>Столбец или поле</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="115"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="123"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="129"/>
        <source>Cop&amp;y lines</source>
        <translation>&amp;Копировать строки</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="130"/>
        <source>Copy the selected lines, or all of them</source>
        <translation>Копировать выбранные строки или все</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="131"/>
        <source>To the clipboard as FILE:LINE: column: reason, one per line</source>
        <translation>В буфер обмена в виде ФАЙЛ:СТРОКА: столбец: причина, по одной в строке</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="132"/>
        <source>&amp;Save lines…</source>
        <translation>Со&amp;хранить строки…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="133"/>
        <source>Save the lines to a text file</source>
        <translation>Сохранить строки в текстовый файл</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="134"/>
        <source>One problem per line, as FILE:LINE: column: reason</source>
        <translation>По одной проблеме в строке, в виде ФАЙЛ:СТРОКА: столбец: причина</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="135"/>
        <source>C&amp;lose</source>
        <comment>a dialog</comment>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="136"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="137"/>
        <source>Close the dialog; a running import is cancelled first</source>
        <translation>Закрыть окно; идущий импорт сначала отменяется</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="161"/>
        <source>Nothing imported yet.</source>
        <translation>Пока ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="181"/>
        <source>Platform files (*.csv *.jsonl *.ndjson);;Subjects (*.csv);;Change feed (*.jsonl *.ndjson);;All files (*)</source>
        <translation>Файлы платформы (*.csv *.jsonl *.ndjson);;Субъекты (*.csv);;Лента изменений (*.jsonl *.ndjson);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="203"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="230"/>
        <source>%1: %L2 subjects imported.</source>
        <extracomment>%1: the file&apos;s name; %2: the number of subjects.</extracomment>
        <translation>%1: импортировано субъектов: %L2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="235"/>
        <source>%L1 warnings; the rows were imported. The first %L2 are listed.</source>
        <extracomment>%1: the number of warnings; %2: the number listed.</extracomment>
        <translation>Предупреждений: %L1; строки импортированы. Ниже первые %L2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="252"/>
        <source>%1: %L2 events read: %L3 applied, %L4 applied before and skipped, %L5 refused by a privacy rule. %L6 flags for the officer (Change feed section).</source>
        <extracomment>%1: the feed file&apos;s name; %2 to %5: numbers of events; %6: the number of flags.</extracomment>
        <translation>%1: прочитано событий: %L2; применено: %L3, пропущено как применённые ранее: %L4, отклонено по правилу конфиденциальности: %L5. Отметок для сотрудника: %L6 (раздел «Лента изменений»).</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="262"/>
        <source>%1: every one of its %L2 events was applied before; nothing changed.</source>
        <extracomment>%1: the feed file&apos;s name; %2: the number of events.</extracomment>
        <translation>%1: все его события (%L2) были применены ранее; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="289"/>
        <source>Checking every line of the file; nothing is written yet.</source>
        <translation>Проверяется каждая строка файла; пока ничего не записано.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="293"/>
        <source>Writing, in one transaction: a cancel now undoes everything written so far.</source>
        <translation>Запись в одной транзакции: отмена сейчас откатит всё, что уже записано.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="296"/>
        <source>Finishing (indexes, the audit entry, the commit): it can no longer be cancelled.</source>
        <translation>Завершение (индексы, запись аудита, фиксация): отменить уже нельзя.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="316"/>
        <source>Cancelled.</source>
        <extracomment>The import&apos;s state: the officer cancelled it; nothing was imported.</extracomment>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="319"/>
        <source>Refused.</source>
        <extracomment>The import&apos;s state: the file was refused; nothing was imported.</extracomment>
        <translation>Отклонено.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="321"/>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="403"/>
        <location filename="../ui/pages/ImportDialog.cpp" line="413"/>
        <source>Save the lines</source>
        <translation>Сохранить строки</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="403"/>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="423"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ImportDialog.cpp" line="441"/>
        <source>Your role may not import files.</source>
        <translation>Ваша роль не позволяет импортировать файлы.</translation>
    </message>
</context>
<context>
    <name>dpo::InputLimits</name>
    <message>
        <location filename="../models/core/InputLimits.h" line="22"/>
        <source>%1: the file is %2 bytes, more than the %3 bytes a file may have</source>
        <extracomment>%1: the file&apos;s path; %2 and %3: numbers of bytes.</extracomment>
        <translation>%1: файл занимает %2 байт, больше допустимых %3 байт</translation>
    </message>
</context>
<context>
    <name>dpo::JobProgress</name>
    <message>
        <location filename="../models/core/JobProgress.cpp" line="26"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>dpo::LetterButtons</name>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="154"/>
        <source>The language the letter is written in</source>
        <translation>Язык, на котором составляется письмо</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="161"/>
        <source>Both texts in one letter; the Russian one prevails where they differ (policy 2.5)</source>
        <translation>Оба текста в одном письме; при расхождении преимущество имеет русский текст (п. 2.5 Политики)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="165"/>
        <source>Letter:</source>
        <translation>Письмо:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="174"/>
        <source>Preview…</source>
        <translation>Просмотр…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="175"/>
        <source>Show the letter as it will be printed; a preview takes no number</source>
        <translation>Показать письмо так, как оно будет напечатано; предпросмотр не получает номера</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="177"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="178"/>
        <source>Print the letter; it takes its number in the register of letters</source>
        <translation>Напечатать письмо; оно получает номер в реестре писем</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="180"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="181"/>
        <source>Save the letter as a PDF file; it takes its number in the register of letters</source>
        <translation>Сохранить письмо в файл PDF; оно получает номер в реестре писем</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaseWidgets.cpp" line="238"/>
        <source>The letter went to the printer.</source>
        <translation>Письмо отправлено на печать.</translation>
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
        <translation>Письмо сохранено: %1</translation>
    </message>
</context>
<context>
    <name>dpo::LetterKind</name>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="18"/>
        <source>make an answer letter</source>
        <translation>составить письмо-ответ</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="19"/>
        <source>Answer to a claim</source>
        <translation>Ответ на претензию</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="21"/>
        <source>Claim %1</source>
        <extracomment>A letter&apos;s subject in the list of letters. %1: the claim&apos;s number.</extracomment>
        <translation>Претензия %1</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="24"/>
        <source>Answer letter No. %1</source>
        <extracomment>A letter&apos;s title. %1: its outgoing number.</extracomment>
        <translation>Письмо-ответ № %1</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="27"/>
        <source>make a reply letter</source>
        <translation>подготовить письмо-ответ</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="28"/>
        <source>Reply to a withdrawal request</source>
        <translation>Ответ на заявление об отзыве</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="30"/>
        <source>Withdrawal request %1</source>
        <extracomment>A letter&apos;s subject in the list of letters. %1: the request&apos;s number.</extracomment>
        <translation>Заявление об отзыве %1</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="32"/>
        <source>Reply letter No. %1</source>
        <extracomment>A letter&apos;s title. %1: its outgoing number.</extracomment>
        <translation>Письмо-ответ № %1</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="35"/>
        <source>print a notice of disclosure</source>
        <translation>распечатать уведомление о раскрытии</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="36"/>
        <source>Notice of a disclosure</source>
        <translation>Уведомление о раскрытии</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="38"/>
        <source>Disclosure %1</source>
        <extracomment>A letter&apos;s subject in the list of letters. %1: the disclosure&apos;s number.</extracomment>
        <translation>Раскрытие %1</translation>
    </message>
    <message>
        <location filename="../models/domain/LetterKind.cpp" line="40"/>
        <source>Notice of disclosure No. %1</source>
        <extracomment>A letter&apos;s title. %1: its outgoing number.</extracomment>
        <translation>Уведомление о раскрытии № %1</translation>
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
        <translation>Исх. № %1</translation>
    </message>
    <message>
        <location filename="../models/reports/LetterLayout.cpp" line="88"/>
        <source>of %1</source>
        <extracomment>In a letter&apos;s heading, after the outgoing number (&quot;No. 12 of 3 March 2026&quot;). %1: the letter&apos;s date.</extracomment>
        <translation>от %1</translation>
    </message>
    <message>
        <location filename="../models/reports/LetterLayout.cpp" line="90"/>
        <source>(numbered when printed or saved)</source>
        <translation>(номер присваивается при печати или сохранении)</translation>
    </message>
    <message>
        <location filename="../models/reports/LetterLayout.cpp" line="99"/>
        <source>(signature)</source>
        <translation>(подпись)</translation>
    </message>
    <message>
        <location filename="../models/reports/LetterLayout.cpp" line="112"/>
        <source>The letter layout asks for &quot;%1&quot;, which no letter has.</source>
        <extracomment>%1: the placeholder&apos;s name in the layout file.</extracomment>
        <translation>Макет письма запрашивает «%1», которого нет ни в одном письме.</translation>
    </message>
    <message>
        <location filename="../models/reports/LetterLayout.cpp" line="120"/>
        <source>The letter layout is missing from this build.</source>
        <translation>Макет письма отсутствует в этой сборке.</translation>
    </message>
</context>
<context>
    <name>dpo::LetterService</name>
    <message>
        <location filename="../models/services/LetterService.cpp" line="24"/>
        <source>This letter is made in Kyrgyz and in Russian. Where the two texts differ, the Russian text prevails (privacy policy, clause 2.5).</source>
        <translation>Настоящее письмо составлено на кыргызском и русском языках. При расхождении текстов преимущество имеет текст на русском языке (Политика конфиденциальности, п. 2.5).</translation>
    </message>
</context>
<context>
    <name>dpo::LettersPage</name>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="25"/>
        <source>Outgoing letters</source>
        <translation>Исходящие письма</translation>
    </message>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="26"/>
        <source>Every answer, reply and notice the console makes is numbered here the first time it is made (the year&apos;s next number and the day&apos;s date); a reprint keeps its number. The addressee is read from the case.</source>
        <translation>Каждый ответ и уведомление, которые готовит консоль, получают здесь номер при первом составлении (следующий номер года и дату дня); при повторной печати номер сохраняется. Адресат берётся из дела.</translation>
    </message>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="32"/>
        <source>Open the case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="35"/>
        <source>Every letter the console made; select one to see what it answers</source>
        <translation>Каждое письмо, составленное консолью; выберите, чтобы увидеть, на что оно отвечает</translation>
    </message>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="36"/>
        <source>Find:</source>
        <translation>Найти:</translation>
    </message>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="38"/>
        <source>Find a letter</source>
        <translation>Найти письмо</translation>
    </message>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="39"/>
        <source>Number or addressee</source>
        <translation>Номер или адресат</translation>
    </message>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="31"/>
        <location filename="../ui/pages/LettersPage.cpp" line="100"/>
        <source>Select a letter to see what it answers.</source>
        <translation>Выберите письмо, чтобы увидеть, на что оно отвечает.</translation>
    </message>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="40"/>
        <source>Show the letters whose number or addressee contains this text</source>
        <translation>Показать письма, в номере или адресате которых есть этот текст</translation>
    </message>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="61"/>
        <source>Open the case the selected letter answers in its section</source>
        <translation>Открыть дело, на которое отвечает выбранное письмо, в его разделе</translation>
    </message>
    <message>
        <location filename="../ui/pages/LettersPage.cpp" line="117"/>
        <source>(no longer on file)</source>
        <translation>(больше не хранится)</translation>
    </message>
</context>
<context>
    <name>dpo::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <source>The console is locked.</source>
        <translation>Консоль заблокирована.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>Connection lost, connecting again…</source>
        <translation>Соединение потеряно, подключаемся снова…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <source>The connection to the database is back.</source>
        <translation>Соединение с базой восстановлено.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>DPO Console</source>
        <translation>DPO Console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>Choose a section to open it; Ctrl with its number opens it from anywhere</source>
        <translation>Выберите раздел, чтобы открыть его; Ctrl с его номером открывает его откуда угодно</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>Dashboard</source>
        <comment>section</comment>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Subjects</source>
        <comment>section</comment>
        <translation>Субъекты</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>Withdrawals</source>
        <comment>section</comment>
        <translation>Отзывы согласия</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>Claims</source>
        <comment>section</comment>
        <translation>Претензии</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>Disclosures</source>
        <comment>section</comment>
        <translation>Раскрытия</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>Letters</source>
        <comment>section</comment>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>Change feed</source>
        <comment>section</comment>
        <translation>Лента изменений</translation>
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
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>Data systems</source>
        <comment>section</comment>
        <translation>Системы данных</translation>
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
        <translation>без шифрования</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>%1, server&apos;s certificate verified</source>
        <extracomment>How the console reaches the server, in the status bar. %1: the TLS protocol, e.g. &quot;TLSv1.3&quot;.</extracomment>
        <translation>%1, сертификат сервера проверен</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="296"/>
        <source>%1, server&apos;s certificate not verified (sslmode=%2)</source>
        <extracomment>How the console reaches the server, in the status bar. %1: the TLS protocol, e.g. &quot;TLSv1.3&quot;; %2: the sslmode setting, e.g. &quot;require&quot;.</extracomment>
        <translation>%1, сертификат сервера не проверен (sslmode=%2)</translation>
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
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="336"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="340"/>
        <source>The platform&apos;s export of subjects, or a file of its change feed</source>
        <translation>Выгрузка субъектов платформы или файл её ленты изменений</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>Print pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="348"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="355"/>
        <source>Prints the dashboard, or the selected subject&apos;s data report</source>
        <translation>Печатает сводку или отчёт о данных выбранного субъекта</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="357"/>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="360"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="361"/>
        <source>&amp;Find subject…</source>
        <translation>&amp;Найти субъекта…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="368"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="380"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="392"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="393"/>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="396"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="493"/>
        <source>An administrator changed your role: you are %1 now.</source>
        <extracomment>%1: the role&apos;s name, e.g. &quot;Auditor&quot;.</extracomment>
        <translation>Администратор изменил вашу роль: теперь вы — %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="550"/>
        <source>Changes made by another officer are shown.</source>
        <translation>Показаны изменения, внесённые другим сотрудником.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="592"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
</context>
<context>
    <name>dpo::Migrator</name>
    <message>
        <location filename="../models/db/Migrator.cpp" line="91"/>
        <source>Migration to schema version %1 would leave a row of %2 referring to nothing in %3; nothing was changed.</source>
        <extracomment>%1: the schema version number; %2: a table&apos;s name (the row&apos;s table); %3: the table it should refer to.</extracomment>
        <translation>Переход на версию схемы %1 оставил бы в %2 строку, ссылающуюся на несуществующую запись в %3; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="133"/>
        <source>%1 holds tables but is not a DPO Console consent database (it has no schema_migrations table).</source>
        <extracomment>%1: the database&apos;s address.</extracomment>
        <translation>%1 содержит таблицы, но не является базой согласий DPO Console (нет таблицы schema_migrations).</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="158"/>
        <source>The migration scripts of schema version %1 are missing from this build.</source>
        <extracomment>%1: the schema version number.</extracomment>
        <translation>В этой сборке нет скриптов миграции схемы версии %1.</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="170"/>
        <source>The database %1 has schema version %2, newer than this program knows (%3). Use a newer DPO Console; the database was not changed.</source>
        <extracomment>%1: the database&apos;s address; %2: its schema version number; %3: the newest version this program knows.</extracomment>
        <translation>Схема базы %1 имеет версию %2, новее известной этой программе (%3). Используйте более новую DPO Console; база не изменена.</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="193"/>
        <source>Cannot create the schema_migrations table: %1</source>
        <extracomment>%1: the database&apos;s own message.</extracomment>
        <translation>Невозможно создать таблицу schema_migrations: %1</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="205"/>
        <source>Migration to schema version %1 failed; nothing was changed. %2
Statement: %3</source>
        <extracomment>%1: the schema version number; %2: the database&apos;s own message; %3: the beginning of the failed SQL statement.</extracomment>
        <translation>Переход на версию схемы %1 не удался; ничего не изменено. %2
Запрос: %3</translation>
    </message>
</context>
<context>
    <name>dpo::NoticeDialog</name>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="217"/>
        <source>Notify %1 through the outbox</source>
        <extracomment>%1: the subject&apos;s platform reference.</extracomment>
        <translation>Уведомить %1 через очередь отправки</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="219"/>
        <source>A notice to %1 sent by hand</source>
        <extracomment>%1: the subject&apos;s platform reference.</extracomment>
        <translation>Уведомление %1, отправленное вручную</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="220"/>
        <source>Queue</source>
        <translation>В очередь</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="220"/>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="227"/>
        <source>The way the notice goes to the subject</source>
        <translation>Способ, которым уведомление дойдёт до субъекта</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="228"/>
        <source>Where the notice goes: a postal address, a phone number or an e-mail address</source>
        <translation>Куда направляется уведомление: почтовый адрес, номер телефона или адрес электронной почты</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="230"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="231"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="233"/>
        <source>Empty: the address in the subject&apos;s record</source>
        <translation>Пусто — адрес из записи субъекта</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="240"/>
        <source>When the notice was handed over for sending</source>
        <translation>Когда уведомление передано на отправку</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="243"/>
        <source>Required for post, e.g. RR123456789KG</source>
        <translation>Обязателен для почты, например RR123456789KG</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="244"/>
        <source>The post&apos;s tracking number of the letter</source>
        <translation>Почтовый трек-номер письма</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="245"/>
        <source>Sent:</source>
        <translation>Отправлено:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DisclosureDialogs.cpp" line="246"/>
        <source>Tracking number:</source>
        <translation>Трек-номер:</translation>
    </message>
</context>
<context>
    <name>dpo::NoticeLetter</name>
    <message>
        <location filename="../models/services/NoticeLetterService.cpp" line="53"/>
        <source>Notice of a disclosure of your personal data</source>
        <translation>Уведомление о раскрытии ваших персональных данных</translation>
    </message>
</context>
<context>
    <name>dpo::OfficerService</name>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="42"/>
        <source>The user name &quot;%1&quot; is not valid: use 2 to 64 lower-case Latin letters, digits, dots, hyphens or underscores, starting with a letter or digit.</source>
        <extracomment>%1: the user name as typed.</extracomment>
        <translation>Имя пользователя «%1» недопустимо: используйте от 2 до 64 строчных латинских букв, цифр, точек, дефисов или подчёркиваний, начиная с буквы или цифры.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="52"/>
        <source>The password is too short: use at least %1 characters.</source>
        <extracomment>%1: a number of characters.</extracomment>
        <translation>Пароль слишком короткий: используйте не менее %1 символов.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="55"/>
        <source>The password must not contain the user name.</source>
        <translation>Пароль не должен содержать имя пользователя.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="65"/>
        <source>An officer named &quot;%1&quot; already exists.</source>
        <extracomment>%1: the user name.</extracomment>
        <translation>Сотрудник с именем «%1» уже существует.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="104"/>
        <source>&quot;%1&quot; exists but is not an administrator.</source>
        <extracomment>%1: the user name.</extracomment>
        <translation>«%1» существует, но не является администратором.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="111"/>
        <source>The database already has officers; &quot;%1&quot; is not one of them. An administrator adds further officers after signing in.</source>
        <extracomment>%1: the user name.</extracomment>
        <translation>В базе уже есть сотрудники; «%1» среди них нет. Других сотрудников добавляет администратор после входа.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="145"/>
        <source>add officers</source>
        <translation>добавлять сотрудников</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerSignIn.cpp" line="136"/>
        <source>This console is connected to the database as %1, the login of officer %2: sign in as %2, or connect with your own login.</source>
        <extracomment>%1: the database login; %2: the officer&apos;s user name.</extracomment>
        <translation>Консоль подключена к базе данных как %1, это логин сотрудника %2: войдите как %2 или подключитесь со своим логином.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerSignIn.cpp" line="34"/>
        <source>Sign-in failed: the user name or password is wrong, or the account is deactivated or locked for a while.</source>
        <translation>Вход не выполнен: неверное имя пользователя или пароль, либо учётная запись отключена или временно заблокирована.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="180"/>
        <source>Officer %1 does not exist.</source>
        <extracomment>%1: the officer&apos;s number.</extracomment>
        <translation>Сотрудника %1 не существует.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="187"/>
        <source>Sign in to change your password.</source>
        <translation>Войдите, чтобы сменить пароль.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="191"/>
        <source>The new password must differ from the current one.</source>
        <translation>Новый пароль должен отличаться от текущего.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="200"/>
        <location filename="../models/services/OfficerService.cpp" line="225"/>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="246"/>
        <source>reset a password</source>
        <translation>сбросить пароль</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="272"/>
        <source>reactivate an officer</source>
        <translation>снова включить сотрудника</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="272"/>
        <source>deactivate an officer</source>
        <translation>отключить сотрудника</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="276"/>
        <source>You cannot deactivate your own account.</source>
        <translation>Нельзя отключить собственную учётную запись.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="299"/>
        <source>change an officer&apos;s role</source>
        <translation>изменить роль сотрудника</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="304"/>
        <source>You cannot change your own role: another administrator does.</source>
        <translation>Свою роль изменить нельзя: это делает другой администратор.</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="328"/>
        <source>map a database login</source>
        <translation>закрепить логин базы данных за сотрудником</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="355"/>
        <source>create a database login</source>
        <translation>создать логин базы данных</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="135"/>
        <location filename="../models/services/OfficerService.cpp" line="332"/>
        <location filename="../models/services/OfficerService.cpp" line="347"/>
        <source>A SQLite database has no logins: its officers sign in with the console&apos;s passwords.</source>
        <translation>В базе данных SQLite нет логинов: её сотрудники входят с паролями консоли.</translation>
    </message>
</context>
<context>
    <name>dpo::OfficersPage</name>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="61"/>
        <source>Add an officer…</source>
        <translation>Добавить сотрудника…</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="62"/>
        <source>Reset the password…</source>
        <translation>Сбросить пароль…</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="63"/>
        <location filename="../ui/pages/OfficersPage.cpp" line="106"/>
        <location filename="../ui/pages/OfficersPage.cpp" line="219"/>
        <location filename="../ui/pages/OfficersPage.cpp" line="324"/>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="64"/>
        <source>Change the role…</source>
        <translation>Изменить роль…</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="65"/>
        <source>Save the settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="69"/>
        <location filename="../ui/pages/OfficersPage.cpp" line="83"/>
        <source>Officers</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="74"/>
        <source>Officers and settings</source>
        <translation>Сотрудники и настройки</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="76"/>
        <source>Administrators manage the accounts and the team&apos;s settings; every change is in the audit trail. A reset password must be changed at the next sign-in.</source>
        <translation>Учётными записями и настройками команды управляют администраторы; каждое изменение — в журнале аудита. Сброшенный пароль нужно сменить при следующем входе.</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="114"/>
        <source>The team&apos;s settings</source>
        <translation>Настройки команды</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="170"/>
        <source>Active</source>
        <comment>officer</comment>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="170"/>
        <source>Deactivated</source>
        <comment>officer</comment>
        <translation>Отключён</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="173"/>
        <source>locked until %1</source>
        <extracomment>%1: a date and time.</extracomment>
        <translation>заблокирован до %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="175"/>
        <source>must change the password</source>
        <translation>должен сменить пароль</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="178"/>
        <source>connects as the login %1</source>
        <extracomment>%1: the officer&apos;s PostgreSQL login.</extracomment>
        <translation>подключается с логином %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="184"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="184"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="184"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="184"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="238"/>
        <source>Name:</source>
        <comment>person</comment>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="243"/>
        <source>At least %1 characters, without the user name; the officer chooses their own at the first sign-in.</source>
        <extracomment>%1: a number of characters.</extracomment>
        <translation>Не короче %1 символов и без имени пользователя; при первом входе сотрудник выберет свой.</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="251"/>
        <source>Create their database login, named as the user name</source>
        <translation>Создать логин базы данных с именем пользователя</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="254"/>
        <source>The officer connects to the server as themselves, with this password, and the server checks what their role may do; without it they connect with the team&apos;s shared login</source>
        <translation>Сотрудник подключается к серверу от своего имени с этим паролем, и сервер проверяет, что разрешено его роли; без этого он подключается с общим логином команды</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="107"/>
        <location filename="../ui/pages/OfficersPage.cpp" line="219"/>
        <source>Reactivate</source>
        <translation>Включить снова</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="40"/>
        <source>An auditor reads; an officer works cases; a supervisor also approves keeps; an administrator also manages officers and settings</source>
        <translation>Аудитор читает; сотрудник ведёт дела; руководитель также утверждает хранение; администратор также управляет сотрудниками и настройками</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="85"/>
        <source>Every account: user name, name, role, whether it is active; select one to change it</source>
        <translation>Каждая учётная запись: имя пользователя, имя, роль, активна ли; выберите, чтобы изменить</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="87"/>
        <source>Create an account with its role and a first password</source>
        <translation>Создать учётную запись с ролью и первым паролем</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="217"/>
        <source>Give the selected officer a temporary password to change at the next sign-in</source>
        <translation>Дать выбранному сотруднику временный пароль, который он сменит при следующем входе</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="90"/>
        <source>Stop the selected officer from signing in, or let them again; their entries in the audit trail stay</source>
        <translation>Запретить выбранному сотруднику вход или снова разрешить; его записи в журнале аудита остаются</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="93"/>
        <source>Give the selected officer another role</source>
        <translation>Дать выбранному сотруднику другую роль</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="95"/>
        <source>Save every setting above at once; each change is audited</source>
        <translation>Сохранить все настройки выше разом; каждое изменение попадает в аудит</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="214"/>
        <source>This officer signs in with their own database login: they change its password themselves, and only the server&apos;s administrator can reset it</source>
        <translation>Этот сотрудник входит под собственным логином базы данных: пароль к нему он меняет сам, а сбросить его может только администратор сервера</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="226"/>
        <source>Add an officer</source>
        <translation>Добавить сотрудника</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="226"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="230"/>
        <source>The name the officer signs in with</source>
        <translation>Имя, под которым сотрудник входит</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="233"/>
        <source>The officer&apos;s name as the audit trail and the letters show it</source>
        <translation>Имя сотрудника, как его показывают журнал аудита и письма</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="236"/>
        <source>The password the officer signs in with; give it to them in person</source>
        <translation>Пароль, с которым сотрудник входит; передайте его лично</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="237"/>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="239"/>
        <location filename="../ui/pages/OfficersPage.cpp" line="305"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="240"/>
        <source>First password:</source>
        <translation>Первый пароль:</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="269"/>
        <source>The officer is added.</source>
        <translation>Сотрудник добавлен.</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="276"/>
        <source>Reset the password</source>
        <translation>Сбросить пароль</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="276"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="279"/>
        <source>The officer changes it at the next sign-in</source>
        <translation>Сотрудник сменит его при следующем входе</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="280"/>
        <source>Give the officer this temporary password in person; they choose their own at the next sign-in.</source>
        <translation>Передайте сотруднику этот временный пароль лично; при следующем входе он выберет свой.</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="285"/>
        <source>Temporary password:</source>
        <translation>Временный пароль:</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="291"/>
        <source>The password is reset; it must be changed at the next sign-in.</source>
        <translation>Пароль сброшен; при следующем входе его нужно сменить.</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="302"/>
        <source>Change the role</source>
        <translation>Изменить роль</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="302"/>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="312"/>
        <source>The role is changed.</source>
        <translation>Роль изменена.</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="326"/>
        <source>Deactivate %1? They can no longer sign in until reactivated.</source>
        <extracomment>%1: the officer&apos;s name.</extracomment>
        <translation>Отключить %1? Войти будет нельзя, пока учётную запись не включат снова.</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="331"/>
        <source>The officer is deactivated.</source>
        <translation>Сотрудник отключён.</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="331"/>
        <source>The officer is reactivated.</source>
        <translation>Сотрудник снова включён.</translation>
    </message>
    <message>
        <location filename="../ui/pages/OfficersPage.cpp" line="343"/>
        <source>The settings are saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
</context>
<context>
    <name>dpo::OutcomeFields</name>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="29"/>
        <source>What the answer grants: all that was asked, a part, or nothing</source>
        <translation>Что даёт ответ: всё, о чём просили, часть или ничего</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="31"/>
        <source>Not decided yet</source>
        <translation>Ещё не решено</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="41"/>
        <source>Required when the claim is refused in whole or in part</source>
        <translation>Обязательно при полном или частичном отказе</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="42"/>
        <source>Why the claim is refused in whole or in part; the letter quotes it</source>
        <translation>Почему в претензии отказано полностью или частично; письмо это цитирует</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="45"/>
        <source>e.g. 2 or 3.1</source>
        <translation>например 2 или 3.1</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="46"/>
        <source>The paragraph of Art. 15 of Law No. 58 a refusal of access rests on</source>
        <translation>Пункт ст. 15 Закона № 58, на котором основан отказ в доступе</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="57"/>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="58"/>
        <source>Reasons:</source>
        <translation>Основания:</translation>
    </message>
    <message>
        <location filename="../ui/pages/ClaimStepDialogs.cpp" line="60"/>
        <source>Law No. 58 Art. 15, paragraph:</source>
        <translation>Закон № 58, ст. 15, пункт:</translation>
    </message>
</context>
<context>
    <name>dpo::OutgoingLetterRegister</name>
    <message>
        <location filename="../models/items/OutgoingLetterRegister.cpp" line="22"/>
        <source>Outgoing No.</source>
        <translation>Исх. №</translation>
    </message>
    <message>
        <location filename="../models/items/OutgoingLetterRegister.cpp" line="23"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../models/items/OutgoingLetterRegister.cpp" line="24"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../models/items/OutgoingLetterRegister.cpp" line="25"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../models/items/OutgoingLetterRegister.cpp" line="26"/>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../models/items/OutgoingLetterRegister.cpp" line="27"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../models/items/OutgoingLetterRegister.cpp" line="28"/>
        <source>Made by</source>
        <translation>Составил(а)</translation>
    </message>
</context>
<context>
    <name>dpo::OutgoingLetterService</name>
    <message>
        <location filename="../models/services/OutgoingLetterService.cpp" line="134"/>
        <source>The outgoing letter was numbered but cannot be read back.</source>
        <translation>Исходящему письму присвоен номер, но его не удаётся прочитать.</translation>
    </message>
    <message>
        <location filename="../models/services/OutgoingLetterService.cpp" line="189"/>
        <source>Outgoing letter %1 is not in the register.</source>
        <extracomment>%1: the letter&apos;s number in the register.</extracomment>
        <translation>Исходящего письма %1 нет в реестре.</translation>
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
        <translation>изменение</translation>
    </message>
    <message>
        <location filename="../models/services/RecordVersion.cpp" line="48"/>
        <source>%1 was changed by another officer since you opened it: %2. Nothing was saved and your input is still here: look at the change, then save again.</source>
        <extracomment>%1: what was changed, e.g. &quot;Claim 12&quot;; %2: who changed it and when, or &quot;a change&quot;.</extracomment>
        <translation>%1 изменено другим сотрудником после того, как вы его открыли: %2. Ничего не сохранено, введённое вами на месте: посмотрите изменение и сохраните снова.</translation>
    </message>
</context>
<context>
    <name>dpo::RectificationService</name>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="92"/>
        <source>The database has no salt for digests.</source>
        <translation>В базе данных нет соли для дайджестов.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="199"/>
        <source>correct a subject&apos;s data</source>
        <translation>исправить данные субъекта</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="205"/>
        <source>Claim %1 is not a request to correct data.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>Обращение %1 — не просьба об исправлении данных.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="212"/>
        <source>Claim %1 is answered already: its corrections are final.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>На обращение %1 уже дан ответ: его исправления окончательны.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="214"/>
        <source>Name at least one field to correct.</source>
        <translation>Укажите хотя бы одно поле для исправления.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="222"/>
        <source>The claim&apos;s subject no longer exists.</source>
        <translation>Субъекта обращения больше нет.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="227"/>
        <source>The subject&apos;s record is %1: there is nothing left to correct.</source>
        <extracomment>%1: the record&apos;s state, e.g. &quot;Destroyed&quot; or &quot;Depersonalised&quot;.</extracomment>
        <translation>Запись субъекта в состоянии %1: исправлять больше нечего.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="244"/>
        <source>&quot;%1&quot; is not a field a correction changes: use %2.</source>
        <extracomment>%1: the field as given; %2: the fields allowed, separated by commas.</extracomment>
        <translation>«%1» — не поле, которое можно исправить: используйте %2.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="248"/>
        <source>%1 is named twice.</source>
        <extracomment>%1: the field&apos;s name.</extracomment>
        <translation>%1 указано дважды.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="257"/>
        <source>%1: the record cannot be without it.</source>
        <extracomment>%1: the field&apos;s name.</extracomment>
        <translation>%1: запись не может быть без него.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="261"/>
        <source>%1: the record already holds this value.</source>
        <extracomment>%1: the field&apos;s name.</extracomment>
        <translation>%1: в записи уже это значение.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="267"/>
        <source>%1: the category %2 is blocked; unblock it before correcting it.</source>
        <extracomment>%1: the field&apos;s name; %2: the data category&apos;s name.</extracomment>
        <translation>%1: категория %2 заблокирована; разблокируйте её, прежде чем исправлять.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="273"/>
        <source>%1: the category %2 is %3; there is nothing to correct.</source>
        <extracomment>%1: the field&apos;s name; %2: the data category&apos;s name; %3: its state, e.g. &quot;destroyed&quot;.</extracomment>
        <translation>%1: категория %2 в состоянии %3; исправлять нечего.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="284"/>
        <source>%1 was corrected in this case already.</source>
        <extracomment>%1: the field&apos;s name.</extracomment>
        <translation>%1 в этом деле уже исправлено.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="295"/>
        <source>inn: %1 is another subject&apos;s INN.</source>
        <extracomment>%1: the tax number, masked.</extracomment>
        <translation>inn: %1 — ИНН другого субъекта.</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="355"/>
        <source>record a recipient&apos;s notice</source>
        <translation>записать уведомление получателя</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="363"/>
        <source>Claim %1 is closed.</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>Обращение %1 закрыто.</translation>
    </message>
</context>
<context>
    <name>dpo::ReminderService</name>
    <message>
        <location filename="../models/services/ReminderService.cpp" line="63"/>
        <source>Withdrawal request</source>
        <translation>Заявление об отзыве</translation>
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
        <translation>Открыть дело по субъекту</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="26"/>
        <source>Open cases for all</source>
        <translation>Открыть дела по всем</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="29"/>
        <source>Retention review</source>
        <translation>Пересмотр сроков хранения</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="30"/>
        <source>Policy 6.2-6.3: face photos are kept while the app is used and until the consent is withdrawn, and nothing is kept longer than its purpose needs. Each item is reviewed in a case: destroyed, or kept on a legal ground until a new date (approved by a second supervisor).</source>
        <translation>Пп. 6.2-6.3 политики: фотографии лица хранятся, пока используется приложение, и до отзыва согласия, и ничего не хранится дольше, чем требует цель. Каждая позиция пересматривается в деле: уничтожается или хранится на правовом основании до новой даты (утверждает второй руководитель).</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="39"/>
        <source>Open a review case for the selected subject&apos;s data</source>
        <translation>Открыть дело пересмотра по данным выбранного субъекта</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="41"/>
        <source>Open a review case for every subject listed that has none yet, each its own case</source>
        <translation>Открыть дело пересмотра для каждого субъекта из списка, у которого его ещё нет, каждому своё</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="46"/>
        <source>Subjects whose data is due for review</source>
        <translation>Субъекты, чьи данные пора пересмотреть</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="47"/>
        <source>Each item: the subject, the data category, why it is due, since when, and its open case if any</source>
        <translation>Каждая позиция: субъект, категория данных, почему подлежит пересмотру, с какого дня и открытое дело, если есть</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="58"/>
        <source>Close the review; the cases opened stay open</source>
        <translation>Закрыть пересмотр; открытые дела остаются открытыми</translation>
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
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="94"/>
        <source>Data category</source>
        <translation>Категория данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="94"/>
        <source>Why it is due</source>
        <translation>Почему пересматривается</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="95"/>
        <source>Since</source>
        <comment>the keep&apos;s end, the withdrawal, the closure</comment>
        <translation>С какого дня</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="96"/>
        <source>Kept on</source>
        <comment>legal ground</comment>
        <translation>Основание хранения</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="96"/>
        <source>Review case</source>
        <translation>Дело пересмотра</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="98"/>
        <source>Nothing is due for review today.</source>
        <translation>Сегодня пересматривать нечего.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="100"/>
        <source>Items due for review: %1.</source>
        <extracomment>%1: the number of items.</extracomment>
        <translation>Подлежит пересмотру: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="121"/>
        <source>Open a review case for every subject with something due and no review case open?</source>
        <translation>Открыть дело пересмотра по каждому субъекту, у которого есть что пересматривать и нет открытого дела пересмотра?</translation>
    </message>
    <message>
        <location filename="../ui/pages/RetentionReviewDialog.cpp" line="132"/>
        <source>Cases opened: %1. Subjects whose review case was already open: %2.</source>
        <extracomment>%1: the number of cases opened; %2: the number of subjects whose case was already open.</extracomment>
        <translation>Открыто дел: %1. Субъектов, у которых дело пересмотра уже было открыто: %2.</translation>
    </message>
</context>
<context>
    <name>dpo::RetentionReviewService</name>
    <message>
        <location filename="../models/services/RetentionReviewService.cpp" line="148"/>
        <source>open a retention review</source>
        <translation>открыть пересмотр сроков хранения</translation>
    </message>
    <message>
        <location filename="../models/services/RetentionReviewService.cpp" line="158"/>
        <source>No subject has the platform reference &quot;%1&quot;.</source>
        <extracomment>%1: the platform reference as typed.</extracomment>
        <translation>Нет субъекта с номером на платформе «%1».</translation>
    </message>
    <message>
        <location filename="../models/services/RetentionReviewService.cpp" line="165"/>
        <source>Subject %1 has nothing due for review: no keep has ended, and no face photo or video is held after a withdrawal or a closed account.</source>
        <extracomment>%1: the subject&apos;s platform reference.</extracomment>
        <translation>У субъекта %1 нечего пересматривать: ни один срок хранения не истёк, и фото или видео лица не хранятся после отзыва согласия или закрытия аккаунта.</translation>
    </message>
    <message>
        <location filename="../models/services/RetentionReviewService.cpp" line="174"/>
        <source>open the retention reviews</source>
        <translation>открыть пересмотры сроков хранения</translation>
    </message>
</context>
<context>
    <name>dpo::SaveFile</name>
    <message>
        <location filename="../models/core/SaveFile.cpp" line="19"/>
        <source>Cannot write %1: %2</source>
        <extracomment>%1: the file&apos;s path; %2: the system&apos;s reason, e.g. &quot;Permission denied&quot;.</extracomment>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>dpo::ScramVerifier</name>
    <message>
        <location filename="../models/security/ScramVerifier.cpp" line="111"/>
        <source>A database login&apos;s password may use Latin and Cyrillic letters, digits, spaces and the signs of an English keyboard; &quot;%1&quot; is not one of them.</source>
        <extracomment>%1: the character refused, in quotes.</extracomment>
        <translation>В пароле логина базы данных допустимы латинские и кириллические буквы, цифры, пробелы и знаки английской клавиатуры; «%1» к ним не относится.</translation>
    </message>
</context>
<context>
    <name>dpo::SentDialog</name>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="416"/>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="422"/>
        <source>The day it was sent or told; not before the case was received</source>
        <translation>День отправки или уведомления; не раньше получения дела</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="423"/>
        <source>The way it was sent</source>
        <translation>Способ отправки</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="425"/>
        <source>What the record should say besides the day and the way, such as a tracking number</source>
        <translation>Что ещё должна сказать запись помимо дня и способа, например трек-номер</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="426"/>
        <source>On:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="427"/>
        <source>How:</source>
        <translation>Как:</translation>
    </message>
</context>
<context>
    <name>dpo::Session</name>
    <message>
        <location filename="../models/core/Session.cpp" line="30"/>
        <source>Unknown role &quot;%1&quot;: expected administrator, supervisor, officer or auditor.</source>
        <extracomment>%1: the role code as found.</extracomment>
        <translation>Неизвестная роль «%1»: ожидается administrator, supervisor, officer или auditor.</translation>
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
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../models/core/Session.cpp" line="44"/>
        <source>Officer</source>
        <comment>officer role</comment>
        <translation>Сотрудник</translation>
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
        <translation>Войдите, чтобы %1.</translation>
    </message>
    <message>
        <location filename="../models/core/Session.cpp" line="61"/>
        <source>Change your password before you %1: an administrator reset it.</source>
        <extracomment>%1: what the officer tried to do, a verb phrase such as &quot;register a claim&quot;.</extracomment>
        <translation>Прежде чем %1, смените пароль: его сбросил администратор.</translation>
    </message>
    <message>
        <location filename="../models/core/Session.cpp" line="72"/>
        <source>%1 (%2) may not %3: this needs the role %4.</source>
        <extracomment>%1: the officer&apos;s user name; %2: their role, e.g. &quot;Officer&quot;; %3: what they tried to do, a verb phrase such as &quot;register a claim&quot;; %4: the roles that may, joined with &quot;or&quot;.</extracomment>
        <translation>%1 (%2) не может %3: для этого нужна роль %4.</translation>
    </message>
</context>
<context>
    <name>dpo::SettingsService</name>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="20"/>
        <source>Days to answer a withdrawal request (internal target)</source>
        <translation>Дней на ответ по заявлению об отзыве (внутренний срок)</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="21"/>
        <source>Calendar days from receipt to the reply: the organisation&apos;s own target, not a period set by the policy</source>
        <translation>Календарные дни от получения до ответа: собственный целевой срок организации, а не срок, установленный политикой</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="24"/>
        <source>Working days to notify a subject of a disclosure</source>
        <translation>Рабочих дней на уведомление субъекта о раскрытии</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="25"/>
        <source>The organisation&apos;s own target (the policy sets no period): a subject not told by then is flagged</source>
        <translation>Собственный целевой срок организации (политика срока не устанавливает): субъект, не уведомлённый к этому дню, отмечается</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="28"/>
        <source>Working days a data system has to confirm a task</source>
        <translation>Рабочих дней у системы данных на подтверждение задачи</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="29"/>
        <source>A task not confirmed within this many working days of being sent is shown as overdue</source>
        <translation>Задача, не подтверждённая за столько рабочих дней после отправки, показывается как просроченная</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="32"/>
        <source>Failed sign-ins before an account is locked</source>
        <translation>Неудачных входов до блокировки учётной записи</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="33"/>
        <source>After this many failed sign-ins in a row the account is locked for the minutes below</source>
        <translation>После стольких неудачных входов подряд учётная запись блокируется на указанные ниже минуты</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="35"/>
        <source>Minutes an account stays locked</source>
        <translation>Минут блокировки учётной записи</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="36"/>
        <source>How long a locked account waits before it may sign in again</source>
        <translation>Сколько заблокированная учётная запись ждёт, прежде чем снова сможет войти</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="38"/>
        <source>Minutes without input before the window locks</source>
        <translation>Минут бездействия до блокировки окна</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="39"/>
        <source>The window locks after this long without keyboard or mouse input; the officer&apos;s password unlocks it</source>
        <translation>Окно блокируется после стольких минут без ввода с клавиатуры или мыши; пароль сотрудника его разблокирует</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="51"/>
        <source>There is no setting &quot;%1&quot;.</source>
        <extracomment>%1: the setting&apos;s code.</extracomment>
        <translation>Настройки «%1» не существует.</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="97"/>
        <source>change the settings</source>
        <translation>изменить настройки</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="104"/>
        <source>%1: %2 is out of bounds; it is %3 to %4.</source>
        <extracomment>%1: the setting&apos;s description; %2: the value given; %3 and %4: the smallest and largest allowed.</extracomment>
        <translation>%1: %2 вне допустимых пределов: от %3 до %4.</translation>
    </message>
</context>
<context>
    <name>dpo::SignInDialog</name>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="26"/>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="31"/>
        <source>The user name an administrator gave you</source>
        <translation>Имя пользователя, выданное администратором</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="32"/>
        <source>Your password; after too many failures the account is locked for a while</source>
        <translation>Ваш пароль; после слишком многих неудач учётная запись на время блокируется</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="40"/>
        <source>Database: %1</source>
        <extracomment>%1: the database&apos;s address (no password).</extracomment>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="43"/>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="44"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="46"/>
        <source>Sign in</source>
        <comment>button</comment>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="47"/>
        <source>Sign in to the database above; the sign-in is audited</source>
        <translation>Войти в базу данных, указанную выше; вход попадает в аудит</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="48"/>
        <source>Close the console</source>
        <translation>Закрыть консоль</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="63"/>
        <source>Choose a new password</source>
        <translation>Выберите новый пароль</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="63"/>
        <source>Change the password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="67"/>
        <source>An administrator set your password. Choose one of your own, of at least %1 characters, without your user name.</source>
        <extracomment>%1: a number of characters.</extracomment>
        <translation>Пароль вам задал администратор. Выберите свой — не короче %1 символов и без вашего имени пользователя.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="77"/>
        <source>At least %1 characters, without your user name</source>
        <extracomment>%1: a number of characters.</extracomment>
        <translation>Не менее %1 символов, без вашего имени пользователя</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="81"/>
        <source>The new password again, to be sure of it</source>
        <translation>Новый пароль ещё раз, для проверки</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="83"/>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="84"/>
        <source>Repeat it:</source>
        <translation>Повторите:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="87"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>dpo::SigningBox</name>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="20"/>
        <source>Signed exports</source>
        <translation>Подписанные выгрузки</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="23"/>
        <source>Save the authority</source>
        <translation>Сохранить службу</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="36"/>
        <source>none: exports carry no time-stamp</source>
        <translation>нет: выгрузки без штампа времени</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="37"/>
        <source>The RFC 3161 time-stamping authority (http or https) whose token every export&apos;s signature and every anchor of the chain carries</source>
        <translation>Служба штампов времени по RFC 3161 (http или https), чей штамп несут подпись каждой выгрузки и каждый якорь цепочки</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="39"/>
        <source>Time-stamping authority</source>
        <translation>Служба штампов времени</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="41"/>
        <source>Save the authority; an empty field means none. Audited</source>
        <translation>Сохранить службу; пустое поле — службы нет. Записывается в журнал аудита</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="46"/>
        <source>Signing key:</source>
        <translation>Ключ подписи:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="47"/>
        <source>Its certificate:</source>
        <translation>Его сертификат:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="48"/>
        <source>Time-stamping authority:</source>
        <translation>Служба штампов времени:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="50"/>
        <source>Anchor of the chain:</source>
        <translation>Якорь цепочки:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="64"/>
        <source>None: exports are not signed. An administrator makes the key on the command line: dpo-console keys init.</source>
        <translation>Нет: выгрузки не подписываются. Ключ создаёт администратор в командной строке: dpo-console keys init.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="72"/>
        <source>%1, valid until %2</source>
        <extracomment>%1: the certificate&apos;s subject, e.g. CN=..., O=...; %2: the date it expires.</extracomment>
        <translation>%1, действителен до %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="76"/>
        <source>none: an Ed25519 key of before, whose exports carry FILE.sig</source>
        <translation>нет: прежний ключ Ed25519, его выгрузки несут FILE.sig</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="81"/>
        <source>none yet (dpo-console audit anchor, daily)</source>
        <translation>пока нет (dpo-console audit anchor, ежедневно)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="85"/>
        <source>entry %1, time-stamped %2</source>
        <extracomment>%1: the entry&apos;s number; %2: the date and time it was time-stamped.</extracomment>
        <translation>запись %1, штамп времени %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="94"/>
        <source>No time-stamping authority: exports are signed without a time-stamp.</source>
        <translation>Службы штампов времени нет: выгрузки подписываются без штампа времени.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SigningBox.cpp" line="96"/>
        <source>Exports are time-stamped by the authority from now on.</source>
        <translation>Отныне выгрузки получают штамп времени от службы.</translation>
    </message>
</context>
<context>
    <name>dpo::SigningKey</name>
    <message>
        <location filename="../models/security/SigningKey.cpp" line="63"/>
        <source>The public key is not an ECDSA P-256 or Ed25519 key.</source>
        <translation>Открытый ключ не является ключом ECDSA P-256 или Ed25519.</translation>
    </message>
    <message>
        <location filename="../models/security/SigningKey.cpp" line="79"/>
        <source>The signing key file is not an encrypted private key (PKCS#8, &quot;BEGIN ENCRYPTED PRIVATE KEY&quot;): a key kept unencrypted is refused.</source>
        <translation>Файл ключа подписи не является зашифрованным закрытым ключом (PKCS#8, «BEGIN ENCRYPTED PRIVATE KEY»): ключ, хранящийся незашифрованным, не принимается.</translation>
    </message>
    <message>
        <location filename="../models/security/SigningKey.cpp" line="90"/>
        <source>The signing key could not be opened: the passphrase is wrong, or the file is not an ECDSA P-256 or Ed25519 private key.</source>
        <translation>Не удалось открыть ключ подписи: неверная парольная фраза или файл не является закрытым ключом ECDSA P-256 или Ed25519.</translation>
    </message>
</context>
<context>
    <name>dpo::SigningKeyService</name>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="42"/>
        <source>create the export-signing key</source>
        <translation>создать ключ подписи выгрузок</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="46"/>
        <source>The key&apos;s passphrase must have at least 12 characters.</source>
        <translation>Парольная фраза ключа должна содержать не менее 12 символов.</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="51"/>
        <source>%1 exists already; a signing key is never overwritten.</source>
        <extracomment>%1: the private key file&apos;s path.</extracomment>
        <translation>%1 уже существует; ключ подписи никогда не перезаписывается.</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="97"/>
        <source>store the signing key&apos;s certificate</source>
        <translation>сохранить сертификат ключа подписи</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="107"/>
        <source>The certificate is for key %1, which is not an active signing key of this database.</source>
        <extracomment>%1: the key&apos;s fingerprint (hex).</extracomment>
        <translation>Сертификат выдан для ключа %1, который не является действующим ключом подписи этой базы.</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="113"/>
        <source>The certificate is for an Ed25519 key, which cannot make a CMS signature OpenSSL checks; make a new key (keys init).</source>
        <translation>Сертификат выдан для ключа Ed25519, которым нельзя поставить подпись CMS, проверяемую OpenSSL; создайте новый ключ (keys init).</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="119"/>
        <source>The certificate is valid from %1 to %2, not now.</source>
        <extracomment>%1 and %2: dates and times (UTC) the certificate is valid from and to.</extracomment>
        <translation>Сертификат действует с %1 по %2, а не сейчас.</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="189"/>
        <source>&quot;%1&quot; is not the address of a time-stamping authority: an http or https URL with a host and no user name is expected.</source>
        <extracomment>%1: the address as given.</extracomment>
        <translation>«%1» не является адресом службы штампов времени: ожидается адрес http или https с именем хоста и без имени пользователя.</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="193"/>
        <source>set the time-stamping authority</source>
        <translation>задать службу штампов времени</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="285"/>
        <source>Cannot read the signing key %1: %2</source>
        <extracomment>%1: the file&apos;s path; %2: the system&apos;s reason.</extracomment>
        <translation>Не удалось прочитать ключ подписи %1: %2</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="291"/>
        <source>The key in %1 is not an active signing key of this database.</source>
        <extracomment>%1: the file&apos;s path.</extracomment>
        <translation>Ключ в %1 не является действующим ключом подписи этой базы.</translation>
    </message>
</context>
<context>
    <name>dpo::Sql</name>
    <message>
        <location filename="../models/db/BulkInserter.cpp" line="27"/>
        <location filename="../models/db/BulkInserter.cpp" line="114"/>
        <source>insert rows</source>
        <translation>вставить строки</translation>
    </message>
    <message>
        <location filename="../models/db/BulkInserter.cpp" line="133"/>
        <location filename="../models/db/Sql.cpp" line="91"/>
        <source>The database could not prepare a statement: %1
%2</source>
        <extracomment>%1: the database&apos;s own message; %2: the beginning of the statement (SQL, on its own line).</extracomment>
        <translation>База данных не смогла подготовить запрос: %1
%2</translation>
    </message>
    <message>
        <location filename="../models/db/BulkInserter.cpp" line="26"/>
        <location filename="../models/db/Sql.cpp" line="115"/>
        <location filename="../models/db/Sql.cpp" line="144"/>
        <source>The database refused to %1: %2</source>
        <extracomment>%1: what the database was asked to do, a verb phrase such as &quot;insert rows&quot;; %2: the database&apos;s own message.</extracomment>
        <translation>База данных отказалась %1: %2</translation>
    </message>
    <message>
        <location filename="../models/db/Sql.cpp" line="78"/>
        <source>The connection to the database was lost; nothing of this was saved. The console connects again: do it once more.</source>
        <translation>Соединение с базой потеряно; ничего из этого действия не сохранено. Консоль подключается снова: повторите его.</translation>
    </message>
    <message>
        <location filename="../models/db/BulkInserter.cpp" line="365"/>
        <source>lock tables for a bulk load</source>
        <translation>заблокировать таблицы для массовой загрузки</translation>
    </message>
    <message>
        <location filename="../models/db/BulkInserter.cpp" line="372"/>
        <source>allocate ids</source>
        <translation>выделить идентификаторы</translation>
    </message>
    <message>
        <location filename="../models/db/BulkInserter.cpp" line="392"/>
        <location filename="../models/db/BulkInserter.cpp" line="400"/>
        <source>update the statistics after a bulk load</source>
        <translation>обновить статистику после массовой загрузки</translation>
    </message>
    <message>
        <location filename="../models/db/BulkInserter.cpp" line="411"/>
        <source>advance an id sequence</source>
        <translation>сдвинуть последовательность идентификаторов</translation>
    </message>
    <message>
        <location filename="../models/db/BulkInserter.cpp" line="428"/>
        <source>read the index definitions</source>
        <translation>прочитать определения индексов</translation>
    </message>
    <message>
        <location filename="../models/db/BulkInserter.cpp" line="437"/>
        <source>set indexes aside for a bulk load</source>
        <translation>временно убрать индексы для массовой загрузки</translation>
    </message>
    <message>
        <location filename="../models/db/BulkInserter.cpp" line="445"/>
        <source>rebuild indexes after a bulk load</source>
        <translation>перестроить индексы после массовой загрузки</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="139"/>
        <source>read the schema version</source>
        <translation>прочитать версию схемы</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="216"/>
        <source>record the schema version</source>
        <translation>записать версию схемы</translation>
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
        <translation>записать демонстрационные данные</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoDataService.cpp" line="93"/>
        <location filename="../models/import/SubjectImportService.cpp" line="213"/>
        <location filename="../models/services/SubjectListService.cpp" line="182"/>
        <location filename="../models/services/SubjectListService.cpp" line="211"/>
        <location filename="../models/services/SubjectService.cpp" line="278"/>
        <source>count subjects</source>
        <translation>посчитать субъектов</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoDataService.cpp" line="102"/>
        <location filename="../models/feed/FeedActivity.cpp" line="29"/>
        <location filename="../models/import/SubjectImportService.cpp" line="207"/>
        <source>read the policy versions</source>
        <translation>прочитать редакции политики</translation>
    </message>
    <message>
        <location filename="../models/domain/DeadlineCalendar.cpp" line="20"/>
        <location filename="../models/services/CalendarImport.cpp" line="84"/>
        <location filename="../models/services/CalendarService.cpp" line="34"/>
        <location filename="../models/services/CalendarService.cpp" line="118"/>
        <source>read the calendar</source>
        <translation>прочитать календарь</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="124"/>
        <source>change the recipient</source>
        <translation>изменить получателя</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="136"/>
        <source>record the closed account</source>
        <translation>записать закрытие аккаунта</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="166"/>
        <location filename="../models/feed/FeedNewSubjects.cpp" line="46"/>
        <location filename="../models/import/SubjectImportService.cpp" line="281"/>
        <location filename="../models/services/RectificationService.cpp" line="290"/>
        <source>check for duplicates</source>
        <translation>проверить повторы</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="291"/>
        <location filename="../models/feed/FeedNewSubjects.cpp" line="91"/>
        <source>add the subject</source>
        <translation>добавить субъекта</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="207"/>
        <source>change the subject</source>
        <translation>изменить субъекта</translation>
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
        <translation>прочитать журнал аудита</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="94"/>
        <location filename="../models/services/AuditAnchorService.cpp" line="132"/>
        <source>read the anchors</source>
        <translation>чтение якорей</translation>
    </message>
    <message>
        <location filename="../models/services/AuditAnchorService.cpp" line="111"/>
        <source>keep the anchor</source>
        <translation>сохранение якоря</translation>
    </message>
    <message>
        <location filename="../models/services/AuditListService.cpp" line="201"/>
        <source>read the officers</source>
        <translation>прочитать список сотрудников</translation>
    </message>
    <message>
        <location filename="../models/services/AuditService.cpp" line="119"/>
        <location filename="../models/services/AuditService.cpp" line="125"/>
        <location filename="../models/services/AuditService.cpp" line="138"/>
        <location filename="../models/services/AuditService.cpp" line="197"/>
        <source>append to the audit trail</source>
        <translation>дописать журнал аудита</translation>
    </message>
    <message>
        <location filename="../models/services/DashboardService.cpp" line="31"/>
        <source>count for the dashboard</source>
        <translation>посчитать показатели сводки</translation>
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
        <translation>найти сотрудника</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="81"/>
        <location filename="../models/services/OfficerService.cpp" line="155"/>
        <source>add an officer</source>
        <translation>добавить сотрудника</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerSignIn.cpp" line="209"/>
        <source>record a sign-in</source>
        <translation>записать вход</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerSignIn.cpp" line="239"/>
        <source>record a failed sign-in</source>
        <translation>записать неудачный вход</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="162"/>
        <location filename="../models/services/OfficerService.cpp" line="359"/>
        <source>create a database login</source>
        <translation>создать логин базы данных</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="209"/>
        <location filename="../models/services/OfficerService.cpp" line="229"/>
        <source>change a password</source>
        <translation>изменить пароль</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="252"/>
        <location filename="../models/services/OfficerService.cpp" line="261"/>
        <source>reset a password</source>
        <translation>сбросить пароль</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="280"/>
        <location filename="../models/services/OfficerService.cpp" line="288"/>
        <location filename="../models/services/OfficerService.cpp" line="310"/>
        <location filename="../models/services/OfficerService.cpp" line="317"/>
        <source>change an officer</source>
        <translation>изменить сотрудника</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="338"/>
        <source>map a database login</source>
        <translation>закрепить логин базы данных за сотрудником</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="370"/>
        <source>list the officers</source>
        <translation>получить список сотрудников</translation>
    </message>
    <message>
        <location filename="../models/services/OfficerService.cpp" line="393"/>
        <source>count the officers</source>
        <translation>посчитать сотрудников</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectService.cpp" line="160"/>
        <location filename="../models/services/SubjectService.cpp" line="193"/>
        <source>search subjects</source>
        <translation>искать субъектов</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectListService.cpp" line="248"/>
        <source>list subjects</source>
        <translation>получить список субъектов</translation>
    </message>
    <message>
        <location filename="../models/services/ConsentSummary.cpp" line="23"/>
        <source>update the subject&apos;s consent state</source>
        <translation>обновить состояние согласия субъекта</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectRecordService.cpp" line="32"/>
        <location filename="../models/services/SubjectRecordService.cpp" line="99"/>
        <location filename="../models/services/SubjectRecordService.cpp" line="140"/>
        <location filename="../models/services/SubjectRecordService.cpp" line="149"/>
        <source>read the subject&apos;s record</source>
        <translation>прочитать запись субъекта</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="176"/>
        <location filename="../models/feed/FeedGroups.cpp" line="26"/>
        <source>look for the event</source>
        <translation>найти событие</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="225"/>
        <source>open a feed batch</source>
        <translation>открыть пакет ленты</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="193"/>
        <location filename="../models/feed/FeedApplier.cpp" line="211"/>
        <source>remember the event</source>
        <translation>запомнить событие</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="244"/>
        <source>flag the event</source>
        <translation>отметить событие</translation>
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
        <translation>найти субъекта</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="188"/>
        <source>register the claim</source>
        <translation>зарегистрировать претензию</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="394"/>
        <source>read the claim</source>
        <translation>прочитать претензию</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="505"/>
        <source>find what the claim is linked to</source>
        <translation>найти то, с чем связана претензия</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="524"/>
        <location filename="../models/services/ClaimQueries.cpp" line="132"/>
        <source>read the claim&apos;s links</source>
        <translation>прочитать связи претензии</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="536"/>
        <source>link the claim</source>
        <translation>связать претензию</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="555"/>
        <source>unlink the claim</source>
        <translation>убрать связь претензии</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="100"/>
        <location filename="../models/services/ClaimLetterService.cpp" line="85"/>
        <location filename="../models/services/ClaimService.cpp" line="218"/>
        <location filename="../models/services/ClaimQueries.cpp" line="99"/>
        <source>read the claims</source>
        <translation>прочитать претензии</translation>
    </message>
    <message>
        <location filename="../models/services/ClaimService.cpp" line="316"/>
        <location filename="../models/services/ClaimService.cpp" line="362"/>
        <location filename="../models/services/ClaimService.cpp" line="433"/>
        <location filename="../models/services/ClaimService.cpp" line="461"/>
        <source>update the claim</source>
        <translation>обновить претензию</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="69"/>
        <location filename="../models/services/SigningKeyService.cpp" line="82"/>
        <location filename="../models/services/SigningKeyService.cpp" line="131"/>
        <location filename="../models/services/SigningKeyService.cpp" line="139"/>
        <source>store the signing key</source>
        <translation>сохранить ключ подписи</translation>
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
        <translation>прочитать ключи подписи</translation>
    </message>
    <message>
        <location filename="../models/services/SigningKeyService.cpp" line="177"/>
        <source>read the settings</source>
        <translation>прочитать настройки</translation>
    </message>
    <message>
        <location filename="../models/services/CalendarImport.cpp" line="295"/>
        <location filename="../models/services/CalendarImport.cpp" line="304"/>
        <location filename="../models/services/CalendarService.cpp" line="52"/>
        <location filename="../models/services/CalendarService.cpp" line="61"/>
        <location filename="../models/services/CalendarService.cpp" line="162"/>
        <location filename="../models/services/CalendarService.cpp" line="189"/>
        <source>change the calendar</source>
        <translation>изменить календарь</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="57"/>
        <source>find the document&apos;s owner</source>
        <translation>найти владельца документа</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="175"/>
        <source>store the document</source>
        <translation>сохранить документ</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="210"/>
        <source>list the documents</source>
        <translation>получить список документов</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="225"/>
        <source>read the document&apos;s audit entry</source>
        <translation>прочитать запись аудита о документе</translation>
    </message>
    <message>
        <location filename="../models/services/AttachmentService.cpp" line="243"/>
        <source>read the document</source>
        <translation>прочитать документ</translation>
    </message>
    <message>
        <location filename="../models/services/ReminderService.cpp" line="38"/>
        <source>find what is due soon</source>
        <translation>найти то, у чего скоро срок</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalExecution.cpp" line="33"/>
        <source>execute the withdrawal</source>
        <translation>исполнить отзыв</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="185"/>
        <location filename="../models/services/WithdrawalExecution.cpp" line="58"/>
        <location filename="../models/services/WithdrawalQueries.cpp" line="158"/>
        <source>read the decisions</source>
        <translation>прочитать решения</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalExecution.cpp" line="66"/>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="221"/>
        <source>read the request&apos;s purposes</source>
        <translation>прочитать цели заявления</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalExecution.cpp" line="137"/>
        <location filename="../models/services/WithdrawalExecution.cpp" line="206"/>
        <source>read the subject&apos;s identifiers</source>
        <translation>прочитать идентификаторы субъекта</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="89"/>
        <source>read the salt</source>
        <translation>прочитать соль</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="136"/>
        <location filename="../models/services/WithdrawalExecution.cpp" line="220"/>
        <source>read the subject&apos;s transfers</source>
        <translation>прочитать передачи субъекта</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="220"/>
        <source>read the subject</source>
        <translation>прочитать субъекта</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="280"/>
        <location filename="../models/services/RectificationService.cpp" line="384"/>
        <source>read the corrections</source>
        <translation>прочитать исправления</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="328"/>
        <source>record the correction</source>
        <translation>записать исправление</translation>
    </message>
    <message>
        <location filename="../models/services/RectificationService.cpp" line="342"/>
        <source>correct the subject&apos;s data</source>
        <translation>исправить данные субъекта</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="82"/>
        <source>find the subjects under 18</source>
        <translation>найти субъектов младше 18 лет</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="167"/>
        <location filename="../models/services/WithdrawalQueries.cpp" line="103"/>
        <location filename="../models/services/WithdrawalClosing.cpp" line="36"/>
        <location filename="../models/services/WithdrawalClosing.cpp" line="46"/>
        <location filename="../models/services/WithdrawalClosing.cpp" line="238"/>
        <location filename="../models/services/WithdrawalSupport.h" line="51"/>
        <source>read the withdrawal request</source>
        <translation>прочитать заявление об отзыве</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="195"/>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="207"/>
        <source>open the case</source>
        <translation>открыть дело</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalQueries.cpp" line="133"/>
        <source>read the request&apos;s scope</source>
        <translation>прочитать объём заявления</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="126"/>
        <source>write the tasks</source>
        <translation>записать задачи</translation>
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
        <translation>прочитать уведомления</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="218"/>
        <location filename="../models/services/TaskService.cpp" line="275"/>
        <location filename="../models/services/TaskService.cpp" line="306"/>
        <source>read the tasks</source>
        <translation>прочитать задачи</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="232"/>
        <source>count the tasks</source>
        <translation>подсчитать задачи</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="294"/>
        <location filename="../models/services/TaskService.cpp" line="385"/>
        <source>confirm the task</source>
        <translation>подтвердить задачу</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="360"/>
        <source>read the documents</source>
        <translation>прочитать документы</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="424"/>
        <source>read the systems&apos; reports</source>
        <translation>прочитать отчёты систем</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="461"/>
        <source>record the systems&apos; reports</source>
        <translation>записать отчёты систем</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="487"/>
        <source>retry the task</source>
        <translation>повторить задачу</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="55"/>
        <location filename="../models/feed/FeedActivity.cpp" line="55"/>
        <location filename="../models/feed/FeedTransfers.cpp" line="60"/>
        <source>read the subject&apos;s consents</source>
        <translation>прочитать согласия субъекта</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedActivity.cpp" line="73"/>
        <source>record the consent</source>
        <translation>записать согласие</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="338"/>
        <location filename="../models/feed/FeedRecords.cpp" line="63"/>
        <location filename="../models/feed/FeedRecords.cpp" line="78"/>
        <location filename="../models/services/DisclosureService.cpp" line="277"/>
        <location filename="../models/services/DisclosureService.cpp" line="294"/>
        <source>find the recipient</source>
        <translation>найти получателя</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedActivity.cpp" line="136"/>
        <source>read the withdrawal requests</source>
        <translation>прочитать заявления об отзыве</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedRecords.cpp" line="101"/>
        <location filename="../models/services/DisclosureService.cpp" line="287"/>
        <source>add the recipient</source>
        <translation>добавить получателя</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="376"/>
        <location filename="../models/services/DisclosureService.cpp" line="386"/>
        <location filename="../models/services/DisclosureService.cpp" line="391"/>
        <source>record the disclosure</source>
        <translation>записать раскрытие</translation>
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
        <translation>прочитать справочные данные</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="142"/>
        <source>queue the notification</source>
        <translation>поставить уведомление в очередь</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureService.cpp" line="577"/>
        <source>record the notification</source>
        <translation>записать уведомление</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="66"/>
        <source>read the request&apos;s categories</source>
        <translation>прочитать категории заявления</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="107"/>
        <source>read the recipients to tell</source>
        <translation>прочитать получателей для уведомления</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedApplier.cpp" line="58"/>
        <location filename="../models/feed/FeedApplier.cpp" line="324"/>
        <location filename="../models/services/DisclosureService.cpp" line="338"/>
        <location filename="../models/services/RectificationService.cpp" line="113"/>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="34"/>
        <location filename="../models/services/WithdrawalService.cpp" line="179"/>
        <source>read the subject&apos;s categories</source>
        <translation>прочитать категории субъекта</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="211"/>
        <location filename="../models/services/WithdrawalService.cpp" line="222"/>
        <source>register the withdrawal request</source>
        <translation>зарегистрировать заявление об отзыве</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="47"/>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="213"/>
        <location filename="../models/services/WithdrawalService.cpp" line="279"/>
        <location filename="../models/services/WithdrawalService.cpp" line="324"/>
        <location filename="../models/services/WithdrawalClosing.cpp" line="206"/>
        <location filename="../models/services/WithdrawalClosing.cpp" line="259"/>
        <source>update the withdrawal request</source>
        <translation>обновить заявление об отзыве</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="141"/>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="158"/>
        <source>record the decisions</source>
        <translation>записать решения</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="209"/>
        <source>record the approval</source>
        <translation>записать утверждение</translation>
    </message>
    <message>
        <location filename="../models/services/RecipientNotice.cpp" line="68"/>
        <location filename="../models/services/RectificationService.cpp" line="163"/>
        <location filename="../models/services/RectificationService.cpp" line="175"/>
        <location filename="../models/services/TaskService.cpp" line="397"/>
        <source>record the notice</source>
        <translation>записать уведомление</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="350"/>
        <location filename="../models/services/WithdrawalService.cpp" line="362"/>
        <source>unblock the data</source>
        <translation>разблокировать данные</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureQueries.cpp" line="90"/>
        <source>read the disclosures</source>
        <translation>прочитать раскрытия</translation>
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
        <translation>прочитать раскрытие</translation>
    </message>
    <message>
        <location filename="../models/services/DisclosureQueries.cpp" line="228"/>
        <source>read the notifications</source>
        <translation>прочитать уведомления</translation>
    </message>
    <message>
        <location filename="../models/services/HolderService.cpp" line="59"/>
        <location filename="../models/services/SettingsService.cpp" line="83"/>
        <source>read a setting</source>
        <translation>прочитать настройку</translation>
    </message>
    <message>
        <location filename="../models/services/SettingsService.cpp" line="62"/>
        <location filename="../models/services/SettingsService.cpp" line="69"/>
        <location filename="../models/services/SettingsService.cpp" line="122"/>
        <source>change a setting</source>
        <translation>изменить настройку</translation>
    </message>
    <message>
        <location filename="../models/services/RecordVersion.cpp" line="26"/>
        <source>raise a record&apos;s version</source>
        <translation>повысить версию записи</translation>
    </message>
    <message>
        <location filename="../models/services/RecordVersion.cpp" line="34"/>
        <source>read who changed a record</source>
        <translation>прочитать, кто изменил запись</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionMonitor.cpp" line="19"/>
        <source>check the connection</source>
        <translation>проверить соединение</translation>
    </message>
    <message>
        <location filename="../models/db/Sql.cpp" line="73"/>
        <source>The connection to the database was lost while saving: the change may or may not have been saved. The console connects again; look at the record before you do it once more.</source>
        <translation>Соединение с базой потеряно во время сохранения: изменение могло сохраниться, а могло и нет. Консоль подключается снова; прежде чем повторить, посмотрите запись.</translation>
    </message>
    <message>
        <location filename="../models/db/Sql.cpp" line="172"/>
        <location filename="../models/db/Sql.cpp" line="192"/>
        <source>Cannot start a transaction: %1</source>
        <extracomment>%1: the database&apos;s own message.</extracomment>
        <translation>Невозможно начать транзакцию: %1</translation>
    </message>
    <message>
        <location filename="../models/db/Sql.cpp" line="221"/>
        <source>Cannot commit the transaction: %1</source>
        <extracomment>%1: the database&apos;s own message.</extracomment>
        <translation>Невозможно зафиксировать транзакцию: %1</translation>
    </message>
    <message>
        <location filename="../models/services/DueOrderedQuery.cpp" line="51"/>
        <source>count the register&apos;s rows</source>
        <translation>подсчитать строки реестра</translation>
    </message>
    <message>
        <location filename="../models/services/DueOrderedQuery.cpp" line="84"/>
        <location filename="../models/services/DueOrderedQuery.cpp" line="102"/>
        <location filename="../models/services/DueOrderedQuery.cpp" line="145"/>
        <source>read the register</source>
        <translation>прочитать реестр</translation>
    </message>
    <message>
        <location filename="../models/services/OutgoingLetterService.cpp" line="95"/>
        <location filename="../models/services/OutgoingLetterService.cpp" line="146"/>
        <location filename="../models/services/OutgoingLetterService.cpp" line="172"/>
        <location filename="../models/services/OutgoingLetterService.cpp" line="185"/>
        <source>read the register of outgoing letters</source>
        <translation>прочитать реестр исходящих писем</translation>
    </message>
    <message>
        <location filename="../models/services/OutgoingLetterService.cpp" line="115"/>
        <location filename="../models/services/OutgoingLetterService.cpp" line="130"/>
        <source>number an outgoing letter</source>
        <translation>присвоить номер исходящему письму</translation>
    </message>
    <message>
        <location filename="../models/feed/ErasedIdentifiers.cpp" line="34"/>
        <location filename="../models/services/OfficerSignIn.cpp" line="46"/>
        <source>read the erasure salt</source>
        <translation>прочитать соль удаления</translation>
    </message>
    <message>
        <location filename="../models/feed/ErasedIdentifiers.cpp" line="58"/>
        <location filename="../models/feed/ErasedIdentifiers.cpp" line="68"/>
        <location filename="../models/feed/ErasedIdentifiers.cpp" line="90"/>
        <source>check the erased identifiers</source>
        <translation>проверить удалённые идентификаторы</translation>
    </message>
    <message>
        <location filename="../models/feed/ErasedIdentifiers.cpp" line="105"/>
        <source>keep the erased identifiers</source>
        <translation>сохранить удалённые идентификаторы</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedService.cpp" line="145"/>
        <source>close the feed batch</source>
        <translation>закрыть пакет ленты</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedInbox.cpp" line="94"/>
        <location filename="../models/feed/FeedInbox.cpp" line="181"/>
        <location filename="../models/feed/FeedInbox.cpp" line="189"/>
        <location filename="../models/feed/FeedInbox.cpp" line="297"/>
        <location filename="../models/feed/FeedInbox.cpp" line="315"/>
        <source>read the feed inbox</source>
        <translation>прочитать входящие ленты</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedInbox.cpp" line="153"/>
        <location filename="../models/feed/FeedInbox.cpp" line="280"/>
        <location filename="../models/feed/FeedInbox.cpp" line="348"/>
        <source>record the event&apos;s outcome</source>
        <translation>записать итог события</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedFlags.cpp" line="36"/>
        <location filename="../models/feed/FeedFlags.cpp" line="50"/>
        <source>read the feed&apos;s flags</source>
        <translation>прочитать отметки ленты</translation>
    </message>
    <message>
        <location filename="../models/feed/FeedFlags.cpp" line="69"/>
        <source>review the flag</source>
        <translation>рассмотреть отметку</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="74"/>
        <location filename="../models/services/TaskService.cpp" line="135"/>
        <source>read the data systems</source>
        <translation>прочитать системы данных</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="82"/>
        <source>read the data systems&apos; categories</source>
        <translation>прочитать категории систем данных</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="140"/>
        <source>read the data categories</source>
        <translation>прочитать категории данных</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="161"/>
        <location filename="../models/services/SystemsService.cpp" line="167"/>
        <source>change a data system&apos;s categories</source>
        <translation>изменить категории системы данных</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="187"/>
        <source>add a data system</source>
        <translation>добавить систему данных</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="219"/>
        <source>change a data system</source>
        <translation>изменить систему данных</translation>
    </message>
    <message>
        <location filename="../models/db/Database.cpp" line="241"/>
        <source>read the connection&apos;s encryption</source>
        <translation>прочитать шифрование подключения</translation>
    </message>
    <message>
        <location filename="../models/services/RetentionReviewService.cpp" line="61"/>
        <location filename="../models/services/RetentionReviewService.cpp" line="84"/>
        <location filename="../models/services/RetentionReviewService.cpp" line="142"/>
        <source>read the retention review</source>
        <translation>прочитать пересмотр сроков хранения</translation>
    </message>
</context>
<context>
    <name>dpo::StartupFlow</name>
    <message>
        <location filename="../ui/StartupFlow.cpp" line="41"/>
        <source>PostgreSQL password</source>
        <translation>Пароль PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/StartupFlow.cpp" line="43"/>
        <source>Password of %1 on %2:</source>
        <extracomment>%1: the user name; %2: the server&apos;s host.</extracomment>
        <translation>Пароль %1 на %2:</translation>
    </message>
    <message>
        <location filename="../ui/StartupFlow.cpp" line="54"/>
        <source>%1 is empty. Create the consent database with &quot;dpo-console init&quot; first.</source>
        <extracomment>%1: the database&apos;s address.</extracomment>
        <translation>%1 пуста. Сначала создайте базу согласий командой «dpo-console init».</translation>
    </message>
    <message>
        <location filename="../ui/StartupFlow.cpp" line="58"/>
        <source>Upgrade the database</source>
        <translation>Обновление базы</translation>
    </message>
    <message>
        <location filename="../ui/StartupFlow.cpp" line="60"/>
        <source>The database has schema version %1; this program uses %2. Upgrade it now? Other officers need this version too.</source>
        <extracomment>%1 and %2: schema version numbers.</extracomment>
        <translation>Версия схемы базы %1, программа использует %2. Обновить сейчас? Остальным сотрудникам тоже понадобится эта версия.</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectImportService</name>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="418"/>
        <location filename="../models/import/SubjectImportService.cpp" line="429"/>
        <source>import subjects</source>
        <translation>импортировать субъектов</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="96"/>
        <source>%1: cannot read the file: %2</source>
        <extracomment>%1: the file&apos;s path; %2: the system&apos;s reason.</extracomment>
        <translation>%1: невозможно прочитать файл: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/import/SubjectImportService.cpp" line="58"/>
        <source>… and %n more problem(s); nothing was imported.</source>
        <extracomment>The last line of an import&apos;s problems. %n: the number of problems not listed.</extracomment>
        <translation>
            <numerusform>… и ещё %n ошибка; ничего не импортировано.</numerusform>
            <numerusform>… и ещё %n ошибки; ничего не импортировано.</numerusform>
            <numerusform>… и ещё %n ошибок; ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/import/SubjectImportService.cpp" line="63"/>
        <source>%n problem(s); nothing was imported.</source>
        <extracomment>The last line of an import&apos;s problems. %n: the number of problems.</extracomment>
        <translation>
            <numerusform>%n ошибка; ничего не импортировано.</numerusform>
            <numerusform>%n ошибки; ничего не импортировано.</numerusform>
            <numerusform>%n ошибок; ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="152"/>
        <source>the file is empty; expected a header row: %1</source>
        <extracomment>Follows &quot;FILE:LINE:&quot; in an import error. %1: the expected column names, separated by commas.</extracomment>
        <translation>файл пуст; ожидается строка заголовка: %1</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="165"/>
        <source>the column appears twice in the header</source>
        <translation>столбец указан в заголовке дважды</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="171"/>
        <source>unknown column; expected exactly: %1 (and optionally %2)</source>
        <extracomment>Follows a column&apos;s name in an import error. %1: the required column names; %2: the optional ones.</extracomment>
        <translation>неизвестный столбец; ожидаются ровно: %1 (и по желанию %2)</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="177"/>
        <source>the column is missing from the header</source>
        <translation>столбца нет в заголовке</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="530"/>
        <source>%1: the file changed while it was imported; nothing was imported. Import it again.</source>
        <extracomment>%1: the file&apos;s path.</extracomment>
        <translation>%1: файл изменился во время импорта; ничего не импортировано. Импортируйте его снова.</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="116"/>
        <source>%1 fields where the header has %2</source>
        <extracomment>Follows &quot;FILE:LINE:&quot; in an import error. %1: the number of fields in the line; %2: the number in the header.</extracomment>
        <translation>%1 полей, а в заголовке %2</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="310"/>
        <location filename="../models/import/SubjectImportService.cpp" line="312"/>
        <location filename="../models/import/SubjectFields.cpp" line="63"/>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="240"/>
        <source>&quot;%1&quot; repeats line %2</source>
        <extracomment>Follows the column&apos;s name in an import error. %1: the platform reference; %2: the earlier line&apos;s number.</extracomment>
        <translation>«%1» повторяет строку %2</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="246"/>
        <source>&quot;%1&quot; is already in the database</source>
        <extracomment>Follows the column&apos;s name in an import error. %1: the platform reference.</extracomment>
        <translation>«%1» уже есть в базе</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="255"/>
        <source>%1 repeats line %2</source>
        <extracomment>Follows the column&apos;s name in an import error. %1: the tax number, masked; %2: the earlier line&apos;s number.</extracomment>
        <translation>%1 повторяет строку %2</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="261"/>
        <source>%1 is already in the database</source>
        <extracomment>Follows the column&apos;s name in an import error. %1: the tax number, masked.</extracomment>
        <translation>%1 уже есть в базе</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="299"/>
        <source>warning: the birth date usually embedded in digits 2-9 does not parse</source>
        <translation>предупреждение: дата рождения, обычно записанная в цифрах 2-9, не распознаётся</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="66"/>
        <source>is longer than 64 characters</source>
        <translation>длиннее 64 символов</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="41"/>
        <location filename="../models/import/SubjectFields.cpp" line="68"/>
        <source>has a control or text-direction character in it</source>
        <translation>содержит управляющий символ или символ направления текста</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="36"/>
        <source>is longer than %1 characters</source>
        <extracomment>Follows a column&apos;s name in an import error; the subject is the value. %1: a number of characters.</extracomment>
        <translation>длиннее %1 символов</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="71"/>
        <source>starts with =, +, - or @, which a spreadsheet would run as a formula</source>
        <translation>начинается с =, +, - или @, и электронная таблица выполнит это как формулу</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="87"/>
        <source>&quot;%1&quot; is not 14 digits</source>
        <extracomment>Follows a column&apos;s name in an import error. %1: the value as given.</extracomment>
        <translation>«%1» — не 14 цифр</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="99"/>
        <source>&quot;%1&quot; is not a Kyrgyz number such as +996 555 123 456</source>
        <extracomment>Follows a column&apos;s name in an import error. %1: the value as given.</extracomment>
        <translation>«%1» — не киргизский номер вида +996 555 123 456</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="111"/>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <extracomment>Follows a column&apos;s name in an import error. %1: the value as given.</extracomment>
        <translation>«%1» — не адрес электронной почты</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="124"/>
        <source>&quot;%1&quot; is not an identity document number such as ID1234567 or AN1234567</source>
        <extracomment>Follows a column&apos;s name in an import error. %1: the value as given.</extracomment>
        <translation>«%1» — не номер документа, удостоверяющего личность, вида ID1234567 или AN1234567</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="139"/>
        <source>&quot;%1&quot; is not ky or ru</source>
        <extracomment>Follows a column&apos;s name in an import error. %1: the value as given.</extracomment>
        <translation>«%1» — не ky и не ru</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="150"/>
        <source>&quot;%1&quot; is not F or M</source>
        <extracomment>Follows a column&apos;s name in an import error. %1: the value as given.</extracomment>
        <translation>«%1» — не F и не M</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectFields.cpp" line="162"/>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <extracomment>Follows a column&apos;s name in an import error. %1: the value as given.</extracomment>
        <translation>«%1» — не дата вида ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="373"/>
        <location filename="../models/import/SubjectFields.cpp" line="168"/>
        <source>%1 is in the future</source>
        <extracomment>Follows a column&apos;s name in an import error. %1: the date as given.</extracomment>
        <translation>%1 — в будущем</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="325"/>
        <source>warning: the subject is under 18 (policy 9.1): queue the data for deletion</source>
        <translation>предупреждение: субъекту нет 18 лет (п. 9.1 политики): поставьте данные в очередь на удаление</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="361"/>
        <source>&quot;%1&quot; is not a known policy version (known: %2)</source>
        <extracomment>Follows the column&apos;s name in an import error. %1: the version as given; %2: the known versions, separated by commas.</extracomment>
        <translation>«%1» — неизвестная редакция политики (известны: %2)</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="371"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD) or an ISO-8601 time</source>
        <extracomment>Follows the column&apos;s name in an import error. %1: the value as given.</extracomment>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД) и не время ISO-8601</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="379"/>
        <source>%1 is before policy version %2 took effect</source>
        <extracomment>Follows the column&apos;s name in an import error. %1: the date as given; %2: the policy version.</extracomment>
        <translation>%1 — раньше вступления в силу редакции политики %2</translation>
    </message>
    <message>
        <location filename="../models/import/SubjectImportService.cpp" line="458"/>
        <source>the file has a header but no rows</source>
        <translation>в файле есть заголовок, но нет строк</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectListModel</name>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="62"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="81"/>
        <source>Blocked under a withdrawal of consent: not shown until it is unblocked.</source>
        <translation>Заблокировано по отзыву согласия: не показывается, пока не разблокировано.</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="82"/>
        <source>Under 18: policy 9.1 says the platform keeps no data of minors.</source>
        <translation>Младше 18 лет: по п. 9.1 политики платформа не хранит данные несовершеннолетних.</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="110"/>
        <source>under 18</source>
        <translation>младше 18 лет</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="133"/>
        <source>Platform ref.</source>
        <translation>№ на платформе</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="135"/>
        <source>INN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="137"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="139"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="141"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="143"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
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
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../models/items/SubjectListModel.cpp" line="149"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectLookup</name>
    <message>
        <location filename="../ui/widgets/SubjectLookup.cpp" line="25"/>
        <source>Name, INN, phone or platform reference</source>
        <translation>ФИО, ПИН, телефон или № на платформе</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SubjectLookup.cpp" line="65"/>
        <source>%1 — %2 (INN %3, born %4)</source>
        <extracomment>A subject found. %1: the platform reference; %2: the full name; %3: the tax number, masked; %4: the birth date.</extracomment>
        <translation>%1 — %2 (ПИН %3, дата рождения %4)</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectRecordPane</name>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="541"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="589"/>
        <source>Subject data report</source>
        <translation>Отчёт о персональных данных субъекта</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="84"/>
        <source>The language of the report, whatever the language of the console</source>
        <translation>Язык отчёта, независимо от языка консоли</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="55"/>
        <source>Data report</source>
        <comment>button: the subject data report (Law No. 58 Art. 17)</comment>
        <translation>Отчёт о данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="59"/>
        <source>Unblock…</source>
        <translation>Разблокировать…</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="60"/>
        <source>Open a minor&apos;s case…</source>
        <translation>Открыть дело несовершеннолетнего…</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="87"/>
        <source>The subject data report: everything held about this subject (Law No. 58 Art. 17)</source>
        <translation>Отчёт о данных субъекта: всё, что хранится об этом субъекте (Закон № 58, ст. 17)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="89"/>
        <source>Print preview…</source>
        <translation>Предварительный просмотр…</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="90"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="91"/>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="100"/>
        <source>Destroy the data of this subject under 18 without waiting for a request (policy 9.1, 12.4)</source>
        <translation>Уничтожить данные этого субъекта младше 18 лет, не дожидаясь заявления (пп. 9.1, 12.4 политики)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="105"/>
        <source>Report in:</source>
        <translation>Язык отчёта:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="118"/>
        <source>Put the selected blocked category back in use, with the reason</source>
        <translation>Вернуть выбранную заблокированную категорию в работу с указанием причины</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="121"/>
        <source>Supervisors and administrators put a blocked category back in use, with the reason.</source>
        <translation>Руководители и администраторы возвращают заблокированную категорию в работу с указанием причины.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="135"/>
        <source>Requests to withdraw consent</source>
        <translation>Заявления об отзыве согласия</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="136"/>
        <source>Each request: received, its step and its target date</source>
        <translation>Каждое заявление: когда получено, его шаг и целевой срок</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="138"/>
        <source>Claims and requests for own data</source>
        <translation>Претензии и запросы о своих данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="139"/>
        <source>Each claim: what it is, received, its state and due date</source>
        <translation>Каждая претензия: что это, когда получена, состояние и срок</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="145"/>
        <source>Disclosures to third parties</source>
        <translation>Раскрытия третьим лицам</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="146"/>
        <source>Each disclosure of the subject&apos;s data: to whom, on what ground, when</source>
        <translation>Каждое раскрытие данных субъекта: кому, на каком основании, когда</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="148"/>
        <source>Notifications of the subject</source>
        <translation>Уведомления субъекта</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="149"/>
        <source>Each notice sent to the subject: which way, its state and when</source>
        <translation>Каждое уведомление субъекту: каким способом, состояние и когда</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="154"/>
        <source>Who the subject is; masked values are shown in full on request, audited</source>
        <translation>Кто субъект; скрытые значения показываются полностью по запросу, с записью в аудит</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="155"/>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="156"/>
        <source>Each consent given or withdrawn: its policy version, channel and day</source>
        <translation>Каждое данное или отозванное согласие: версия политики, канал и день</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="157"/>
        <source>Data categories</source>
        <translation>Категории данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="158"/>
        <source>Each category held and its state: in use, blocked, depersonalised, destroyed or kept; select a blocked one to unblock it</source>
        <translation>Каждая хранимая категория и её состояние: используется, заблокирована, обезличена, уничтожена или хранится; выберите заблокированную, чтобы разблокировать</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="160"/>
        <source>Transfers</source>
        <translation>Передачи</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="160"/>
        <source>Each transfer of the subject&apos;s data to a recipient, and when</source>
        <translation>Каждая передача данных субъекта получателю и когда</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="161"/>
        <source>The subject&apos;s withdrawal requests and claims, with their state and due date</source>
        <translation>Заявления субъекта об отзыве и претензии, с состоянием и сроком</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="162"/>
        <source>Disclosures of the subject&apos;s data to third parties, and the notices sent</source>
        <translation>Раскрытия данных субъекта третьим лицам и отправленные уведомления</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="163"/>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="163"/>
        <source>The audit entries about this subject, newest first</source>
        <translation>Записи аудита об этом субъекте, сначала новые</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="188"/>
        <source>Unblock %1</source>
        <extracomment>A dialog&apos;s title. %1: the data category&apos;s name.</extracomment>
        <translation>Разблокировать: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="189"/>
        <source>Why is it unblocked (the decision or court ruling)?</source>
        <translation>Почему разблокируется (решение или судебный акт)?</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="196"/>
        <source>Unblock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="200"/>
        <source>%1 is unblocked.</source>
        <extracomment>%1: the data category&apos;s name.</extracomment>
        <translation>%1: блокировка снята.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="220"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="221"/>
        <source>Platform reference</source>
        <translation>Номер на платформе</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="222"/>
        <source>INN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="223"/>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="224"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="225"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="226"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="227"/>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="228"/>
        <source>Registration address</source>
        <translation>Адрес регистрации</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="229"/>
        <source>Residence address</source>
        <translation>Адрес проживания</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="230"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="231"/>
        <source>Preferred language</source>
        <translation>Предпочитаемый язык</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="232"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="234"/>
        <source>Record created</source>
        <extracomment>A label: when the subject&apos;s record was created.</extracomment>
        <translation>Запись создана</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="235"/>
        <source>Account closed on the platform</source>
        <translation>Аккаунт на платформе закрыт</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="250"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="355"/>
        <source>Show</source>
        <comment>reveal a masked value</comment>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="252"/>
        <source>Shows the whole value; the audit log records who saw it and when.</source>
        <translation>Показывает значение полностью; журнал аудита записывает, кто и когда его видел.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="269"/>
        <source>Subject record</source>
        <translation>Запись субъекта</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="279"/>
        <source>A minor&apos;s case</source>
        <translation>Дело несовершеннолетнего</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="282"/>
        <source>Open a case to destroy the data of %1, who is under 18 (policy 9.1)? It is decided and executed under Withdrawals; its letter goes to the parent or guardian at the subject&apos;s address.</source>
        <extracomment>%1: the subject&apos;s full name.</extracomment>
        <translation>Открыть дело об уничтожении данных субъекта младше 18 лет: %1 (п. 9.1 политики)? Оно решается и исполняется в разделе «Отзывы согласия»; письмо направляется родителю или законному представителю по адресу субъекта.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="291"/>
        <source>Case No. %1 is opened for a subject under 18.</source>
        <extracomment>%1: the case&apos;s number.</extracomment>
        <translation>Открыто дело № %1 по субъекту младше 18 лет.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="311"/>
        <source>Depersonalised subject</source>
        <translation>Обезличенный субъект</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="312"/>
        <source>Select a subject in the list to see everything held about them.</source>
        <translation>Выберите субъекта в списке, чтобы увидеть всё, что о нём хранится.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="325"/>
        <source>Under 18: policy 9.1 says the platform keeps no data of minors.</source>
        <translation>Младше 18 лет: по п. 9.1 политики платформа не хранит данные несовершеннолетних.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="366"/>
        <source>Policy version</source>
        <translation>Редакция политики</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="366"/>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="366"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="412"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="366"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="366"/>
        <source>Purposes withdrawn</source>
        <translation>Отозванные цели</translation>
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
        <translation>Пункт политики</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="377"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="412"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="426"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="377"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="446"/>
        <source>Legal ground</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="378"/>
        <source>Kept until</source>
        <translation>Хранится до</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="380"/>
        <source>Changed</source>
        <extracomment>A column: when the category&apos;s state last changed.</extracomment>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="386"/>
        <source>%1 (%2, abroad)</source>
        <extracomment>A recipient abroad. %1: its name; %2: its country&apos;s name.</extracomment>
        <translation>%1 (%2, за рубежом)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="393"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="446"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="393"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="446"/>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="393"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="426"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="393"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="446"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="408"/>
        <source>%1 not yet done, %2 overdue</source>
        <extracomment>Tasks of a withdrawal. %1: the number not yet done; %2: the number overdue.</extracomment>
        <translation>не выполнено: %1, просрочено: %2</translation>
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
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="412"/>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="426"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="412"/>
        <source>Scope</source>
        <translation>Объём</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="413"/>
        <source>Tasks</source>
        <comment>of the platform&apos;s systems</comment>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="426"/>
        <source>About</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="428"/>
        <source>Answered</source>
        <extracomment>A column: the day the claim was answered.</extracomment>
        <translation>Дан ответ</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="442"/>
        <source>request No. %1 of %2, %3</source>
        <extracomment>What a disclosure rests on. %1: the state body&apos;s number of its request; %2: the request&apos;s date; %3: the body&apos;s name.</extracomment>
        <translation>запрос № %1 от %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="447"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="447"/>
        <source>Request, law, consent or treaty</source>
        <translation>Запрос, закон, согласие или договор</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="460"/>
        <source>Disclosure</source>
        <translation>Раскрытие</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="460"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="460"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="460"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="460"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="461"/>
        <source>Delivery</source>
        <translation>Доставка</translation>
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
        <translation>Согласия (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="468"/>
        <source>Data categories (%1)</source>
        <extracomment>A tab&apos;s title. %1: the number of data categories.</extracomment>
        <translation>Категории данных (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="470"/>
        <source>Transfers (%1)</source>
        <extracomment>A tab&apos;s title. %1: the number of transfers.</extracomment>
        <translation>Передачи (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="473"/>
        <source>Requests and claims (%1)</source>
        <extracomment>A tab&apos;s title. %1: the number of requests and claims.</extracomment>
        <translation>Заявления и претензии (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="475"/>
        <source>Disclosures (%1)</source>
        <extracomment>A tab&apos;s title. %1: the number of disclosures.</extracomment>
        <translation>Раскрытия (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="489"/>
        <source>Shown</source>
        <comment>a masked value was revealed</comment>
        <translation>Показано</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="491"/>
        <source>Shown in full; the audit log records it.</source>
        <translation>Показано полностью; это записано в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="493"/>
        <source>Show a masked value</source>
        <translation>Показать скрытое значение</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="519"/>
        <source>Seq.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="519"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="519"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="519"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="519"/>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="519"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="522"/>
        <source>Audit (latest %1)</source>
        <extracomment>A tab&apos;s title. %1: the number of entries shown (the latest).</extracomment>
        <translation>Аудит (последние %1)</translation>
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
        <translation>Отчёт о данных субъекта: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="572"/>
        <source>The subject data report went to the printer.</source>
        <translation>Отчёт о данных субъекта отправлен на печать.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="581"/>
        <source>Save the subject data report</source>
        <translation>Сохранить отчёт о данных субъекта</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="582"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectRecordPane.cpp" line="594"/>
        <source>Saved the subject data report to %1.</source>
        <extracomment>%1: the file&apos;s path.</extracomment>
        <translation>Отчёт о данных субъекта сохранён в %1.</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectRecordService</name>
    <message>
        <location filename="../models/services/SubjectRecordService.cpp" line="87"/>
        <source>No subject has the platform reference %1.</source>
        <extracomment>%1: the platform reference as typed.</extracomment>
        <translation>Нет субъекта с номером на платформе %1.</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectRecordService.cpp" line="130"/>
        <source>reveal personal data</source>
        <translation>показать персональные данные полностью</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectRecordService.cpp" line="142"/>
        <source>This value is blocked under a withdrawal of consent: it is not shown until it is unblocked.</source>
        <translation>Это значение заблокировано по отзыву согласия: оно не показывается, пока не разблокировано.</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectRecordService.cpp" line="152"/>
        <location filename="../models/services/SubjectRecordService.cpp" line="209"/>
        <source>Subject %1 does not exist.</source>
        <extracomment>%1: the subject&apos;s number.</extracomment>
        <translation>Субъекта %1 не существует.</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectRecordService.cpp" line="163"/>
        <source>[blocked]</source>
        <translation>[заблокировано]</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectReport</name>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="71"/>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="191"/>
        <source>Subject data report</source>
        <translation>Отчёт о персональных данных субъекта</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="194"/>
        <source>The personal data that %1 (INN %2), the holder of the data array, holds about the data subject named below, given at the subject&apos;s request under Article 17 of the Law of the Kyrgyz Republic No. 58 &quot;On personal information&quot;.</source>
        <extracomment>The report&apos;s opening sentence. %1: the organisation&apos;s name; %2: its tax number.</extracomment>
        <translation>Персональные данные, которые держатель массива персональных данных %1 (ИНН %2) обрабатывает о названном ниже субъекте, предоставленные по запросу субъекта в соответствии со статьёй 17 Закона Кыргызской Республики № 58 «Об информации персонального характера».</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="202"/>
        <source>Made on</source>
        <translation>Дата составления</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="203"/>
        <source>Made by</source>
        <translation>Составил(а)</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="205"/>
        <source>1. The subject</source>
        <translation>1. Субъект</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="207"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="208"/>
        <source>Platform reference</source>
        <translation>Номер на платформе</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="209"/>
        <source>Personal identification number (INN)</source>
        <translation>Персональный идентификационный номер (ПИН)</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="211"/>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="212"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="213"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="214"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="215"/>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="216"/>
        <source>Registration address</source>
        <translation>Адрес регистрации</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="218"/>
        <source>Residence address</source>
        <translation>Адрес проживания</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="219"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="220"/>
        <source>Preferred language</source>
        <translation>Предпочитаемый язык</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="222"/>
        <source>Status of the record</source>
        <translation>Статус записи</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="225"/>
        <source>Record created</source>
        <extracomment>A label: when the subject&apos;s record was created.</extracomment>
        <translation>Запись создана</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="226"/>
        <source>Account closed on the platform</source>
        <translation>Аккаунт на платформе закрыт</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="230"/>
        <source>2. Consents</source>
        <translation>2. Согласия</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="238"/>
        <source>Policy version</source>
        <translation>Редакция политики</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="239"/>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="240"/>
        <location filename="../models/services/SubjectReportService.cpp" line="298"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="241"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="242"/>
        <source>Purposes withdrawn</source>
        <translation>Отозванные цели</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="246"/>
        <source>3. Categories of data held and their state</source>
        <translation>3. Категории данных и их состояние</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="255"/>
        <source>until %1</source>
        <extracomment>In a table cell: how long a category is kept. %1: a date.</extracomment>
        <translation>до %1</translation>
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
        <translation>Пункт политики</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="261"/>
        <location filename="../models/services/SubjectReportService.cpp" line="300"/>
        <location filename="../models/services/SubjectReportService.cpp" line="317"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="262"/>
        <location filename="../models/services/SubjectReportService.cpp" line="342"/>
        <source>Legal ground</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="264"/>
        <source>Changed</source>
        <extracomment>A column: when the category&apos;s state last changed.</extracomment>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="267"/>
        <source>4. Transfers to recipients</source>
        <translation>4. Передачи получателям</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="272"/>
        <source>%1 (%2, abroad)</source>
        <extracomment>A recipient abroad. %1: the recipient&apos;s name; %2: its country&apos;s name.</extracomment>
        <translation>%1 (%2, за рубежом)</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="280"/>
        <location filename="../models/services/SubjectReportService.cpp" line="339"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="281"/>
        <location filename="../models/services/SubjectReportService.cpp" line="340"/>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="282"/>
        <location filename="../models/services/SubjectReportService.cpp" line="314"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="284"/>
        <location filename="../models/services/SubjectReportService.cpp" line="341"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="287"/>
        <source>5. Requests to withdraw consent</source>
        <translation>5. Заявления об отзыве согласия</translation>
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
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="299"/>
        <source>Scope</source>
        <translation>Объём</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="303"/>
        <source>6. Claims and requests for own data</source>
        <translation>6. Претензии и запросы о своих данных</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="316"/>
        <source>About</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="319"/>
        <source>Answered</source>
        <extracomment>A column: the day the claim was answered.</extracomment>
        <translation>Дан ответ</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="322"/>
        <source>7. Disclosures to third parties</source>
        <translation>7. Раскрытия третьим лицам</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="331"/>
        <source>request No. %1 of %2, %3</source>
        <extracomment>What a disclosure rests on, in a table cell. %1: the state body&apos;s number of its request; %2: the request&apos;s date; %3: the body&apos;s name.</extracomment>
        <translation>запрос № %1 от %2, %3</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="344"/>
        <source>Data disclosed</source>
        <extracomment>A column: the data categories that were disclosed.</extracomment>
        <translation>Раскрытые данные</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="347"/>
        <source>8. Notifications sent to the subject</source>
        <translation>8. Уведомления, направленные субъекту</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="353"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="354"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="355"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="356"/>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="360"/>
        <source>Times are Bishkek time. The subject may ask for their data to be corrected, blocked or destroyed, and may withdraw consent by a written application (policy 12.1.3).</source>
        <translation>Время указано по Бишкеку. Субъект вправе требовать исправления, блокирования или уничтожения своих данных и отозвать согласие письменным заявлением (п. 12.1.3 политики).</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectReportService</name>
    <message>
        <location filename="../models/services/SubjectReportService.cpp" line="121"/>
        <source>make a subject data report</source>
        <translation>составить отчёт о данных субъекта</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectService</name>
    <message>
        <location filename="../models/services/SubjectService.cpp" line="259"/>
        <source>export subjects with their personal data</source>
        <translation>выгрузить субъектов с персональными данными</translation>
    </message>
    <message>
        <location filename="../models/services/SubjectListService.cpp" line="169"/>
        <location filename="../models/services/SubjectService.cpp" line="232"/>
        <source>search subjects</source>
        <translation>искать субъектов</translation>
    </message>
</context>
<context>
    <name>dpo::SubjectsPage</name>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="29"/>
        <source>Open request or claim</source>
        <translation>Открытое заявление или претензия</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="30"/>
        <source>Under 18</source>
        <translation>Младше 18 лет</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="37"/>
        <source>Search subjects</source>
        <translation>Поиск субъектов</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="38"/>
        <source>Name, INN, phone or platform reference</source>
        <translation>ФИО, ПИН, телефон или № на платформе</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="41"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="46"/>
        <source>Any consent state</source>
        <translation>Любое состояние согласия</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="50"/>
        <source>Consent: %1</source>
        <extracomment>A filter&apos;s entry. %1: the consent state, e.g. &quot;Withdrawn&quot;.</extracomment>
        <translation>Согласие: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="53"/>
        <source>Show only the subjects whose data is in this state</source>
        <translation>Показать только субъектов, чьи данные в этом состоянии</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="54"/>
        <source>Show only the subjects whose consent is given, or withdrawn</source>
        <translation>Показать только субъектов с данным или отозванным согласием</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="57"/>
        <source>Show only the subjects with a withdrawal or a claim still open</source>
        <translation>Показать только субъектов с ещё открытым отзывом или претензией</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="59"/>
        <source>Show only the subjects under 18 by their date of birth</source>
        <translation>Показать только субъектов младше 18 лет по дате рождения</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="78"/>
        <source>Subjects</source>
        <translation>Субъекты</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="79"/>
        <source>The subjects the search and filters find; select one to see everything held about them on the right</source>
        <translation>Субъекты, найденные поиском и фильтрами; выберите субъекта, чтобы увидеть справа всё, что о нём хранится</translation>
    </message>
    <message>
        <location filename="../ui/pages/SubjectsPage.cpp" line="185"/>
        <source>More than %L1 subjects match; the first %L2 are shown. Refine the search.</source>
        <extracomment>%1: the most subjects counted; %2: the number shown.</extracomment>
        <translation>Найдено больше %L1 субъектов; показаны первые %L2. Уточните поиск.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/SubjectsPage.cpp" line="191"/>
        <source>%Ln subject(s) match; the first %L1 are shown. Refine the search.</source>
        <extracomment>%Ln: the number of subjects that match; %1: the number shown.</extracomment>
        <translation>
            <numerusform>Найден %Ln субъект; показаны первые %L1. Уточните поиск.</numerusform>
            <numerusform>Найдено %Ln субъекта; показаны первые %L1. Уточните поиск.</numerusform>
            <numerusform>Найдено %Ln субъектов; показаны первые %L1. Уточните поиск.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/SubjectsPage.cpp" line="181"/>
        <source>%Ln subject(s)</source>
        <extracomment>%Ln: the number of subjects.</extracomment>
        <translation>
            <numerusform>%Ln субъект</numerusform>
            <numerusform>%Ln субъекта</numerusform>
            <numerusform>%Ln субъектов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpo::SubmitDialog</name>
    <message>
        <location filename="../ui/widgets/SubmitDialog.cpp" line="25"/>
        <source>Save what the form says and close it; a problem is shown under the form</source>
        <translation>Сохранить то, что в форме, и закрыть её; ошибка показывается под формой</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SubmitDialog.cpp" line="27"/>
        <source>Close the form without saving anything</source>
        <translation>Закрыть форму, ничего не сохраняя</translation>
    </message>
</context>
<context>
    <name>dpo::SystemDialog</name>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="26"/>
        <source>Add a data system</source>
        <translation>Добавить систему данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="28"/>
        <source>Change %1</source>
        <extracomment>A dialog&apos;s title. %1: the data system&apos;s name.</extracomment>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="29"/>
        <source>Add</source>
        <comment>a data system</comment>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="29"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="35"/>
        <source>Gets the tasks of withdrawals executed from now on</source>
        <translation>Получает задачи отзывов, исполненных с этого момента</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="42"/>
        <source>photos, crm, core-db: a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</source>
        <translation>photos, crm, core-db: a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="43"/>
        <source>The code the platform&apos;s workers know the system by; it cannot change later</source>
        <translation>Код, по которому обработчики платформы знают систему; позже его не изменить</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="46"/>
        <source>The system&apos;s name as the tasks and letters show it</source>
        <translation>Название системы, как его показывают задачи и письма</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="47"/>
        <source>What kind of store the system is</source>
        <translation>Каким хранилищем является система</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="48"/>
        <source>Who confirms its tasks: its own worker through the outbox, or an officer by hand</source>
        <translation>Кто подтверждает её задачи: собственный обработчик через исходящие или сотрудник вручную</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="51"/>
        <location filename="../ui/pages/SystemsPage.cpp" line="52"/>
        <source>The team or person who answers for it, and how to reach them</source>
        <translation>Команда или лицо, отвечающие за неё, и как с ними связаться</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="56"/>
        <source> days</source>
        <comment>a backup&apos;s rotation</comment>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="57"/>
        <source>A backup: after how many days a copy is overwritten</source>
        <translation>Резервная копия: через сколько дней копия перезаписывается</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="59"/>
        <source>Unticked: the system gets no new tasks; its open tasks stay</source>
        <translation>Не отмечено: система не получает новых задач; открытые задачи остаются</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="69"/>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="70"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="71"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="72"/>
        <source>Confirmed by:</source>
        <translation>Кто подтверждает:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="73"/>
        <source>Owner:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="74"/>
        <source>Backup rotation:</source>
        <translation>Ротация резервных копий:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="76"/>
        <source>Data categories it holds</source>
        <translation>Категории данных, которые в ней хранятся</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="77"/>
        <source>Tick every data category the system holds: an executed withdrawal gives it a task for each</source>
        <translation>Отметьте каждую категорию данных, которую хранит система: исполненный отзыв даёт задачу по каждой</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="79"/>
        <source>Data categories it holds:</source>
        <translation>Хранимые категории данных:</translation>
    </message>
</context>
<context>
    <name>dpo::SystemsPage</name>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="108"/>
        <source>Add a system…</source>
        <translation>Добавить систему…</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="109"/>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="112"/>
        <location filename="../ui/pages/SystemsPage.cpp" line="117"/>
        <location filename="../ui/pages/SystemsPage.cpp" line="165"/>
        <source>Data systems</source>
        <translation>Системы данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="113"/>
        <source>Every system that holds subjects&apos; data; select one to change it</source>
        <translation>Каждая система, хранящая данные субъектов; выберите, чтобы изменить</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="115"/>
        <source>Add a system that holds subjects&apos; data</source>
        <translation>Добавить систему, хранящую данные субъектов</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="116"/>
        <source>Change the selected system: its name, who confirms, its categories</source>
        <translation>Изменить выбранную систему: название, кто подтверждает, категории</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="123"/>
        <source>The platform&apos;s data systems</source>
        <translation>Системы данных платформы</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="126"/>
        <source>Each system that holds subjects&apos; data, the categories it holds and who confirms for it. An executed withdrawal gives every active system a task per category it destroys, depersonalises or blocks; a backup&apos;s is done when its copies rotate out. Administrators add and change systems; every change is in the audit trail. A system is never deleted: made inactive, it gets no new tasks.</source>
        <translation>Каждая система, хранящая данные субъектов, категории, которые она хранит, и кто за неё подтверждает. Исполненный отзыв даёт каждой активной системе задачу по каждой уничтожаемой, обезличиваемой или блокируемой категории; задача резервной копии выполняется, когда её копии сменяются. Системы добавляют и изменяют администраторы; каждое изменение — в журнале аудита. Система никогда не удаляется: неактивная, она не получает новых задач.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/SystemsPage.cpp" line="178"/>
        <source>%n day(s)</source>
        <comment>a backup&apos;s rotation</comment>
        <extracomment>A backup&apos;s rotation in a table cell. %n: a number of days.</extracomment>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="179"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="179"/>
        <source>no, gets no new tasks</source>
        <translation>нет, новых задач не получает</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="183"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="183"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="183"/>
        <source>Confirmed by</source>
        <translation>Кто подтверждает</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="184"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="183"/>
        <source>Name</source>
        <comment>of a data system</comment>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="184"/>
        <source>Rotation</source>
        <translation>Ротация</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="184"/>
        <source>Active</source>
        <comment>a data system</comment>
        <translation>Активна</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="185"/>
        <source>Data categories</source>
        <translation>Категории данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="209"/>
        <source>The data system is added; withdrawals executed from now on give it tasks.</source>
        <translation>Система данных добавлена; отзывы, исполненные с этого момента, дают ей задачи.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SystemsPage.cpp" line="222"/>
        <source>The data system %1 is changed.</source>
        <extracomment>%1: the data system&apos;s code.</extracomment>
        <translation>Система данных %1 изменена.</translation>
    </message>
</context>
<context>
    <name>dpo::SystemsService</name>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="100"/>
        <source>Code: &quot;%1&quot; is not 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (starting with a letter or digit).</source>
        <extracomment>%1: the code as typed.</extracomment>
        <translation>Код: «%1» — не от 1 до 64 строчных букв, цифр, &apos;.&apos;, &apos;_&apos; или &apos;-&apos; (начиная с буквы или цифры).</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="105"/>
        <source>Name: must be 1 to %1 characters.</source>
        <extracomment>%1: the largest number of characters.</extracomment>
        <translation>Название: должно быть от 1 до %1 символов.</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="109"/>
        <source>Who confirms: must be 1 to %1 characters (a team or a person, with how to reach them).</source>
        <extracomment>%1: the largest number of characters.</extracomment>
        <translation>Кто подтверждает: от 1 до %1 символов (команда или человек и как с ними связаться).</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="116"/>
        <source>Kind: &quot;%1&quot; is not one of %2.</source>
        <extracomment>%1: the kind as given; %2: the kinds allowed, separated by commas.</extracomment>
        <translation>Вид: «%1» не входит в %2.</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="123"/>
        <source>Confirmed by: &quot;%1&quot; is not worker or person.</source>
        <extracomment>%1: the value as given.</extracomment>
        <translation>Кто подтверждает: «%1» — не worker и не person.</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="128"/>
        <source>Rotation: a backup needs the days after which its copies are overwritten (1 to %1).</source>
        <extracomment>%1: the largest number of days.</extracomment>
        <translation>Ротация: для резервной копии нужно число дней, через которое её копии перезаписываются (от 1 до %1).</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="134"/>
        <source>Rotation: only a backup rotates; leave it out for a %1.</source>
        <extracomment>%1: the system&apos;s kind, e.g. &quot;crm&quot;.</extracomment>
        <translation>Ротация: ротируется только резервная копия; для вида %1 её не указывайте.</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="137"/>
        <source>Categories: name at least one data category the system holds.</source>
        <translation>Категории: укажите хотя бы одну категорию данных, которую хранит система.</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="148"/>
        <source>Categories: &quot;%1&quot; is not a data category.</source>
        <extracomment>%1: the category as given.</extracomment>
        <translation>Категории: «%1» не является категорией данных.</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="173"/>
        <source>add a data system</source>
        <translation>добавить систему данных</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="181"/>
        <source>Code: &quot;%1&quot; is already the code of %2.</source>
        <extracomment>%1: the code as typed; %2: the name of the data system that has it.</extracomment>
        <translation>Код: «%1» уже является кодом системы %2.</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="200"/>
        <source>change a data system</source>
        <translation>изменить систему данных</translation>
    </message>
    <message>
        <location filename="../models/services/SystemsService.cpp" line="208"/>
        <source>There is no data system with the code &quot;%1&quot;.</source>
        <extracomment>%1: the code as typed.</extracomment>
        <translation>Системы данных с кодом «%1» нет.</translation>
    </message>
</context>
<context>
    <name>dpo::TaskConfirmDialog</name>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="355"/>
        <source>Confirm a task by hand</source>
        <translation>Подтвердить задачу вручную</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="355"/>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="359"/>
        <source>The evidence</source>
        <translation>Доказательство</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="363"/>
        <source>Done</source>
        <comment>a task</comment>
        <translation>Выполнена</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="364"/>
        <source>Failed</source>
        <comment>a task</comment>
        <translation>Не выполнена</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="365"/>
        <source>Whether the data system did what the task asked</source>
        <translation>Выполнила ли система данных то, что требовала задача</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="379"/>
        <source>When the system did it, Bishkek time; not before the task was sent</source>
        <translation>Когда система это сделала, по времени Бишкека; не раньше отправки задачи</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="382"/>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="383"/>
        <source>Who confirmed it and how; a failure&apos;s reason</source>
        <translation>Кто и как подтвердил; при неудаче — причина</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="385"/>
        <source>(none)</source>
        <comment>no document</comment>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="386"/>
        <source>A document of the case that shows it was done</source>
        <translation>Документ дела, подтверждающий выполнение</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="391"/>
        <source>Task:</source>
        <comment>of a data system</comment>
        <translation>Задача:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="392"/>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="393"/>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="394"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="395"/>
        <source>Evidence on file:</source>
        <translation>Доказательство в деле:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="396"/>
        <source>New evidence:</source>
        <translation>Новое доказательство:</translation>
    </message>
</context>
<context>
    <name>dpo::TaskService</name>
    <message>
        <location filename="../models/services/TaskService.cpp" line="258"/>
        <source>task %1, %2: %3 %4</source>
        <extracomment>One open task in a list. %1: the task&apos;s number; %2: the data system&apos;s code; %3: the action, e.g. &quot;destroy&quot;; %4: the category&apos;s code.</extracomment>
        <translation>задача %1, %2: %3 %4</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="261"/>
        <source>task %1, telling %2</source>
        <extracomment>One open task in a list. %1: the task&apos;s number; %2: the recipient&apos;s name.</extracomment>
        <translation>задача %1, уведомление %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/TaskService.cpp" line="265"/>
        <source>and %n more</source>
        <extracomment>Ends a list of tasks. %n: the number of tasks not listed.</extracomment>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="283"/>
        <source>Told by hand (%1); recorded by the officer.</source>
        <extracomment>%1: how the recipient was told, e.g. &quot;by phone&quot;.</extracomment>
        <translation>Сообщено вручную (%1); записано сотрудником.</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="309"/>
        <source>Task %1 does not exist.</source>
        <extracomment>%1: the task&apos;s number.</extracomment>
        <translation>Задачи %1 нет.</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="315"/>
        <source>confirm a task</source>
        <translation>подтвердить задачу</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="327"/>
        <source>Task %1 failed: retry it before confirming it again.</source>
        <extracomment>%1: the task&apos;s number.</extracomment>
        <translation>Задача %1 не удалась: повторите её, прежде чем подтверждать снова.</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="330"/>
        <source>Task %1 is already done.</source>
        <extracomment>%1: the task&apos;s number.</extracomment>
        <translation>Задача %1 уже выполнена.</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="336"/>
        <source>Task %1: the time it was done or failed must be between the task&apos;s creation (%2) and now.</source>
        <extracomment>%1: the task&apos;s number; %2: a date and time.</extracomment>
        <translation>Задача %1: время выполнения или неудачи должно быть между созданием задачи (%2) и текущим моментом.</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="344"/>
        <source>Task %1: a failure needs its reason in the note.</source>
        <extracomment>%1: the task&apos;s number.</extracomment>
        <translation>Задача %1: для неудачи нужна её причина в примечании.</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="349"/>
        <location filename="../models/services/TaskService.cpp" line="481"/>
        <source>Task %1: the note is longer than %2 characters.</source>
        <extracomment>%1: the task&apos;s number; %2: a number of characters.</extracomment>
        <translation>Задача %1: примечание длиннее %2 символов.</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="365"/>
        <source>Task %1: document %2 is not a document of withdrawal request %3.</source>
        <extracomment>%1: the task&apos;s number; %2: the document&apos;s number; %3: the request&apos;s number.</extracomment>
        <translation>Задача %1: документ %2 не относится к обращению об отзыве %3.</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="416"/>
        <source>record the systems&apos; reports</source>
        <translation>записать отчёты систем</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="469"/>
        <source>retry a task</source>
        <translation>повторить задачу</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="475"/>
        <source>Task %1 is %2: only a failed task is retried.</source>
        <extracomment>%1: the task&apos;s number; %2: its state, e.g. &quot;Done&quot;.</extracomment>
        <translation>Задача %1 — %2: повторяется только неудавшаяся задача.</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="499"/>
        <source>settle the backups&apos; tasks</source>
        <translation>закрыть задачи резервных копий</translation>
    </message>
    <message>
        <location filename="../models/services/TaskService.cpp" line="510"/>
        <source>The backup&apos;s copies that held the data were overwritten by its rotation (the register&apos;s period).</source>
        <translation>Резервные копии, содержавшие данные, перезаписаны по ротации (срок из реестра).</translation>
    </message>
</context>
<context>
    <name>dpo::TimeStampToken</name>
    <message>
        <location filename="../models/security/TimeStamp.cpp" line="50"/>
        <source>The time-stamp is not over a SHA-256 digest.</source>
        <translation>Штамп времени поставлен не на хэш SHA-256.</translation>
    </message>
    <message>
        <location filename="../models/security/TimeStamp.cpp" line="96"/>
        <location filename="../models/security/TimeStamp.cpp" line="109"/>
        <source>The time-stamping authority&apos;s answer is not a time-stamp response.</source>
        <translation>Ответ службы штампов времени не является ответом со штампом времени.</translation>
    </message>
    <message>
        <location filename="../models/security/TimeStamp.cpp" line="104"/>
        <source>The time-stamping authority refused the request (status %1).</source>
        <extracomment>%1: the authority&apos;s status code (RFC 3161: 2 rejection, 3 waiting, ...).</extracomment>
        <translation>Служба штампов времени отклонила запрос (статус %1).</translation>
    </message>
    <message>
        <location filename="../models/security/TimeStamp.cpp" line="121"/>
        <source>The time-stamping authority answered another request (its digest or nonce is not the one asked for).</source>
        <translation>Служба штампов времени ответила на другой запрос (её хэш или одноразовое число не те, что запрошены).</translation>
    </message>
    <message>
        <location filename="../models/security/TimeStamp.cpp" line="133"/>
        <source>The time-stamp token cannot be read.</source>
        <translation>Не удаётся прочитать штамп времени.</translation>
    </message>
    <message>
        <location filename="../models/security/TimeStampAuthority.cpp" line="38"/>
        <source>The time-stamping authority %1 did not answer: %2</source>
        <extracomment>%1: the authority&apos;s URL; %2: the reason, e.g. &quot;Connection refused&quot;.</extracomment>
        <translation>Служба штампов времени %1 не ответила: %2</translation>
    </message>
</context>
<context>
    <name>dpo::UnlockDialog</name>
    <message>
        <location filename="../ui/IdleLock.cpp" line="24"/>
        <source>The console is locked</source>
        <translation>Консоль заблокирована</translation>
    </message>
    <message>
        <location filename="../ui/IdleLock.cpp" line="28"/>
        <source>The console locked itself after a time without input, to keep personal data from view. Sign in again as %1 to go on where you were.</source>
        <extracomment>%1: the officer&apos;s name.</extracomment>
        <translation>Консоль заблокировалась после времени без действий, чтобы скрыть персональные данные. Войдите снова как %1, чтобы продолжить с того же места.</translation>
    </message>
    <message>
        <location filename="../ui/IdleLock.cpp" line="35"/>
        <source>Your password, to go on where you were</source>
        <translation>Ваш пароль, чтобы продолжить с того же места</translation>
    </message>
    <message>
        <location filename="../ui/IdleLock.cpp" line="41"/>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../ui/IdleLock.cpp" line="42"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../ui/IdleLock.cpp" line="44"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../ui/IdleLock.cpp" line="46"/>
        <source>Check the password and show the window again</source>
        <translation>Проверить пароль и снова показать окно</translation>
    </message>
    <message>
        <location filename="../ui/IdleLock.cpp" line="64"/>
        <source>This is not the officer who locked the console.</source>
        <translation>Это не тот сотрудник, который работал в консоли.</translation>
    </message>
</context>
<context>
    <name>dpo::Vocabulary</name>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="26"/>
        <source>Active</source>
        <comment>subject status</comment>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="27"/>
        <source>Blocked</source>
        <comment>subject status</comment>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="28"/>
        <source>Depersonalised</source>
        <comment>subject status</comment>
        <translation>Обезличен</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="29"/>
        <source>Destroyed</source>
        <comment>subject status</comment>
        <translation>Уничтожен</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="30"/>
        <source>Given</source>
        <comment>consent state</comment>
        <translation>Дано</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="31"/>
        <source>Withdrawn</source>
        <comment>consent state</comment>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="32"/>
        <source>No consent</source>
        <comment>consent state</comment>
        <translation>Нет согласия</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="33"/>
        <source>Mobile app</source>
        <comment>consent channel</comment>
        <translation>Мобильное приложение</translation>
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
        <translation>В отделении</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="36"/>
        <source>On paper</source>
        <comment>consent channel</comment>
        <translation>На бумаге</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="37"/>
        <source>Imported</source>
        <comment>consent channel</comment>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="38"/>
        <source>Held</source>
        <comment>data category state</comment>
        <translation>Обрабатываются</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="39"/>
        <source>Blocked</source>
        <comment>data category state</comment>
        <translation>Заблокированы</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="40"/>
        <source>Depersonalised</source>
        <comment>data category state</comment>
        <translation>Обезличены</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="41"/>
        <source>Destroyed</source>
        <comment>data category state</comment>
        <translation>Уничтожены</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="42"/>
        <source>Kept on a legal ground</source>
        <comment>data category state</comment>
        <translation>Хранятся на правовом основании</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="43"/>
        <source>Financial-credit organisation</source>
        <comment>recipient kind</comment>
        <translation>Финансово-кредитная организация (ФКО)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="44"/>
        <source>Leasing company</source>
        <comment>recipient kind</comment>
        <translation>Лизинговая компания</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="45"/>
        <source>Trading company</source>
        <comment>recipient kind</comment>
        <translation>Торговая организация</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="46"/>
        <source>State body</source>
        <comment>recipient kind</comment>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="47"/>
        <source>Local self-government body</source>
        <comment>recipient kind</comment>
        <translation>Орган местного самоуправления</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="48"/>
        <source>Credit bureau</source>
        <comment>recipient kind</comment>
        <translation>Кредитное бюро</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="49"/>
        <source>Mobile operator</source>
        <comment>recipient kind</comment>
        <translation>Мобильный оператор</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="50"/>
        <source>Non-state body</source>
        <comment>recipient kind</comment>
        <translation>Негосударственный орган</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="51"/>
        <source>Other third party</source>
        <comment>recipient kind</comment>
        <translation>Иное третье лицо</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="52"/>
        <source>By post</source>
        <comment>request channel</comment>
        <translation>Почтой</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="53"/>
        <source>In person</source>
        <comment>request channel</comment>
        <translation>Лично</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="54"/>
        <source>Scanned letter by email</source>
        <comment>request channel</comment>
        <translation>Скан письма по электронной почте</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="55"/>
        <source>Signed electronic document</source>
        <comment>request channel</comment>
        <translation>Подписанный электронный документ</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="56"/>
        <source>Written form in the app</source>
        <comment>request channel</comment>
        <translation>Письменная форма в приложении</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="57"/>
        <source>Opened by the officer</source>
        <comment>request channel</comment>
        <translation>Открыто сотрудником</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="58"/>
        <source>The whole consent</source>
        <comment>withdrawal scope</comment>
        <translation>Согласие полностью</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="59"/>
        <source>Named purposes and categories</source>
        <comment>withdrawal scope</comment>
        <translation>Названные цели и категории</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="60"/>
        <source>Received</source>
        <comment>withdrawal state</comment>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="61"/>
        <source>Opened</source>
        <comment>withdrawal state</comment>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="62"/>
        <source>Identity verified</source>
        <comment>withdrawal state</comment>
        <translation>Личность проверена</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="63"/>
        <source>Decided</source>
        <comment>withdrawal state</comment>
        <translation>Решение принято</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="64"/>
        <source>Approved</source>
        <comment>withdrawal state</comment>
        <translation>Утверждено</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="65"/>
        <source>Executed</source>
        <comment>withdrawal state</comment>
        <translation>Исполнено</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="66"/>
        <source>Closed</source>
        <comment>withdrawal state</comment>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="67"/>
        <source>Rejected</source>
        <comment>withdrawal state</comment>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="68"/>
        <source>Identity not established</source>
        <comment>rejection reason</comment>
        <translation>Личность не установлена</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="69"/>
        <source>Not a written request</source>
        <comment>rejection reason</comment>
        <translation>Не письменное заявление</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="70"/>
        <source>Not this data holder</source>
        <comment>rejection reason</comment>
        <translation>Не этот держатель данных</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="71"/>
        <source>The keep has ended</source>
        <comment>retention review</comment>
        <translation>Срок хранения истёк</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="72"/>
        <source>Held after the consent was withdrawn</source>
        <comment>retention review</comment>
        <translation>Хранится после отзыва согласия</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="73"/>
        <source>Held after the account was closed</source>
        <comment>retention review</comment>
        <translation>Хранится после закрытия аккаунта</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="74"/>
        <source>The subject is not under 18</source>
        <comment>rejection reason</comment>
        <translation>Субъекту уже исполнилось 18 лет</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="75"/>
        <source>Pre-trial claim</source>
        <comment>claim kind</comment>
        <translation>Досудебная претензия</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="76"/>
        <source>Request for own data</source>
        <comment>claim kind</comment>
        <translation>Запрос о своих данных</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="77"/>
        <source>Request of the State Agency or the Ombudsman</source>
        <comment>claim kind</comment>
        <translation>Запрос Госагентства или Акыйкатчы</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="78"/>
        <source>Request to correct data</source>
        <comment>claim kind</comment>
        <translation>Просьба об исправлении данных</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="79"/>
        <source>Surname</source>
        <comment>subject field</comment>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="80"/>
        <source>Given name</source>
        <comment>subject field</comment>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="81"/>
        <source>Patronymic</source>
        <comment>subject field</comment>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="82"/>
        <source>Date of birth</source>
        <comment>subject field</comment>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="83"/>
        <source>Sex</source>
        <comment>subject field</comment>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="84"/>
        <source>Personal identification number (INN)</source>
        <comment>subject field</comment>
        <translation>Персональный идентификационный номер (ПИН)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="85"/>
        <source>Identity document number</source>
        <comment>subject field</comment>
        <translation>Номер документа, удостоверяющего личность</translation>
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
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="88"/>
        <source>Residence address</source>
        <comment>subject field</comment>
        <translation>Адрес проживания</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="89"/>
        <source>Registration address</source>
        <comment>subject field</comment>
        <translation>Адрес регистрации</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="90"/>
        <source>State Agency for Personal Data Protection under the Cabinet of Ministers of the Kyrgyz Republic</source>
        <comment>authority</comment>
        <translation>Государственное агентство по защите персональных данных при Кабинете Министров Кыргызской Республики</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="91"/>
        <source>Ombudsman (Akyikatchy) of the Kyrgyz Republic</source>
        <comment>authority</comment>
        <translation>Акыйкатчы (Омбудсмен) Кыргызской Республики</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="92"/>
        <source>By post</source>
        <comment>claim channel</comment>
        <translation>Почтой</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="93"/>
        <source>In person</source>
        <comment>claim channel</comment>
        <translation>Лично</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="94"/>
        <source>By email</source>
        <comment>claim channel</comment>
        <translation>По электронной почте</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="95"/>
        <source>Written form in the app</source>
        <comment>claim channel</comment>
        <translation>Письменная форма в приложении</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="96"/>
        <source>Open</source>
        <comment>claim state</comment>
        <translation>Открыта</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="97"/>
        <source>Answer drafted</source>
        <comment>claim state</comment>
        <translation>Ответ подготовлен</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="98"/>
        <source>Answer sent</source>
        <comment>claim state</comment>
        <translation>Ответ отправлен</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="99"/>
        <source>Closed</source>
        <comment>claim state</comment>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="100"/>
        <source>Satisfied</source>
        <comment>claim outcome</comment>
        <translation>Удовлетворена</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="101"/>
        <source>Partly satisfied</source>
        <comment>claim outcome</comment>
        <translation>Удовлетворена частично</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="102"/>
        <source>Refused</source>
        <comment>claim outcome</comment>
        <translation>Отказано</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="103"/>
        <source>Vital interests of the subject (4.6.1)</source>
        <comment>disclosure ground</comment>
        <translation>Жизненно важные интересы субъекта (4.6.1)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="104"/>
        <source>Request of a state or local body (4.6.2)</source>
        <comment>disclosure ground</comment>
        <translation>Запрос органа государственной власти или органа местного самоуправления (4.6.2)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="105"/>
        <source>A law of the Kyrgyz Republic (4.6.3)</source>
        <comment>disclosure ground</comment>
        <translation>Закон Кыргызской Республики (4.6.3)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="106"/>
        <source>The subject&apos;s consent (the policy&apos;s preamble)</source>
        <comment>disclosure ground</comment>
        <translation>Согласие субъекта (преамбула политики)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="107"/>
        <source>An international treaty (1.1.6)</source>
        <comment>disclosure ground</comment>
        <translation>Международный договор (1.1.6)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="108"/>
        <source>Email</source>
        <comment>notification channel</comment>
        <translation>Электронная почта</translation>
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
        <translation>Уведомление на платформе</translation>
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
        <translation>В очереди</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="115"/>
        <source>Sent</source>
        <comment>notification state</comment>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="116"/>
        <source>Delivered</source>
        <comment>notification state</comment>
        <translation>Доставлено</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="117"/>
        <source>Failed</source>
        <comment>notification state</comment>
        <translation>Не доставлено</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="118"/>
        <source>Unknown</source>
        <comment>notification state</comment>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="119"/>
        <source>Female</source>
        <comment>sex</comment>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="120"/>
        <source>Male</source>
        <comment>sex</comment>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="121"/>
        <source>Kyrgyz</source>
        <comment>language</comment>
        <translation>Кыргызский</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="122"/>
        <source>Russian</source>
        <comment>language</comment>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="123"/>
        <source>Kyrgyz and Russian</source>
        <comment>language</comment>
        <translation>На кыргызском и русском</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="124"/>
        <source>Law No. 58, Art. 5</source>
        <comment>legal ground to keep data</comment>
        <translation>Закон № 58, ст. 5</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="125"/>
        <source>Law No. 58, Art. 15</source>
        <comment>legal ground to keep data</comment>
        <translation>Закон № 58, ст. 15</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="126"/>
        <source>AML/CFT record keeping</source>
        <comment>legal ground to keep data</comment>
        <translation>Хранение сведений по ПОД/ФТ</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="127"/>
        <source>An active financing contract</source>
        <comment>legal ground to keep data</comment>
        <translation>Действующий договор финансирования</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="128"/>
        <source>A pending legal claim</source>
        <comment>legal ground to keep data</comment>
        <translation>Незавершённый судебный спор</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="129"/>
        <source>Another law</source>
        <comment>legal ground to keep data</comment>
        <translation>Иной закон</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="130"/>
        <source>ID document seen in person</source>
        <comment>identity check</comment>
        <translation>Документ предъявлен лично</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="131"/>
        <source>Notarised letter</source>
        <comment>identity check</comment>
        <translation>Нотариально заверенное письмо</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="132"/>
        <source>Platform account with a face check</source>
        <comment>identity check</comment>
        <translation>Аккаунт платформы с проверкой лица</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="133"/>
        <source>Other (described in the note)</source>
        <comment>identity check</comment>
        <translation>Другое (описано в примечании)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="134"/>
        <source>Destroy</source>
        <comment>withdrawal decision</comment>
        <translation>Уничтожить</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="135"/>
        <source>Depersonalise</source>
        <comment>withdrawal decision</comment>
        <translation>Обезличить</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="136"/>
        <source>Block</source>
        <comment>withdrawal decision</comment>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="137"/>
        <source>Keep on a legal ground</source>
        <comment>withdrawal decision</comment>
        <translation>Сохранить на правовом основании</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="138"/>
        <source>By email</source>
        <comment>recipient told</comment>
        <translation>По электронной почте</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="139"/>
        <source>By post</source>
        <comment>recipient told</comment>
        <translation>Почтой</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="140"/>
        <source>By hand</source>
        <comment>recipient told</comment>
        <translation>Вручено лично</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="141"/>
        <source>Through the platform</source>
        <comment>recipient told</comment>
        <translation>Через платформу</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="142"/>
        <source>By phone</source>
        <comment>recipient told</comment>
        <translation>По телефону</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="143"/>
        <source>By post</source>
        <comment>reply sent</comment>
        <translation>Почтой</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="144"/>
        <source>By hand</source>
        <comment>reply sent</comment>
        <translation>Вручено лично</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="145"/>
        <source>By email</source>
        <comment>reply sent</comment>
        <translation>По электронной почте</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="146"/>
        <source>No letter</source>
        <comment>reply sent</comment>
        <translation>Без письма</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="147"/>
        <source>Officer</source>
        <comment>audit entity</comment>
        <translation>Сотрудник</translation>
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
        <translation>Пакет ленты изменений</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="150"/>
        <source>Database</source>
        <comment>audit entity</comment>
        <translation>База данных</translation>
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
        <translation>Претензия</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="153"/>
        <source>Withdrawal request</source>
        <comment>audit entity</comment>
        <translation>Заявление об отзыве</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="154"/>
        <source>Disclosure</source>
        <comment>audit entity</comment>
        <translation>Раскрытие</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="155"/>
        <source>Calendar day</source>
        <comment>audit entity</comment>
        <translation>День календаря</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="156"/>
        <source>Calendar year</source>
        <comment>audit entity</comment>
        <translation>Календарный год</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="157"/>
        <source>Audit trail</source>
        <comment>audit entity</comment>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="158"/>
        <source>Setting</source>
        <comment>audit entity</comment>
        <translation>Настройка</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="159"/>
        <source>Signing key</source>
        <comment>audit entity</comment>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="160"/>
        <source>Change feed inbox event</source>
        <comment>audit entity</comment>
        <translation>Входящее событие ленты изменений</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="161"/>
        <source>Flagged feed event</source>
        <comment>audit entity</comment>
        <translation>Отмеченное событие ленты</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="162"/>
        <source>Data of an erased subject came back (refused)</source>
        <comment>feed flag</comment>
        <translation>Вернулись данные удалённого субъекта (отклонено)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="163"/>
        <source>A subject under 18 (policy 9.1)</source>
        <comment>feed flag</comment>
        <translation>Субъект младше 18 лет (п. 9.1 политики)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="164"/>
        <source>Transfer of withdrawn or blocked data</source>
        <comment>feed flag</comment>
        <translation>Передача отозванных или заблокированных данных</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="165"/>
        <source>Change to blocked data (not applied)</source>
        <comment>feed flag</comment>
        <translation>Изменение заблокированных данных (не применено)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="166"/>
        <source>Erased data came back (not applied)</source>
        <comment>feed flag</comment>
        <translation>Вернулись удалённые данные (не применено)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="167"/>
        <source>Consent after a withdrawal (not applied)</source>
        <comment>feed flag</comment>
        <translation>Согласие после отзыва (не применено)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="168"/>
        <source>Document attached</source>
        <comment>audit action</comment>
        <translation>Документ приложен</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="169"/>
        <source>Document changed since stored: not shown</source>
        <comment>audit action</comment>
        <translation>Документ изменён после сохранения: не показан</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="170"/>
        <source>Document opened</source>
        <comment>audit action</comment>
        <translation>Документ открыт</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="171"/>
        <source>Audit trail exported</source>
        <comment>audit action</comment>
        <translation>Журнал аудита выгружен</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="172"/>
        <source>Audit chain verified</source>
        <comment>audit action</comment>
        <translation>Цепочка аудита проверена</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="173"/>
        <source>A year&apos;s calendar imported</source>
        <comment>audit action</comment>
        <translation>Календарь года импортирован</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="174"/>
        <source>Calendar day moved</source>
        <comment>audit action</comment>
        <translation>День календаря перенесён</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="175"/>
        <source>Calendar day removed</source>
        <comment>audit action</comment>
        <translation>День календаря удалён</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="176"/>
        <source>Calendar day set</source>
        <comment>audit action</comment>
        <translation>День календаря установлен</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="177"/>
        <source>Answer sent</source>
        <comment>audit action</comment>
        <translation>Ответ отправлен</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="178"/>
        <source>Claim closed</source>
        <comment>audit action</comment>
        <translation>Претензия закрыта</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="179"/>
        <source>Answer drafted</source>
        <comment>audit action</comment>
        <translation>Подготовлен проект ответа</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="180"/>
        <source>Answer letter made</source>
        <comment>audit action</comment>
        <translation>Составлено письмо-ответ</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="181"/>
        <source>Claim linked</source>
        <comment>audit action</comment>
        <translation>Претензия связана</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="182"/>
        <source>Due date recalculated</source>
        <comment>audit action</comment>
        <translation>Срок пересчитан</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="183"/>
        <source>Claim registered</source>
        <comment>audit action</comment>
        <translation>Претензия зарегистрирована</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="184"/>
        <source>Subject&apos;s data corrected</source>
        <comment>audit action</comment>
        <translation>Данные субъекта исправлены</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="185"/>
        <source>Recipient told of a correction</source>
        <comment>audit action</comment>
        <translation>Получатель уведомлён об исправлении</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="186"/>
        <source>Claim link removed</source>
        <comment>audit action</comment>
        <translation>Связь претензии удалена</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="187"/>
        <source>Demo data generated</source>
        <comment>audit action</comment>
        <translation>Созданы демонстрационные данные</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="188"/>
        <source>Notice letter made</source>
        <comment>audit action</comment>
        <translation>Составлено письмо-уведомление</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="189"/>
        <source>Notice queued</source>
        <comment>audit action</comment>
        <translation>Уведомление поставлено в очередь</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="190"/>
        <source>Notice sent by hand</source>
        <comment>audit action</comment>
        <translation>Уведомление отправлено вручную</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="191"/>
        <source>Disclosure recorded</source>
        <comment>audit action</comment>
        <translation>Раскрытие зарегистрировано</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="192"/>
        <source>Officer account created</source>
        <comment>audit action</comment>
        <translation>Создана учётная запись сотрудника</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="193"/>
        <source>First administrator created</source>
        <comment>audit action</comment>
        <translation>Создан первый администратор</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="194"/>
        <source>Signed in</source>
        <comment>audit action</comment>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="195"/>
        <source>Sign-in failed</source>
        <comment>audit action</comment>
        <translation>Неудачный вход</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="196"/>
        <source>Setting changed</source>
        <comment>audit action</comment>
        <translation>Настройка изменена</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="197"/>
        <source>Signing key created</source>
        <comment>audit action</comment>
        <translation>Создан ключ подписи</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="198"/>
        <source>Subject data report made</source>
        <comment>audit action</comment>
        <translation>Составлен отчёт о данных субъекта</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="199"/>
        <source>Masked value shown in full</source>
        <comment>audit action</comment>
        <translation>Скрытое значение показано полностью</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="200"/>
        <source>Subject looked up by INN or phone</source>
        <comment>audit action</comment>
        <translation>Поиск субъекта по ИНН или телефону</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="201"/>
        <source>Category unblocked</source>
        <comment>audit action</comment>
        <translation>Категория разблокирована</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="202"/>
        <source>Subjects imported</source>
        <comment>audit action</comment>
        <translation>Субъекты импортированы</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="203"/>
        <source>Change feed applied</source>
        <comment>audit action</comment>
        <translation>Лента изменений применена</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="204"/>
        <source>Rejected feed event retried</source>
        <comment>audit action</comment>
        <translation>Отклонённое событие ленты повторено</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="205"/>
        <source>Rejected feed event dismissed</source>
        <comment>audit action</comment>
        <translation>Отклонённое событие ленты снято</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="206"/>
        <source>Flagged feed event reviewed</source>
        <comment>audit action</comment>
        <translation>Отмеченное событие ленты рассмотрено</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="207"/>
        <source>Keep decision approved</source>
        <comment>audit action</comment>
        <translation>Решение о хранении утверждено</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="208"/>
        <source>Decisions taken</source>
        <comment>audit action</comment>
        <translation>Решения приняты</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="209"/>
        <source>Withdrawal executed</source>
        <comment>audit action</comment>
        <translation>Отзыв исполнен</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="210"/>
        <source>Reply letter made</source>
        <comment>audit action</comment>
        <translation>Составлено письмо-ответ</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="211"/>
        <source>Recipient told</source>
        <comment>audit action</comment>
        <translation>Получатель уведомлён</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="212"/>
        <source>Withdrawal request registered</source>
        <comment>audit action</comment>
        <translation>Заявление об отзыве зарегистрировано</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="213"/>
        <source>Withdrawal request rejected</source>
        <comment>audit action</comment>
        <translation>Заявление об отзыве отклонено</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="214"/>
        <source>Retention review opened</source>
        <comment>audit action</comment>
        <translation>Открыт пересмотр сроков хранения</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="215"/>
        <source>Case opened for a subject under 18</source>
        <comment>audit action</comment>
        <translation>Открыто дело по субъекту младше 18 лет</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="216"/>
        <source>Reply sent</source>
        <comment>audit action</comment>
        <translation>Ответ отправлен</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="217"/>
        <source>Identity verified</source>
        <comment>audit action</comment>
        <translation>Личность подтверждена</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="218"/>
        <source>Refused: the role does not allow it</source>
        <comment>audit action</comment>
        <translation>Отказано: роль не позволяет</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="219"/>
        <source>Account locked after failed sign-ins</source>
        <comment>audit action</comment>
        <translation>Учётная запись заблокирована после неудачных входов</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="220"/>
        <source>Password changed</source>
        <comment>audit action</comment>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="221"/>
        <source>Password reset by an administrator</source>
        <comment>audit action</comment>
        <translation>Пароль сброшен администратором</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="222"/>
        <source>Officer account reactivated</source>
        <comment>audit action</comment>
        <translation>Учётная запись сотрудника снова активна</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="223"/>
        <source>Officer account deactivated</source>
        <comment>audit action</comment>
        <translation>Учётная запись сотрудника отключена</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="224"/>
        <source>Officer&apos;s role changed</source>
        <comment>audit action</comment>
        <translation>Роль сотрудника изменена</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="225"/>
        <source>Core database</source>
        <comment>data system kind</comment>
        <translation>Основная база данных</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="226"/>
        <source>Face-photo store</source>
        <comment>data system kind</comment>
        <translation>Хранилище фотографий лица</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="227"/>
        <source>Video archive</source>
        <comment>data system kind</comment>
        <translation>Видеоархив</translation>
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
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="231"/>
        <source>Other</source>
        <comment>data system kind</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="232"/>
        <source>Its worker, through the task outbox</source>
        <comment>who confirms for a data system</comment>
        <translation>Свой обработчик, через исходящую очередь задач</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="233"/>
        <source>A person, by hand</source>
        <comment>who confirms for a data system</comment>
        <translation>Человек, вручную</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="234"/>
        <source>Data system</source>
        <comment>task kind</comment>
        <translation>Система данных</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="235"/>
        <source>Recipient notice</source>
        <comment>task kind</comment>
        <translation>Уведомление получателя</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="236"/>
        <source>Open</source>
        <comment>task state</comment>
        <translation>Открыта</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="237"/>
        <source>Done</source>
        <comment>task state</comment>
        <translation>Выполнена</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="238"/>
        <source>Failed</source>
        <comment>task state</comment>
        <translation>Не удалась</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="239"/>
        <source>Data system added</source>
        <comment>audit action</comment>
        <translation>Система данных добавлена</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="240"/>
        <source>Data system changed</source>
        <comment>audit action</comment>
        <translation>Система данных изменена</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="241"/>
        <source>Task confirmed</source>
        <comment>audit action</comment>
        <translation>Задача подтверждена</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="242"/>
        <source>Failed task retried</source>
        <comment>audit action</comment>
        <translation>Неудавшаяся задача повторена</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="243"/>
        <source>Closed with tasks open (supervisor)</source>
        <comment>audit action</comment>
        <translation>Закрыто с открытыми задачами (супервайзер)</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="244"/>
        <source>Data system</source>
        <comment>audit entity</comment>
        <translation>Система данных</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="245"/>
        <source>Task</source>
        <comment>audit entity</comment>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="246"/>
        <source>Data systems</source>
        <comment>audit actions</comment>
        <translation>Системы данных</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="247"/>
        <source>Tasks</source>
        <comment>audit actions</comment>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="248"/>
        <source>Refusals</source>
        <comment>audit actions</comment>
        <translation>Отказы</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="249"/>
        <source>Subjects exported with personal data</source>
        <comment>audit action</comment>
        <translation>Субъекты выгружены с персональными данными</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="250"/>
        <source>Documents</source>
        <comment>audit actions</comment>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="251"/>
        <source>Audit trail</source>
        <comment>audit actions</comment>
        <translation>Журнал аудита</translation>
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
        <translation>Претензии и запросы</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="254"/>
        <source>Demo data</source>
        <comment>audit actions</comment>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="255"/>
        <source>Disclosures</source>
        <comment>audit actions</comment>
        <translation>Раскрытия</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="256"/>
        <source>Change feed</source>
        <comment>audit actions</comment>
        <translation>Лента изменений</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="257"/>
        <source>Officers and sign-in</source>
        <comment>audit actions</comment>
        <translation>Сотрудники и вход</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="258"/>
        <source>Settings</source>
        <comment>audit actions</comment>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="259"/>
        <source>Signing keys</source>
        <comment>audit actions</comment>
        <translation>Ключи подписи</translation>
    </message>
    <message>
        <location filename="../models/domain/Vocabulary.cpp" line="260"/>
        <source>Subjects&apos; records</source>
        <comment>audit actions</comment>
        <translation>Записи субъектов</translation>
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
        <translation>Заявления об отзыве</translation>
    </message>
</context>
<context>
    <name>dpo::WithdrawalDialog</name>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="27"/>
        <source>Register a written request to withdraw consent</source>
        <translation>Регистрация письменного заявления об отзыве согласия</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="27"/>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="38"/>
        <source>The written request</source>
        <translation>Письменное заявление</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="43"/>
        <source>Whose consent is withdrawn: find them by name, INN, phone or platform reference</source>
        <translation>Чьё согласие отзывается: найдите по имени, ИНН, телефону или номеру на платформе</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="46"/>
        <source>Whom the reply is addressed to</source>
        <translation>Кому адресован ответ</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="47"/>
        <source>As the letter gives it; empty: the subject&apos;s name</source>
        <translation>Как в письме; пусто — имя субъекта</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="50"/>
        <source>As the letter gives it; empty: the subject&apos;s residence address</source>
        <translation>Как в письме; пусто — адрес проживания субъекта</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="51"/>
        <source>Where the reply goes</source>
        <translation>Куда направляется ответ</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="53"/>
        <source>The day the written request arrived; the target date counts from it</source>
        <translation>День поступления письменного заявления; целевой срок считается от него</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="55"/>
        <source>How the written request arrived</source>
        <translation>Как поступило письменное заявление</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="56"/>
        <source>The whole consent, or only the purposes and data categories ticked below</source>
        <translation>Согласие целиком или только отмеченные ниже цели и категории данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="59"/>
        <source>What the letter says it withdraws, in its own words</source>
        <translation>Что письмо отзывает, его же словами</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="61"/>
        <source>Subject:</source>
        <translation>Субъект:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="62"/>
        <source>Reply to:</source>
        <translation>Ответ кому:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="63"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="64"/>
        <source>Received on:</source>
        <translation>Дата получения:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="65"/>
        <source>How it came:</source>
        <translation>Как поступило:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="66"/>
        <source>Scope:</source>
        <translation>Объём:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="68"/>
        <source>Purposes withdrawn</source>
        <translation>Отозванные цели</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="69"/>
        <source>Data categories withdrawn</source>
        <translation>Отозванные категории данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="70"/>
        <source>Tick each purpose the consent is withdrawn for</source>
        <translation>Отметьте каждую цель, по которой отозвано согласие</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="71"/>
        <source>Tick each data category the consent is withdrawn for</source>
        <translation>Отметьте каждую категорию данных, по которой отозвано согласие</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="73"/>
        <source>Purposes:</source>
        <translation>Цели:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="74"/>
        <source>Data categories:</source>
        <translation>Категории данных:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="75"/>
        <source>Scope in the letter&apos;s words:</source>
        <translation>Объём словами письма:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalDialogs.cpp" line="76"/>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
</context>
<context>
    <name>dpo::WithdrawalLetter</name>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="84"/>
        <source>Reply to your written request to withdraw consent No. %1 of %2</source>
        <extracomment>A letter&apos;s heading. %1: the request&apos;s number; %2: the date it was received.</extracomment>
        <translation>Ответ на ваше письменное заявление об отзыве согласия № %1 от %2</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="93"/>
        <source>To the parent or legal guardian of %1</source>
        <extracomment>A letter&apos;s addressee. %1: the minor&apos;s full name.</extracomment>
        <translation>Родителю или законному представителю несовершеннолетнего: %1</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="97"/>
        <source>On the personal data of a person under 18: case No. %1 of %2</source>
        <extracomment>A letter&apos;s heading. %1: the case&apos;s number; %2: its date.</extracomment>
        <translation>О персональных данных лица, не достигшего 18 лет: дело № %1 от %2</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="105"/>
        <source>We found that we held personal data of %1, who is under 18. We do not knowingly collect personal data of persons under 18, and we destroy such data as soon as possible once we learn of it (privacy policy 9.1); on registering, a user confirms being 18 (12.4).</source>
        <extracomment>A letter to a minor&apos;s parent. %1: the minor&apos;s full name.</extracomment>
        <translation>Мы установили, что обрабатывали персональные данные лица, не достигшего 18 лет: %1. Мы намеренно не собираем персональные данные лиц младше 18 лет и, узнав о таких данных, уничтожаем их как можно скорее (п. 9.1 Политики конфиденциальности); при регистрации пользователь подтверждает, что ему исполнилось 18 лет (п. 12.4).</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="114"/>
        <source>We stopped processing this data on %1.</source>
        <extracomment>%1: a date.</extracomment>
        <translation>Мы прекратили обработку этих данных %1.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="120"/>
        <source>Your request cannot be carried out, for this reason:</source>
        <translation>Ваше заявление не может быть исполнено по следующей причине:</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="126"/>
        <source>Consent is withdrawn by a written application of the subject (policy 12.1.3). You may send it again, with what is missing, at any time.</source>
        <translation>Согласие отзывается письменным заявлением субъекта (п. 12.1.3 политики). Вы можете направить его снова, дополнив недостающее, в любое время.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="135"/>
        <source>Your consent to the processing of your personal data is withdrawn as of %1.</source>
        <extracomment>%1: a date.</extracomment>
        <translation>Ваше согласие на обработку персональных данных отозвано с %1.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="141"/>
        <source>Your consent is withdrawn, as of %1, for what your request names.</source>
        <extracomment>%1: a date.</extracomment>
        <translation>Ваше согласие отозвано с %1 в той части, которую называет ваше заявление.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="170"/>
        <source>What was done with each kind of the data:</source>
        <translation>Что сделано с каждым видом данных:</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="172"/>
        <source>What was done with each kind of your data (policy 12.1.4):</source>
        <translation>Что сделано с каждым видом ваших данных (п. 12.1.4 политики):</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="175"/>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="208"/>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="176"/>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="204"/>
        <source>What each of our systems that held this data is to do, and when it confirmed it:</source>
        <translation>Что должна сделать каждая наша система, хранившая эти данные, и когда она это подтвердила:</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="209"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="155"/>
        <source>Kept until %1 on this ground: %2</source>
        <extracomment>What became of a category, in a letter&apos;s table. %1: a date; %2: the legal ground (and its paragraph or law).</extracomment>
        <translation>Сохраняются до %1 на основании: %2</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="164"/>
        <source>paragraph %1</source>
        <extracomment>Follows the name of Article 15 as a ground, in a letter. %1: the paragraph&apos;s number, e.g. &quot;2&quot; or &quot;3.1&quot;.</extracomment>
        <translation>пункт %1</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="191"/>
        <source>Backup copies are overwritten by %1</source>
        <extracomment>When a backup&apos;s copies are gone, in a letter&apos;s table. %1: a date.</extracomment>
        <translation>Резервные копии перезаписываются до %1</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="194"/>
        <source>Not yet confirmed</source>
        <translation>Пока не подтверждено</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="207"/>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="210"/>
        <source>Confirmed on</source>
        <translation>Дата подтверждения</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="226"/>
        <source>Your data is no longer processed for:</source>
        <translation>Ваши данные больше не обрабатываются для:</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="233"/>
        <source>The organisations that received this data are told what was done with it:</source>
        <translation>Организациям, получившим эти данные, сообщено, что с ними сделано:</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="236"/>
        <source>The organisations that received your data are told of the withdrawal:</source>
        <translation>Организации, получившие ваши данные, уведомлены об отзыве:</translation>
    </message>
</context>
<context>
    <name>dpo::WithdrawalLetterService</name>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="42"/>
        <source>Request %1 is not executed or rejected yet: the reply says what was done.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Заявление %1 ещё не исполнено и не отклонено: в ответе говорится о том, что сделано.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="59"/>
        <source>Case %1 is a retention review: it writes to no one.</source>
        <extracomment>%1: the case&apos;s number.</extracomment>
        <translation>Дело %1 — пересмотр сроков хранения: оно никому не пишет.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="67"/>
        <source>Case %1 found the subject is not under 18: there is nothing to write to a parent or guardian.</source>
        <extracomment>%1: the case&apos;s number.</extracomment>
        <translation>Дело %1 установило, что субъекту уже исполнилось 18 лет: писать родителю или законному представителю нечего.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalLetterService.cpp" line="74"/>
        <source>Case %1 knows no address of the minor&apos;s parent or guardian: it closes without a letter.</source>
        <extracomment>%1: the case&apos;s number.</extracomment>
        <translation>В деле %1 не известен адрес родителя или законного представителя несовершеннолетнего: дело закрывается без письма.</translation>
    </message>
</context>
<context>
    <name>dpo::WithdrawalPane</name>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="30"/>
        <source>Withdrawals</source>
        <translation>Отзывы согласия</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="35"/>
        <source>Identity verified…</source>
        <extracomment>A button: records that the requester&apos;s identity was verified.</extracomment>
        <translation>Личность проверена…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="36"/>
        <source>Record how the identity of the request&apos;s author was checked</source>
        <translation>Записать, как проверена личность автора заявления</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="37"/>
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="38"/>
        <source>Refuse the request with its reason; the letter says why</source>
        <translation>Отказать по заявлению с указанием причины; письмо объясняет почему</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="39"/>
        <source>Decide…</source>
        <translation>Решение…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="40"/>
        <source>Decide per data category: destroy, depersonalise, block or keep on a legal ground until a date</source>
        <translation>Решить по каждой категории данных: уничтожить, обезличить, заблокировать или хранить на правовом основании до даты</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="42"/>
        <source>Approve…</source>
        <translation>Утвердить…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="43"/>
        <source>A supervisor other than the proposing officer approves the keeps</source>
        <translation>Хранение утверждает руководитель, не предлагавший его</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="45"/>
        <source>Execute…</source>
        <translation>Исполнить…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="46"/>
        <source>Carry out every decision at once; destroyed values cannot be brought back</source>
        <translation>Исполнить все решения разом; уничтоженные значения не вернуть</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="48"/>
        <source>Recipient told…</source>
        <translation>Получатель уведомлён…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="49"/>
        <source>Record the day and the way the selected recipient was told</source>
        <translation>Записать день и способ уведомления выбранного получателя</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="50"/>
        <source>Reply sent…</source>
        <translation>Ответ отправлен…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="51"/>
        <source>Record that the reply was sent to the subject; this closes the request</source>
        <translation>Записать, что ответ отправлен субъекту; это закрывает заявление</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="53"/>
        <source>Confirm task…</source>
        <translation>Подтвердить задачу…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="54"/>
        <source>Record by hand that a data system carried out its task</source>
        <translation>Записать вручную, что система данных выполнила задачу</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="55"/>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="416"/>
        <source>Retry task</source>
        <translation>Повторить задачу</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="56"/>
        <source>Send the selected failed task to its data system again</source>
        <translation>Отправить выбранную неудавшуюся задачу её системе данных снова</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="57"/>
        <source>Allow closing…</source>
        <translation>Разрешить закрытие…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="58"/>
        <source>A supervisor lets the request close with tasks still open, stating the reason</source>
        <translation>Руководитель разрешает закрыть заявление при открытых задачах, указав причину</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="61"/>
        <source>Decision per data category</source>
        <translation>Решение по каждой категории данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="63"/>
        <source>For each data category: what is done with it, on what ground and until when</source>
        <translation>Для каждой категории данных: что с ней делается, на каком основании и до какого дня</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="64"/>
        <source>Recipients to tell</source>
        <translation>Получатели, которых нужно уведомить</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="66"/>
        <source>Each recipient that received the subject&apos;s data, and when and how it was told</source>
        <translation>Каждый получатель данных субъекта и когда и как он уведомлён</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="67"/>
        <source>Tasks of the data systems</source>
        <translation>Задачи систем данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="69"/>
        <source>What each data system must do and whether it confirmed; select one to confirm or retry it</source>
        <translation>Что должна сделать каждая система данных и подтвердила ли; выберите, чтобы подтвердить или повторить</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="73"/>
        <source>Reply letter: request No. %1</source>
        <extracomment>A dialog&apos;s title. %1: the request&apos;s number.</extracomment>
        <translation>Письмо-ответ: заявление № %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="82"/>
        <source>The document is attached to request No. %1.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Документ приложен к заявлению № %1.</translation>
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
        <translation>Дело:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="147"/>
        <source>Opened by the officer: the subject is under 18 (policy 9.1, 12.4)</source>
        <translation>Открыто сотрудником: субъекту нет 18 лет (пп. 9.1, 12.4 политики)</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="149"/>
        <source>Letter to:</source>
        <translation>Письмо кому:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="152"/>
        <source>No address of a parent or guardian is known: the case closes without a letter.</source>
        <translation>Адрес родителя или законного представителя неизвестен: дело закрывается без письма.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="157"/>
        <source>the parent or legal guardian of %1</source>
        <extracomment>The addressee of a letter. %1: the minor&apos;s full name.</extracomment>
        <translation>родитель или законный представитель несовершеннолетнего: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="161"/>
        <source>Opened by the officer: the retention review (policy 6.2-6.3); it writes to no one</source>
        <translation>Открыто сотрудником: пересмотр сроков хранения (пп. 6.2-6.3 политики); писем никому не направляется</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="164"/>
        <source>Reply to:</source>
        <translation>Ответ кому:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="167"/>
        <source>Received:</source>
        <extracomment>A label: the day and way the request was received.</extracomment>
        <translation>Получено:</translation>
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
        <translation>Подписанная форма:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="176"/>
        <source>%1 in the platform&apos;s archive, SHA-256 %2</source>
        <extracomment>%1: the form&apos;s reference in the platform&apos;s archive; %2: its SHA-256 hash.</extracomment>
        <translation>%1 в архиве платформы, SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="184"/>
        <source>Scope:</source>
        <translation>Объём:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="190"/>
        <source>Target date:</source>
        <translation>Целевой срок:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="192"/>
        <source>Identity:</source>
        <translation>Личность:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="197"/>
        <source>Rejected:</source>
        <extracomment>A label: when and why the request was rejected.</extracomment>
        <translation>Отклонено:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="202"/>
        <source>Executed:</source>
        <extracomment>A label: when the request&apos;s decisions were executed.</extracomment>
        <translation>Исполнено:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="204"/>
        <source>Reply sent:</source>
        <translation>Ответ отправлен:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="208"/>
        <source>Registered by:</source>
        <translation>Зарегистрировал:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="216"/>
        <source>Select a request in the list to work on it.</source>
        <translation>Выберите заявление в списке, чтобы работать с ним.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="230"/>
        <source>Case for a minor No. %1: %2</source>
        <extracomment>A case&apos;s title. %1: its number; %2: its state, e.g. &quot;Received&quot;.</extracomment>
        <translation>Дело несовершеннолетнего № %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="233"/>
        <source>Retention review No. %1: %2</source>
        <extracomment>A case&apos;s title. %1: its number; %2: its state, e.g. &quot;Received&quot;.</extracomment>
        <translation>Пересмотр сроков хранения № %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="236"/>
        <source>Withdrawal request No. %1: %2</source>
        <extracomment>A case&apos;s title. %1: its number; %2: its state, e.g. &quot;Received&quot;.</extracomment>
        <translation>Заявление об отзыве № %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="250"/>
        <source>until %1</source>
        <extracomment>In a table cell: how long a category is kept. %1: a date.</extracomment>
        <translation>до %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="261"/>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="314"/>
        <source>Data category</source>
        <translation>Категория данных</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="261"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="261"/>
        <source>Legal ground</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="261"/>
        <source>Justification</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="262"/>
        <source>Proposed by</source>
        <translation>Предложил</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="262"/>
        <source>Approved by</source>
        <translation>Утвердил</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="271"/>
        <source>not yet told</source>
        <translation>ещё не уведомлён</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="277"/>
        <source>Recipient to tell</source>
        <translation>Получатель для уведомления</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="277"/>
        <source>Data it received</source>
        <translation>Полученные данные</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="277"/>
        <source>Told on</source>
        <translation>Дата уведомления</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="277"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="277"/>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="317"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="296"/>
        <source>%1, overdue</source>
        <extracomment>A task&apos;s state in a table cell. %1: the state, e.g. &quot;Open&quot;.</extracomment>
        <translation>%1, просрочена</translation>
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
        <translation>(уведомить получателя)</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="314"/>
        <source>System or recipient</source>
        <translation>Система или получатель</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="314"/>
        <source>Asked to</source>
        <translation>Поручено</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="315"/>
        <source>Task</source>
        <comment>its state</comment>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="315"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="315"/>
        <source>Attempt</source>
        <translation>Попытка</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="317"/>
        <source>Confirmed</source>
        <extracomment>A column: when and by whom the task was confirmed.</extracomment>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="340"/>
        <source>A supervisor signs in to approve.</source>
        <translation>Для утверждения входит руководитель.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="358"/>
        <source>Let the request close while some of its tasks are not yet done: a supervisor who did not execute it signs in.</source>
        <translation>Разрешить закрыть запрос, пока часть задач не выполнена: входит руководитель, не исполнявший его.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="367"/>
        <source>Tell %1 of the withdrawal</source>
        <extracomment>A dialog&apos;s title. %1: the recipient&apos;s name.</extracomment>
        <translation>Уведомить об отзыве: %1</translation>
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
        <translation>Задача %1 записана.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="416"/>
        <source>Why it may work now (optional):</source>
        <translation>Почему теперь может получиться (необязательно):</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="421"/>
        <source>Task %1 is open again for another attempt.</source>
        <extracomment>%1: the task&apos;s number.</extracomment>
        <translation>Задача %1 снова открыта для новой попытки.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="440"/>
        <source>Request No. %1 may close with its tasks open; they stay open until confirmed.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Запрос № %1 можно закрыть с открытыми задачами; они остаются открытыми до подтверждения.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="449"/>
        <source>Identity of the requester: request No. %1</source>
        <extracomment>A dialog&apos;s title. %1: the request&apos;s number.</extracomment>
        <translation>Личность заявителя: заявление № %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="451"/>
        <source>Verified</source>
        <extracomment>A button: confirms that the requester&apos;s identity is verified.</extracomment>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="451"/>
        <source>How it was verified:</source>
        <translation>Как проверена:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="452"/>
        <source>How the author was shown to be the subject</source>
        <translation>Как установлено, что автор — субъект</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="461"/>
        <source>The identity for request No. %1 is verified.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Личность по заявлению № %1 проверена.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="468"/>
        <source>Reject request No. %1</source>
        <extracomment>A dialog&apos;s title. %1: the request&apos;s number.</extracomment>
        <translation>Отклонить заявление № %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="468"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="469"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="470"/>
        <source>Why the request is refused; the rejection letter says so</source>
        <translation>Почему в заявлении отказано; об этом скажет письмо об отказе</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="486"/>
        <source>Request No. %1 is rejected; its letter says why.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Заявление № %1 отклонено; причина указана в письме.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="500"/>
        <source>The decisions on request No. %1 are recorded.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Решения по заявлению № %1 записаны.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="514"/>
        <source>Keeping data under request No. %1 is approved.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Сохранение данных по заявлению № %1 утверждено.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="521"/>
        <source>Execute the decisions</source>
        <translation>Исполнение решений</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="523"/>
        <source>Execute the decisions on request No. %1 now? Destroyed and depersonalised values cannot be brought back.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Исполнить решения по заявлению № %1 сейчас? Уничтоженные и обезличенные данные восстановить нельзя.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="530"/>
        <source>Request No. %1 is executed; tell each recipient, then send the reply.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Заявление № %1 исполнено; уведомите каждого получателя, затем отправьте ответ.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="547"/>
        <source>%1 told of the withdrawal</source>
        <extracomment>A dialog&apos;s title. %1: the recipient&apos;s name.</extracomment>
        <translation>%1 уведомлён об отзыве</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="548"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="556"/>
        <source>%1 is recorded as told.</source>
        <extracomment>%1: the recipient&apos;s name.</extracomment>
        <translation>%1 записан(а) как уведомлённый.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="563"/>
        <source>The reply to request No. %1 was sent</source>
        <extracomment>A dialog&apos;s title. %1: the request&apos;s number.</extracomment>
        <translation>Ответ на заявление № %1 отправлен</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="565"/>
        <source>Tracking number:</source>
        <translation>Трек-номер:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalPane.cpp" line="583"/>
        <source>The reply to request No. %1 is logged; the request is closed.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Ответ на заявление № %1 записан; заявление закрыто.</translation>
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
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../models/items/WithdrawalRegister.cpp" line="17"/>
        <source>Received</source>
        <extracomment>A column: the day the request was received.</extracomment>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../models/items/WithdrawalRegister.cpp" line="18"/>
        <source>Target date</source>
        <translation>Целевой срок</translation>
    </message>
    <message>
        <location filename="../models/items/WithdrawalRegister.cpp" line="19"/>
        <source>Deadline</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../models/items/WithdrawalRegister.cpp" line="20"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../models/items/WithdrawalRegister.cpp" line="21"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
</context>
<context>
    <name>dpo::WithdrawalService</name>
    <message>
        <location filename="../models/services/WithdrawalExecution.cpp" line="246"/>
        <source>execute a withdrawal</source>
        <translation>исполнить отзыв</translation>
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
        <translation>Заявление об отзыве %1</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalExecution.cpp" line="252"/>
        <source>Request %1 is %2: only decided requests are executed.</source>
        <extracomment>%1: the request&apos;s number; %2: its state, e.g. &quot;Received&quot;.</extracomment>
        <translation>Заявление %1 — «%2»: исполняются только заявления с принятым решением.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalExecution.cpp" line="259"/>
        <source>Request %1 has nothing to execute: decide its categories first.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>По заявлению %1 нечего исполнять: сначала примите решения по категориям.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalExecution.cpp" line="266"/>
        <source>Keeping &quot;%1&quot; needs a supervisor&apos;s approval before request %2 is executed.</source>
        <extracomment>%1: the category&apos;s code or name; %2: the request&apos;s number.</extracomment>
        <translation>Сохранение «%1» должно быть утверждено руководителем до исполнения заявления %2.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalQueries.cpp" line="107"/>
        <location filename="../models/services/WithdrawalSupport.h" line="54"/>
        <source>Withdrawal request %1 does not exist.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Заявления об отзыве %1 нет.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="98"/>
        <source>register a withdrawal request</source>
        <translation>зарегистрировать заявление об отзыве</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="115"/>
        <source>A form signed in the app comes by the channel app_form with its SHA-256.</source>
        <translation>Форма, подписанная в приложении, поступает по каналу app_form вместе с её SHA-256.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="117"/>
        <source>Attach the written request: the policy (12.1.3) accepts written requests only.</source>
        <translation>Приложите письменное заявление: политика (п. 12.1.3) принимает только письменные заявления.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="122"/>
        <source>The date of receipt is missing or not a date.</source>
        <translation>Дата получения не указана или не является датой.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="127"/>
        <source>The date of receipt %1 is in the future.</source>
        <extracomment>%1: a date (YYYY-MM-DD).</extracomment>
        <translation>Дата получения %1 — в будущем.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="131"/>
        <source>&quot;%1&quot; is not a way a request arrives: use %2.</source>
        <extracomment>%1: the channel as given; %2: the channels allowed, separated by commas.</extracomment>
        <translation>«%1» — не способ поступления заявления: %2.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="135"/>
        <source>A partial withdrawal names the purposes or data categories it withdraws.</source>
        <translation>Частичный отзыв называет цели или категории данных, которые отзываются.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="47"/>
        <location filename="../models/services/WithdrawalService.cpp" line="149"/>
        <source>No subject has the platform reference &quot;%1&quot;.</source>
        <extracomment>%1: the platform reference as typed.</extracomment>
        <translation>Нет субъекта с номером на платформе «%1».</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="167"/>
        <source>&quot;%1&quot; is not a processing purpose.</source>
        <extracomment>%1: the purpose as given.</extracomment>
        <translation>«%1» — не цель обработки.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="171"/>
        <source>&quot;%1&quot; is not a data category.</source>
        <extracomment>%1: the category as given.</extracomment>
        <translation>«%1» — не категория данных.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="183"/>
        <source>The subject holds no data of the category &quot;%1&quot;.</source>
        <extracomment>%1: the category&apos;s code.</extracomment>
        <translation>У субъекта нет данных категории «%1».</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="214"/>
        <source>The database did not return the new request&apos;s number.</source>
        <translation>База данных не вернула номер нового заявления.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="253"/>
        <source>verify a requester&apos;s identity</source>
        <translation>проверить личность заявителя</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="259"/>
        <source>&quot;%1&quot; is not a way to verify identity: use %2.</source>
        <extracomment>%1: the method as given; %2: the methods allowed, separated by commas.</extracomment>
        <translation>«%1» — не способ проверки личности: %2.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="262"/>
        <source>Say how the identity was verified.</source>
        <translation>Укажите, как проверена личность.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="268"/>
        <source>Request %1 is %2: its identity is checked only once, on receipt.</source>
        <extracomment>%1: the request&apos;s number; %2: its state, e.g. &quot;Decided&quot;.</extracomment>
        <translation>Заявление %1 — «%2»: личность проверяется один раз, при получении.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="290"/>
        <source>reject a withdrawal request</source>
        <translation>отклонить заявление об отзыве</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="299"/>
        <source>Case %1 is a retention review: it is not rejected; decide each category (destroy, or keep on a ground until a new date).</source>
        <extracomment>%1: the case&apos;s number.</extracomment>
        <translation>Дело %1 — пересмотр сроков хранения: оно не отклоняется; примите решение по каждой категории (уничтожить или хранить на правовом основании до новой даты).</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="308"/>
        <source>&quot;%1&quot; is not a reason to reject: use %2.</source>
        <extracomment>%1: the reason as given; %2: the reasons allowed, separated by commas.</extracomment>
        <translation>«%1» — не причина отказа: %2.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="314"/>
        <source>Request %1 is %2: only a request not yet decided can be rejected.</source>
        <extracomment>%1: the request&apos;s number; %2: its state, e.g. &quot;Decided&quot;.</extracomment>
        <translation>Заявление %1 — «%2»: отклонить можно только заявление, по которому ещё нет решения.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="31"/>
        <source>decide on a withdrawal request</source>
        <translation>принять решение по заявлению об отзыве</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="38"/>
        <source>Request %1 is %2: decisions are made after the identity is verified and before execution.</source>
        <extracomment>%1: the request&apos;s number; %2: its state, e.g. &quot;Received&quot;.</extracomment>
        <translation>Заявление %1 — «%2»: решения принимаются после проверки личности и до исполнения.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="62"/>
        <source>The category &quot;%1&quot; is not in this request&apos;s scope.</source>
        <extracomment>%1: the category&apos;s code or name.</extracomment>
        <translation>Категория «%1» не входит в объём этого заявления.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="66"/>
        <source>The category &quot;%1&quot; is decided twice.</source>
        <extracomment>%1: the category&apos;s code or name.</extracomment>
        <translation>По категории «%1» решение принято дважды.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="94"/>
        <source>The decision on &quot;%1&quot; needs its justification.</source>
        <extracomment>%1: the category&apos;s code or name.</extracomment>
        <translation>Решению по «%1» нужно обоснование.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="100"/>
        <source>Keeping &quot;%1&quot;: &quot;%2&quot; names no law. Keep it under another law, naming the law and its article.</source>
        <extracomment>%1: the category&apos;s code or name; %2: the ground as given.</extracomment>
        <translation>Сохранение «%1»: «%2» не называет закона. Сохраните по другому закону, указав закон и его статью.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="107"/>
        <source>Keeping &quot;%1&quot; needs a legal ground: %2.</source>
        <extracomment>%1: the category&apos;s code or name; %2: the grounds allowed, separated by commas.</extracomment>
        <translation>Для сохранения «%1» нужно правовое основание: %2.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="112"/>
        <source>Keeping &quot;%1&quot; needs the date until which it is kept, after today: nothing is kept forever (policy 6.3).</source>
        <extracomment>%1: the category&apos;s code or name.</extracomment>
        <translation>Для сохранения «%1» нужна дата окончания позже сегодняшней: ничего не хранится вечно (п. 6.3 политики).</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="121"/>
        <source>Keeping &quot;%1&quot; under Art. 15 names its paragraph (such as 2 or 3.1).</source>
        <extracomment>%1: the category&apos;s code or name.</extracomment>
        <translation>Сохранение «%1» по ст. 15 указывает пункт (например, 2 или 3.1).</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="126"/>
        <source>Keeping &quot;%1&quot; under another law names that law.</source>
        <extracomment>%1: the category&apos;s code or name.</extracomment>
        <translation>Сохранение «%1» по другому закону называет этот закон.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="130"/>
        <source>Only a keep decision has a legal ground (&quot;%1&quot;).</source>
        <extracomment>%1: the category&apos;s code or name.</extracomment>
        <translation>Правовое основание бывает только у решения о сохранении («%1»).</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="78"/>
        <source>Decide every category in scope; not yet decided: %1.</source>
        <extracomment>%1: the categories not yet decided, separated by commas.</extracomment>
        <translation>Примите решение по каждой категории; ещё не решено: %1.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="82"/>
        <source>Destroying or depersonalising the identity document leaves a name without its INN: destroy or depersonalise the personal details too.</source>
        <translation>Уничтожение или обезличивание документа, удостоверяющего личность, оставит имя без ПИН: уничтожьте или обезличьте и личные данные.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="172"/>
        <source>approve keeping data</source>
        <translation>утвердить сохранение данных</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="179"/>
        <source>Request %1 is %2: only decided requests are approved.</source>
        <extracomment>%1: the request&apos;s number; %2: its state, e.g. &quot;Received&quot;.</extracomment>
        <translation>Заявление %1 — «%2»: утверждаются только заявления с принятым решением.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="193"/>
        <source>%1 proposed keeping data under request %2 and cannot also approve it: another supervisor signs in to approve.</source>
        <extracomment>%1: the supervisor&apos;s name; %2: the request&apos;s number.</extracomment>
        <translation>%1 предложил(а) сохранить данные по заявлению %2 и не может это утвердить: для утверждения входит другой руководитель.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalDecisions.cpp" line="201"/>
        <source>Request %1 keeps nothing: it needs no approval.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>По заявлению %1 ничего не сохраняется: утверждение не нужно.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="86"/>
        <location filename="../models/services/WithdrawalClosing.cpp" line="99"/>
        <source>record a recipient&apos;s notice</source>
        <translation>записать уведомление получателя</translation>
    </message>
    <message>
        <location filename="../models/services/RecipientNotice.cpp" line="23"/>
        <source>&quot;%1&quot; is not a way to tell a recipient: use %2.</source>
        <extracomment>%1: the method as given; %2: the methods allowed, separated by commas.</extracomment>
        <translation>«%1» — не способ уведомить получателя: %2.</translation>
    </message>
    <message>
        <location filename="../models/services/RecipientNotice.cpp" line="36"/>
        <source>Notice %1 does not exist.</source>
        <extracomment>%1: the notice&apos;s number.</extracomment>
        <translation>Уведомления %1 нет.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="58"/>
        <source>Request %1 is %2: recipients are told after execution and before the reply.</source>
        <extracomment>%1: the request&apos;s number; %2: its state, e.g. &quot;Decided&quot;.</extracomment>
        <translation>Заявление %1 — «%2»: получателей уведомляют после исполнения и до ответа.</translation>
    </message>
    <message>
        <location filename="../models/services/RecipientNotice.cpp" line="48"/>
        <source>The day the recipient was told must be between the receipt (%1) and today.</source>
        <extracomment>%1: the date of receipt (YYYY-MM-DD).</extracomment>
        <translation>День уведомления получателя должен быть между получением (%1) и сегодняшним днём.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="114"/>
        <source>Request %1 has no recipient left to tell.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>У заявления %1 не осталось получателей для уведомления.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="127"/>
        <source>log the reply</source>
        <translation>записать ответ</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="136"/>
        <source>Request %1 came from the subject: it closes with the reply.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Заявление %1 подано субъектом: оно закрывается ответом.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="141"/>
        <source>Case %1 has an address for the letter to the parent or guardian: send it.</source>
        <extracomment>%1: the case&apos;s number.</extracomment>
        <translation>В деле %1 есть адрес для письма родителю или законному представителю: отправьте его.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="147"/>
        <source>Case %1 is a retention review: it writes to no one and closes with &quot;none&quot;.</source>
        <extracomment>%1: the case&apos;s number.</extracomment>
        <translation>Дело %1 — пересмотр сроков хранения: оно никому не пишет и закрывается с «none».</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="153"/>
        <source>&quot;%1&quot; is not a way to send the reply: use %2.</source>
        <extracomment>%1: the method as given; %2: the methods allowed, separated by commas.</extracomment>
        <translation>«%1» — не способ отправки ответа: %2.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="158"/>
        <source>A reply sent by post needs its tracking number.</source>
        <translation>Для ответа почтой нужен трек-номер.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="162"/>
        <source>Request %1 is %2: the reply is sent once the decisions are executed.</source>
        <extracomment>%1: the request&apos;s number; %2: its state, e.g. &quot;Decided&quot;.</extracomment>
        <translation>Заявление %1 — «%2»: ответ отправляется после исполнения решений.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="168"/>
        <source>The reply&apos;s date must be between the receipt (%1) and today.</source>
        <extracomment>%1: the date of receipt (YYYY-MM-DD).</extracomment>
        <translation>Дата ответа должна быть между получением (%1) и сегодняшним днём.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="182"/>
        <source>Tell every recipient first; not yet told: %1.</source>
        <extracomment>%1: the recipients&apos; names, separated by commas.</extracomment>
        <translation>Сначала уведомите каждого получателя; ещё не уведомлены: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/services/WithdrawalClosing.cpp" line="190"/>
        <source>Request %1 waits for %n task(s) not yet confirmed done (%2); a supervisor may allow closing it with the reason.</source>
        <extracomment>%1: the request&apos;s number; %n: the number of tasks; %2: the first tasks, listed.</extracomment>
        <translation>
            <numerusform>Обращение %1 ждёт %n задачу, выполнение которой ещё не подтверждено (%2); супервайзер может разрешить закрыть его, указав причину.</numerusform>
            <numerusform>Обращение %1 ждёт %n задачи, выполнение которых ещё не подтверждено (%2); супервайзер может разрешить закрыть его, указав причину.</numerusform>
            <numerusform>Обращение %1 ждёт %n задач, выполнение которых ещё не подтверждено (%2); супервайзер может разрешить закрыть его, указав причину.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="221"/>
        <source>allow closing a request with tasks open</source>
        <translation>разрешить закрыть обращение с открытыми задачами</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="227"/>
        <source>Request %1 is %2: only an executed request waits for its tasks.</source>
        <extracomment>%1: the request&apos;s number; %2: its state, e.g. &quot;Decided&quot;.</extracomment>
        <translation>Обращение %1 — %2: своих задач ждёт только исполненное обращение.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="233"/>
        <source>The reason must say why the request may close before its tasks are done (10 to 1000 characters).</source>
        <translation>Причина должна объяснять, почему обращение можно закрыть до выполнения его задач (от 10 до 1000 символов).</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="242"/>
        <source>%1 executed request %2 and cannot also allow it to close with tasks open: another supervisor signs in for it.</source>
        <extracomment>%1: the supervisor&apos;s name; %2: the request&apos;s number.</extracomment>
        <translation>%1 исполнил(а) обращение %2 и не может также разрешить закрыть его с открытыми задачами: для этого входит другой супервайзер.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalClosing.cpp" line="251"/>
        <source>Request %1 has no task left open: it closes without an exception.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>У обращения %1 не осталось открытых задач: оно закрывается без исключения.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="340"/>
        <source>unblock data</source>
        <translation>разблокировать данные</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="343"/>
        <source>Say why the data is unblocked.</source>
        <translation>Укажите, почему данные разблокированы.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalService.cpp" line="355"/>
        <source>The subject has no blocked data of the category &quot;%1&quot;.</source>
        <extracomment>%1: the category&apos;s code.</extracomment>
        <translation>У субъекта нет заблокированных данных категории «%1».</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalSupport.h" line="68"/>
        <source>The database holds an unknown decision &quot;%1&quot;.</source>
        <extracomment>%1: the decision&apos;s code found in the database.</extracomment>
        <translation>В базе данных неизвестное решение: «%1».</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="59"/>
        <source>open a case for a subject under 18</source>
        <translation>открыть дело по субъекту младше 18 лет</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="68"/>
        <source>open cases for all subjects under 18</source>
        <translation>открыть дела по всем субъектам младше 18 лет</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="113"/>
        <source>Subject %1 does not exist.</source>
        <extracomment>%1: the subject&apos;s number.</extracomment>
        <translation>Субъекта %1 не существует.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="129"/>
        <source>Subject %1 has no birth date on record: a case for a minor rests on one.</source>
        <extracomment>%1: the subject&apos;s platform reference.</extracomment>
        <translation>У субъекта %1 не записана дата рождения: дело несовершеннолетнего основывается на ней.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="134"/>
        <source>Subject %1 is not under 18 by the record (born on %2).</source>
        <extracomment>%1: the subject&apos;s platform reference; %2: the birth date (YYYY-MM-DD).</extracomment>
        <translation>По записи субъекту %1 уже исполнилось 18 лет (родился %2).</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="140"/>
        <source>Subject %1 holds no data any more: there is nothing to destroy.</source>
        <extracomment>%1: the subject&apos;s platform reference.</extracomment>
        <translation>Данных субъекта %1 больше нет: уничтожать нечего.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="153"/>
        <source>Subject %1 already has an open case for a minor: No. %2.</source>
        <extracomment>%1: the subject&apos;s platform reference; %2: the case&apos;s number.</extracomment>
        <translation>По субъекту %1 уже открыто дело несовершеннолетнего: № %2.</translation>
    </message>
    <message>
        <location filename="../models/services/WithdrawalOfficerCases.cpp" line="198"/>
        <source>The database did not return the new case&apos;s number.</source>
        <translation>База данных не вернула номер нового дела.</translation>
    </message>
    <message>
        <location filename="../models/services/RetentionReviewService.cpp" line="119"/>
        <source>Subject %1 already has an open retention review: No. %2.</source>
        <extracomment>%1: the subject&apos;s platform reference; %2: the case&apos;s number.</extracomment>
        <translation>По субъекту %1 уже открыт пересмотр сроков хранения: № %2.</translation>
    </message>
</context>
<context>
    <name>dpo::WithdrawalsPage</name>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="28"/>
        <source>Written requests to withdraw consent</source>
        <translation>Письменные заявления об отзыве согласия</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="29"/>
        <source>Policy 12.1.3-12.1.4: consent is withdrawn by a written application; each data category is destroyed, depersonalised, blocked or kept on a legal ground, and every recipient of the data is told.</source>
        <translation>П. 12.1.3-12.1.4 политики: согласие отзывается письменным заявлением; каждая категория данных уничтожается, обезличивается, блокируется или сохраняется на правовом основании, и каждый получатель данных уведомляется.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="37"/>
        <source>All</source>
        <comment>withdrawals</comment>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="38"/>
        <source>Open</source>
        <comment>withdrawals</comment>
        <translation>Открытые</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="39"/>
        <source>Due today</source>
        <comment>withdrawals</comment>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="40"/>
        <source>Due this week</source>
        <comment>withdrawals</comment>
        <translation>Срок на этой неделе</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="42"/>
        <source>Overdue</source>
        <comment>withdrawals</comment>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="44"/>
        <source>Any state</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="49"/>
        <source>Any officer</source>
        <translation>Любой сотрудник</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="56"/>
        <source>Show all requests, or only those due this week or overdue</source>
        <translation>Показать все заявления или только со сроком на этой неделе либо просроченные</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="57"/>
        <source>Show only the requests at one step</source>
        <translation>Показать только заявления на одном шаге</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="58"/>
        <source>Show only the requests one officer registered</source>
        <translation>Показать только заявления, зарегистрированные одним сотрудником</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="59"/>
        <source>Register…</source>
        <translation>Зарегистрировать…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="60"/>
        <source>Register a written request to withdraw consent, with its letter</source>
        <translation>Зарегистрировать письменное заявление об отзыве согласия с его письмом</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="63"/>
        <source>Cases for minors…</source>
        <translation>Дела несовершеннолетних…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="65"/>
        <source>Open a case to destroy the data of every subject under 18 (policy 9.1, 12.4) without waiting for a request</source>
        <translation>Открыть дело об уничтожении данных каждого субъекта младше 18 лет, не дожидаясь заявления (пп. 9.1, 12.4 политики)</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="70"/>
        <source>Retention review…</source>
        <translation>Пересмотр сроков хранения…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="72"/>
        <source>Keeps whose end has passed, and face photos and videos held after a withdrawal or a closed account (policy 6.2-6.3)</source>
        <translation>Хранение с истёкшим сроком, а также фото и видео лица, хранящиеся после отзыва согласия или закрытия аккаунта (пп. 6.2-6.3 политики)</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="76"/>
        <source>Recipients told…</source>
        <translation>Получатели уведомлены…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="79"/>
        <source>Records that every recipient not yet told of the selected executed requests (Shift or Ctrl to select several) was told, on one day, one way</source>
        <translation>Записывает, что каждый ещё не уведомлённый получатель выделенных исполненных заявлений уведомлён в один день одним способом (Shift или Ctrl, чтобы выделить несколько)</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="89"/>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="110"/>
        <source>Record recipients told</source>
        <translation>Отметить уведомление получателей</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="95"/>
        <source>The recipients of %L1 requests told of the withdrawal</source>
        <extracomment>A dialog&apos;s title. %1: the number of selected requests.</extracomment>
        <translation>Получатели %L1 заявлений уведомлены об отзыве</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="96"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="114"/>
        <source>Recipients of the selected requests told (%L1)</source>
        <extracomment>A dialog&apos;s title. %1: the number of selected requests.</extracomment>
        <translation>Получатели выделенных заявлений уведомлены (%L1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="115"/>
        <source>Request No.</source>
        <translation>№ заявления</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="118"/>
        <source>%Ln recipient(s) told</source>
        <extracomment>%Ln: the number of recipients.</extracomment>
        <translation>
            <numerusform>%Ln получатель уведомлён</numerusform>
            <numerusform>%Ln получателя уведомлены</numerusform>
            <numerusform>%Ln получателей уведомлены</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="147"/>
        <source>Request No. %1 registered.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Заявление № %1 зарегистрировано.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="171"/>
        <source>Retention review cases opened: %1.</source>
        <extracomment>%1: the number of cases opened.</extracomment>
        <translation>Открыто дел пересмотра: %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="180"/>
        <source>Cases for minors</source>
        <translation>Дела несовершеннолетних</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="183"/>
        <source>The platform keeps no data of persons under 18 and destroys what it finds as soon as possible (policy 9.1). Open a case for every subject under 18 who still holds data and has no case open? Each case is then decided, approved where something is kept, and executed here, as a withdrawal is.</source>
        <translation>Платформа не хранит данных лиц младше 18 лет и уничтожает найденное как можно скорее (п. 9.1 политики). Открыть дело по каждому субъекту младше 18 лет, чьи данные ещё хранятся и у кого нет открытого дела? Затем каждое дело решается, утверждается, если что-то сохраняется, и исполняется здесь, как отзыв согласия.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WithdrawalsPage.cpp" line="195"/>
        <source>Cases opened: %1. Subjects under 18 whose case was already open: %2.</source>
        <extracomment>%1: the number of cases opened; %2: the number of subjects whose case was already open.</extracomment>
        <translation>Открыто дел: %1. Субъектов младше 18 лет, чьё дело уже было открыто: %2.</translation>
    </message>
</context>
<context>
    <name>dpo::cli</name>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="56"/>
        <location filename="../app/cli/ClaimCommands.cpp" line="61"/>
        <location filename="../app/cli/FeedCommands.cpp" line="69"/>
        <source>Output format: text or json.</source>
        <translation>Формат вывода: text или json.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="58"/>
        <source>Check the database&apos;s anchors too.</source>
        <translation>Проверить и якоря из базы данных.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="60"/>
        <source>Check the anchors in this folder too (as `audit anchors --out` wrote them).</source>
        <translation>Проверить и якоря из этой папки (в том виде, в каком их записала `audit anchors --out`).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="74"/>
        <location filename="../app/cli/ClaimCommands.cpp" line="81"/>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <extracomment>%1: the format name as typed after --format.</extracomment>
        <translation>Неизвестный формат «%1»: используйте text или json.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="121"/>
        <source>The audit chain does not hold the anchor of entry %1, time-stamped at %2 UTC (%3): %4. Its entries hash and link, so the history up to that entry was rewritten after it was anchored.
</source>
        <extracomment>%1: the anchored entry&apos;s sequence number; %2: the time-stamp&apos;s time (UTC); %3: where the anchor was read, &quot;the database&quot; or a file&apos;s path; %4: why it does not hold.</extracomment>
        <translation>Цепочка аудита не соответствует якорю записи %1 со штампом времени %2 UTC (%3): %4. Хэши и связи записей верны, значит, история до этой записи была переписана после закрепления.
</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="126"/>
        <source>the database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="131"/>
        <source>The audit chain is intact: %1 entries, head %2 %3.
</source>
        <extracomment>%1: the number of entries; %2: the head entry&apos;s sequence number; %3: its SHA-256 hash in hex.</extracomment>
        <translation>Цепочка аудита цела: записей %1, голова %2 %3.
</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="112"/>
        <source>The audit chain is broken at entry %1 (%2): %3. The %4 entries before it verify.
</source>
        <extracomment>%1: the sequence number of the first broken entry; %2: a problem code, e.g. &quot;hash&quot;; %3: what is wrong, in words; %4: the number of entries before it.</extracomment>
        <translation>Цепочка аудита нарушена на записи %1 (%2): %3. Предшествующие ей записи (%4) проверку проходят.
</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="49"/>
        <source>Re-computes the whole audit chain (docs/audit.md). Exit 0 and the entry count and head hash when it is intact; exit 1 naming the first entry that breaks and how (hash_mismatch, sequence_gap, broken_link) when not. With --anchors (the database&apos;s) or --anchors-from DIR (anchors copied out of it), also that the chain still has each anchored head: exit 1 naming the first anchor it does not, which finds a rewrite of the history even when every hash was recomputed.</source>
        <translation>Заново вычисляет всю цепочку аудита (docs/audit.md). Код 0, число записей и хэш вершины, если цепочка не нарушена; код 1 с первой нарушенной записью и видом нарушения (hash_mismatch, sequence_gap, broken_link), если нарушена. С --anchors (якоря из базы) или --anchors-from DIR (якоря, скопированные из неё) проверяется и то, что каждая закреплённая вершина по-прежнему есть в цепочке: код 1 с первым якорем, которому цепочка не соответствует; так находится переписанная история, даже если все хэши пересчитаны.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="137"/>
        <source>It holds all %1 anchors; the last pins entry %2, time-stamped at %3 UTC.
</source>
        <extracomment>%1: the number of anchors; %2: the last anchored entry&apos;s number; %3: its time (UTC).</extracomment>
        <translation>Цепочка соответствует всем якорям (%1); последний закрепляет запись %2, штамп времени %3 UTC.
</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="143"/>
        <source>There are no anchors to check (dpo-console audit anchor).
</source>
        <translation>Якорей для проверки нет (dpo-console audit anchor).
</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="146"/>
        <source>Checked in %1 s.</source>
        <extracomment>%1: seconds with two decimals, e.g. &quot;0.42&quot;.</extracomment>
        <translation>Проверено за %1 с.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="487"/>
        <source>Set DPO_CONSOLE_KEY_PASSPHRASE to the signing key&apos;s passphrase.</source>
        <translation>Задайте в DPO_CONSOLE_KEY_PASSPHRASE парольную фразу ключа подписи.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="155"/>
        <source>Anchors the audit chain: the time-stamping authority set with `keys time-stamping` stamps the chain&apos;s head (its number and hash), and the token is kept in the database (docs/audit.md, &quot;Anchors&quot;). Meant for a daily timer; `audit anchors --out DIR` copies the anchors out, `audit verify --anchors` checks them.</source>
        <translation>Закрепляет цепочку аудита: служба штампов времени, заданная `keys time-stamping`, ставит штамп времени на вершину цепочки (её номер и хэш), штамп хранится в базе данных (docs/audit.md, «Anchors»). Для ежедневного таймера; `audit anchors --out DIR` копирует якоря, `audit verify --anchors` проверяет их.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="172"/>
        <source>Anchored entry %1 (%2): time-stamped at %3 UTC by %4.
</source>
        <extracomment>%1: the entry&apos;s sequence number; %2: its hash; %3: the authority&apos;s time (UTC); %4: the authority&apos;s address.</extracomment>
        <translation>Запись %1 закреплена (%2): штамп времени %3 UTC, служба %4.
</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="183"/>
        <source>Lists the anchors of the audit chain: the entry, the authority&apos;s time, the hash. With --out, writes each as anchor-SEQ.txt (what was stamped) and anchor-SEQ.tst (the authority&apos;s token), which `openssl ts -verify -data anchor-SEQ.txt -in anchor-SEQ.tst -token_in -CAfile ROOT` checks; keep them away from the database.</source>
        <translation>Выводит якоря цепочки аудита: запись, время службы, хэш. С --out записывает каждый как anchor-SEQ.txt (то, на что поставлен штамп) и anchor-SEQ.tst (штамп службы); их проверяет `openssl ts -verify -data anchor-SEQ.txt -in anchor-SEQ.tst -token_in -CAfile ROOT`. Храните их отдельно от базы данных.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="189"/>
        <source>The folder to write the anchors to.</source>
        <translation>Папка, в которую записать якоря.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="205"/>
        <source>Wrote %1 anchors to %2.</source>
        <extracomment>%1: the number of anchors; %2: the folder.</extracomment>
        <translation>Якоря записаны в %2 (число: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="207"/>
        <source>There are no anchors (dpo-console audit anchor).</source>
        <translation>Якорей нет (dpo-console audit anchor).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="216"/>
        <source>Exports the audit trail for an inspection: PDF for printing (Kyrgyz or Russian), CSV or JSON Lines for other tools. Days are Bishkek days, both included. The export is itself audited.</source>
        <translation>Выгружает журнал аудита для проверки: PDF для печати (на кыргызском или русском), CSV или JSON Lines для других программ. Дни — по времени Бишкека, оба включительно. Сама выгрузка тоже записывается в аудит.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="223"/>
        <source>First day, YYYY-MM-DD.</source>
        <translation>Первый день, ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="224"/>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>Последний день, ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="226"/>
        <source>Only the entries about this subject (platform reference).</source>
        <translation>Только записи об этом субъекте (ссылка платформы).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="232"/>
        <source>The PDF&apos;s language: ky or ru (default ru).</source>
        <translation>Язык PDF: ky или ru (по умолчанию ru).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="229"/>
        <source>pdf, csv or jsonl; several, comma-separated (pdf,csv,jsonl), make a set in the folder --out: a file each and a signed manifest.</source>
        <translation>pdf, csv или jsonl; несколько через запятую (pdf,csv,jsonl) создают набор в папке --out: по файлу на формат и подписанный манифест.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="234"/>
        <source>The file to write (a set: the folder).</source>
        <translation>Файл для записи (для набора — папка).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="238"/>
        <source>The organisation&apos;s signing key (PKCS#8 PEM); required once the database has one. Default: the path `keys init` configured. The passphrase comes from DPO_CONSOLE_KEY_PASSPHRASE.</source>
        <translation>Ключ подписи организации (PKCS#8 PEM); обязателен, когда он есть у базы. По умолчанию — путь, заданный `keys init`. Парольная фраза берётся из DPO_CONSOLE_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="250"/>
        <source>--format pdf|csv|jsonl is required.</source>
        <translation>Требуется --format pdf|csv|jsonl.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="252"/>
        <source>--out FILE is required.</source>
        <translation>Требуется --out FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="261"/>
        <location filename="../app/cli/Commands.cpp" line="212"/>
        <source>--lang must be ky or ru.</source>
        <translation>--lang должен быть ky или ru.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="266"/>
        <source>--to is before --from.</source>
        <translation>--to раньше, чем --from.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="291"/>
        <source>Exported %1 entries (%2 to %3) to %4 in %5 s; chain head %6 %7.</source>
        <extracomment>%1: the number of entries; %2 and %3: the first and last sequence numbers; %4: the output file&apos;s path; %5: seconds with two decimals; %6: the head entry&apos;s sequence number; %7: its SHA-256 hash.</extracomment>
        <translation>Выгружено записей: %1 (с %2 по %3) в %4 за %5 с; голова цепочки %6 %7.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="304"/>
        <source>A set: %1 lists %2 with their SHA-256, and is what is signed.</source>
        <extracomment>%1: the path of a set&apos;s manifest; %2: the files it lists, comma-separated.</extracomment>
        <translation>Набор: в %1 перечислены %2 с их SHA-256, подписывается он.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="309"/>
        <source>Signed with key %1: %2</source>
        <extracomment>%1: the signing key&apos;s fingerprint (hex); %2: the path of the signature file written.</extracomment>
        <translation>Подписано ключом %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="312"/>
        <source>Time-stamped by the authority at %1 UTC.</source>
        <extracomment>%1: the time-stamping authority&apos;s date and time (UTC), e.g. 2026-12-06 21:27:36.</extracomment>
        <translation>Служба поставила штамп времени: %1 UTC.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="315"/>
        <source>No time-stamp: no time-stamping authority is set (dpo-console keys time-stamping).</source>
        <translation>Без штампа времени: служба штампов времени не задана (dpo-console keys time-stamping).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="318"/>
        <source>Not signed: this database has no signing key (dpo-console keys init).</source>
        <translation>Не подписано: у этой базы нет ключа подписи (dpo-console keys init).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="328"/>
        <source>Give --public-key or --fingerprint, not both.</source>
        <translation>Укажите --public-key или --fingerprint, но не оба.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="334"/>
        <source>--fingerprint: a key&apos;s fingerprint is 64 hexadecimal digits.</source>
        <translation>--fingerprint: отпечаток ключа — 64 шестнадцатеричные цифры.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="345"/>
        <source>--public-key: cannot read %1: %2</source>
        <extracomment>%1: the path given to --public-key; %2: the system&apos;s reason, e.g. &quot;No such file or directory&quot;.</extracomment>
        <translation>--public-key: не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="353"/>
        <source>Checks an audit export against its signature file, FILE.p7s (CMS) or FILE.sig (made before): the file&apos;s hash, the signature and its signer, who must be the key given by --public-key (PEM, as `keys public` prints it) or --fingerprint, or a signing key of the --database; with --database also that the chain head is in its chain and (CSV, JSON Lines) that every entry hashes to its hash, follows the one before it and matches the chain. A set (its folder or its manifest): the manifest&apos;s signature, and every file it lists has the SHA-256 listed and entries that hold. Exit 0 when it holds, 1 when not (an unknown signer included).</source>
        <translation>Проверяет выгрузку журнала аудита по файлу её подписи — FILE.p7s (CMS) или FILE.sig (сделанному ранее): хэш файла, подпись и подписавшего, которым должен быть ключ, заданный --public-key (PEM, как его печатает `keys public`) или --fingerprint, либо ключ подписи базы --database; с --database также то, что вершина цепочки есть в её цепочке и (CSV, JSON Lines) что хэш каждой записи верен, запись следует за предыдущей и совпадает с цепочкой. Набор (его папка или манифест): подпись манифеста, SHA-256 каждого перечисленного в нём файла и его записи. Код 0, если всё верно, 1 — если нет (в том числе при неизвестном подписавшем).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="372"/>
        <source>The export, or a set&apos;s folder or manifest (every file it lists is checked too).</source>
        <translation>Выгрузка либо папка или манифест набора (проверяется и каждый перечисленный в нём файл).</translation>
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
        <translation>Использование: dpo-console audit verify --database URL [--anchors] [--anchors-from DIR] [--format text|json]
       dpo-console audit anchor --database URL --officer NAME
       dpo-console audit anchors --database URL [--out DIR]
       dpo-console audit export --database URL --officer NAME [--from D] [--to D] [--subject REF] --format pdf|csv|jsonl[,...] [--lang ky|ru] [--key FILE] --out FILE|DIR
       %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="362"/>
        <source>The consent database to check the signer and the entries against.</source>
        <translation>База согласий, по которой проверяются подписавший и записи.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="365"/>
        <source>The organisation&apos;s public key (PEM) the export must be signed with.</source>
        <translation>Открытый ключ организации (PEM), которым должна быть подписана выгрузка.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="368"/>
        <source>The SHA-256 fingerprint (hex) of the key the export must be signed with.</source>
        <translation>Отпечаток SHA-256 (hex) ключа, которым должна быть подписана выгрузка.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="379"/>
        <location filename="../app/cli/KeyCommands.cpp" line="114"/>
        <source>Give exactly one FILE.</source>
        <translation>Укажите ровно один FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="388"/>
        <source>%1 does not verify: %2
</source>
        <extracomment>%1: the export file&apos;s path; %2: why it does not verify, a sentence.</extracomment>
        <translation>%1 не проходит проверку: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="394"/>
        <source>%1 verifies: signed by key %2; %3 entries, chain head %4 %5%6.
</source>
        <extracomment>%1: the export file&apos;s path; %2: the key&apos;s fingerprint; %3: the number of entries; %4: the head&apos;s sequence number; %5: its hash; %6: either empty or &quot;; matches the database (N entries compared)&quot;.</extracomment>
        <translation>%1 проходит проверку: подписано ключом %2; записей %3, голова цепочки %4 %5%6.
</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="401"/>
        <source>; matches the database (%1 entries compared)</source>
        <extracomment>Appended to the verification sentence. %1: the number of entries compared with the database.</extracomment>
        <translation>; совпадает с базой (сравнено записей: %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="406"/>
        <source>Its signature carries a time-stamp of %1 UTC; whether its authority is to be trusted is checked with the authority&apos;s root certificate (docs/audit.md, step 3).
</source>
        <extracomment>%1: the time-stamping authority&apos;s date and time (UTC), e.g. 2026-12-06 21:27:36.</extracomment>
        <translation>Её подпись несёт штамп времени %1 UTC; можно ли доверять службе, проверяется корневым сертификатом службы (docs/audit.md, шаг 3).
</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="18"/>
        <source>Creates the organisation&apos;s key pair for signing audit exports (ECDSA P-256): the private key in a passphrase-protected PKCS#8 PEM file (passphrase from DPO_CONSOLE_KEY_PASSPHRASE, at least 12 characters), the public key and a self-signed certificate for it in the database. Administrators only.</source>
        <translation>Создаёт пару ключей организации для подписи выгрузок аудита (ECDSA P-256): закрытый ключ — в файле PKCS#8 PEM под парольной фразой (фраза из DPO_CONSOLE_KEY_PASSPHRASE, не короче 12 символов), открытый ключ и самоподписанный сертификат к нему — в базе. Только для администраторов.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="25"/>
        <source>Where to write the private key; never overwritten.</source>
        <translation>Куда записать закрытый ключ; никогда не перезаписывается.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="34"/>
        <source>--key FILE is required.</source>
        <translation>Требуется --key FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="43"/>
        <source>Signing key %1 created; the private key is in %2. Keep the file and its passphrase apart.</source>
        <extracomment>%1: the new key&apos;s fingerprint (hex); %2: the path of the private key file.</extracomment>
        <translation>Ключ подписи %1 создан; закрытый ключ — в %2. Храните файл и его парольную фразу раздельно.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="54"/>
        <source>Prints the public half of the database&apos;s active signing keys (PEM): what the organisation hands to whoever checks its exports with `audit verify-export --public-key` or with openssl, without the database.</source>
        <translation>Выводит открытую часть действующих ключей подписи базы (PEM): её организация передаёт тем, кто проверяет её выгрузки без базы — через `audit verify-export --public-key` или openssl.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="67"/>
        <source>This database has no signing key (dpo-console keys init).</source>
        <translation>У этой базы нет ключа подписи (dpo-console keys init).</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="77"/>
        <source>Prints the certificates of the database&apos;s active signing keys (PEM): what whoever checks an export&apos;s CMS signature gives `openssl cms -verify` as -CAfile.</source>
        <translation>Выводит сертификаты действующих ключей подписи базы (PEM): их тот, кто проверяет подпись CMS выгрузки, передаёт `openssl cms -verify` как -CAfile.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="89"/>
        <source>No active signing key of this database has a certificate (dpo-console keys init).</source>
        <translation>Ни у одного действующего ключа подписи этой базы нет сертификата (dpo-console keys init).</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="100"/>
        <source>Stores a certification authority&apos;s certificate for an active signing key, in place of the one stored: FILE is PEM, the key&apos;s certificate first, then the certificates that issued it. Exports are signed with it from then on. Administrators only.</source>
        <translation>Сохраняет сертификат удостоверяющего центра для действующего ключа подписи вместо сохранённого: FILE — PEM, первым сертификат ключа, затем сертификаты, которыми он выдан. С этого момента выгрузки подписываются с ним. Только для администраторов.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="105"/>
        <source>The certificate chain (PEM).</source>
        <translation>Цепочка сертификатов (PEM).</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="120"/>
        <source>Cannot read %1: %2</source>
        <extracomment>%1: the file&apos;s path; %2: the system&apos;s reason.</extracomment>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="126"/>
        <source>The certificate of signing key %1 is stored; exports are signed with it.</source>
        <extracomment>%1: the key&apos;s fingerprint (hex).</extracomment>
        <translation>Сертификат ключа подписи %1 сохранён; выгрузки подписываются с ним.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="135"/>
        <source>Sets the RFC 3161 time-stamping authority whose token every export&apos;s CMS signature carries from then on (CAdES-T), or --none. An export is refused while the authority cannot be reached. Administrators only; audited.</source>
        <translation>Задаёт службу штампов времени RFC 3161, штамп которой с этого момента несёт подпись CMS каждой выгрузки (CAdES-T), или --none. Пока служба недоступна, выгрузка отклоняется. Только для администраторов; записывается в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="140"/>
        <source>The authority&apos;s address (http or https).</source>
        <translation>Адрес службы (http или https).</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="142"/>
        <source>No time-stamps.</source>
        <translation>Без штампов времени.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="151"/>
        <source>Give --url URL or --none.</source>
        <translation>Укажите --url URL или --none.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="159"/>
        <source>Exports and anchors are time-stamped by %1 from now on.
</source>
        <extracomment>%1: the time-stamping authority&apos;s address.</extracomment>
        <translation>Отныне выгрузки и якоря получают штамп времени от %1.
</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="161"/>
        <source>No time-stamping authority: exports are signed without a time-stamp, and the chain cannot be anchored.
</source>
        <translation>Службы штампов времени нет: выгрузки подписываются без штампа времени, закрепить цепочку нельзя.
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
        <translation>Использование: dpo-console keys init --database URL --officer NAME --key FILE
       dpo-console keys public --database URL
       dpo-console keys certificate --database URL
       dpo-console keys import-certificate --database URL --officer NAME FILE
       dpo-console keys time-stamping --database URL --officer NAME (--url URL | --none)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="21"/>
        <source>--year must be a year such as 2026.</source>
        <translation>--year должен быть годом, например 2026.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="28"/>
        <source>Lists the marked days of a year (weekends, holidays, days off by decree, working Saturdays and Sundays, public holidays that are working days), from the calendar the due dates are counted on. Its CSV is the file calendar import reads.</source>
        <translation>Перечисляет отмеченные дни года (выходные, праздники, выходные по постановлению, рабочие субботы и воскресенья, праздники, которые являются рабочими днями) из календаря, по которому считаются сроки. Его CSV — это файл, который читает calendar import.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="35"/>
        <source>The year.</source>
        <translation>Год.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="73"/>
        <source>not marked</source>
        <extracomment>A day&apos;s kind in the calendar when nothing marks it (an ordinary day).</extracomment>
        <translation>не отмечен</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="79"/>
        <source>Replaces the marked days of a year with a published calendar in a CSV file (columns date, kind, name, decree; kind is holiday, day_off, working_day or working_holiday). Prints what changes and which open claims&apos; fixed due dates a recalculation would then move; they stay as they are until recalculated. With --preview nothing is changed.</source>
        <translation>Заменяет отмеченные дни года опубликованным календарём из файла CSV (столбцы date, kind, name, decree; kind — holiday, day_off, working_day или working_holiday). Выводит, что изменится и у каких открытых претензий пересчёт сдвинул бы закреплённый срок; до пересчёта сроки остаются прежними. С --preview ничего не меняется.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="88"/>
        <source>The year the file is the calendar of.</source>
        <translation>Год, календарём которого является файл.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="92"/>
        <source>Check the file and show what it would change, without changing anything.</source>
        <translation>Проверить файл и показать, что он изменил бы, ничего не меняя.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="93"/>
        <source>The year&apos;s calendar, CSV.</source>
        <translation>Календарь года, CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="103"/>
        <source>Give one file: the year&apos;s calendar as CSV.</source>
        <translation>Укажите один файл: календарь года в CSV.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="113"/>
        <source>%1 changes nothing in the calendar of %2.
</source>
        <extracomment>%1: the calendar file&apos;s name or address; %2: the year.</extracomment>
        <translation>%1 ничего не меняет в календаре %2 года.
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
        <translation>претензия %1 (%2, получена %3): срок %4 остаётся закреплённым; при пересчёте был бы %5
</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="130"/>
        <source>Preview only: nothing was changed.</source>
        <translation>Только предпросмотр: ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="137"/>
        <source>The calendar of %1 is imported from %2 (%3 days, %4 changed; SHA-256 %5).</source>
        <extracomment>%1: the year; %2: the calendar file&apos;s name or address; %3: the number of days in it; %4: the number of days that changed; %5: the file&apos;s SHA-256 hash.</extracomment>
        <translation>Календарь %1 года импортирован из %2 (дней: %3, изменено: %4; SHA-256 %5).</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarCommands.cpp" line="152"/>
        <source>Usage: dpo-console calendar list --database URL --year YYYY [--format table|csv|json]
       dpo-console calendar import --database URL --officer NAME --year YYYY [--preview] FILE.csv
</source>
        <translation>Использование: dpo-console calendar list --database URL --year YYYY [--format table|csv|json]
       dpo-console calendar import --database URL --officer NAME --year YYYY [--preview] FILE.csv
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="27"/>
        <source>Registers a pre-trial claim (answer due in 30 calendar days, policy 14.2), a subject&apos;s request for their own data (7 days, Law No. 58 Art. 17), a request of the State Agency for Personal Data Protection or the Ombudsman (7 days, Art. 17(g)) or a subject&apos;s request to correct their data (policy 12.3; the organisation&apos;s own target of 7 days) and prints its number and due date.</source>
        <translation>Регистрирует досудебную претензию (ответ в течение 30 календарных дней, п. 14.2 политики), запрос субъекта о его данных (7 дней, ст. 17 Закона № 58), запрос Государственного агентства по защите персональных данных или Акыйкатчы (Омбудсмена) (7 дней, ст. 17, п. «ж») или просьбу субъекта исправить его данные (п. 12.3 политики; собственный ориентир организации — 7 дней) и выводит её номер и срок.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="34"/>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="214"/>
        <source>The day it was received, YYYY-MM-DD.</source>
        <translation>День получения, ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="36"/>
        <source>Who wrote it (default: the subject&apos;s name).</source>
        <translation>Кто написал (по умолчанию — имя субъекта).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="38"/>
        <source>What it is about.</source>
        <translation>О чём она.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="40"/>
        <source>The claimant&apos;s platform reference, when they are a subject.</source>
        <translation>Ссылка платформы заявителя, если он — субъект.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="43"/>
        <source>claim (default), access, authority or rectification (needs --subject).</source>
        <translation>claim (по умолчанию), access, authority или rectification (нужен --subject).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="46"/>
        <source>For --type authority: state_agency or ombudsman.</source>
        <translation>Для --type authority: state_agency или ombudsman.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="49"/>
        <source>For --type authority: the number on the body&apos;s request.</source>
        <translation>Для --type authority: номер запроса органа.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="52"/>
        <source>For --type authority: the date of the body&apos;s request, YYYY-MM-DD.</source>
        <translation>Для --type authority: дата запроса органа, ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="55"/>
        <source>post (default), in_person, email or app_form.</source>
        <translation>post (по умолчанию), in_person, email или app_form.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="59"/>
        <source>The claim&apos;s letter (PDF, JPEG, PNG or TIFF, at most 20 MB); may be repeated.</source>
        <translation>Письмо претензии (PDF, JPEG, PNG или TIFF, не больше 20 МБ); можно повторять.</translation>
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
        <translation>Требуется --%1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="106"/>
        <source>Claim %1 registered; the answer is due on %2.
</source>
        <extracomment>%1: the claim&apos;s number; %2: the due date (YYYY-MM-DD).</extracomment>
        <translation>Претензия %1 зарегистрирована; срок ответа — %2.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="117"/>
        <source>Lists claims and access requests, open ones first, nearest due date first.</source>
        <translation>Перечисляет претензии и запросы: сначала открытые, с ближайшим сроком первыми.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="121"/>
        <source>Only open ones (no answer sent yet).</source>
        <translation>Только открытые (ответ ещё не отправлен).</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="122"/>
        <source>Only open ones past their due date.</source>
        <translation>Только открытые с истёкшим сроком.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="175"/>
        <source>The claim&apos;s number.</source>
        <translation>Номер претензии.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="180"/>
        <source>Name one claim by its number.</source>
        <translation>Укажите одну претензию по номеру.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="192"/>
        <source>Corrects the subject&apos;s data for their request to correct it (policy 12.3), all the fields at once; lists the recipients to tell of it.</source>
        <translation>Исправляет данные субъекта по его просьбе (п. 12.3 политики) — все поля сразу; перечисляет получателей, которых нужно уведомить.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="199"/>
        <source>A field and its corrected value; may be repeated. Fields: %1.</source>
        <extracomment>Help for the --set option. %1: the field names, separated by commas, e.g. &quot;phone, address&quot;.</extracomment>
        <translation>Поле и его исправленное значение; можно повторять. Поля: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="209"/>
        <source>--set %1: write it as FIELD=VALUE.</source>
        <extracomment>%1: what the user gave to --set.</extracomment>
        <translation>--set %1: запишите как FIELD=VALUE.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="222"/>
        <source>Claim %1: the data is corrected; no recipient received it.
</source>
        <extracomment>%1: the claim&apos;s number.</extracomment>
        <translation>Претензия %1: данные исправлены; их не получал ни один получатель.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="225"/>
        <source>Claim %1: the data is corrected; tell %2.
</source>
        <extracomment>%1: the claim&apos;s number; %2: the recipients&apos; names, separated by commas.</extracomment>
        <translation>Претензия %1: данные исправлены; уведомите: %2.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="234"/>
        <source>Records that a recipient of the subject&apos;s data was told of the correction.</source>
        <translation>Записывает, что получатель данных субъекта уведомлён об исправлении.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="237"/>
        <source>The recipient&apos;s name.</source>
        <translation>Название получателя.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="238"/>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="377"/>
        <source>The day it was told, YYYY-MM-DD.</source>
        <translation>День уведомления, ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="239"/>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="378"/>
        <source>How: email, post, hand_delivery, platform, phone.</source>
        <translation>Как: email, post, hand_delivery, platform, phone.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="241"/>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="68"/>
        <source>A note for the record.</source>
        <translation>Примечание для записи.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="260"/>
        <source>Claim %1 has no recipient &quot;%2&quot; to tell; its recipients: %3.</source>
        <extracomment>%1: the claim&apos;s number; %2: the recipient&apos;s name as typed; %3: the claim&apos;s recipients&apos; names, separated by commas, or &quot;none&quot;.</extracomment>
        <translation>У претензии %1 нет получателя «%2» для уведомления; её получатели: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="263"/>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="398"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="267"/>
        <source>Claim %1: %2 is recorded as told.
</source>
        <extracomment>%1: the claim&apos;s number; %2: the recipient&apos;s name.</extracomment>
        <translation>Претензия %1: %2 записан(а) как уведомлённый.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="275"/>
        <source>Writes the answer letter of a claim (its drafted answer) as PDF, in Kyrgyz or Russian.</source>
        <translation>Записывает письмо-ответ на претензию (её подготовленный ответ) в PDF на кыргызском или русском.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="279"/>
        <source>Give the claim&apos;s number.</source>
        <translation>Укажите номер претензии.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="281"/>
        <source>The answer letter of claim %1 is in %2.</source>
        <extracomment>%1: the claim&apos;s number; %2: the path of the letter file.</extracomment>
        <translation>Письмо-ответ на претензию %1 — в %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClaimCommands.cpp" line="295"/>
        <source>Usage: dpo-console claims add|list|letter|correct|recipient-told ... (dpo-console claims add --help)
</source>
        <translation>Использование: dpo-console claims add|list|letter|correct|recipient-told ... (dpo-console claims add --help)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="95"/>
        <source>The consent database: sqlite:PATH or postgresql://user@host:port/dbname (with ?sslmode=MODE when needed). The PostgreSQL password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>База согласий: sqlite:PATH или postgresql://user@host:port/dbname (при необходимости с ?sslmode=MODE). Пароль PostgreSQL берётся из PGPASSWORD или ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="105"/>
        <source>The officer who makes the change; the password comes from DPO_CONSOLE_PASSWORD or a prompt on the terminal.</source>
        <translation>Сотрудник, который вносит изменение; пароль берётся из DPO_CONSOLE_PASSWORD или запрашивается в терминале.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="113"/>
        <source>Count days left and overdue against this day, YYYY-MM-DD (default today).</source>
        <translation>Считать оставшиеся и просроченные дни от этого дня, ГГГГ-ММ-ДД (по умолчанию сегодня).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="151"/>
        <location filename="../app/cli/Commands.cpp" line="198"/>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="212"/>
        <source>The subject&apos;s platform reference.</source>
        <translation>Ссылка платформы на субъекта.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="162"/>
        <source>Give either --subject or --all.</source>
        <translation>Укажите либо --subject, либо --all.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="188"/>
        <source>--%1 must be a date YYYY-MM-DD, not &quot;%2&quot;.</source>
        <extracomment>%1: the option&apos;s name without dashes, e.g. &quot;received&quot;; %2: the value typed.</extracomment>
        <translation>--%1 должен быть датой ГГГГ-ММ-ДД, а не «%2».</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="194"/>
        <source>Output format: table, csv or json.</source>
        <translation>Формат вывода: table, csv или json.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="202"/>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="206"/>
        <source>Run with --help for the usage.</source>
        <translation>Запустите с --help, чтобы увидеть использование.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="215"/>
        <source>Usage: %1</source>
        <extracomment>%1: the command&apos;s usage line(s).</extracomment>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="225"/>
        <source>--database URL is required.</source>
        <translation>Требуется --database URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="273"/>
        <source>No password: set %1 or run the command on a terminal.</source>
        <extracomment>%1: the name of the environment variable that holds the password, e.g. DPO_PASSWORD.</extracomment>
        <translation>Нет пароля: задайте %1 или запустите команду в терминале.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="289"/>
        <source>Repeat the password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="290"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="298"/>
        <source>--officer NAME is required: this command changes data.</source>
        <translation>Требуется --officer NAME: эта команда изменяет данные.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="301"/>
        <location filename="../app/cli/CliSupport.cpp" line="312"/>
        <location filename="../app/cli/Commands.cpp" line="72"/>
        <source>Password for %1:</source>
        <extracomment>A prompt on the terminal. %1: the officer&apos;s user name.</extracomment>
        <translation>Пароль для %1:</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="308"/>
        <source>--officer NAME is required: this command reads the organisation&apos;s records.</source>
        <translation>Требуется --officer NAME: эта команда читает записи организации.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="313"/>
        <source>read the records</source>
        <translation>читать записи</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="347"/>
        <source>Unknown %1 command; try: dpo-console %1 --help</source>
        <extracomment>%1: the command word the user typed, e.g. &quot;claim&quot;.</extracomment>
        <translation>Неизвестная команда %1; попробуйте: dpo-console %1 --help</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="358"/>
        <source>Unknown format &quot;%1&quot;: expected table, csv or json.</source>
        <extracomment>%1: the format name as typed after --format.</extracomment>
        <translation>Неизвестный формат «%1»: ожидается table, csv или json.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="435"/>
        <source>The letter&apos;s language: ky, ru, or ky+ru for both (the Russian text prevails, policy 2.5).</source>
        <translation>Язык письма: ky, ru или ky+ru для обоих (преимущество имеет русский текст, п. 2.5 политики).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="438"/>
        <location filename="../app/cli/Commands.cpp" line="196"/>
        <source>The PDF file to write.</source>
        <translation>Файл PDF для записи.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="439"/>
        <source>The case&apos;s number.</source>
        <translation>Номер дела.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="448"/>
        <source>--lang must be ky, ru or ky+ru.</source>
        <translation>--lang должен быть ky, ru или ky+ru.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="450"/>
        <location filename="../app/cli/Commands.cpp" line="209"/>
        <source>--out FILE.pdf is required.</source>
        <translation>Требуется --out FILE.pdf.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="37"/>
        <source>Creates the consent database, or migrates an older one to this program&apos;s schema, and adds its first administrator. The password comes from DPO_CONSOLE_PASSWORD or a prompt.</source>
        <translation>Создаёт базу согласий или переводит старую на схему этой программы и добавляет её первого администратора. Пароль берётся из DPO_CONSOLE_PASSWORD или запрашивается.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="41"/>
        <source>User name of the first administrator.</source>
        <translation>Имя пользователя первого администратора.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="43"/>
        <source>The administrator&apos;s full name.</source>
        <translation>Полное имя администратора.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="53"/>
        <source>--admin NAME is required.</source>
        <translation>Требуется --admin NAME.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="63"/>
        <source>The schema is at version %1, the latest.</source>
        <extracomment>%1: the schema&apos;s version number.</extracomment>
        <translation>Схема в версии %1, последней.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="66"/>
        <source>Migrated the schema from version %1 to %2.</source>
        <extracomment>%1: the schema&apos;s version before; %2: its version now.</extracomment>
        <translation>Схема переведена с версии %1 на %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="76"/>
        <source>Administrator %1 created.</source>
        <extracomment>%1: the administrator&apos;s user name.</extracomment>
        <translation>Администратор %1 создан.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="79"/>
        <source>Administrator %1 already exists.</source>
        <extracomment>%1: the administrator&apos;s user name.</extracomment>
        <translation>Администратор %1 уже существует.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="93"/>
        <source>Fills an empty consent database with reproducible demo data: subjects, consents, transfers, withdrawal requests, claims and disclosures in every state.</source>
        <translation>Заполняет пустую базу согласий воспроизводимыми демонстрационными данными: субъекты, согласия, передачи, заявления об отзыве, претензии и раскрытия во всех состояниях.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="97"/>
        <source>How many subjects (default 1000).</source>
        <translation>Сколько субъектов (по умолчанию 1000).</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="100"/>
        <source>Random seed; the same seed and date give the same data (default 1).</source>
        <translation>Начальное значение генератора; одинаковые значение и дата дают одинаковые данные (по умолчанию 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="103"/>
        <source>The day open cases are placed around, YYYY-MM-DD (default today).</source>
        <translation>День, вокруг которого размещаются открытые дела, ГГГГ-ММ-ДД (по умолчанию сегодня).</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="117"/>
        <source>--subjects must be a whole number, not &quot;%1&quot;.</source>
        <extracomment>%1: the value typed after --subjects.</extracomment>
        <translation>--subjects должен быть целым числом, а не «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="122"/>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <extracomment>%1: the value typed after --seed.</extracomment>
        <translation>--seed должен быть целым числом, а не «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="127"/>
        <source>--as-of must be a date YYYY-MM-DD.</source>
        <translation>--as-of должен быть датой ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="137"/>
        <source>Demo data: %1 subjects (%2 under 18), %3 transfers, %4 withdrawal requests, %5 claims, %6 disclosures with %7 notifications, in %8 s.</source>
        <extracomment>%1: the number of subjects; %2: how many of them are under 18; %3: the number of transfers; %4: of withdrawal requests; %5: of claims; %6: of disclosures; %7: of notifications; %8: seconds with one decimal.</extracomment>
        <translation>Демонстрационные данные: субъектов %1 (младше 18 лет — %2), передач %3, заявлений об отзыве %4, претензий %5, раскрытий %6 с уведомлениями (%7), за %8 с.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="155"/>
        <source>Imports a platform export of subjects (UTF-8 CSV, docs/import.md). All or nothing: every problem is reported as FILE:LINE: column: reason and nothing is written.</source>
        <translation>Импортирует выгрузку субъектов с платформы (UTF-8 CSV, docs/import.md). Всё или ничего: каждая ошибка выводится как FILE:LINE: столбец: причина, и ничего не записывается.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="160"/>
        <source>The CSV file of subjects.</source>
        <translation>Файл CSV с субъектами.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="169"/>
        <source>--subjects FILE.csv is required.</source>
        <translation>Требуется --subjects FILE.csv.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="179"/>
        <source>… and %1 more warnings.</source>
        <extracomment>%1: the number of warnings not printed.</extracomment>
        <translation>… и ещё предупреждений: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="181"/>
        <source>Imported %1 subjects.</source>
        <extracomment>%1: the number of subjects imported.</extracomment>
        <translation>Импортировано субъектов: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="190"/>
        <source>Writes the subject data report (everything held about one subject, Law No. 58 Art. 17) as PDF, in Kyrgyz or Russian. Nothing in it is masked; the report is audited.</source>
        <translation>Записывает отчёт о данных субъекта (всё, что хранится об одном субъекте, ст. 17 Закона № 58) в PDF на кыргызском или русском. В нём ничего не маскируется; отчёт записывается в аудит.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="195"/>
        <source>The report&apos;s language: ky or ru.</source>
        <translation>Язык отчёта: ky или ru.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="207"/>
        <source>Give exactly one PLATFORM_REF.</source>
        <translation>Укажите ровно один PLATFORM_REF.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="219"/>
        <source>Subject data report of %1 written to %2.</source>
        <extracomment>%1: the subject&apos;s number or platform reference as typed; %2: the report file&apos;s path.</extracomment>
        <translation>Отчёт о данных субъекта %1 записан в %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="228"/>
        <source>Finds subjects by any word of the name (prefix, case-insensitive), a whole INN or phone number, or the platform reference, as a signed-in officer. INN and phone are masked; blocked values are neither matched nor shown; a search by INN or phone is written to the audit trail.</source>
        <translation>Находит субъектов по любому слову имени (по началу, без учёта регистра), полному ИНН или номеру телефона либо ссылке платформы — от имени вошедшего сотрудника. ИНН и телефон маскируются; заблокированные значения не ищутся и не показываются; поиск по ИНН или телефону записывается в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="234"/>
        <source>At most this many subjects (default 100).</source>
        <translation>Не больше стольких субъектов (по умолчанию 100).</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="237"/>
        <source>INN and phone in full, not masked: written to the audit trail.</source>
        <translation>ИНН и телефон полностью, без маскировки: записывается в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="239"/>
        <source>What to look for.</source>
        <translation>Что искать.</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="251"/>
        <source>Give exactly one TEXT to search for (quote it when it has spaces).</source>
        <translation>Укажите ровно один TEXT для поиска (в кавычках, если в нём есть пробелы).</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="257"/>
        <source>--limit must be between 1 and 100000.</source>
        <translation>--limit должен быть от 1 до 100000.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/Commands.cpp" line="285"/>
        <source>%n subject(s) found.</source>
        <extracomment>%n: the number of subjects found.</extracomment>
        <translation>
            <numerusform>Найден %n субъект.</numerusform>
            <numerusform>Найдено %n субъекта.</numerusform>
            <numerusform>Найдено %n субъектов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="295"/>
        <source>Usage: dpo-console subjects search TEXT --database URL --officer NAME [--format table|csv|json] [--limit N]
       dpo-console subjects report PLATFORM_REF --database URL --officer NAME --lang ky|ru --out FILE.pdf
</source>
        <translation>Использование: dpo-console subjects search TEXT --database URL --officer NAME [--format table|csv|json] [--limit N]
       dpo-console subjects report PLATFORM_REF --database URL --officer NAME --lang ky|ru --out FILE.pdf
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="314"/>
        <source>  init             create or migrate a database and its first administrator
</source>
        <translation>  init             создать или перевести базу и её первого администратора
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="315"/>
        <source>  demo             fill an empty database with demo data
</source>
        <translation>  demo             заполнить пустую базу демонстрационными данными
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="316"/>
        <source>  import           import subjects from a platform export (CSV)
</source>
        <translation>  import           импортировать субъектов из выгрузки платформы (CSV)
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="318"/>
        <source>  feed apply       apply a file of the platform&apos;s change feed (JSON Lines)
  feed run         apply the feed&apos;s inbox as the platform writes it (a worker)
  feed rejected|retry|dismiss  the inbox&apos;s rejected events
</source>
        <translation>  feed apply       применить файл ленты изменений платформы (JSON Lines)
  feed run         применять входящую очередь ленты по мере записи платформой (обработчик)
  feed rejected|retry|dismiss  отклонённые события входящей очереди
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="323"/>
        <source>  subjects search  find subjects by name, INN, phone or platform reference
  subjects report  write a subject&apos;s data report (PDF, ky or ru)
</source>
        <translation>  subjects search  найти субъектов по имени, ИНН, телефону или ссылке платформы
  subjects report  записать отчёт о данных субъекта (PDF, ky или ru)
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="327"/>
        <source>  audit verify     re-compute the audit chain and name the first entry that breaks
  audit anchor|anchors  time-stamp the chain&apos;s head; list or copy out the anchors
  audit export     export the audit trail: PDF (ky or ru), CSV or JSON Lines, signed
  audit verify-export  check an export&apos;s signature, its signer and its entries
</source>
        <translation>  audit verify     пересчитать цепочку аудита и назвать первую нарушенную запись
  audit anchor|anchors  поставить штамп времени на вершину цепочки; вывести или скопировать якоря
  audit export     выгрузить журнал аудита: PDF (ky или ru), CSV или JSON Lines, с подписью
  audit verify-export  проверить подпись выгрузки, подписавшего и её записи
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="333"/>
        <source>  keys init|public  create the organisation&apos;s key that signs exports; print its public half
  keys certificate|import-certificate  print the key&apos;s certificate; store a certification authority&apos;s
  keys time-stamping  the RFC 3161 authority that time-stamps every export&apos;s signature
</source>
        <translation>  keys init|public  создать ключ организации для подписи выгрузок; вывести его открытую часть
  keys certificate|import-certificate  вывести сертификат ключа; сохранить сертификат удостоверяющего центра
  keys time-stamping  служба RFC 3161, ставящая штамп времени на подпись каждой выгрузки
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="338"/>
        <source>  claims add|list|letter  register claims and access requests, list them with days left, print answers
  claims correct|recipient-told  correct a subject&apos;s data on their request; record who was told
</source>
        <translation>  claims add|list|letter  регистрировать претензии и запросы, перечислять их с оставшимися днями, печатать ответы
  claims correct|recipient-told  исправить данные субъекта по его просьбе; записать, кто уведомлён
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="342"/>
        <source>  calendar list|import  the marked days of a year; a year&apos;s published calendar from a file
</source>
        <translation>  calendar list|import  отмеченные дни года; опубликованный календарь года из файла
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="344"/>
        <source>  officers list|add|map-login|create-login
                       the console&apos;s officers; an administrator adds one, gives one a login
</source>
        <translation>  officers list|add|map-login|create-login
                       сотрудники консоли; администратор добавляет сотрудника, даёт ему логин
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="347"/>
        <source>  holder show|set  the holder of the data as letters name it: name, INN, address, signatory
</source>
        <translation>  holder show|set  держатель данных, как его называют письма: название, ИНН, адрес, подписант
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="349"/>
        <source>  withdrawals list|show|register|open-minor|verify|reject|decide|approve|execute|recipient-told|allow-close|reply|letter|target
      written withdrawal requests and the officer&apos;s cases for minors, each step as in the window
</source>
        <translation>  withdrawals list|show|register|open-minor|verify|reject|decide|approve|execute|recipient-told|allow-close|reply|letter|target
      письменные заявления об отзыве согласия и дела сотрудника по несовершеннолетним, каждый шаг как в окне
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="352"/>
        <source>  retention list|open  what is due for the retention review (policy 6.2-6.3); its cases
</source>
        <translation>  retention list|open  что подлежит пересмотру сроков хранения (п. 6.2-6.3 политики); его дела
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="354"/>
        <source>  systems list|add|change  the platform&apos;s data systems: what each holds, who confirms for it
</source>
        <translation>  systems list|add|change  системы данных платформы: что хранит каждая, кто подтверждает за неё
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="356"/>
        <source>  tasks list|confirm|retry|settle-backups  what executed withdrawals ask of each system and recipient
  tasks receive    record the reports the systems&apos; workers wrote on the server
</source>
        <translation>  tasks list|confirm|retry|settle-backups  что исполненные отзывы требуют от каждой системы и получателя
  tasks receive    записать отчёты, которые обработчики систем оставили на сервере
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="359"/>
        <source>  disclosures list|notice-period  disclosures to third parties and how many subjects were told; the days set for telling them
</source>
        <translation>  disclosures list|notice-period  раскрытия третьим лицам и сколько субъектов уведомлено; дни, установленные для уведомления
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="387"/>
        <source>Usage: dpo-console [--database URL]          open the console
       dpo-console COMMAND [options]         run a command

Commands:
</source>
        <translation>Использование: dpo-console [--database URL]          открыть консоль
       dpo-console COMMAND [options]         выполнить команду

Команды:
</translation>
    </message>
    <message>
        <location filename="../app/cli/Commands.cpp" line="393"/>
        <source>
dpo-console COMMAND --help documents each command. Exit codes: 0 success, 1 a check found a problem,
2 bad usage or input, 3 the database or OpenSSL failed.
</source>
        <translation>
dpo-console COMMAND --help описывает каждую команду. Коды выхода: 0 успех, 1 проверка нашла проблему,
2 неверное использование или ввод, 3 сбой базы или OpenSSL.
</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosureCommands.cpp" line="21"/>
        <source>Lists disclosures of personal data to third parties (policy 4.6.1-4.6.3, consent, treaties), newest first, with the recipient&apos;s country (ISO 3166-1), how many of their subjects were notified (4.6.4) and how many notices were not delivered.</source>
        <translation>Перечисляет раскрытия персональных данных третьим лицам (п. 4.6.1-4.6.3 политики, согласие, международные договоры), начиная с новых, со страной получателя (ISO 3166-1), числом уведомлённых субъектов (4.6.4) и числом недоставленных уведомлений.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosureCommands.cpp" line="31"/>
        <source>Only disclosures outside platform cooperation with a subject not yet notified.</source>
        <translation>Только раскрытия вне сотрудничества платформы, где есть ещё не уведомлённый субъект.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosureCommands.cpp" line="33"/>
        <source>Only transfers to a recipient outside the Kyrgyz Republic.</source>
        <translation>Только передачи получателю за пределами Кыргызской Республики.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosureCommands.cpp" line="34"/>
        <source>Disclosed on or after this day, YYYY-MM-DD.</source>
        <translation>Раскрыто в этот день или позже, ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosureCommands.cpp" line="36"/>
        <source>Disclosed on or before this day, YYYY-MM-DD.</source>
        <translation>Раскрыто в этот день или раньше, ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosureCommands.cpp" line="80"/>
        <source>Sets how many working days after a disclosure its subjects must be notified before it is flagged (administrators; 3 by default).</source>
        <translation>Задаёт, через сколько рабочих дней после раскрытия его субъекты должны быть уведомлены, иначе оно отмечается (администраторы; по умолчанию 3).</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosureCommands.cpp" line="82"/>
        <source>Working days, 1 to 30.</source>
        <translation>Рабочие дни, от 1 до 30.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosureCommands.cpp" line="85"/>
        <source>--days must be a number of working days, 1 to 30.</source>
        <translation>--days должен быть числом рабочих дней, от 1 до 30.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosureCommands.cpp" line="89"/>
        <source>Subjects not notified %1 working days after a disclosure are flagged.
</source>
        <extracomment>%1: a number of working days.</extracomment>
        <translation>Субъекты, не уведомлённые через %1 рабочих дн. после раскрытия, отмечаются.
</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosureCommands.cpp" line="98"/>
        <source>Usage: dpo-console disclosures list|notice-period ... (dpo-console disclosures list --help)
</source>
        <translation>Использование: dpo-console disclosures list|notice-period ... (dpo-console disclosures list --help)
</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="40"/>
        <source>%1: nothing new: each of its %2 events was applied before; nothing changed.
</source>
        <extracomment>%1: the feed file&apos;s name; %2: the number of events in it.</extracomment>
        <translation>%1: ничего нового: каждое из его событий (%2) уже было применено; ничего не изменилось.
</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="46"/>
        <source>%1 applied as batch %2 (SHA-256 %3):
</source>
        <extracomment>%1: the feed file&apos;s name; %2: the batch&apos;s number; %3: the file&apos;s SHA-256 hash. Lines of counts follow.</extracomment>
        <translation>%1 применён как пакет %2 (SHA-256 %3):
</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="50"/>
        <source>  skipped (applied before) %1
  refused (privacy rules)  %2
  flagged for the officer  %3
</source>
        <extracomment>Three lines of a table, the labels aligned; %1, %2, %3: numbers of events.</extracomment>
        <translation>  пропущено (применено ранее)        %1
  отказано (правила конфиденциальности)  %2
  отмечено для сотрудника             %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="63"/>
        <source>Applies a file of the platform&apos;s change feed (JSON Lines, docs/feed.md) in one transaction: all of it or nothing. Every problem is reported as FILE:LINE: field: reason (exit 2, nothing written); an event applied before is skipped; events a privacy rule refuses or flags are listed for the officer.</source>
        <translation>Применяет файл ленты изменений платформы (JSON Lines, docs/feed.md) в одной транзакции: всё или ничего. Каждая ошибка выводится как FILE:LINE: поле: причина (выход 2, ничего не записывается); уже применённое событие пропускается; события, которые правило конфиденциальности отклоняет или отмечает, перечисляются для сотрудника.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="71"/>
        <source>The feed file, JSON Lines.</source>
        <translation>Файл ленты, JSON Lines.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="83"/>
        <source>--format must be text or json, not &quot;%1&quot;.</source>
        <extracomment>%1: the value typed after --format.</extracomment>
        <translation>--format должен быть text или json, а не «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="85"/>
        <source>Give one file: the feed, JSON Lines.</source>
        <translation>Укажите один файл: ленту, JSON Lines.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="92"/>
        <source>%1 (flagged for the officer)</source>
        <extracomment>%1: why the event was flagged, a sentence.</extracomment>
        <translation>%1 (отмечено для сотрудника)</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="95"/>
        <source>… and %1 more flags.</source>
        <extracomment>%1: the number of flags not printed.</extracomment>
        <translation>… и ещё отметок: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="120"/>
        <source>applied %1, skipped %2, refused %3, rejected %4, flagged %5, held back %6</source>
        <extracomment>Counts of the inbox&apos;s events in one pass; %1 to %6: numbers.</extracomment>
        <translation>применено %1, пропущено %2, отказано %3, отклонено %4, отмечено %5, задержано %6</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="141"/>
        <source>%1 feed run: backup tasks settled by their rotation %2</source>
        <extracomment>A line of the worker&apos;s log. %1: the time (ISO 8601); %2: the number of backup tasks settled.</extracomment>
        <translation>%1 feed run: задач резервных копий закрыто ротацией: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="151"/>
        <source>%1 feed run: task reports recorded %2, rejected %3</source>
        <extracomment>A line of the worker&apos;s log. %1: the time (ISO 8601); %2: the number of task reports recorded; %3: the number rejected.</extracomment>
        <translation>%1 feed run: отчётов о задачах записано %2, отклонено %3</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="202"/>
        <source>%1 feed run: %2 (trying again in %3 s)</source>
        <extracomment>A line of the worker&apos;s log. %1: the time (ISO 8601); %2: the error, a sentence; %3: seconds before the next try.</extracomment>
        <translation>%1 feed run: %2 (повтор через %3 с)</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="248"/>
        <source>--%1 must be a whole number from 1 to %2.</source>
        <extracomment>%1: the option&apos;s name without dashes; %2: the largest number allowed.</extracomment>
        <translation>--%1 должен быть целым числом от 1 до %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="256"/>
        <source>Applies the events the platform writes into the inbox (docs/feed.md), in order, a batch per transaction, woken by each insert on PostgreSQL and every --poll seconds; stops cleanly on SIGTERM or SIGINT. A rejected event holds back the later events of its subject until it is retried or dismissed; on a server it also records the data systems&apos; reports on their tasks (docs/tasks.md). With --once, applies what is pending and exits.</source>
        <translation>Применяет события, которые платформа записывает во входящую очередь (docs/feed.md), по порядку, пакет на транзакцию; просыпается от каждой вставки в PostgreSQL и каждые --poll секунд; чисто останавливается по SIGTERM или SIGINT. Отклонённое событие задерживает последующие события своего субъекта, пока его не повторят или не отбросят; на сервере также записывает отчёты систем данных об их задачах (docs/tasks.md). С --once применяет ожидающее и завершается.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="264"/>
        <source>Apply what is pending, then exit.</source>
        <translation>Применить ожидающее и завершиться.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="265"/>
        <source>Events per transaction, 1 to 10000.</source>
        <translation>Событий на транзакцию, от 1 до 10000.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="267"/>
        <source>Seconds between polls, 1 to 3600.</source>
        <translation>Секунд между опросами, от 1 до 3600.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="286"/>
        <source>Cannot watch for signals.</source>
        <translation>Не удаётся следить за сигналами.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="292"/>
        <source>feed run: applying the inbox of %1 as %2; SIGTERM stops.</source>
        <extracomment>%1: the database&apos;s address (no password); %2: the officer&apos;s user name.</extracomment>
        <translation>feed run: входящая очередь %1 применяется от имени %2; SIGTERM останавливает.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="298"/>
        <source>feed run: stopped.</source>
        <translation>feed run: остановлен.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="316"/>
        <source>Lists the inbox&apos;s rejected events, oldest first: seq, received, platform reference, reason; and the inbox&apos;s state (pending, oldest pending, open flags).</source>
        <translation>Перечисляет отклонённые события входящей очереди, начиная со старых: номер, время получения, ссылка платформы, причина; и состояние очереди (ожидающие, самое старое ожидающее, открытые отметки).</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="334"/>
        <source>%1 pending (oldest received %2), %3 rejected, %4 flags not yet reviewed.</source>
        <extracomment>%1: the number of pending events; %2: when the oldest was received (ISO 8601) or empty; %3: the number of rejected events; %4: the number of open flags.</extracomment>
        <translation>ожидают: %1 (самое старое получено %2), отклонено: %3, отметок не рассмотрено: %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="349"/>
        <source>Puts a rejected inbox event back to pending (once what it named exists); the worker applies it next, and its subject&apos;s later events after it.</source>
        <translation>Возвращает отклонённое событие в ожидающие (когда названное в нём уже существует); обработчик применит его следующим, а за ним — последующие события его субъекта.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="351"/>
        <source>Dismisses a rejected inbox event for good, with the reason; its subject&apos;s later events go on.</source>
        <translation>Окончательно отбрасывает отклонённое событие с указанием причины; последующие события его субъекта продолжаются.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="357"/>
        <source>Why the event is dismissed.</source>
        <translation>Почему событие отброшено.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="358"/>
        <source>The event&apos;s number in the inbox.</source>
        <translation>Номер события во входящей очереди.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="371"/>
        <source>Give the event&apos;s number in the inbox.</source>
        <translation>Укажите номер события во входящей очереди.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="380"/>
        <source>Inbox event %1 is pending again.</source>
        <extracomment>%1: the inbox event&apos;s sequence number.</extracomment>
        <translation>Событие %1 снова ожидает.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="382"/>
        <source>Inbox event %1 is dismissed.</source>
        <extracomment>%1: the inbox event&apos;s sequence number.</extracomment>
        <translation>Событие %1 во входящих снято.</translation>
    </message>
    <message>
        <location filename="../app/cli/FeedCommands.cpp" line="397"/>
        <source>Usage: dpo-console feed apply --database URL --officer NAME [--format text|json] FILE.jsonl
       dpo-console feed run --database URL --officer NAME [--once] [--batch N] [--poll SECONDS]
       dpo-console feed rejected --database URL
       dpo-console feed retry --database URL --officer NAME SEQ
       dpo-console feed dismiss --database URL --officer NAME --reason TEXT SEQ
</source>
        <translation>Использование: dpo-console feed apply --database URL --officer NAME [--format text|json] FILE.jsonl
       dpo-console feed run --database URL --officer NAME [--once] [--batch N] [--poll SECONDS]
       dpo-console feed rejected --database URL
       dpo-console feed retry --database URL --officer NAME SEQ
       dpo-console feed dismiss --database URL --officer NAME --reason TEXT SEQ
</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="22"/>
        <source>The holder&apos;s name in Kyrgyz.</source>
        <translation>Название держателя на кыргызском.</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="23"/>
        <source>The holder&apos;s name in Russian.</source>
        <translation>Название держателя на русском.</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="24"/>
        <source>The holder&apos;s INN (14 digits).</source>
        <translation>ИНН держателя (14 цифр).</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="26"/>
        <source>The holder&apos;s postal address in Kyrgyz.</source>
        <translation>Почтовый адрес держателя на кыргызском.</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="28"/>
        <source>The holder&apos;s postal address in Russian.</source>
        <translation>Почтовый адрес держателя на русском.</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="30"/>
        <source>The signatory&apos;s position in Kyrgyz.</source>
        <translation>Должность подписанта на кыргызском.</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="32"/>
        <source>The signatory&apos;s position in Russian.</source>
        <translation>Должность подписанта на русском.</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="38"/>
        <source>Shows the holder of the data as letters name it.</source>
        <translation>Показывает держателя данных так, как его называют письма.</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="55"/>
        <source>Changes the holder&apos;s details that letters print; a detail not given stays as it is. Administrators only; every change is in the audit trail.</source>
        <translation>Изменяет реквизиты держателя, которые печатаются в письмах; не указанный реквизит остаётся прежним. Только администраторы; каждое изменение — в журнале аудита.</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="71"/>
        <source>Unexpected argument &quot;%1&quot;; give each detail with its option.</source>
        <extracomment>%1: the unexpected argument as typed.</extracomment>
        <translation>Неожиданный аргумент «%1»; указывайте каждый реквизит с его параметром.</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="81"/>
        <source>The holder&apos;s details are saved; the next letters use them.</source>
        <translation>Данные держателя сохранены; следующие письма будут их использовать.</translation>
    </message>
    <message>
        <location filename="../app/cli/HolderCommands.cpp" line="91"/>
        <source>Usage: dpo-console holder show --database URL [--format table|csv|json]
       dpo-console holder set --database URL --officer NAME [--name-ky TEXT] [--name-ru TEXT] [--inn DIGITS]
           [--address-ky TEXT] [--address-ru TEXT] [--position-ky TEXT] [--position-ru TEXT]
</source>
        <translation>Использование: dpo-console holder show --database URL [--format table|csv|json]
       dpo-console holder set --database URL --officer NAME [--name-ky TEXT] [--name-ru TEXT] [--inn DIGITS]
           [--address-ky TEXT] [--address-ru TEXT] [--position-ky TEXT] [--position-ru TEXT]
</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="40"/>
        <source>An administrator adds an officer (audited). The new officer&apos;s password comes from DPO_CONSOLE_NEW_PASSWORD or is asked for twice on the terminal; the administrator&apos;s own from DPO_CONSOLE_PASSWORD.</source>
        <translation>Администратор добавляет сотрудника (записывается в аудит). Пароль нового сотрудника берётся из DPO_CONSOLE_NEW_PASSWORD или дважды запрашивается в терминале; собственный пароль администратора — из DPO_CONSOLE_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="46"/>
        <source>The new officer&apos;s user name.</source>
        <translation>Имя пользователя нового сотрудника.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="47"/>
        <source>Their name as letters and the trail show it.</source>
        <translation>Его имя, как его показывают письма и журнал.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="49"/>
        <source>administrator, supervisor, officer or auditor.</source>
        <translation>administrator, supervisor, officer или auditor.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="52"/>
        <source>PostgreSQL: also create their database login, named as the user name, with this password as its first (the officer chooses their own at the first sign-in).</source>
        <translation>PostgreSQL: также создать логин базы данных с именем пользователя и этим паролем как первым (при первом входе сотрудник выберет свой).</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="73"/>
        <source>Password for the new officer %1:</source>
        <extracomment>A prompt on the terminal. %1: the new officer&apos;s user name.</extracomment>
        <translation>Пароль нового сотрудника %1:</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="78"/>
        <source>Officer %1 added as %2.</source>
        <extracomment>%1: the officer&apos;s user name; %2: the role&apos;s code, e.g. &quot;officer&quot; or &quot;supervisor&quot;.</extracomment>
        <translation>Сотрудник %1 добавлен как %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="81"/>
        <source>They connect to the server as the login %1.</source>
        <extracomment>%1: the officer&apos;s user name, which is also their database login.</extracomment>
        <translation>Сотрудник подключается к серверу с логином %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="102"/>
        <source>PostgreSQL: an administrator makes an existing database login the officer&apos;s own (audited); the login joins the group of the officer&apos;s role and the officer connects with it from then on (docs/deployment.md, &quot;One login per officer&quot;). An empty --login takes the officer&apos;s login away.</source>
        <translation>PostgreSQL: администратор закрепляет существующий логин базы данных за сотрудником (записывается в аудит); логин входит в группу роли сотрудника, и сотрудник с этих пор подключается с ним (docs/deployment.md, &quot;One login per officer&quot;). Пустой --login снимает логин с сотрудника.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="109"/>
        <location filename="../app/cli/OfficerCommands.cpp" line="151"/>
        <source>The officer&apos;s user name.</source>
        <translation>Имя пользователя сотрудника.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="111"/>
        <source>The PostgreSQL login, made by the server&apos;s administrator beforehand.</source>
        <translation>Логин PostgreSQL, заранее созданный администратором сервера.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="143"/>
        <source>PostgreSQL: an administrator creates the database login of an officer who has none, named as their user name (audited); it joins the group of the officer&apos;s role. Its first password comes from DPO_CONSOLE_NEW_PASSWORD or is asked for twice on the terminal; the officer chooses their own at the first sign-in (docs/deployment.md, &quot;One login per officer&quot;).</source>
        <translation>PostgreSQL: администратор создаёт сотруднику без логина логин базы данных с его именем пользователя (записывается в аудит); логин входит в группу роли сотрудника. Первый пароль берётся из DPO_CONSOLE_NEW_PASSWORD или запрашивается в терминале дважды; при первом входе сотрудник выберет свой (docs/deployment.md, «One login per officer»).</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="168"/>
        <source>First password of the login %1:</source>
        <extracomment>A prompt on the terminal. %1: the officer&apos;s user name.</extracomment>
        <translation>Первый пароль логина %1:</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="171"/>
        <source>Officer %1 connects as the login %1 from now on.</source>
        <extracomment>%1: the officer&apos;s user name, which is also their database login.</extracomment>
        <translation>Сотрудник %1 теперь подключается с логином %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="184"/>
        <source>Usage: dpo-console officers list|add|map-login|create-login ... (dpo-console officers add --help)
</source>
        <translation>Использование: dpo-console officers list|add|map-login|create-login ... (dpo-console officers add --help)
</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="95"/>
        <source>There is no officer &quot;%1&quot;.</source>
        <extracomment>%1: the user name as typed.</extracomment>
        <translation>Сотрудника «%1» нет.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="17"/>
        <source>Lists the console&apos;s officers: user name, name, role, whether they may sign in, and their own database login (PostgreSQL).</source>
        <translation>Список сотрудников консоли: имя пользователя, имя, роль, может ли войти и собственный логин базы данных (PostgreSQL).</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="132"/>
        <source>Officer %1 has no database login of their own now.</source>
        <extracomment>%1: the officer&apos;s user name.</extracomment>
        <translation>У сотрудника %1 теперь нет собственного логина базы данных.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommands.cpp" line="134"/>
        <source>Officer %1 connects as %2 from now on.</source>
        <extracomment>%1: the officer&apos;s user name; %2: the database login.</extracomment>
        <translation>Сотрудник %1 с этих пор подключается как %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/RetentionCommands.cpp" line="20"/>
        <source>Lists what is due for the retention review (policy 6.2-6.3): every keep whose end date has passed, and every face photo or video held after the consent was withdrawn or the account closed, with the subject&apos;s open review case.</source>
        <translation>Перечисляет то, что подлежит пересмотру сроков хранения (п. 6.2-6.3 политики): каждое хранение с истёкшей датой окончания и каждое фото или видео лица, хранящееся после отзыва согласия или закрытия аккаунта, с открытым делом пересмотра субъекта.</translation>
    </message>
    <message>
        <location filename="../app/cli/RetentionCommands.cpp" line="57"/>
        <source>Opens a retention review case for a subject&apos;s due categories, or with --all for every subject with something due and no review case open (in one transaction); each case is decided (destroy, or keep on a ground until a new date) and executed with the withdrawals commands, and closed with reply --method none. Prints each case&apos;s number.</source>
        <translation>Открывает дело пересмотра сроков хранения по наступившим категориям субъекта или с --all — для каждого субъекта, у которого что-то наступило и нет открытого дела (в одной транзакции); каждое дело решается (уничтожить или хранить на основании до новой даты) и исполняется командами withdrawals и закрывается через reply --method none. Выводит номер каждого дела.</translation>
    </message>
    <message>
        <location filename="../app/cli/RetentionCommands.cpp" line="64"/>
        <source>Every subject with something due.</source>
        <translation>Каждый субъект, у которого что-то наступило.</translation>
    </message>
    <message>
        <location filename="../app/cli/RetentionCommands.cpp" line="67"/>
        <source>Cases opened: %1; subjects whose review case was already open: %2.</source>
        <extracomment>%1: the number of review cases opened; %2: the number of subjects whose review case was already open.</extracomment>
        <translation>Открыто дел: %1; субъектов, у которых дело пересмотра уже было открыто: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/RetentionCommands.cpp" line="85"/>
        <source>Usage: dpo-console retention list|open ... (dpo-console retention open --help)
</source>
        <translation>Использование: dpo-console retention list|open ... (dpo-console retention open --help)
</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="17"/>
        <source>Lists the platform&apos;s data systems: what each holds and who confirms for it.</source>
        <translation>Перечисляет системы данных платформы: что хранит каждая и кто подтверждает за неё.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="43"/>
        <source>The system&apos;s code (a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</source>
        <translation>Код системы (a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="45"/>
        <source>The system&apos;s name.</source>
        <translation>Название системы.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="47"/>
        <source>core_database, photo_store, video_archive, crm, analytics, backup or other.</source>
        <translation>core_database, photo_store, video_archive, crm, analytics, backup или other.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="51"/>
        <source>worker (its worker confirms through the task outbox) or person (by hand).</source>
        <translation>worker (его обработчик подтверждает через исходящую очередь задач) или person (вручную).</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="55"/>
        <source>Who answers for it: a team or a person, with how to reach them.</source>
        <translation>Кто за неё отвечает: команда или человек и как с ними связаться.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="58"/>
        <source>A backup: after how many days its copies are overwritten.</source>
        <translation>Резервная копия: через сколько дней её копии перезаписываются.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="61"/>
        <source>The data categories it holds, by code, separated by commas.</source>
        <translation>Категории данных, которые она хранит, кодами через запятую.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="71"/>
        <source>Unexpected argument &quot;%1&quot;; give each field with its option.</source>
        <extracomment>%1: the unexpected argument as typed.</extracomment>
        <translation>Неожиданный аргумент «%1»; указывайте каждое поле с его параметром.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="88"/>
        <source>--rotation-days must be a number of days, not &quot;%1&quot;.</source>
        <extracomment>%1: the value typed after --rotation-days.</extracomment>
        <translation>--rotation-days должен быть числом дней, а не «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="99"/>
        <source>Adds a data system to the register (administrators; audited).</source>
        <translation>Добавляет систему данных в реестр (администраторы; записывается в аудит).</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="116"/>
        <source>Data system %1 added; withdrawals executed from now on give it tasks.</source>
        <extracomment>%1: the data system&apos;s code, e.g. &quot;crm&quot;.</extracomment>
        <translation>Система данных %1 добавлена; исполняемые отныне отзывы дают ей задачи.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="126"/>
        <source>Changes a data system; a field not given stays as it is (administrators; audited). --active no retires it: it gets no new tasks.</source>
        <translation>Изменяет систему данных; не указанное поле остаётся прежним (администраторы; записывается в аудит). --active no выводит её из работы: новых задач она не получает.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="129"/>
        <source>yes or no.</source>
        <translation>yes или no.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="139"/>
        <source>--code names the system to change.</source>
        <translation>--code называет изменяемую систему.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="150"/>
        <source>There is no data system with the code &quot;%1&quot;.</source>
        <extracomment>%1: the code as typed.</extracomment>
        <translation>Системы данных с кодом «%1» нет.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="155"/>
        <source>--active must be yes or no.</source>
        <translation>--active должен быть yes или no.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="160"/>
        <source>Data system %1 saved.</source>
        <extracomment>%1: the data system&apos;s code.</extracomment>
        <translation>Система данных %1 сохранена.</translation>
    </message>
    <message>
        <location filename="../app/cli/SystemCommands.cpp" line="170"/>
        <source>Usage: dpo-console systems list --database URL [--format table|csv|json]
       dpo-console systems add --database URL --officer NAME --code CODE --name TEXT --kind KIND
           --confirmed-by worker|person --owner TEXT [--rotation-days N] --categories A,B
       dpo-console systems change --database URL --officer NAME --code CODE [--name TEXT] [--active yes|no] ...
</source>
        <translation>Использование: dpo-console systems list --database URL [--format table|csv|json]
       dpo-console systems add --database URL --officer NAME --code CODE --name TEXT --kind KIND
           --confirmed-by worker|person --owner TEXT [--rotation-days N] --categories A,B
       dpo-console systems change --database URL --officer NAME --code CODE [--name TEXT] [--active yes|no] ...
</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="17"/>
        <source>Name one task by its number (tasks list shows them).</source>
        <translation>Укажите одну задачу по номеру (их показывает tasks list).</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="24"/>
        <source>Lists the tasks that carry executed withdrawals to the platform&apos;s data systems and recipients: per request, its systems first, then its recipients.</source>
        <translation>Перечисляет задачи, которые доводят исполненные отзывы до систем данных платформы и получателей: по каждому заявлению сначала его системы, затем получатели.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="29"/>
        <source>Only tasks not yet done (open or failed).</source>
        <translation>Только ещё не выполненные задачи (открытые или неудавшиеся).</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="31"/>
        <source>Only tasks not yet done past their due date.</source>
        <translation>Только не выполненные задачи с истёкшим сроком.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="32"/>
        <source>Only the tasks of this withdrawal request.</source>
        <translation>Только задачи этого заявления об отзыве.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="53"/>
        <source>--request must be a request&apos;s number.</source>
        <translation>--request должен быть номером заявления.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="88"/>
        <source>Confirms a task done or failed (a failure with its reason in --note); by hand, a document may be attached to the request as evidence.</source>
        <translation>Подтверждает, что задача выполнена или не удалась (неудача — с причиной в --note); при ручном подтверждении к заявлению можно приложить документ как доказательство.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="92"/>
        <source>The system did what it was asked.</source>
        <translation>Система сделала то, что от неё требовалось.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="93"/>
        <source>It could not; say why in --note.</source>
        <translation>Не смогла; укажите причину в --note.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="95"/>
        <source>What was done, or why it failed.</source>
        <translation>Что сделано или почему не удалось.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="98"/>
        <source>When it was done or failed (ISO 8601 with its zone); now when not given.</source>
        <translation>Когда выполнено или не удалось (ISO 8601 с часовым поясом); если не указано — сейчас.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="102"/>
        <source>A document (PDF, JPEG, PNG, TIFF) that shows it, attached to the request.</source>
        <translation>Документ (PDF, JPEG, PNG, TIFF), который это показывает; прикладывается к заявлению.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="114"/>
        <source>Give one of --done and --failed.</source>
        <translation>Укажите одно из --done и --failed.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="124"/>
        <source>--at must be a time in ISO 8601 with its zone, such as 2026-12-04T15:30:00+06:00.</source>
        <translation>--at должен быть временем в ISO 8601 с часовым поясом, например 2026-12-04T15:30:00+06:00.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="134"/>
        <source>Task %1 is done.</source>
        <extracomment>%1: the task&apos;s number.</extracomment>
        <translation>Задача %1 выполнена.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="136"/>
        <source>Task %1 failed; retry it when the system can try again.</source>
        <extracomment>%1: the task&apos;s number.</extracomment>
        <translation>Задача %1 не удалась; повторите её, когда система сможет попробовать снова.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="144"/>
        <source>Opens a failed task again for another attempt.</source>
        <translation>Снова открывает неудавшуюся задачу для ещё одной попытки.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="147"/>
        <source>Why it may work now.</source>
        <translation>Почему теперь может получиться.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="160"/>
        <source>Task %1 is open again.</source>
        <extracomment>%1: the task&apos;s number.</extracomment>
        <translation>Задача %1 снова открыта.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="169"/>
        <source>On a server: records the reports the data systems&apos; workers wrote (docs/tasks.md), each as its task&apos;s confirmation or rejected with the reason, then exits; `feed run` does the same as the reports arrive.</source>
        <translation>На сервере: записывает отчёты, оставленные обработчиками систем данных (docs/tasks.md), — каждый как подтверждение своей задачи или как отклонённый с причиной — и завершается; `feed run` делает то же по мере поступления отчётов.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="183"/>
        <source>Reports come from the workers&apos; role on a PostgreSQL server; on SQLite confirm tasks with tasks confirm.</source>
        <translation>Отчёты приходят от роли обработчиков на сервере PostgreSQL; на SQLite подтверждайте задачи через tasks confirm.</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="195"/>
        <source>recorded %1, rejected %2
</source>
        <extracomment>%1: the number of task reports recorded; %2: the number rejected.</extracomment>
        <translation>записано %1, отклонено %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskCommands.cpp" line="204"/>
        <source>Marks done every backup&apos;s task whose rotation has come round: the copies that held the data are overwritten.</source>
        <translation>Отмечает выполненной задачу каждой резервной копии, чья ротация завершилась: копии, содержавшие данные, перезаписаны.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TaskCommands.cpp" line="219"/>
        <source>%n backup task(s) done by their rotation.</source>
        <extracomment>%n: the number of backup tasks.</extracomment>
        <translation>
            <numerusform>По ротации выполнена %n задача резервной копии.</numerusform>
            <numerusform>По ротации выполнены %n задачи резервных копий.</numerusform>
            <numerusform>По ротации выполнено %n задач резервных копий.</numerusform>
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
        <translation>Использование: dpo-console tasks list --database URL [--open] [--overdue] [--request ID] --format csv|json
       dpo-console tasks confirm ID --database URL --officer NAME --done|--failed [--note TEXT] [--at TIME] [--evidence FILE]
       dpo-console tasks retry ID --database URL --officer NAME [--note TEXT]
       dpo-console tasks receive --database URL --officer NAME
       dpo-console tasks settle-backups --database URL --officer NAME
</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="27"/>
        <source>Lists written withdrawal requests: open ones first (the reply not yet sent), the nearest target date first, with the days left.</source>
        <translation>Перечисляет письменные заявления об отзыве: сначала открытые (ответ ещё не отправлен), с ближайшей целевой датой первыми, с оставшимися днями.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="35"/>
        <source>Only requests in this state: %1.</source>
        <extracomment>Help for the --state option. %1: the state codes, separated by commas.</extracomment>
        <translation>Только заявления в этом состоянии: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="37"/>
        <source>Only open ones past their target date.</source>
        <translation>Только открытые с прошедшей целевой датой.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="52"/>
        <source>--state must be one of %1.</source>
        <extracomment>%1: the state codes, separated by commas.</extracomment>
        <translation>--state должен быть одним из: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="83"/>
        <source>Opens a case to destroy the data of a subject under 18 (policy 9.1, 12.4) without waiting for a request, or, with --all, one for every subject under 18 who still holds data and has no case open (all in one transaction). Prints each case&apos;s number.</source>
        <translation>Открывает дело об уничтожении данных субъекта младше 18 лет (п. 9.1, 12.4 политики), не дожидаясь заявления, или с --all — по делу для каждого субъекта младше 18 лет, чьи данные ещё хранятся и у кого нет открытого дела (всё в одной транзакции). Выводит номер каждого дела.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="89"/>
        <source>Every subject under 18 without an open case.</source>
        <translation>Каждый субъект младше 18 лет без открытого дела.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="92"/>
        <source>Cases opened: %1; subjects under 18 whose case was already open: %2.</source>
        <extracomment>%1: the number of cases opened; %2: the number of subjects under 18 whose case was already open.</extracomment>
        <translation>Открыто дел: %1; субъектов младше 18 лет, у которых дело уже было открыто: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="94"/>
        <source>The parent&apos;s or guardian&apos;s name, when known (default: &quot;the parent or legal guardian of&quot; the minor).</source>
        <translation>Имя родителя или опекуна, если известно (по умолчанию — «родителю или законному представителю» несовершеннолетнего).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="98"/>
        <source>Where the letter to the parent or guardian goes (default: the minor&apos;s residence address).</source>
        <translation>Куда направляется письмо родителю или опекуну (по умолчанию — адрес проживания несовершеннолетнего).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="105"/>
        <source>--guardian-name and --guardian-address name one minor&apos;s parent: use them with --subject.</source>
        <translation>--guardian-name и --guardian-address называют родителя одного несовершеннолетнего: используйте их с --subject.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="125"/>
        <source>Sets the internal target for closing a withdrawal request, in calendar days counted from receipt (administrators; requests already registered keep their date).</source>
        <translation>Задаёт внутренний ориентир закрытия заявления об отзыве в календарных днях от получения (администраторы; уже зарегистрированные заявления сохраняют свою дату).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="127"/>
        <source>Calendar days, 1 to 90 (30 by default).</source>
        <translation>Календарные дни, от 1 до 90 (по умолчанию 30).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="129"/>
        <source>--days must be a number of days, 1 to 90.</source>
        <translation>--days должен быть числом дней, от 1 до 90.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="133"/>
        <source>Withdrawal requests registered from now on are due %1 calendar days after receipt.
</source>
        <extracomment>%1: a number of calendar days.</extracomment>
        <translation>Срок заявлений об отзыве, регистрируемых отныне, — %1 календарных дн. после получения.
</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalCommands.cpp" line="158"/>
        <source>Usage: dpo-console withdrawals list|show|register|open-minor|verify|reject|decide|approve|execute|recipient-told|allow-close|reply|letter|target ... (dpo-console withdrawals register --help)
</source>
        <translation>Использование: dpo-console withdrawals list|show|register|open-minor|verify|reject|decide|approve|execute|recipient-told|allow-close|reply|letter|target ... (dpo-console withdrawals register --help)
</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="22"/>
        <source>Name one withdrawal request by its number.</source>
        <translation>Укажите одно заявление об отзыве по номеру.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="45"/>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="457"/>
        <source>The request&apos;s number.</source>
        <translation>Номер заявления.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="88"/>
        <source>--%1 &quot;%2&quot; must be CATEGORY=VALUE, the category one of those given to --decision (%3).</source>
        <extracomment>%1: the option&apos;s name, e.g. &quot;until&quot;; %2: the value typed; %3: the categories given to --decision, separated by commas.</extracomment>
        <translation>--%1 «%2» должен быть CATEGORY=VALUE, где категория — одна из указанных в --decision (%3).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="106"/>
        <source>--decision &quot;%1&quot; must be CATEGORY=ACTION, the action one of destroy, depersonalise, block, keep.</source>
        <extracomment>%1: the value typed after --decision.</extracomment>
        <translation>--decision «%1» должен быть CATEGORY=ACTION, где действие — destroy, depersonalise, block или keep.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="117"/>
        <source>Give one --decision CATEGORY=ACTION for each data category in scope.</source>
        <translation>Укажите по одному --decision CATEGORY=ACTION для каждой затронутой категории данных.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="136"/>
        <source>--until %1=%2 must be a date YYYY-MM-DD.</source>
        <extracomment>%1: the category&apos;s code; %2: the value typed for it.</extracomment>
        <translation>--until %1=%2 должен быть датой ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="208"/>
        <source>Registers a written request to withdraw consent (policy 12.1.3) with its letter, and prints its number and target date.</source>
        <translation>Регистрирует письменное заявление об отзыве согласия (п. 12.1.3 политики) с его письмом и выводит его номер и целевую дату.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="217"/>
        <source>How it came: post (default), in_person, email_scan, e_signature.</source>
        <translation>Как поступило: post (по умолчанию), in_person, email_scan, e_signature.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="220"/>
        <source>A partial withdrawal: a purpose it withdraws (may be repeated).</source>
        <translation>Частичный отзыв: цель, которую он отзывает (можно повторять).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="223"/>
        <source>A partial withdrawal: a data category it names (may be repeated).</source>
        <translation>Частичный отзыв: категория данных, которую он называет (можно повторять).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="225"/>
        <source>The scope in the letter&apos;s words.</source>
        <translation>Объём словами письма.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="228"/>
        <source>Who the reply goes to, as the letter gives it (default: the subject).</source>
        <translation>Кому направляется ответ, как указано в письме (по умолчанию — субъекту).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="231"/>
        <source>Where the reply goes (default: the subject&apos;s residence address).</source>
        <translation>Куда направляется ответ (по умолчанию — адрес проживания субъекта).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="235"/>
        <source>The written request (PDF, JPEG, PNG or TIFF, at most 20 MB); may be repeated.</source>
        <translation>Письменное заявление (PDF, JPEG, PNG или TIFF, не больше 20 МБ); можно повторять.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="249"/>
        <source>--received is required.</source>
        <translation>Требуется --received.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="266"/>
        <source>Withdrawal request %1 registered; the target date is %2.</source>
        <extracomment>%1: the request&apos;s number; %2: the target date (YYYY-MM-DD).</extracomment>
        <translation>Заявление об отзыве %1 зарегистрировано; целевая дата — %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="277"/>
        <source>Records how the requester&apos;s identity was verified (id_in_person, notarised_letter, account_face_check, other with a note).</source>
        <translation>Записывает, как проверена личность заявителя (id_in_person, notarised_letter, account_face_check, other с примечанием).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="281"/>
        <source>How the identity was verified.</source>
        <translation>Как проверена личность.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="287"/>
        <source>The identity for request %1 is verified.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Личность по заявлению %1 проверена.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="295"/>
        <source>Rejects a request (identity_not_established, not_written, not_this_holder); its letter says why.</source>
        <translation>Отклоняет заявление (identity_not_established, not_written, not_this_holder); в его письме указывается причина.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="300"/>
        <source>Why it is rejected.</source>
        <translation>Почему отклонено.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="305"/>
        <source>Request %1 is rejected; its letter says why.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Заявление %1 отклонено; в его письме указана причина.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="313"/>
        <source>Decides per data category what happens to it (one --decision for each category in scope; replaces earlier decisions until the request is executed). A keep names its ground (law58_art5, law58_art15:PARAGRAPH, aml_cft_record_keeping, other_law:LAW) and the date until which it is kept, and waits for a supervisor&apos;s approval.</source>
        <translation>Решает по каждой категории данных, что с ней будет (по одному --decision на каждую затронутую категорию; до исполнения заявления заменяет прежние решения). Хранение называет своё основание (law58_art5, law58_art15:PARAGRAPH, aml_cft_record_keeping, other_law:LAW) и дату, до которой данные хранятся, и ждёт одобрения супервайзера.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="321"/>
        <source>CATEGORY=ACTION; one for each category in scope.</source>
        <translation>CATEGORY=ACTION; по одному на каждую затронутую категорию.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="324"/>
        <source>Why: for every category, or CATEGORY=TEXT for one.</source>
        <translation>Почему: для всех категорий или CATEGORY=TEXT для одной.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="325"/>
        <source>A keep&apos;s legal ground: CATEGORY=GROUND[:DETAIL].</source>
        <translation>Правовое основание хранения: CATEGORY=GROUND[:DETAIL].</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="327"/>
        <source>Until when a keep holds: CATEGORY=YYYY-MM-DD.</source>
        <translation>До какой даты хранение: CATEGORY=YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="332"/>
        <source>The decisions on request %1 are recorded.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Решения по заявлению %1 записаны.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="340"/>
        <source>A supervisor other than the officer who proposed a keep approves it (--officer is the supervisor).</source>
        <translation>Хранение одобряет супервайзер, не тот сотрудник, который его предложил (--officer — это супервайзер).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="347"/>
        <source>Keeping data under request %1 is approved.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Хранение данных по заявлению %1 одобрено.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="355"/>
        <source>Executes the decisions in one transaction: destroyed and depersonalised values cannot be brought back. Writes one task per data system and category, and a notice per recipient (docs/tasks.md).</source>
        <translation>Исполняет решения в одной транзакции: уничтоженные и обезличенные значения вернуть нельзя. Создаёт по задаче на каждую систему данных и категорию и по уведомлению на каждого получателя (docs/tasks.md).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="363"/>
        <source>Request %1 is executed; tell each recipient, then send the reply.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Заявление %1 исполнено; уведомите каждого получателя, затем отправьте ответ.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="371"/>
        <source>Records that a recipient of the subject&apos;s data was told of the withdrawal, by hand (its notice task is then done).</source>
        <translation>Записывает, что получатель данных субъекта уведомлён об отзыве вручную (тогда его задача уведомления выполнена).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="375"/>
        <source>The recipient&apos;s name, as `withdrawals show` gives it.</source>
        <translation>Название получателя, как его показывает `withdrawals show`.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="395"/>
        <source>Request %1 has no recipient &quot;%2&quot; to tell; its recipients: %3.</source>
        <extracomment>%1: the request&apos;s number; %2: the recipient&apos;s name as typed; %3: the request&apos;s recipients&apos; names, separated by commas, or &quot;none&quot;.</extracomment>
        <translation>У заявления %1 нет получателя «%2» для уведомления; его получатели: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="402"/>
        <source>%1 is recorded as told.</source>
        <extracomment>%1: the recipient&apos;s name.</extracomment>
        <translation>%1 записан(а) как уведомлённый.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="410"/>
        <source>Lets an executed request close while some of its tasks are not yet done (docs/tasks.md): a supervisor or administrator who did not execute it, with the reason (audited).</source>
        <translation>Разрешает закрыть исполненное заявление, пока часть его задач ещё не выполнена (docs/tasks.md): супервайзер или администратор, который его не исполнял, с указанием причины (записывается в аудит).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="416"/>
        <source>Why the request may close before its tasks are done (10 to 1000 characters).</source>
        <translation>Почему заявление может закрыться до выполнения задач (от 10 до 1000 символов).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="422"/>
        <source>Request %1 may close with its tasks open; they stay open until confirmed.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Заявление %1 может закрыться с открытыми задачами; они остаются открытыми до подтверждения.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="431"/>
        <source>Logs that the reply went out, which closes the request (every recipient told and every task done first, unless a supervisor allowed it: withdrawals allow-close).</source>
        <translation>Записывает, что ответ отправлен, что закрывает заявление (сначала должны быть уведомлены все получатели и выполнены все задачи, если супервайзер не разрешил иное: withdrawals allow-close).</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="435"/>
        <source>The day it was sent, YYYY-MM-DD.</source>
        <translation>День отправки, ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="437"/>
        <source>How: post, hand_delivery, email; none for a minor&apos;s case with no address known.</source>
        <translation>Как: post, hand_delivery, email; none — для дела несовершеннолетнего без известного адреса.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="440"/>
        <source>The tracking number.</source>
        <translation>Трек-номер.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="446"/>
        <source>The reply to request %1 is logged; the request is closed.</source>
        <extracomment>%1: the request&apos;s number.</extracomment>
        <translation>Ответ на заявление %1 записан; заявление закрыто.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="454"/>
        <source>Prints one request as JSON: its state, decisions, recipients to tell and tasks.</source>
        <translation>Выводит одно заявление в JSON: его состояние, решения, получателей для уведомления и задачи.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="480"/>
        <source>Writes the letter to the subject about their request (once executed: what each system confirmed and when; once rejected: why) as PDF, in Kyrgyz or Russian.</source>
        <translation>Записывает письмо субъекту о его заявлении (после исполнения — что и когда подтвердила каждая система; после отклонения — почему) в PDF на кыргызском или русском.</translation>
    </message>
    <message>
        <location filename="../app/cli/WithdrawalStepCommands.cpp" line="485"/>
        <source>The letter on request %1 is in %2.</source>
        <extracomment>%1: the request&apos;s number; %2: the path of the letter file.</extracomment>
        <translation>Письмо по заявлению %1 — в %2.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="47"/>
        <source>Open this database: sqlite:PATH or postgresql://user@host:port/dbname.</source>
        <translation>Открыть эту базу: sqlite:PATH или postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="52"/>
        <source>Interface language: ky, ru or en.</source>
        <translation>Язык интерфейса: ky, ru или en.</translation>
    </message>
</context>
</TS>
