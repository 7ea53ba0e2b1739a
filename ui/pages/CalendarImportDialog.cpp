// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarImportDialog.h"

#include "CalendarPage.h"
#include "domain/DocumentLanguage.h"
#include "widgets/ReadOnlyTable.h"

#include <algorithm>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

namespace dpo {

namespace {
QString dayText(const CalendarService::Day& d)
{
    if (d.kind.isEmpty())
        return CalendarImportDialog::tr("not marked", "a calendar day");
    // The decree too: a file may change only the decree a day rests on.
    return CalendarPage::kindName(d.kind) + QStringLiteral(": ") + CalendarPage::localName(d.name) +
           QStringLiteral("; ") + CalendarPage::localName(d.decree);
}

// Tall enough for its rows, up to about eight of them, so that the changes get the room.
void fitToRows(QTableWidget* table)
{
    const int rows = std::min(table->rowCount(), 8);
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    table->setMaximumHeight(table->horizontalHeader()->sizeHint().height() + rows * rowHeight +
                            2 * table->frameWidth() + 4);
}
} // namespace

CalendarImportDialog::CalendarImportDialog(const CalendarImport::Plan& plan, QWidget* parent)
    //: A dialog's title. %1: the year.
    : SubmitDialog(tr("Import the calendar of %1").arg(plan.year), tr("Import"), parent),
      m_plan(plan)
{
    setObjectName(QStringLiteral("calendarImportDialog"));
    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("calendarImportSummary"));
    summary->setWordWrap(true);
    summary->setText(plan.changes.isEmpty()
                         ?
                         //: %1: the calendar file's name; %2: a number of days; %3: the year.
                         tr("%1 lists %2 days and changes nothing in the calendar of %3.")
                             .arg(plan.source)
                             .arg(plan.days.size())
                             .arg(plan.year)
                         :
                         //: %1: the calendar file's name; %2: the number of days it lists; %3: the
                         //: number of days it changes; %4: the year.
                         tr("%1 lists %2 days; it changes %3 days of the calendar of %4. Each "
                            "edit of the calendar "
                            "needs its decree: check that the file names them.")
                             .arg(plan.source)
                             .arg(plan.days.size())
                             .arg(plan.changes.size())
                             .arg(plan.year));
    form()->addRow(summary);

    auto* changes = makeReadOnlyTable(this, QStringLiteral("calendarImportChanges"));
    changes->setAccessibleName(tr("Days the file changes"));
    changes->setAccessibleDescription(tr("Each day: what the calendar says now and what the file "
                                         "says"));
    QList<QStringList> rows;
    for (const CalendarImport::Change& c : plan.changes)
        rows << QStringList{displayDate(c.day), dayText(c.before), dayText(c.after)};
    fillReadOnlyTable(changes, {tr("Day"), tr("Now"), tr("From the file")}, rows);
    for (int row = 0; row < changes->rowCount(); ++row) {
        for (int column = 1; column < 3; ++column)
            changes->item(row, column)->setToolTip(changes->item(row, column)->text());
    }
    changes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    changes->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    form()->addRow(changes);

    auto* dueNote = new QLabel(this);
    dueNote->setObjectName(QStringLiteral("calendarImportDueNote"));
    dueNote->setWordWrap(true);
    dueNote->setText(plan.moved.isEmpty()
                         ? tr("No fixed due date of an open claim or access request would move.")
                         : tr("Due dates already fixed stay as they are. Recalculated on the new "
                              "calendar, these would move:"));
    form()->addRow(dueNote);
    if (!plan.moved.isEmpty()) {
        auto* moved = makeReadOnlyTable(this, QStringLiteral("calendarImportMoved"));
        moved->setAccessibleName(tr("Due dates that would move"));
        moved->setAccessibleDescription(tr("Each open claim whose fixed due date differs on the "
                                           "new calendar: its due date now and recalculated"));
        QList<QStringList> movedRows;
        for (const CalendarImport::MovedDue& m : plan.moved)
            movedRows << QStringList{QString::number(m.claimId), m.claimant,
                                     displayDate(m.receivedOn), displayDate(m.fixedDue),
                                     displayDate(m.recalculatedDue)};
        fillReadOnlyTable(moved,
                          {tr("No.", "claim number"), tr("Claimant"),
                           //: A column: the day the claim was received.
                           tr("Received"), tr("Due now"),
                           //: A column: the claim's due date as a recalculation on the new calendar
                           //: would give it.
                           tr("Recalculated")},
                          movedRows);
        moved->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        fitToRows(moved);
        form()->addRow(moved);
    }
    okButton()->setEnabled(!plan.changes.isEmpty());
    resize(860, 620);
}

} // namespace dpo
