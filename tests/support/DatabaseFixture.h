// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "db/Database.h"
#include "TestDatabase.h"

#include <memory>
#include <QObject>
#include <QtTest>

namespace dpo::test {

// A test class whose every test function gets a database of its own with an administrator:
// init() calls openDatabase(), cleanup() closeDatabase(). A backend that cannot be reached fails
// the test (QVERIFY), never skips it.
class DatabaseFixture : public QObject
{
protected:
    test::TestDatabase* m_fixture = nullptr;
    std::unique_ptr<Database> m_database;
    Session m_admin;

    void openDatabase()
    {
        m_fixture = new test::TestDatabase;
        QVERIFY2(m_fixture->problem().isEmpty(), qPrintable(m_fixture->problem()));
        m_database = m_fixture->openWithAdmin(m_admin);
    }
    void closeDatabase()
    {
        m_database.reset();
        delete m_fixture;
        m_fixture = nullptr;
    }
};

} // namespace dpo::test
