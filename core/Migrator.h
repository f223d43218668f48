#pragma once

#include <QCoreApplication>
#include "core/Caller.h"
#include "core/Clock.h"
#include "core/Database.h"

#include <QList>

#include <functional>

namespace Aksara {

struct Migration {
    QString component; // "core", "circulation", ...
    int version = 0;
    QString name;
    QString resource; // the .sql file in Qt resources
};

struct SchemaState {
    QList<Migration> pending;
    QList<Migration> applied;
    // Migrations the database has that this program does not know: it is newer than the program.
    QStringList unknown;
    bool upToDate() const { return pending.isEmpty() && unknown.isEmpty(); }
};

// Runs the numbered migrations that the linked libraries ship as Qt resources:
//   :/aksara/migrations/<order>-<component>/<sqlite|postgres>/<NNNN>_<name>.sql
// Components are applied in <order>; each migration runs in one transaction together with its row
// in schema_migrations and its own operation record (service administration, schema.migrate), so a
// migration either happened completely, with evidence, or not at all.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Migrator)

public:
    Migrator(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // The migrations available for this database's engine, in the order they are applied.
    QList<Migration> available() const;
    Result<SchemaState> state();
    // Applies what is pending; refuses (storage.schema_newer) a database newer than the program.
    // With `upTo`, applies pending migrations only while upTo accepts them (tests build databases
    // of earlier versions this way: shipped migrations never change).
    Result<QList<Migration>> migrate(const Caller &caller, const std::function<bool(const Migration &)> &upTo = {});

private:
    Status ensureBookkeeping();
    Status apply(const Migration &m, const Caller &caller);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace Aksara
