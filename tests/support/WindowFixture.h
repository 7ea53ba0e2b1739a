// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoFixture.h"
#include "FakePrompts.h"
#include "GuiTest.h"
#include "Languages.h"
#include "MainWindow.h"
#include "TestDatabase.h"

#include <memory>

namespace dpo::test {

// A window test's database (an administrator and the demo's cases) and the window as an officer
// starts it, in a language at 1600x1000: for the tests that walk every section.
struct WindowFixture
{
    TestDatabase fixture;
    std::unique_ptr<Database> database;
    Session admin;

    // In initTestCase, after DPO_REQUIRE_DATABASE(fixture).
    void open(int subjects)
    {
        useOwnSettings();
        database = fixture.openWithAdmin(admin);
        addDemoData(*database, admin, subjects);
    }
    // In cleanupTestCase.
    static void close()
    {
        installUiLanguage(QStringLiteral("en"));
        removeOwnSettings();
    }
    std::unique_ptr<MainWindow> window(const QString& language, FakePrompts& prompts)
    {
        installUiLanguage(language);
        auto shown = std::make_unique<MainWindow>(*database, admin, language, prompts);
        shown->resize(1600, 1000);
        shown->show();
        return shown;
    }
};

} // namespace dpo::test
