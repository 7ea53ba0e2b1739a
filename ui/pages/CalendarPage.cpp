// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarPage.h"
#include "domain/Permissions.h"

#include "CalendarImportDialog.h"

#include "core/Error.h"
#include "domain/DocumentLanguage.h"
#include "UserPrompts.h"
#include "widgets/FormHelpers.h"
#include "widgets/ReadOnlyTable.h"
#include "widgets/YearView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dpo {

// The seeded names and decrees are "Kyrgyz — Russian" (docs/calendar.md): the UI's half of such a
// text.
QString CalendarPage::localName(const QString& name)
{
    const QStringList halves = name.split(QStringLiteral(" — "));
    if (halves.size() != 2)
        return name;
    switch (QLocale().language()) {
    case QLocale::Russian:
        return halves[1];
    case QLocale::Kyrgyz:
        return halves[0];
    default:
        return name; // English: both, as seeded
    }
}

CalendarEditDialog::CalendarEditDialog(Mode mode, const QDate& day,
                                       const CalendarService::Day& current, QWidget* parent)
    : SubmitDialog(mode == Mode::Set    ? tr("Set a day of the calendar")
                   : mode == Mode::Move ? tr("Move a day of the calendar")
                                        : tr("Remove a day from the calendar"),
                   mode == Mode::Remove ? tr("Remove")
                   : mode == Mode::Move ? tr("Move", "a calendar day")
                                        : tr("Save"),
                   parent),
      m_mode(mode), m_day(dateField(this, day, "calendarDay")), m_decree(new QLineEdit(this))
{
    setObjectName(QStringLiteral("calendarEditDialog"));
    m_decree->setObjectName(QStringLiteral("calendarDecree"));
    m_decree->setToolTip(tr("The act that makes the change: its kind, number and date"));
    m_day->setToolTip(tr("The day of the calendar"));
    m_decree->setPlaceholderText(
        tr("e.g. Resolution of the Cabinet of Ministers No. 123 of 01.03.2026"));
    m_day->setEnabled(mode == Mode::Set);
    form()->addRow(tr("Day:"), m_day);
    if (mode == Mode::Set) {
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("calendarKind"));
        m_kind->setToolTip(
            tr("A holiday that is a day off, a day off by decree, a weekend day made "
               "a working day, or a public holiday that is a working day"));
        for (const QString& kind : CalendarService::kinds())
            m_kind->addItem(CalendarPage::kindName(kind), kind);
        m_name = new QLineEdit(current.name, this);
        m_name->setObjectName(QStringLiteral("calendarName"));
        m_name->setPlaceholderText(tr("The holiday, or what the decree moves"));
        m_name->setToolTip(tr("The holiday, or what the decree moves"));
        const int index = m_kind->findData(current.kind);
        if (index >= 0)
            m_kind->setCurrentIndex(index);
        form()->addRow(tr("Kind:"), m_kind);
        form()->addRow(tr("Name:"), m_name);
    } else if (mode == Mode::Move) {
        m_target = dateField(this, day.addDays(1), "calendarTarget");
        m_target->setToolTip(tr("The day the marked day moves to"));
        form()->addRow(tr("Moves to:"), m_target);
        form()->addRow(tr("What:"), new QLabel(current.name, this));
    } else {
        form()->addRow(tr("What:"), new QLabel(current.name, this));
    }
    form()->addRow(tr("Decree:"), m_decree);
    resize(560, 200);
}

QDate CalendarEditDialog::day() const
{
    return m_day->date();
}

QDate CalendarEditDialog::target() const
{
    return m_target ? m_target->date() : QDate();
}

QString CalendarEditDialog::kind() const
{
    return m_kind ? m_kind->currentData().toString() : QString();
}

QString CalendarEditDialog::name() const
{
    return m_name ? m_name->text().trimmed() : QString();
}

QString CalendarEditDialog::decree() const
{
    return m_decree->text().trimmed();
}

CalendarPage::CalendarPage(Database& database, Session session, UserPrompts& prompts,
                           QWidget* parent)
    : QWidget(parent), m_database(database), m_session(std::move(session)), m_prompts(prompts),
      m_year(new QSpinBox(this)), m_view(new YearView(this)),
      m_table(makeReadOnlyTable(this, QStringLiteral("calendarDays"))),
      m_selection(new QLabel(this))
{
    setObjectName(QStringLiteral("calendarPage"));
    QLabel* heading = makeHeading(this, tr("Working-day calendar"));
    auto* note = new QLabel(
        tr("Every due date is counted on this calendar: a period starts the day after receipt, and "
           "when its last "
           "day is not a working day the due date is the next working day. Due dates already fixed "
           "do not "
           "move when the calendar changes; a claim's due date is recalculated only on request."),
        this);
    note->setWordWrap(true);
    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_year->setAccessibleName(tr("Year"));
    m_year->setToolTip(tr("The year whose marked days are shown"));
    m_table->setAccessibleName(tr("Marked days of the year"));
    m_table->setAccessibleDescription(tr("Each day that is not an ordinary weekday or weekend: "
                                         "its kind, name and decree; select one to move or remove "
                                         "it"));
    m_year->setRange(2000, 2100);
    m_year->setValue(bishkekToday().year());
    m_table->horizontalHeader()->setStretchLastSection(
        false); // the name column stretches instead (reload)
    m_selection->setObjectName(QStringLiteral("calendarSelection"));
    m_selection->setWordWrap(true);
    const bool editor = Permissions::allows(m_session.role, Permission::EditCalendar);
    const struct
    {
        QString text;
        const char* name;
        QString description;
        CalendarEditDialog::Mode mode;
    } edits[] = {
        {tr("Set day…"), "setCalendarDay", tr("Mark a day as a day off or a moved working day"),
         CalendarEditDialog::Mode::Set},
        {tr("Move…", "a calendar day"), "moveCalendarDay",
         tr("Move the selected day to another, by decree"), CalendarEditDialog::Mode::Move},
        {tr("Remove…", "a calendar day"), "removeCalendarDay",
         tr("Remove the selected day's mark, by decree"), CalendarEditDialog::Mode::Remove}};
    auto* top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(new QLabel(tr("Year:"), this));
    top->addWidget(m_year);
    for (const auto& e : edits) {
        auto* b = new QPushButton(e.text, this);
        b->setObjectName(QString::fromLatin1(e.name));
        b->setAccessibleDescription(e.description); // the tooltip may say why it is off
        b->setToolTip(editor ? e.description
                             : tr("Supervisors and administrators edit the calendar."));
        const CalendarEditDialog::Mode mode = e.mode;
        connect(b, &QPushButton::clicked, this, [this, mode] { openEdit(mode); });
        top->addWidget(b);
        m_editButtons << b;
    }
    m_importButton = new QPushButton(tr("Import year…"), this);
    m_importButton->setObjectName(QStringLiteral("importCalendarYear"));
    m_importButton->setEnabled(editor);
    m_importButton->setToolTip(editor ? tr("Replace the year's marked days with its published "
                                           "calendar from a CSV file, after a "
                                           "preview (docs/calendar.md).")
                                      : tr("Supervisors and administrators edit the calendar."));
    connect(m_importButton, &QPushButton::clicked, this, &CalendarPage::openImport);
    top->addWidget(m_importButton);
    // Three to a row: five kinds side by side would set the page's width in Kyrgyz and Russian.
    auto* legend = new QGridLayout;
    legend->setHorizontalSpacing(6);
    int item = 0;
    for (const char* kind : {"weekend", "holiday", "day_off", "working_day", "working_holiday"}) {
        auto* swatch = new QLabel(this);
        swatch->setFixedSize(16, 16);
        swatch->setStyleSheet(QStringLiteral("background: %1; border: 1px solid #999;")
                                  .arg(YearView::background(QString::fromLatin1(kind)).name()));
        legend->addWidget(swatch, item / 3, (item % 3) * 2);
        legend->addWidget(new QLabel(kindName(QString::fromLatin1(kind)), this), item / 3,
                          (item % 3) * 2 + 1);
        ++item;
    }
    legend->setColumnStretch(6, 1);
    auto* left = new QVBoxLayout;
    left->addWidget(m_view, 1);
    left->addLayout(legend);
    left->addWidget(m_selection);
    auto* body = new QHBoxLayout;
    body->addLayout(left, 5);
    body->addWidget(m_table, 4);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(note);
    layout->addLayout(body, 1);

    connect(m_year, &QSpinBox::valueChanged, this, &CalendarPage::reload);
    connect(m_view, &YearView::dayClicked, this, &CalendarPage::selectDay);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem*> selected = m_table->selectedItems();
        if (!selected.isEmpty())
            selectDay(m_days.value(selected.first()->row()).day);
    });
    m_view->setToday(bishkekToday());
    m_view->setSelectedDay(bishkekToday());
}

QString CalendarPage::kindName(const QString& kind)
{
    if (kind == QStringLiteral("holiday"))
        return tr("Holiday");
    if (kind == QStringLiteral("day_off"))
        return tr("Day off by decree");
    if (kind == QStringLiteral("working_day"))
        return tr("Working day by decree");
    if (kind == QStringLiteral("working_holiday"))
        return tr("Public holiday, a working day");
    if (kind == QStringLiteral("weekend"))
        return tr("Weekend");
    return tr("Working day");
}

void CalendarPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void CalendarPage::showYear(int year)
{
    m_year->setValue(year); // reloads when it changes
    reload();
}

void CalendarPage::reload()
{
    try {
        m_days = CalendarService(m_database).days(m_year->value());
    } catch (const Error& e) {
        m_selection->setText(e.message());
        return;
    }
    QHash<QDate, QString> kinds;
    QList<QStringList> rows;
    const QLocale locale;
    for (const CalendarService::Day& d : m_days) {
        kinds.insert(d.day, d.kind);
        rows << QStringList{displayDate(d.day),
                            locale.dayName(d.day.dayOfWeek(), QLocale::ShortFormat),
                            kindName(d.kind), localName(d.name)};
    }
    const QSignalBlocker quiet(m_table);
    // The decree is in each row's tooltip and under the year view, where there is room for it.
    // Long names elide, whole in the tooltip. The mode is switched off and on again so that the
    // header lays the stretched column out anew after the widths the refill set.
    if (m_table->columnCount() > 3)
        m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Interactive);
    fillReadOnlyTable(
        m_table, {tr("Day"), tr("Weekday"), tr("Kind"), tr("Name", "of a calendar day")}, rows);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    for (int row = 0; row < m_days.size(); ++row) {
        const QString tip = m_days[row].decree.isEmpty() ? m_days[row].name
                                                         : m_days[row].name + QLatin1Char('\n') +
                                                               localName(m_days[row].decree);
        for (int column = 0; column < m_table->columnCount(); ++column)
            m_table->item(row, column)->setToolTip(tip);
    }
    m_view->setYear(m_year->value(), kinds);
    updateSelection();
}

CalendarService::Day CalendarPage::marked(const QDate& day) const
{
    for (const CalendarService::Day& d : m_days) {
        if (d.day == day)
            return d;
    }
    return {day, QString(), QString(), QString()};
}

void CalendarPage::selectDay(const QDate& day)
{
    if (!day.isValid())
        return;
    if (day.year() != m_year->value())
        m_year->setValue(day.year());
    m_view->setSelectedDay(day);
    updateSelection();
}

void CalendarPage::updateSelection()
{
    const QDate day = m_view->selectedDay();
    const bool editor = Permissions::allows(m_session.role, Permission::EditCalendar);
    const CalendarService::Day d = marked(day);
    m_editButtons[0]->setEnabled(editor && day.isValid());
    m_editButtons[1]->setEnabled(editor && !d.kind.isEmpty());
    m_editButtons[2]->setEnabled(editor && !d.kind.isEmpty());
    if (!day.isValid()) {
        m_selection->clear();
        return;
    }
    const QString kind =
        d.kind.isEmpty() ? (day.dayOfWeek() >= 6 ? QStringLiteral("weekend") : QString()) : d.kind;
    QString text =
        //: A day in the calendar. %1: the weekday's name; %2: the date; %3: the day's kind, e.g.
        //: "Holiday".
        tr("%1, %2: %3").arg(QLocale().dayName(day.dayOfWeek()), displayDate(day), kindName(kind));
    if (!d.name.isEmpty())
        text += QStringLiteral(" (") + localName(d.name) + QLatin1Char(')');
    if (!d.decree.isEmpty())
        text += QStringLiteral("; ") + localName(d.decree);
    m_selection->setText(text);
    const QSignalBlocker quiet(m_table);
    m_table->clearSelection();
    for (int row = 0; row < m_days.size(); ++row) {
        if (m_days[row].day == day)
            m_table->selectRow(row);
    }
}

CalendarEditDialog* CalendarPage::openEdit(CalendarEditDialog::Mode mode)
{
    const QDate day = m_view->selectedDay().isValid() ? m_view->selectedDay() : bishkekToday();
    auto* dialog = new CalendarEditDialog(mode, day, marked(day), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmit([this, dialog]() -> QString {
        QString done;
        try {
            const CalendarService calendar(m_database);
            switch (dialog->mode()) {
            case CalendarEditDialog::Mode::Set:
                calendar.setDay(m_session, dialog->day(), dialog->kind(), dialog->name(),
                                dialog->decree());
                done =
                    //: %1: a date; %2: the day's new kind, e.g. "Holiday".
                    tr("%1 is now: %2.").arg(displayDate(dialog->day()), kindName(dialog->kind()));
                break;
            case CalendarEditDialog::Mode::Move:
                calendar.moveDay(m_session, dialog->day(), dialog->target(), dialog->decree());
                //: %1 and %2: dates.
                done = tr("Moved from %1 to %2.")
                           .arg(displayDate(dialog->day()), displayDate(dialog->target()));
                break;
            case CalendarEditDialog::Mode::Remove:
                calendar.removeDay(m_session, dialog->day(), dialog->decree());
                //: %1: a date.
                done = tr("%1 is removed from the calendar.").arg(displayDate(dialog->day()));
                break;
            }
        } catch (const Error& e) {
            return e.message();
        }
        emit statusMessage(done + QLatin1Char(' ') + tr("Due dates already fixed are unchanged."));
        reload();
        selectDay(dialog->mode() == CalendarEditDialog::Mode::Move ? dialog->target()
                                                                   : dialog->day());
        return {};
    });
    dialog->open();
    return dialog;
}

CalendarImportDialog* CalendarPage::openImport()
{
    const QString path =
        //: %1: the year.
        m_prompts.openFileName(this, tr("The published calendar of %1").arg(m_year->value()),
                               tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return nullptr;
    CalendarImport::Plan plan;
    try {
        plan = CalendarImport(m_database).plan(m_year->value(), path);
    } catch (const Error& e) {
        m_prompts.showError(this, tr("Import the calendar"), e.message());
        return nullptr;
    }
    auto* dialog = new CalendarImportDialog(plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmit([this, dialog]() -> QString {
        try {
            CalendarImport(m_database).apply(m_session, dialog->plan());
        } catch (const Error& e) {
            return e.message();
        }
        //: %1: the year; %2: the calendar file's name.
        emit statusMessage(tr("The calendar of %1 is imported from %2.")
                               .arg(dialog->plan().year)
                               .arg(dialog->plan().source) +
                           QLatin1Char(' ') + tr("Due dates already fixed are unchanged."));
        reload();
        return {};
    });
    dialog->open();
    return dialog;
}

} // namespace dpo
