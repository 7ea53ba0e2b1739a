// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionReviewDialog.h"

#include "core/Error.h"
#include "domain/DocumentLanguage.h"
#include "domain/Permissions.h"
#include "domain/Vocabulary.h"
#include "services/ReferenceDataService.h"
#include "UserPrompts.h"
#include "widgets/ReadOnlyTable.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dpo {

RetentionReviewDialog::RetentionReviewDialog(Database& database, Session session,
                                             UserPrompts& prompts, QWidget* parent)
    : QDialog(parent), m_database(database), m_session(std::move(session)), m_prompts(prompts),
      m_summary(new QLabel(this)), m_table(makeReadOnlyTable(this, QStringLiteral("reviewTable"))),
      m_openSelected(new QPushButton(tr("Open a case for the subject"), this)),
      m_openAll(new QPushButton(tr("Open cases for all"), this))
{
    setObjectName(QStringLiteral("retentionReviewDialog"));
    setWindowTitle(tr("Retention review"));
    auto* rule = new QLabel(tr("Policy 6.2-6.3: face photos are kept while the app is used and "
                               "until the consent is withdrawn, and nothing is kept longer than "
                               "its purpose needs. Each item is reviewed in a case: destroyed, or "
                               "kept on a legal ground until a new date (approved by a second "
                               "supervisor)."),
                            this);
    rule->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_openSelected->setObjectName(QStringLiteral("openReviewCase"));
    m_openSelected->setToolTip(tr("Open a review case for the selected subject's data"));
    m_openAll->setObjectName(QStringLiteral("openAllReviewCases"));
    m_openAll->setToolTip(tr("Open a review case for every subject listed that has none yet, each "
                             "its own case"));
    const bool writer = Permissions::allows(m_session.role, Permission::WorkOnCases);
    m_openSelected->setEnabled(false);
    m_openAll->setEnabled(writer);
    m_table->setAccessibleName(tr("Subjects whose data is due for review"));
    m_table->setAccessibleDescription(tr("Each item: the subject, the data category, why it is "
                                         "due, since when, and its open case if any"));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this, writer] {
        const int row = m_table->currentRow();
        m_openSelected->setEnabled(writer && row >= 0 && row < m_items.size() &&
                                   m_items[row].openCase == 0);
    });
    connect(m_openSelected, &QPushButton::clicked, this, &RetentionReviewDialog::openSelected);
    connect(m_openAll, &QPushButton::clicked, this, &RetentionReviewDialog::openAll);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)
        ->setToolTip(tr("Close the review; the cases opened "
                        "stay open"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_openSelected);
    actions->addWidget(m_openAll);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(rule);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(1100, 600);
    reload();
}

void RetentionReviewDialog::reload()
{
    try {
        m_items = RetentionReviewService(m_database).due(bishkekToday());
    } catch (const Error& e) {
        m_items.clear();
        m_prompts.showError(this, windowTitle(), e.message());
    }
    const QHash<QString, QString> categories = ReferenceDataService(m_database).categoryNames();
    const Vocabulary words;
    QList<QStringList> rows;
    for (const RetentionReviewService::Item& item : m_items)
        rows << QStringList{
            item.subjectRef, item.subjectName, categories.value(item.category, item.category),
            words.name(Vocabulary::Kind::RetentionReason, item.reason), displayDate(item.since),
            item.ground.isEmpty() ? QString()
                                  : words.name(Vocabulary::Kind::KeepGround, item.ground),
            //: A case's number in a table cell. %1: the number.
            item.openCase > 0 ? tr("No. %1").arg(item.openCase) : QString()};
    fillReadOnlyTable(m_table,
                      {tr("Subject"), tr("Name"), tr("Data category"), tr("Why it is due"),
                       tr("Since", "the keep's end, the withdrawal, the closure"),
                       tr("Kept on", "legal ground"), tr("Review case")},
                      rows);
    m_summary->setText(m_items.isEmpty() ? tr("Nothing is due for review today.") :
                                         //: %1: the number of items.
                           tr("Items due for review: %1.").arg(m_items.size()));
}

void RetentionReviewDialog::openSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    try {
        const qint64 id =
            RetentionReviewService(m_database).openCase(m_session, m_items[row].subjectRef);
        reload();
        emit casesOpened({id});
    } catch (const Error& e) {
        m_prompts.showError(this, windowTitle(), e.message());
    }
}

void RetentionReviewDialog::openAll()
{
    if (!m_prompts.confirm(this, windowTitle(),
                           tr("Open a review case for every subject with something due and no "
                              "review case open?")))
        return;
    try {
        const RetentionReviewService::Opened opened =
            RetentionReviewService(m_database).openAll(m_session);
        reload();
        m_prompts.showInformation(
            this, windowTitle(),
            //: %1: the number of cases opened; %2: the number of subjects whose case was already
            //: open.
            tr("Cases opened: %1. Subjects whose review case was already open: %2.")
                .arg(opened.opened.size())
                .arg(opened.alreadyOpen));
        emit casesOpened(opened.opened);
    } catch (const Error& e) {
        m_prompts.showError(this, windowTitle(), e.message());
    }
}

} // namespace dpo
