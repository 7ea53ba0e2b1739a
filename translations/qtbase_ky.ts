<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<!-- Kyrgyz for the Qt strings the console shows (Qt ships Russian but no Kyrgyz): dialog buttons, message
     boxes, edit menus, the print, print-preview and page-setup dialogs, the file dialog, the command line's help. The sources are
     Qt 6.4's, as in qtbase_ru; tests/translations/check_qtbase_ky.py checks that each one of these
     contexts is translated. Installed as qtbase_ky.qm and compiled into :/i18n/qtbase_ky. -->
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>in</source>
        <translation>дм</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>мм</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>пт</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>ылдыйкы талаа</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Кагаз</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Кагаз булагы:</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>оң талаа</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Пика (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Талаалар</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Өзгөчө</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Туурасынан</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Барактардын жайгашуусу</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Туурасы:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Багыты</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Дидо (DD)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Тикесинен</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Барактардын тартиби:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>жогорку талаа</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>сол талаа</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Барактын өлчөмү:</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Цицеро (CC)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Тескери тикесинен</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Миллиметр (мм)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Пункт (пт)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Бир бетке барактар:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Дюйм (дм)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Тескери туурасынан</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Бийиктиги:</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жок</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ооба</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Жардам</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Токтотуу</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Колдонуу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Баштапкы абалга келтирүү</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Кайталоо</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Демейки жөндөөлөр</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Көңүл бурбоо</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Баарына &amp;жок</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Баарын сактоо</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Четке кагуу</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Баарына ооба</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Жуп барактар</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Параметрлер &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Параметрлер &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Солдон оңго, жогорудан төмөн</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Оңдон солго, төмөндөн жогору</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF файлын жазуу</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Басып чыгаруу</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>«Бир бетке барактар» жана «Барактардын тизмеси» параметрлерин чогуу колдонууга болбойт.
Алардын бирин өчүрүңүз.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 мурунтан бар.
Анын ордуна жазылсынбы?</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Солдон оңго, төмөндөн жогору</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Так барактар</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Жергиликтүү файл</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Эки тараптуу басып чыгаруунун жөндөөлөрүндө карама-каршылыктар бар. Оңдолсунбу?</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Файлга басып чыгаруу (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Файлга басып чыгаруу ...</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Барактар туура эмес көрсөтүлгөн</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 туура эмес жазылган. Барактарды жана аралыктарды «,» менен бөлүңүз, аралыкты «-» менен көрсөтүңүз; аралыктар бири-бирин кесип өтпөшү керек.</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Оңдон солго, жогорудан төмөн</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Төмөндөн жогору, солдон оңго</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>«Баштап» мааниси «чейин» маанисинен чоң боло албайт.</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Бардык барактар</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Эки тараптуу басып чыгаруунун жөндөөлөрүндө карама-каршылыктар</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 — бул папка.
Файлдын башка атын тандаңыз.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>%1 файлына жазууга болбойт.
Файлдын башка атын тандаңыз.</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Төмөндөн жогору, оңдон солго</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Жогорудан төмөн, солдон оңго</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Жогорудан төмөн, оңдон солго</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation>чейин</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Өчүк</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Түстүү</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Баары</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Барактар</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Учурдагы барак</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Тандалган бөлүк</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Нускалар</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Басып чыгаруу аралыгы</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Түс режими</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Чыгаруу жөндөөлөрү</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Тескери тартип</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Боз түстөр</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Нускалар боюнча топтоо</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Нускалардын саны:</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Кыска тарабы боюнча түптөө</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Барактарды же аралыктарды үтүр менен бөлүп көрсөтүңүз. Аралык дефис менен бөлүнгөн эки сан менен берилет. Мисалы: 3,5-7,9 деп жазылса 3, 5, 6, 7 жана 9-барактар басылат.</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Барактар</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Эки тараптуу басып чыгаруу</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Барактардын тизмеси:</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Узун тарабы боюнча түптөө</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Басып чыгаруудан мурун көрүү</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып чыгаруу</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Барак толугу менен</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Чоңойтуу</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Туурасынан</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кичирейтүү</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Туурасы боюнча</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Тикесинен</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Барактын параметрлери</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Барактын параметрлери</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Бардык барактарды көрсөтүү</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Биринчи барак</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Акыркы барак</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Бир баракты көрсөтүү</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>PDF катары сактоо</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Мурунку барак</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Кийинки барак</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Жанаша барактарды көрсөтүү</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Жабуу</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>Оңолгус ката:</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>Бул билдирүүнү мындан ары да &amp;көрсөтүү</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>Олуттуу ката:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Маалымат:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>Оңдоо билдирүүсү:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Эскертүү:</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Түрү:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Чыгаруучу &amp;файл:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Касиеттери</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала көрүү</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Жайгашкан жери:</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Тапшырма</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Аягында:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жок</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Гриф барактары</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Түнкүсүн (18:00дөн 05:59га чейин)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Белгиленген убакта</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Төлөм маалыматы:</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Кийинкиге калтырылган басып чыгаруу:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Жашыруун</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Өтө жашыруун</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Башында:</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Күндүзү (06:00дөн 17:59га чейин)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Экинчи нөөмөттө (16:00дөн 23:59га чейин)</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Башкаруу</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Дем алыш күндөрү (ишемби жана жекшемби)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарттуу</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Жеткиликтүүлүгү чектелген</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Үчүнчү нөөмөттө (00:00дөн 07:59га чейин)</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Кийинкиге калтыруу</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Азыр басып чыгаруу</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Купуя</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Артыкчылыгы:</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Жеткиликтүүлүгү чектелбеген</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ачуу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Башка аты</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Көрсөтүү </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» жазуудан корголгон.
Баары бир өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>«%1» чын эле өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Жайлар жана кыстармалар</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Файлдын &amp;аты:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Файлдар папкасы</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Жаңы папка</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Жогорку папка</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Жаңы папка</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менин компьютерим</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Кайда:</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Жаңы папка түзүү</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 файлы</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Файлдардын түрү:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Папканы табуу</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Жашырылган файлдарды көрсөтүү</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Башка ат менен сактоо</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Папка табылган жок.
Папканын аты туура жазылганын текшериңиз.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Каптал панель</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Тизме</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Тандоо</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Өчүрүү</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Папкалар</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Атын өзгөртүү</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Папканы өчүрүү мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгисиз</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 мурунтан бар.
Анын ордуна жазылсынбы?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алдыга</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Алдыга</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Жогорку папкага өтүү</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Акыркы жайлар</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Толук көрүнүшкө которуу</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Жаңы папка түзүү</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Белгиче</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Толук көрүнүш</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл табылган жок.
Файлдын аты туура жазылганын текшериңиз.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Тизме көрүнүшүнө которуу</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Кесүү</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көчүрүү</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Кайра жасоо</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Коюу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Баарын тандоо</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Кесүү</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көчүрүү</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Кайра жасоо</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Коюу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Баарын тандоо</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Шилтеменин &amp;дарегин көчүрүү</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Барак</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Айрым жөндөөлөрдө карама-каршылыктар бар. Аларды оңдоңуз.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Кошумча</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлчөмү</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менин компьютерим</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Файлдын аты туура эмес</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;«%1» деген атты колдонууга болбойт.&lt;/b&gt;&lt;p&gt;Кыскараак же тыныш белгилери жок башка атты колдонуп көрүңүз.</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Өзгөртүлгөн күнү</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>True</source>
        <translation>Ооба</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Жок</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Ачылма тизмени ачуу</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Толугураак көрсөтүү...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt жөнүндө</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Толугураагын жашыруу...</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qt жөнүндө&lt;/h3&gt;&lt;p&gt;Бул программа Qt %1 версиясын колдонот.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Төмөн</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Жогору</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Баарын тандоо</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Маанини киргизиңиз:</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Белгисиз параметрлер: %1.</translation>
    </message>
    <message>
        <source>Unknown option '%1'.</source>
        <translation>Белгисиз параметр «%1».</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[параметрлер]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметрлер:</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Qt параметрлерин кошо алганда жардамды көрсөтөт.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Колдонулушу: %1</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Буйрук сабынын параметрлери боюнча жардамды көрсөтөт.</translation>
    </message>
    <message>
        <source>Unexpected value after '%1'.</source>
        <translation>«%1» кийин күтүлбөгөн маани.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Версия тууралуу маалыматты көрсөтөт.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Аргументтер:</translation>
    </message>
    <message>
        <source>Missing value after '%1'.</source>
        <translation>«%1» кийин маани жок.</translation>
    </message>
</context>
</TS>
