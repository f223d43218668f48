#include "TestDatabase.h"

#include "core/Migrator.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace Aksara::Test {

bool onPostgres()
{
    return qEnvironmentVariable("AKSARA_TEST_ENGINE") == QLatin1String("pg");
}

QString engineName()
{
    return onPostgres() ? QStringLiteral("postgres") : QStringLiteral("sqlite");
}

QString postgresAdminUrl()
{
    QString url = qEnvironmentVariable("AKSARA_TEST_PG");
    if (url.isEmpty()) {
        QFile f(QStringLiteral(AKSARA_TEST_PG_URL_FILE));
        if (f.open(QIODevice::ReadOnly))
            url = QString::fromUtf8(f.readAll()).trimmed();
    }
    return url;
}

QString sharedDataDir()
{
    QString dir = qEnvironmentVariable("AKSARA_SHARED_DATA");
    if (dir.isEmpty())
        dir = QStringLiteral(AKSARA_SOURCE_DIR "/../shared/data");
    return QDir(dir).exists() ? QDir(dir).absolutePath() : QString();
}

namespace {
// Runs one statement on the cluster's maintenance database.
void adminExec(const QString &sql)
{
    auto config = DatabaseConfig::parse(postgresAdminUrl());
    if (!config.ok())
        throw std::runtime_error(config.error().message.toStdString());
    const QString name = QStringLiteral("aksara-test-admin");
    {
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                       : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(config->host);
        db.setPort(config->port);
        db.setUserName(config->user);
        db.setPassword(config->password);
        db.setDatabaseName(config->database);
        if (!db.isOpen() && !db.open())
            throw std::runtime_error("cannot reach the PostgreSQL test cluster: " + db.lastError().text().toStdString());
        QSqlQuery q(db);
        if (!q.exec(sql))
            throw std::runtime_error(QString(sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
    }
}
} // namespace

TestDatabase::TestDatabase(const Clock &clock, bool migrate)
{
    if (onPostgres()) {
        const QString admin = postgresAdminUrl();
        if (admin.isEmpty())
            throw std::runtime_error("AKSARA_TEST_ENGINE=pg but no PostgreSQL test cluster is configured "
                                     "(AKSARA_TEST_PG or the cluster fixture's URL file)");
        m_pgName = QStringLiteral("aksara_t_%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
        adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(m_pgName));
        auto config = DatabaseConfig::parse(admin);
        m_config = *config;
        m_config.database = m_pgName;
    } else {
        m_config.engine = DatabaseConfig::Engine::Sqlite;
        m_config.path = m_dir.filePath(QStringLiteral("aksara.sqlite"));
    }
    auto db = Database::open(m_config, Database::OpenMode::CreateIfMissing);
    if (!db.ok())
        throw std::runtime_error(db.error().message.toStdString());
    m_db = *db;
    if (migrate) {
        Migrator migrator(*m_db, clock);
        auto done = migrator.migrate(Caller::system(QStringLiteral("test")));
        if (!done.ok())
            throw std::runtime_error(done.error().message.toStdString());
    }
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (!m_pgName.isEmpty()) {
        try {
            adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
        } catch (const std::exception &) {
            // The cluster is thrown away at the end of the run anyway.
        }
    }
}

QString TestDatabase::url() const
{
    if (m_config.isSqlite())
        return m_config.path;
    QString url = QStringLiteral("postgresql://%1@/%2?host=%3&port=%4").arg(m_config.user, m_config.database,
                                                                              m_config.host).arg(m_config.port);
    return url;
}

std::shared_ptr<Database> TestDatabase::openAnother() const
{
    auto db = Database::open(m_config);
    if (!db.ok())
        throw std::runtime_error(db.error().message.toStdString());
    return *db;
}

} // namespace Aksara::Test
