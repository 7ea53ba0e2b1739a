// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubjectsPage.h"

#include "items/SubjectListModel.h"
#include "services/SubjectRecordService.h"
#include "SubjectRecordPane.h"
#include "widgets/WindowedView.h"

#include <climits>
#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dpo {

SubjectsPage::SubjectsPage(Database& database, const Session& session, UserPrompts& prompts,
                           QWidget* parent)
    : QWidget(parent), m_searchEdit(new QLineEdit(this)), m_statusBox(new QComboBox(this)),
      m_consentBox(new QComboBox(this)),
      m_openCasesBox(new QCheckBox(tr("Open request or claim"), this)),
      m_minorsBox(new QCheckBox(tr("Under 18"), this)), m_view(new QTableView(this)),
      m_countLabel(new QLabel(this)), m_debounce(new QTimer(this)),
      m_model(new SubjectListModel(database, session, this)),
      m_record(new SubjectRecordPane(database, session, prompts, this))
{
    setObjectName(QStringLiteral("subjectsPage"));
    m_searchEdit->setObjectName(QStringLiteral("subjectSearch"));
    m_searchEdit->setAccessibleName(tr("Search subjects"));
    m_searchEdit->setPlaceholderText(tr("Name, INN, phone or platform reference"));
    m_searchEdit->setClearButtonEnabled(true);
    m_statusBox->setObjectName(QStringLiteral("statusFilter"));
    m_statusBox->addItem(tr("Any status"), QString());
    for (const char* status : {"active", "blocked", "depersonalised", "destroyed"})
        m_statusBox->addItem(SubjectListModel::statusDisplayName(QString::fromLatin1(status)),
                             QString::fromLatin1(status));
    m_consentBox->setObjectName(QStringLiteral("consentFilter"));
    m_consentBox->addItem(tr("Any consent state"), QString());
    for (const char* state : {"given", "withdrawn"})
        m_consentBox->addItem(
            //: A filter's entry. %1: the consent state, e.g. "Withdrawn".
            tr("Consent: %1")
                .arg(SubjectListModel::consentStateDisplayName(QString::fromLatin1(state))),
            QString::fromLatin1(state));
    m_statusBox->setToolTip(tr("Show only the subjects whose data is in this state"));
    m_consentBox->setToolTip(tr("Show only the subjects whose consent is given, or withdrawn"));
    m_openCasesBox->setObjectName(QStringLiteral("openCasesFilter"));
    m_openCasesBox->setToolTip(
        tr("Show only the subjects with a withdrawal or a claim still open"));
    m_minorsBox->setObjectName(QStringLiteral("minorsFilter"));
    m_minorsBox->setToolTip(tr("Show only the subjects under 18 by their date of birth"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    // The columns that may read "[blocked]" are wide enough for it in either language.
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto orBlocked = [&metrics](const QString& sample) {
        const QString blocked = SubjectRecordService::blockedMarker();
        return metrics.horizontalAdvance(blocked) > metrics.horizontalAdvance(sample) ? blocked
                                                                                      : sample;
    };
    setUpWindowedView(m_view, m_model, QStringLiteral("subjectsView"),
                      {QStringLiteral("OG-00000000"), orBlocked(QStringLiteral("2*********0000")),
                       orBlocked(QStringLiteral("Абдыкадырова")), QStringLiteral("Бүбүсара"),
                       QStringLiteral("Түгөлбаевна"), QStringLiteral("00.00.0000"),
                       orBlocked(QStringLiteral("+996*****0000")),
                       QStringLiteral("00.00.0000 · ") +
                           SubjectListModel::consentStateDisplayName(QStringLiteral("withdrawn")),
                       SubjectListModel::statusDisplayName(QStringLiteral("depersonalised"))});
    m_view->horizontalHeader()->setSortIndicator(SubjectListModel::Surname, Qt::AscendingOrder);
    m_view->setAccessibleName(tr("Subjects"));
    m_view->setAccessibleDescription(tr("The subjects the search and filters find; select one to "
                                        "see everything held about them on the right"));
    m_view->setSortingEnabled(true);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_searchEdit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &SubjectsPage::applyFilter);
    connect(m_statusBox, &QComboBox::currentIndexChanged, this, &SubjectsPage::applyFilter);
    connect(m_consentBox, &QComboBox::currentIndexChanged, this, &SubjectsPage::applyFilter);
    connect(m_openCasesBox, &QCheckBox::toggled, this, &SubjectsPage::applyFilter);
    connect(m_minorsBox, &QCheckBox::toggled, this, &SubjectsPage::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SubjectsPage::showCount);
    connect(m_model, &SubjectListModel::loadFailed, m_countLabel, &QLabel::setText);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_searchEdit, 1);
    filters->addWidget(m_statusBox);
    filters->addWidget(m_consentBox);
    filters->addWidget(m_openCasesBox);
    filters->addWidget(m_minorsBox);
    QSplitter* splitter = listAboveDetail(this, filters, m_view, m_countLabel, m_record, 3, 2);
    splitter->setObjectName(QStringLiteral("subjectsSplitter"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    m_searchEdit->installEventFilter(this);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        applyFilter(); // at once, not after the debounce
        focusList();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SubjectsPage::showCurrentSubject);
    connect(m_view, &QTableView::activated, this, &SubjectsPage::showCurrentSubject);
    // The current row may still be loading when it is chosen; show it once it arrives.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SubjectsPage::showCurrentSubject);
    connect(m_record, &SubjectRecordPane::statusMessage, this, &SubjectsPage::statusMessage);
    applyFilter();
}

void SubjectsPage::showAll(bool minorsOnly)
{
    m_searchEdit->clear();
    m_statusBox->setCurrentIndex(0);
    m_consentBox->setCurrentIndex(0);
    m_openCasesBox->setChecked(false);
    m_minorsBox->setChecked(minorsOnly);
    applyFilter();
}

void SubjectsPage::focusSearch()
{
    m_searchEdit->setFocus();
    m_searchEdit->selectAll();
}

void SubjectsPage::applyFilter()
{
    SubjectFilter filter = m_model->filter();
    filter.search = m_searchEdit->text().trimmed();
    filter.status = m_statusBox->currentData().toString();
    filter.consentState = m_consentBox->currentData().toString();
    filter.openCasesOnly = m_openCasesBox->isChecked();
    filter.minorsOnly = m_minorsBox->isChecked();
    filter.today = QDate::currentDate();
    m_model->setFilter(filter);
}

bool SubjectsPage::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the search box goes to the list, as in a browser's address bar.
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        focusList();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SubjectsPage::focusList()
{
    if (m_model->rowCount() == 0)
        return;
    m_view->setFocus();
    if (!m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, SubjectListModel::Surname));
}

void SubjectsPage::showCurrentSubject()
{
    const QModelIndex current = m_view->currentIndex();
    // A row still loading has no subject yet; the officer clicks again once it shows.
    const SubjectListRow* row = current.isValid() ? m_model->loadedRow(current.row()) : nullptr;
    if (row && row->subject.id != m_record->subjectId())
        m_record->showSubject(row->subject.id);
}

void SubjectsPage::showCount()
{
    const int shown = int(qMin<qint64>(m_model->totalCount(), INT_MAX));
    if (!m_model->hasMoreMatches())
        //: %Ln: the number of subjects.
        m_countLabel->setText(tr("%Ln subject(s)", nullptr, shown));
    else if (m_model->hasMoreThanCounted())
        m_countLabel->setText(
            //: %1: the most subjects counted; %2: the number shown.
            tr("More than %L1 subjects match; the first %L2 are shown. Refine the search.")
                .arg(m_model->filter().matchCountCap)
                .arg(shown));
    else
        m_countLabel->setText(
            //: %Ln: the number of subjects that match; %1: the number shown.
            tr("%Ln subject(s) match; the first %L1 are shown. Refine the search.", nullptr,
               int(m_model->matchedCount()))
                .arg(shown));
}

} // namespace dpo
