// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/AuditPdf.h"

#include "core/JobProgress.h"
#include "domain/DocumentLanguage.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPainter>

namespace dpo {

namespace {
constexpr const char* kContext = "dpo::AuditExport";

struct Column
{
    const char* title;
    double widthMm; // 0: the rest of the line
};
constexpr Column kColumns[] = {
    {QT_TRANSLATE_NOOP("dpo::AuditExport", "No."), 15},
    {QT_TRANSLATE_NOOP("dpo::AuditExport", "Time"), 27},
    {QT_TRANSLATE_NOOP("dpo::AuditExport", "Officer"), 25},
    {QT_TRANSLATE_NOOP("dpo::AuditExport", "Action"), 50},
    {QT_TRANSLATE_NOOP("dpo::AuditExport", "Entity"), 28},
    {QT_TRANSLATE_NOOP("dpo::AuditExport", "Subject"), 24},
    {QT_TRANSLATE_NOOP("dpo::AuditExport", "Details"), 0},
    {QT_TRANSLATE_NOOP("dpo::AuditExport", "Hash"), 34},
};
constexpr int kColumnCount = int(std::size(kColumns));

QStringList cells(const AuditListRow& r)
{
    return {
        QString::number(r.seq),
        displayInstant(r.at.isValid() ? r.at : QDateTime::fromString(r.atUtc, Qt::ISODateWithMs)),
        r.officer,
        r.action,
        r.entityId.isEmpty() ? r.entity : r.entity + QLatin1Char(' ') + r.entityId,
        r.subjectRef,
        r.details,
        r.hash.left(20) + QStringLiteral("…")};
}
} // namespace

void renderAuditPdf(QPagedPaintDevice& device, const AuditPdfContent& content,
                    const DocumentLanguage& language, JobProgress* progress)
{
    const auto t = [&](const char* source) { return language.translate(kContext, source); };
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(12, 10, 12, 10), QPageLayout::Millimeter));
    QPainter painter(&device);
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const double mm = device.logicalDpiX() / 25.4;
    const double width = page.width();

    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(7.5);
    // No ligatures: a hash copied out of the PDF must read "ff", not one "ﬀ" glyph. Latin and
    // Cyrillic need no shaping, and unshaped text has no ligatures.
    body.setStyleStrategy(QFont::PreferNoShaping);
    QFont bold = body;
    bold.setBold(true);
    QFont title = bold;
    title.setPointSizeF(12);
    painter.setFont(body);
    const double line = QFontMetricsF(body, &device).lineSpacing();
    const double rowHeight = line * 1.45;
    const double titleLine = QFontMetricsF(title, &device).lineSpacing();

    // Column edges; the details column takes what the others leave.
    QList<double> widths;
    double fixed = 0;
    for (const Column& c : kColumns)
        fixed += c.widthMm * mm;
    for (const Column& c : kColumns)
        widths << (c.widthMm > 0 ? c.widthMm * mm : width - fixed);

    const double headerHeight = titleLine + line * 4.2;
    const double footerHeight = line * 2;
    const double tableTop = headerHeight + rowHeight;
    const int rowsPerPage = qMax(1, int((page.height() - tableTop - footerHeight) / rowHeight));
    const int closingLines = 7;
    const qsizetype rowCount = content.rows.size();
    int pages = int(qMax<qsizetype>(1, (rowCount + rowsPerPage - 1) / rowsPerPage));
    // The closing block goes after the last row, on a page of its own when it does not fit.
    const int rowsOnLast = rowCount == 0 ? 0 : int(rowCount - qsizetype(pages - 1) * rowsPerPage);
    if (tableTop + rowsOnLast * rowHeight + closingLines * line + line >
        page.height() - footerHeight)
        ++pages;

    const QString organisation =
        //: The holder's line at the top of an audit export. %1: the organisation's name; %2: its
        //: tax number.
        t(QT_TRANSLATE_NOOP("dpo::AuditExport", "%1 (INN %2), holder of the personal data array"))
            .arg(content.holder.name(language.code()), content.holder.inn);
    //: %1: the officer's name; %2: a date and time.
    const QString made = t(QT_TRANSLATE_NOOP("dpo::AuditExport", "Made by %1 on %2 (Bishkek time)"))
                             .arg(content.madeBy, displayInstant(content.madeAt));
    const auto drawHeader = [&](int pageNumber) {
        painter.setFont(title);
        painter.drawText(QRectF(0, 0, width, titleLine), Qt::AlignLeft | Qt::AlignVCenter,
                         t(QT_TRANSLATE_NOOP("dpo::AuditExport", "Audit trail")));
        painter.setFont(body);
        double y = titleLine;
        for (const QString& text :
             {organisation,
              //: %1: the period, e.g. "2026-01-01 to 2026-03-31" or "all entries".
              t(QT_TRANSLATE_NOOP("dpo::AuditExport", "Period: %1")).arg(content.period),
              //: %1: the filters applied, separated by commas, or "none".
              t(QT_TRANSLATE_NOOP("dpo::AuditExport", "Filters: %1"))
                  .arg(content.filters.isEmpty() ? t(QT_TRANSLATE_NOOP("dpo::AuditExport", "none"))
                                                 : content.filters),
              made}) {
            painter.drawText(QRectF(0, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, text);
            y += line;
        }
        painter.drawText(
            QRectF(0, page.height() - line, width, line), Qt::AlignRight | Qt::AlignVCenter,
            //: %1: the page's number; %2: the number of pages.
            t(QT_TRANSLATE_NOOP("dpo::AuditExport", "Page %1 of %2")).arg(pageNumber).arg(pages));
        // The table's header row.
        painter.setFont(bold);
        double x = 0;
        painter.fillRect(QRectF(0, headerHeight, width, rowHeight), QColor(0xe8, 0xec, 0xf0));
        for (int c = 0; c < kColumnCount; ++c) {
            painter.drawText(QRectF(x + 0.8 * mm, headerHeight, widths[c] - 1.6 * mm, rowHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, t(kColumns[c].title));
            x += widths[c];
        }
        painter.setFont(body);
    };

    const QFontMetricsF metrics(body, &device);
    qsizetype next = 0;
    for (int pageNumber = 1; pageNumber <= pages; ++pageNumber) {
        if (progress)
            progress->advance(next);
        if (pageNumber > 1)
            device.newPage();
        drawHeader(pageNumber);
        double y = tableTop;
        for (int i = 0; i < rowsPerPage && next < rowCount; ++i, ++next) {
            if (i % 2 == 1)
                painter.fillRect(QRectF(0, y, width, rowHeight), QColor(0xf6, 0xf7, 0xf8));
            const QStringList values = cells(content.rows[next]);
            double x = 0;
            for (int c = 0; c < kColumnCount; ++c) {
                const double w = widths[c] - 1.6 * mm;
                painter.drawText(QRectF(x + 0.8 * mm, y, w, rowHeight),
                                 Qt::AlignLeft | Qt::AlignVCenter,
                                 metrics.elidedText(values[c], Qt::ElideRight, w));
                x += widths[c];
            }
            y += rowHeight;
        }
        if (pageNumber == pages) {
            // The closing block: what an inspector checks against the chain.
            y += line;
            painter.setFont(bold);
            painter.drawText(QRectF(0, y, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                             t(QT_TRANSLATE_NOOP("dpo::AuditExport", "Summary")));
            painter.setFont(body);
            y += line;
            const AuditExportSummary& s = content.summary;
            const QString none = QStringLiteral("—");
            for (const QString& text :
                 //: %1: the number of entries.
                 {t(QT_TRANSLATE_NOOP("dpo::AuditExport", "Entries in this export: %1"))
                      .arg(s.entries),
                  //: %1: the entry's sequence number; %2: its SHA-256 hash.
                  t(QT_TRANSLATE_NOOP("dpo::AuditExport", "First entry: %1, hash %2"))
                      .arg(s.entries ? QString::number(s.firstSeq) : none,
                           s.entries ? s.firstHash : none),
                  //: %1: the entry's sequence number; %2: its SHA-256 hash.
                  t(QT_TRANSLATE_NOOP("dpo::AuditExport", "Last entry: %1, hash %2"))
                      .arg(s.entries ? QString::number(s.lastSeq) : none,
                           s.entries ? s.lastHash : none),
                  //: %1: the head entry's sequence number; %2: its SHA-256 hash.
                  t(QT_TRANSLATE_NOOP("dpo::AuditExport",
                                      "Chain head when exported: entry %1, hash %2"))
                      .arg(s.headSeq)
                      .arg(s.headHash),
                  t(QT_TRANSLATE_NOOP("dpo::AuditExport",
                                      "Each hash is SHA-256 over the previous hash and the entry's "
                                      "fields (docs/audit.md); "
                                      "`dpo-console audit verify` re-computes the chain."))}) {
                painter.drawText(QRectF(0, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, text);
                y += line;
            }
        }
    }
}

} // namespace dpo
