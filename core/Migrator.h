#pragma once

#include <QCoreApplication>
#include "core/Caller.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/OperationLog.h"

#include <QJsonObject>
#include <QList>

#include <functional>

namespace Aksara {

struct Migration {
    QString component; // "core", "circulation", ...
    int version = 0;
    QString name;
    QString resource; // the .sql file in Qt resources
    // A baseline: the earlier versions of its component whose result it reproduces (the file's
    // "-- replaces: 1, 2" line). A database that has all of them records the baseline as applied
    // without running it; a new database runs it instead of them.
    QList<int> replaces;
    // Set by Migrator::state() on a pending baseline that the database already has the result of.
    bool recordOnly = false;
};

struct SchemaState {
    QList<Migration> pending;
    QList<Migration> applied;
    // Migrations the database has that this program does not know: it is newer than the program.
    QStringList unknown;
    // Components whose database has only part of what a baseline replaces: made by a version
    // older than the last one this program can upgrade from.
    QStringList tooOld;
    bool upToDate() const { return pending.isEmpty() && unknown.isEmpty() && tooOld.isEmpty(); }
};

// Runs the numbered migrations that the linked libraries ship as Qt resources:
//   :/aksara/migrations/<order>-<component>/<sqlite|postgres>/<NNNN>_<name>.sql
// Components are applied in <order>; each migration runs in one transaction together with its row
// in schema_migrations and its own operation record (service administration, schema.migrate), so a
// migration either happened completely, with evidence, or not at all. A baseline whose result the
// database already has is recorded with an operation schema.baseline instead (docs/architecture.md).
// The core migration that creates the trail (operation_rows, checkpoints): its record adopts
// every business row written before it (docs/security.md "The trail").
inline constexpr int kTrailVersion = 5;

class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Migrator)

public:
    Migrator(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // The migrations available for this database's engine, in the order they are applied.
    QList<Migration> available() const;
    Result<SchemaState> state();
    // Applies what is pending; refuses (storage.schema_newer) a database newer than the program and
    // (storage.schema_too_old) one older than the oldest release it can upgrade.
    // With `upTo`, applies pending migrations only while upTo accepts them (tests build databases
    // of earlier versions this way: shipped migrations never change).
    Result<QList<Migration>> migrate(const Caller &caller, const std::function<bool(const Migration &)> &upTo = {});

private:
    Status ensureBookkeeping();
    Status apply(const Migration &m, const Caller &caller);
    // The evidence of a migration, in its transaction: the operation record, the SLA counter and
    // the schema_migrations row.
    Status finish(const Migration &m, const Caller &caller, const QString &operation, qint64 opId, qint64 t0,
                  const QJsonObject &details, const QList<RowDigest> &rows = {});

    Database &m_db;
    const Clock &m_clock;
};

} // namespace Aksara
