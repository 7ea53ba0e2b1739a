# SPDX-License-Identifier: GPL-3.0-or-later
# The ui library's files, relative to ui/. Listed, not globbed: a new file is added here on
# purpose and a stray one is not built. models/CMakeLists.txt reads this list too (the translations).
set(DPO_UI_SOURCES
    ConnectionDialog.h ConnectionDialog.cpp
    ConnectionProfiles.h ConnectionProfiles.cpp
    IdleLock.h IdleLock.cpp
    Languages.h Languages.cpp
    MainWindow.h MainWindow.cpp
    SignInDialog.h SignInDialog.cpp
    StartupFlow.h StartupFlow.cpp
    UserPrompts.h UserPrompts.cpp
    pages/AuditPage.h pages/AuditPage.cpp
    pages/CalendarImportDialog.h pages/CalendarImportDialog.cpp
    pages/CalendarPage.h pages/CalendarPage.cpp
    pages/CasePane.h pages/CasePane.cpp
    pages/CaseRegisterPage.h pages/CaseRegisterPage.cpp
    pages/CaseWorkPage.h pages/CaseWorkPage.cpp
    pages/ClaimDialog.h pages/ClaimDialog.cpp
    pages/ClaimPane.h pages/ClaimPane.cpp
    pages/ClaimStepDialogs.h pages/ClaimStepDialogs.cpp
    pages/ClaimsPage.h pages/ClaimsPage.cpp
    pages/CorrectionDialog.h pages/CorrectionDialog.cpp
    pages/DashboardCards.h pages/DashboardCards.cpp
    pages/DashboardPage.h pages/DashboardPage.cpp
    pages/DashboardPrintout.h pages/DashboardPrintout.cpp
    pages/DisclosureDialogs.h pages/DisclosureDialogs.cpp
    pages/DisclosurePane.h pages/DisclosurePane.cpp
    pages/DisclosuresPage.h pages/DisclosuresPage.cpp
    pages/HolderBox.h pages/HolderBox.cpp
    pages/SigningBox.h pages/SigningBox.cpp
    pages/ImportDialog.h pages/ImportDialog.cpp
    pages/LettersPage.h pages/LettersPage.cpp
    pages/OfficersPage.h pages/OfficersPage.cpp
    pages/RetentionReviewDialog.h pages/RetentionReviewDialog.cpp
    pages/SystemsPage.h pages/SystemsPage.cpp
    pages/FeedPage.h pages/FeedPage.cpp
    pages/SubjectRecordPane.h pages/SubjectRecordPane.cpp
    pages/SubjectsPage.h pages/SubjectsPage.cpp
    pages/WithdrawalDialogs.h pages/WithdrawalDialogs.cpp
    pages/WithdrawalPane.h pages/WithdrawalPane.cpp
    pages/WithdrawalsPage.h pages/WithdrawalsPage.cpp
    widgets/BulkRunDialog.h widgets/BulkRunDialog.cpp
    widgets/CaseWidgets.h widgets/CaseWidgets.cpp
    widgets/DashboardCharts.h widgets/DashboardCharts.cpp
    widgets/DocumentPicker.h widgets/DocumentPicker.cpp
    widgets/DocumentViewer.h widgets/DocumentViewer.cpp
    widgets/FormHelpers.h
    widgets/HelpWindow.h widgets/HelpWindow.cpp
    widgets/JobThread.h widgets/JobThread.cpp
    widgets/PlainTextLabels.h widgets/PlainTextLabels.cpp
    widgets/ReadOnlyTable.h widgets/ReadOnlyTable.cpp
    widgets/SubjectLookup.h widgets/SubjectLookup.cpp
    widgets/SubmitDialog.h widgets/SubmitDialog.cpp
    widgets/WindowedView.h widgets/WindowedView.cpp
    widgets/YearView.h widgets/YearView.cpp)
