#pragma once

#include "core/Database.h"
#include "core/ServiceCore.h"

#include <QTemporaryDir>

#include <memory>

namespace Aksara::Test {

// The engine this test process runs against: AKSARA_TEST_ENGINE=sqlite (default) or pg.
bool onPostgres();
QString engineName();

// A fresh database for one test, on the engine of this run, migrated to the current schema
// (unless migrate is false). SQLite: a file in a temporary folder. PostgreSQL: a new database on
// the throwaway test cluster (AKSARA_TEST_PG, or the URL the cluster fixture wrote), dropped again
// when this object goes away.
class TestDatabase {
public:
    explicit TestDatabase(const Clock &clock, bool migrate = true);
    ~TestDatabase();

    std::shared_ptr<Database> db() const { return m_db; }
    const DatabaseConfig &config() const { return m_config; }
    // The URL another process (the CLI under test) would use for this database.
    QString url() const;
    // Opens a second, independent Database on the same data (another "station").
    std::shared_ptr<Database> openAnother() const;
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    std::shared_ptr<Database> m_db;
    QString m_pgName;
};

// The admin URL of the PostgreSQL test cluster; empty when none is configured.
QString postgresAdminUrl();

// Where ../shared/data is, or an empty string (tests that need it skip with a visible message).
QString sharedDataDir();

} // namespace Aksara::Test
