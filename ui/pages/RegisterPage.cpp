// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegisterPage.h"

#include "core/Error.h"
#include "widgets/ReadOnlyTable.h"

#include <QBrush>
#include <QLabel>
#include <QPushButton>
#include <QHBoxLayout>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dpo {

RegisterPage::RegisterPage(Database& database, RegisterService::Register which, const QString& title,
                           const QString& explanation, QWidget* parent)
    : QWidget(parent), m_database(database), m_which(which), m_summary(new QLabel(this)),
      m_table(makeReadOnlyTable(this, QStringLiteral("registerTable")))
{
    QLabel* heading = makeHeading(this, title);
    auto* note = new QLabel(explanation, this);
    note->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("registerSummary"));
    auto* refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, &RegisterPage::reload);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_subjectIds.size() && m_subjectIds[row] > 0)
            emit openSubject(m_subjectIds[row]);
    });
    auto* top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
}

void RegisterPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

int RegisterPage::rowCount() const
{
    return m_table->rowCount();
}

void RegisterPage::reload()
{
    RegisterService::Table table;
    try {
        table = RegisterService(m_database).table(m_which);
    } catch (const Error& e) {
        m_summary->setText(e.message());
        return;
    }
    fillReadOnlyTable(m_table, table.header, table.rows);
    m_subjectIds = table.subjectIds;
    int overdue = 0;
    for (int r = 0; r < table.overdue.size(); ++r) {
        if (!table.overdue[r])
            continue;
        ++overdue;
        for (int c = 0; c < m_table->columnCount(); ++c)
            if (QTableWidgetItem* item = m_table->item(r, c))
                item->setForeground(QBrush(QColor(0xb0, 0x1c, 0x1c)));
    }
    QString summary = tr("%Ln entries.", nullptr, int(table.rows.size()));
    if (overdue > 0)
        summary += QLatin1Char(' ') + (m_which == RegisterService::Register::Disclosures
                                           ? tr("%Ln not yet notified to every subject (policy 4.6.4).", nullptr, overdue)
                                           : tr("%Ln overdue.", nullptr, overdue));
    m_summary->setText(summary);
}

} // namespace dpo
