// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSqlDriver;
struct pg_conn; // libpq's PGconn

namespace dpo {

// The libpq connection under a PostgreSQL driver (QPSQL's handle); null for any other driver.
pg_conn* libpqConnection(const QSqlDriver* driver);

} // namespace dpo
