// SPDX-License-Identifier: GPL-3.0-or-later
#include "CasePane.h"

#include "services/LetterService.h"
#include "UserPrompts.h"
#include "widgets/CaseWidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dpo {

CasePane::CasePane(Database& database, Session session, UserPrompts& prompts, const QString& kind,
                   const QString& errorTitle, QWidget* parent)
    : QWidget(parent), m_database(database), m_session(std::move(session)), m_prompts(prompts),
      m_steps(std::make_unique<StepRunner>(this, prompts, errorTitle,
                                           [this](const QString& done) { stepDone(done); })),
      m_title(makeCaseTitle(this, kind + QStringLiteral("Title"))),
      m_facts(makeFactsLabel(this, kind + QStringLiteral("Facts"))),
      m_documents(new DocumentList(database, m_session, prompts,
                                   kind + QStringLiteral("DocumentList"), this)),
      m_errorTitle(errorTitle)
{
    setObjectName(kind + QStringLiteral("Pane"));
    connect(m_facts, &QLabel::linkActivated, this, [this] {
        if (const qint64 subject = factsSubjectId(); subject > 0)
            emit openSubject(subject);
    });
}

CasePane::~CasePane() = default;

void CasePane::setLetter(std::function<std::unique_ptr<LetterService>()> service,
                         std::function<QString()> title,
                         std::function<QString(const QString& language)> fileName)
{
    m_letter = new LetterButtons(
        m_prompts, m_session,
        {std::move(service), [this] { return caseId(); }, std::move(title), std::move(fileName)},
        this);
    connect(m_letter, &LetterButtons::statusMessage, this, &CasePane::statusMessage);
}

void CasePane::setAttach(std::function<void(const AttachmentService::Document&)> attach,
                         std::function<QString()> attached)
{
    m_documents->setAttach(std::move(attach));
    connect(m_documents, &DocumentList::attached, this,
            [this, attached = std::move(attached)](const QString&) { stepDone(attached()); });
}

void CasePane::stepDone(const QString& done)
{
    if (!done.isEmpty())
        emit statusMessage(done);
    emit caseChanged(caseId());
    showCase(caseId());
}

void CasePane::showReadError(const Error& error)
{
    m_prompts.showError(this, m_errorTitle, error.message());
}

QVBoxLayout* CasePane::caseLayout()
{
    // The title and the steps stay in view; what lies between scrolls when the case is taller
    // than the room its register leaves it.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 6, 0, 0);
    outer->addWidget(m_title);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(objectName() + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    m_stepsLayout = new QVBoxLayout;
    outer->addLayout(m_stepsLayout);
    return layout;
}

QHBoxLayout* CasePane::factsBesideDocuments()
{
    auto* row = new QHBoxLayout;
    row->addWidget(m_facts, 3);
    row->addWidget(m_documents, 2);
    return row;
}

QHBoxLayout* CasePane::stepRow(std::initializer_list<QWidget*> steps,
                               std::initializer_list<QWidget*> trailing)
{
    auto* row = new QHBoxLayout;
    for (QWidget* step : steps)
        row->addWidget(step);
    row->addStretch(1);
    for (QWidget* widget : trailing)
        row->addWidget(widget);
    if (m_letter)
        row->addWidget(m_letter);
    return row;
}

} // namespace dpo
