# SPDX-License-Identifier: GPL-3.0-or-later
# The models library's files, relative to models/. Listed, not globbed: a new file is added here on
# purpose and a stray one is not built. models/CMakeLists.txt reads this list too (the translations).
set(DPO_MODELS_SOURCES
    core/Error.h
    core/InputLimits.h
    core/JobProgress.h core/JobProgress.cpp
    core/LineProblems.h core/LineProblems.cpp
    core/SaveFile.h core/SaveFile.cpp
    core/Session.h core/Session.cpp
    core/Shades.h
    core/TextSafety.h
    db/BulkInserter.h db/BulkInserter.cpp
    db/ConnectionMonitor.h db/ConnectionMonitor.cpp
    db/Database.h db/Database.cpp
    db/DatabaseWorker.h db/DatabaseWorker.cpp
    db/DatabaseUrl.h db/DatabaseUrl.cpp
    db/LibpqHandle.h
    db/Migrator.h db/Migrator.cpp
    db/Sql.h db/Sql.cpp
    db/StatementWatch.h db/StatementWatch.cpp
    demo/DemoCases.cpp
    demo/DemoDataService.h demo/DemoDataService.cpp
    demo/DemoGenerator.h demo/DemoGenerator.cpp
    demo/DemoNames.h demo/DemoNames.cpp
    demo/DemoRandom.h
    demo/DemoTasks.cpp
    feed/FeedFormat.h feed/FeedFormat.cpp
    feed/FeedReader.h feed/FeedReader.cpp
    feed/ErasedIdentifiers.h feed/ErasedIdentifiers.cpp
    feed/FeedApplier.h feed/FeedApplier.cpp feed/FeedApplierSupport.h
    feed/FeedRecords.cpp feed/FeedActivity.cpp feed/FeedTransfers.cpp
    feed/FeedGroups.cpp feed/FeedNewSubjects.cpp
    feed/FeedService.h feed/FeedService.cpp
    feed/FeedInbox.h feed/FeedInbox.cpp
    feed/FeedFlags.h feed/FeedFlags.cpp
    domain/CaseWorkflow.h
    domain/CaseFilter.h
    domain/ClaimWorkflow.h domain/ClaimWorkflow.cpp
    domain/DeadlineCalendar.h domain/DeadlineCalendar.cpp
    domain/DocumentLanguage.h domain/DocumentLanguage.cpp
    domain/Inn.h domain/Inn.cpp
    domain/LetterKind.h domain/LetterKind.cpp
    domain/Permissions.h domain/Permissions.cpp
    domain/Vocabulary.h domain/Vocabulary.cpp
    domain/WithdrawalDecision.h domain/WithdrawalDecision.cpp
    domain/WithdrawalWorkflow.h domain/WithdrawalWorkflow.cpp
    import/CsvReader.h import/CsvReader.cpp
    import/SubjectImportService.h import/SubjectImportService.cpp
    import/SubjectFields.h import/SubjectFields.cpp
    items/AuditListModel.h items/AuditListModel.cpp
    items/CaseRegisterModel.h items/CaseRegisterModel.cpp
    items/ClaimRegister.h items/ClaimRegister.cpp
    items/DeadlineBand.h
    items/DisclosureRegister.h items/DisclosureRegister.cpp
    items/DueRegister.h
    items/OutgoingLetterRegister.h items/OutgoingLetterRegister.cpp
    items/PageCache.h
    items/SubjectListModel.h items/SubjectListModel.cpp
    items/WithdrawalRegister.h items/WithdrawalRegister.cpp
    items/WindowedTableModel.h items/WindowedTableModel.cpp
    reports/AuditPdf.h reports/AuditPdf.cpp
    reports/LetterLayout.h reports/LetterLayout.cpp
    reports/PdfArchive.h reports/PdfArchive.cpp
    security/SigningKey.h security/SigningKey.cpp
    security/ExportSignature.h security/ExportSignature.cpp
    security/Certificate.h security/Certificate.cpp
    security/CmsSignature.h security/CmsSignature.cpp
    security/TimeStamp.h security/TimeStamp.cpp
    security/OpenSsl.h
    security/PasswordHasher.h security/PasswordHasher.cpp
    security/Sha256.h security/Sha256.cpp
    security/ScramVerifier.h security/ScramVerifier.cpp
    services/AccessControl.h services/AccessControl.cpp
    services/AttachmentService.h services/AttachmentService.cpp
    services/AuditAnchorService.h services/AuditAnchorService.cpp
    services/AuditExportService.h services/AuditExportService.cpp
    services/AuditListService.h services/AuditListService.cpp
    services/AuditService.h services/AuditService.cpp
    services/AuditVerifier.h services/AuditVerifier.cpp
    services/BulkRun.h services/BulkRun.cpp
    services/CalendarImport.h services/CalendarImport.cpp
    services/CalendarService.h services/CalendarService.cpp
    services/ChangeFeed.h services/ChangeFeed.cpp
    services/ClaimLetterService.h services/ClaimLetterService.cpp
    services/ClaimService.h services/ClaimService.cpp services/ClaimQueries.cpp
    services/ConsentSummary.h services/ConsentSummary.cpp
    services/DashboardService.h services/DashboardService.cpp
    services/DisclosureQueries.cpp
    services/DueOrderedQuery.h services/DueOrderedQuery.cpp
    services/DisclosureService.h services/DisclosureService.cpp
    services/ExportSigner.h services/ExportSigner.cpp
    services/ExportVerifier.h services/ExportVerifier.cpp
    services/HolderService.h services/HolderService.cpp
    services/LetterService.h services/LetterService.cpp
    services/NoticeLetterService.h services/NoticeLetterService.cpp
    services/OfficerService.h services/OfficerService.cpp
    services/OfficerSignIn.cpp
    services/OutgoingLetterService.h services/OutgoingLetterService.cpp
    services/RecipientNotice.h services/RecipientNotice.cpp
    services/RecordVersion.h services/RecordVersion.cpp
    services/RectificationService.h services/RectificationService.cpp
    services/ReferenceDataService.h services/ReferenceDataService.cpp
    services/ReminderService.h services/ReminderService.cpp
    services/RetentionReviewService.h services/RetentionReviewService.cpp
    services/ServiceStep.h
    services/SettingsService.h services/SettingsService.cpp
    services/SigningKeyService.h services/SigningKeyService.cpp
    services/SubjectListService.h services/SubjectListService.cpp
    services/SubjectRecordService.h services/SubjectRecordService.cpp
    services/SubjectReportService.h services/SubjectReportService.cpp
    services/SubjectService.h services/SubjectService.cpp
    services/WithdrawalDecisions.cpp
    services/WithdrawalExecution.cpp
    services/WithdrawalLetterService.h services/WithdrawalLetterService.cpp
    services/WithdrawalOfficerCases.cpp
    services/WithdrawalQueries.cpp
    services/WithdrawalService.h services/WithdrawalService.cpp services/WithdrawalClosing.cpp
    services/SystemsService.h services/SystemsService.cpp
    services/TaskService.h services/TaskService.cpp
    services/WithdrawalSupport.h)
# The one part that speaks HTTP (QtNetwork), a library of its own so that the rest is built
# without it (models/CMakeLists.txt).
set(DPO_NETWORK_SOURCES
    security/TimeStampAuthority.h security/TimeStampAuthority.cpp
)
