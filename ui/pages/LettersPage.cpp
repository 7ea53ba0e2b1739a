// SPDX-License-Identifier: GPL-3.0-or-later
#include "LettersPage.h"

#include "core/Error.h"
#include "domain/DocumentLanguage.h"
#include "domain/LetterKind.h"
#include "domain/Vocabulary.h"
#include "items/OutgoingLetterRegister.h"
#include "services/OutgoingLetterService.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace dpo {

LettersPage::LettersPage(Database& database, QWidget* parent)
    : CaseRegisterPage(database,
                       {QStringLiteral("lettersPage"), QStringLiteral("lettersRegister"),
                        QStringLiteral("lettersSummary"), QStringLiteral("registerLetter")},
                       tr("Outgoing letters"),
                       tr("Every answer, reply and notice the console makes is numbered here the "
                          "first time it is made (the year's next number and the day's date); a "
                          "reprint keeps its number. The addressee is read from the case."),
                       false, parent),
      m_database(database), m_search(new QLineEdit(this)), m_typing(new QTimer(this)),
      m_hint(new QLabel(tr("Select a letter to see what it answers."), this)),
      m_details(new QWidget(this)), m_openCase(new QPushButton(tr("Open the case"), this))
{
    hideRegisterButton();
    setRegisterDescription(tr("Every letter the console made; select one to see what it answers"));
    setFiltersLabel(tr("Find:"));
    m_search->setObjectName(QStringLiteral("lettersSearch"));
    m_search->setAccessibleName(tr("Find a letter"));
    m_search->setPlaceholderText(tr("Number or addressee"));
    m_search->setToolTip(tr("Show the letters whose number or addressee contains this text"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 24);
    addFilterWidget(m_search);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &LettersPage::reload);

    auto* pane = new QWidget(this);
    m_details->setObjectName(QStringLiteral("letterDetails"));
    auto* form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    for (const QString& header : OutgoingLetterRegister(database, QString()).headers()) {
        auto* value = new QLabel(m_details);
        value->setTextFormat(Qt::PlainText); // names come from the database
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(header + QLatin1Char(':'), value);
        m_values << value;
    }
    m_openCase->setObjectName(QStringLiteral("openLetterCase"));
    m_openCase->setToolTip(tr("Open the case the selected letter answers in its section"));
    m_openCase->setEnabled(false);
    connect(m_openCase, &QPushButton::clicked, this, [this] {
        if (m_shownKind)
            emit openCase(m_shownKind->caseType, m_shownCase);
    });
    auto* paneLayout = new QVBoxLayout(pane);
    paneLayout->addWidget(m_hint);
    paneLayout->addWidget(m_details);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openCase);
    buttons->addStretch(1);
    paneLayout->addLayout(buttons);
    paneLayout->addStretch(1);
    setPane(pane);
    LettersPage::showCase(0); // this class's, as the constructor runs
}

void LettersPage::setSearch(const QString& text)
{
    m_search->setText(text);
    m_typing->stop();
    reload();
}

std::shared_ptr<const CaseRegisterSource> LettersPage::source() const
{
    return std::make_shared<OutgoingLetterRegister>(m_database, m_search->text().trimmed());
}

void LettersPage::showCase(qint64 id)
{
    m_shown = 0;
    m_shownKind = nullptr;
    m_shownCase = 0;
    m_openCase->setEnabled(false);
    m_details->hide();
    m_hint->show();
    if (id <= 0) {
        m_hint->setText(tr("Select a letter to see what it answers."));
        return;
    }
    OutgoingLetterService::Letter letter;
    try {
        letter = OutgoingLetterService(m_database).letter(id);
    } catch (const Error& e) {
        m_hint->setText(e.message());
        return;
    }
    m_shown = id;
    m_shownKind = LetterKinds::find(letter.kind);
    m_shownCase = letter.caseId;
    const QStringList values{letter.number,
                             displayDate(letter.registeredOn),
                             LetterKinds::name(letter.kind),
                             LetterKinds::caseName(letter.kind, letter.caseId),
                             letter.addressee.isEmpty() ? tr("(no longer on file)")
                                                        : letter.addressee,
                             Vocabulary().name(Vocabulary::Kind::Language, letter.language),
                             letter.officer};
    for (int i = 0; i < m_values.size() && i < values.size(); ++i)
        m_values[i]->setText(values[i]);
    m_hint->hide();
    m_details->show();
    m_openCase->setEnabled(m_shownKind != nullptr); // a kind a newer console made: not here
}

} // namespace dpo
