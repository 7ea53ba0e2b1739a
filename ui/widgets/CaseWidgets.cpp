// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseWidgets.h"

#include "services/LetterService.h"

#include "core/Error.h"
#include "DocumentPicker.h"
#include "domain/DocumentLanguage.h"
#include "services/SubjectReportService.h"
#include "SubmitDialog.h"
#include "UserPrompts.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dpo {

StepRunner::StepRunner(QWidget* owner, UserPrompts& prompts, QString errorTitle,
                       std::function<void(const QString&)> done)
    : m_owner(owner), m_prompts(prompts), m_errorTitle(std::move(errorTitle)),
      m_done(std::move(done))
{
}

bool StepRunner::run(const std::function<void()>& step, const QString& doneText) const
{
    try {
        step();
    } catch (const Error& e) {
        if (e.kind() == Error::Kind::Conflict)
            m_done(QString()); // another officer's change: shown behind the message
        m_prompts.showError(m_owner, m_errorTitle, e.message());
        return false;
    }
    m_done(doneText);
    return true;
}

void StepRunner::submit(SubmitDialog* dialog, const std::function<void()>& step,
                        const QString& doneText) const
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmit([this, step, doneText]() -> QString {
        try {
            step();
        } catch (const Error& e) {
            // Another officer's change: the case is shown again behind the dialog, whose input
            // stays; OK once more saves over the version now shown.
            if (e.kind() == Error::Kind::Conflict)
                m_done(QString());
            return e.message();
        }
        m_done(doneText);
        return {};
    });
    dialog->open();
}

DocumentList::DocumentList(Database& database, Session session, UserPrompts& prompts,
                           const QString& listName, QWidget* parent)
    : QWidget(parent), m_database(database), m_session(std::move(session)), m_prompts(prompts),
      m_list(new QListWidget(this)), m_attachButton(new QPushButton(tr("Attach…"), this)),
      m_openButton(new QPushButton(tr("Open", "a document"), this))
{
    m_list->setObjectName(listName);
    m_list->setAccessibleName(tr("Documents"));
    m_list->setAccessibleDescription(
        tr("The documents of the case: the letter, scans and answers; Enter opens one"));
    m_list->setMaximumHeight(90);
    m_attachButton->setObjectName(QStringLiteral("attachDocument"));
    m_attachButton->setToolTip(tr("Attach a scan or a file to the case; it cannot be removed"));
    m_openButton->setObjectName(QStringLiteral("openDocument"));
    m_openButton->setToolTip(tr("Open the selected document"));
    connect(m_attachButton, &QPushButton::clicked, this, &DocumentList::attachFromFile);
    connect(m_openButton, &QPushButton::clicked, this, &DocumentList::openSelected);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &DocumentList::openSelected);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_openButton->setEnabled(row >= 0); });
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Documents"), this), 0, 0);
    grid->addWidget(m_list, 1, 0);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_attachButton);
    buttons->addWidget(m_openButton);
    buttons->addStretch(1);
    grid->addLayout(buttons, 1, 1);
    grid->setRowStretch(2, 1); // the space left goes below the list, not above it
    m_openButton->setEnabled(false);
}

void DocumentList::setDocuments(const QList<AttachmentService::Info>& documents, bool canAttach)
{
    m_list->clear();
    const QLocale locale;
    for (const AttachmentService::Info& info : documents) {
        auto* item =
            //: A stored document. %1: its file name; %2: its size, e.g. "1.2 MB"; %3: when it was
            //: added.
            new QListWidgetItem(tr("%1 (%2, %3)")
                                    .arg(info.fileName, locale.formattedDataSize(info.sizeBytes),
                                         displayInstant(info.uploadedAt)),
                                m_list);
        item->setData(Qt::UserRole, info.id);
        //: %1: the document's SHA-256 hash; %2: the officer's user name.
        item->setToolTip(tr("SHA-256 %1, added by %2").arg(info.sha256, info.uploadedBy));
    }
    m_attachButton->setEnabled(canAttach);
    m_openButton->setEnabled(false);
}

void DocumentList::attachFromFile()
{
    const QString path =
        m_prompts.openFileName(this, tr("Attach a document"), DocumentPicker::fileFilter());
    if (path.isEmpty() || !m_attach)
        return;
    try {
        const AttachmentService::Document document = AttachmentService::readFile(path);
        m_attach(document);
        emit attached(document.fileName);
    } catch (const Error& e) {
        m_prompts.showError(this, tr("Documents"), e.message());
    }
}

void DocumentList::openSelected()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    try {
        const AttachmentService::Opened opened =
            AttachmentService(m_database).open(m_session, item->data(Qt::UserRole).toLongLong());
        m_prompts.showDocument(this, opened.info.fileName, opened.info.mediaType, opened.content);
    } catch (const Error& e) {
        m_prompts.showError(this, tr("Documents"), e.message());
    }
}

LetterButtons::LetterButtons(UserPrompts& prompts, Session session, Letter letter, QWidget* parent)
    : QWidget(parent), m_prompts(prompts), m_session(std::move(session)),
      m_letter(std::move(letter)), m_language(new QComboBox(this))
{
    m_language->setObjectName(QStringLiteral("letterLanguage"));
    m_language->setToolTip(tr("The language the letter is written in"));
    // Language names are written in their own language, never translated.
    m_language->addItem(QStringLiteral("Кыргызча"), QStringLiteral("ky"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("Кыргызча + Русский"),
                        QString::fromLatin1(LetterService::kBilingual));
    m_language->setItemData(
        2, tr("Both texts in one letter; the Russian one prevails where they differ (policy 2.5)"),
        Qt::ToolTipRole);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Letter:"), this));
    row->addWidget(m_language);
    const struct
    {
        QString text;
        const char* name;
        QString description;
        void (LetterButtons::*slot)();
    } buttons[] = {
        {tr("Preview…"), "previewLetter",
         tr("Show the letter as it will be printed; a preview takes no number"),
         &LetterButtons::preview},
        {tr("Print…"), "printLetter",
         tr("Print the letter; it takes its number in the register of letters"),
         &LetterButtons::print},
        {tr("PDF…"), "saveLetter",
         tr("Save the letter as a PDF file; it takes its number in the register of letters"),
         &LetterButtons::savePdf}};
    for (const auto& b : buttons) {
        auto* button = new QPushButton(b.text, this);
        button->setObjectName(QString::fromLatin1(b.name));
        button->setToolTip(b.description);
        connect(button, &QPushButton::clicked, this, b.slot);
        row->addWidget(button);
        m_buttons << button;
    }
}

QString LetterButtons::language() const
{
    return m_language->currentData().toString();
}

void LetterButtons::setLanguage(const QString& language)
{
    const int index = m_language->findData(language);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

void LetterButtons::setAvailable(bool available)
{
    for (QPushButton* b : m_buttons)
        b->setEnabled(available);
}

void LetterButtons::preview()
{
    QString html;
    try {
        html = m_letter.service()->preview(m_session, m_letter.caseId(), language());
    } catch (const Error& e) {
        m_prompts.showError(this, m_letter.title(), e.message());
        return;
    }
    m_prompts.printPreview(this, m_letter.title(), [html](QPrinter* printer) {
        SubjectReportService::render(html, *printer);
    });
}

void LetterButtons::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_letter.title());
    if (!m_prompts.choosePrinter(this, &printer))
        return; // cancelled: nothing printed, nothing audited
    try {
        SubjectReportService::render(
            m_letter.service()->prepare(m_session, m_letter.caseId(), language()), printer);
    } catch (const Error& e) {
        m_prompts.showError(this, m_letter.title(), e.message());
        return;
    }
    emit statusMessage(tr("The letter went to the printer."));
}

void LetterButtons::savePdf()
{
    const QString path = m_prompts.saveFileName(this, m_letter.title(), tr("PDF (*.pdf)"),
                                                m_letter.fileName(language()));
    if (path.isEmpty())
        return;
    try {
        m_letter.service()->writePdf(m_session, m_letter.caseId(), language(), path);
    } catch (const Error& e) {
        m_prompts.showError(this, m_letter.title(), e.message());
        return;
    }
    //: %1: the file's path.
    emit statusMessage(tr("The letter is saved: %1").arg(path));
}

QLabel* makeCaseTitle(QWidget* parent, const QString& objectName)
{
    auto* title = new QLabel(parent);
    title->setObjectName(objectName);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    title->setFont(font);
    return title;
}

QPushButton* makeStepButton(QWidget* parent, const QString& text, const char* objectName,
                            const QString& description)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setToolTip(description);
    button->setAccessibleDescription(description); // kept when the tooltip says why it is off
    return button;
}

QLabel* makeFactsLabel(QWidget* parent, const QString& objectName)
{
    auto* facts = new QLabel(parent);
    facts->setObjectName(objectName);
    facts->setWordWrap(true);
    facts->setTextFormat(Qt::RichText);
    facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    facts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    return facts;
}

QString FactsTable::escape(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

void FactsTable::add(const QString& label, const QString& html)
{
    if (!html.isEmpty())
        m_rows +=
            QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
                .arg(escape(label), html);
}

QString FactsTable::html() const
{
    return QStringLiteral("<table>%1</table>").arg(m_rows);
}

void openRegistration(SubmitDialog* dialog, std::function<qint64()> registerCase,
                      std::function<void(qint64)> registered)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmit(
        [registerCase = std::move(registerCase), registered = std::move(registered)]() -> QString {
            qint64 id = 0;
            try {
                id = registerCase();
            } catch (const Error& e) {
                return e.message();
            }
            registered(id);
            return {};
        });
    dialog->open();
}

void setRowId(QTableWidget* table, int row, qint64 id)
{
    table->item(row, 0)->setData(Qt::UserRole + 1, id);
}

qint64 selectedRowId(const QTableWidget* table)
{
    const QList<QTableWidgetItem*> selected = table->selectedItems();
    return selected.isEmpty()
               ? 0
               : table->item(selected.first()->row(), 0)->data(Qt::UserRole + 1).toLongLong();
}

} // namespace dpo
