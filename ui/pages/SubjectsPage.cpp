// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubjectsPage.h"

#include "core/Error.h"
#include "items/SubjectSearchModel.h"
#include "services/SubjectService.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dpo {

SubjectsPage::SubjectsPage(Database& database, QWidget* parent)
    : QWidget(parent), m_database(database), m_searchEdit(new QLineEdit(this)),
      m_view(new QTableView(this)), m_countLabel(new QLabel(this)), m_debounce(new QTimer(this)),
      m_model(new SubjectSearchModel(this))
{
    setObjectName(QStringLiteral("subjectsPage"));
    m_searchEdit->setObjectName(QStringLiteral("subjectSearch"));
    m_searchEdit->setPlaceholderText(tr("Name, INN, phone or platform reference"));
    m_searchEdit->setClearButtonEnabled(true);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_searchEdit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { search(m_searchEdit->text()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_countLabel);
    m_countLabel->setText(tr("Type at least two letters or digits to search."));
}

void SubjectsPage::focusSearch()
{
    m_searchEdit->setFocus();
    m_searchEdit->selectAll();
}

void SubjectsPage::search(const QString& text)
{
    if (text.trimmed().size() < 2) {
        m_model->setSubjects({});
        m_countLabel->setText(tr("Type at least two letters or digits to search."));
        return;
    }
    try {
        m_model->setSubjects(SubjectService(m_database).search(text, 500));
        m_countLabel->setText(tr("%n subject(s) found (at most 500 shown).", nullptr, m_model->rowCount()));
    } catch (const Error& e) {
        m_countLabel->setText(e.message());
    }
}

} // namespace dpo
