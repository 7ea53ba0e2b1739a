// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/AuditExportService.h"
#include "services/HolderService.h"

#include <QList>

class QPagedPaintDevice;

namespace dpo {

class DocumentLanguage;

// What one printed audit export holds.
struct AuditPdfContent
{
    QList<AuditListRow> rows; // oldest first
    AuditExportSummary summary;
    QString period;  // e.g. "01.03.2026 - 31.03.2026", or "whole trail"
    QString filters; // the other filters, in words; empty when none
    QString madeBy;
    QDateTime madeAt;
    Holder holder; // whose trail it is (the settings)
};

// Lays an audit export out on A4 landscape pages: on every page a header (organisation, title,
// period, filters, who made it and when) and "page N of M"; a table of the entries; and after
// them a closing block with the count, the first and last entries with their hashes, and the
// chain head at the time of the export.
// With `progress`, each page is reported (rows drawn of all) and a cancel stops the drawing.
void renderAuditPdf(QPagedPaintDevice& device, const AuditPdfContent& content,
                    const DocumentLanguage& language, class JobProgress* progress = nullptr);

} // namespace dpo
