#include "core/Migrator.h"

#include "core/OperationLog.h"
#include "core/ServiceCore.h"
#include "core/SqlScript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Aksara {

namespace {
// The versions a baseline migration replaces: its header's "-- replaces: 1, 2" line.
QList<int> replacedVersions(const QString &resource)
{
    static const QRegularExpression directive(QStringLiteral("^-- replaces: ([0-9]+(?:, *[0-9]+)*)\\s*$"));
    QFile file(resource);
    QList<int> out;
    if (!file.open(QIODevice::ReadOnly))
        return out;
    // The directive stands in the opening comment block.
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine());
        if (!line.startsWith(QLatin1String("--")))
            break;
        const auto m = directive.match(line);
        if (m.hasMatch()) {
            for (const QString &v : m.captured(1).split(QLatin1Char(',')))
                out << v.trimmed().toInt();
            break;
        }
    }
    return out;
}

QString keyOf(const QString &component, int version)
{
    return component + QLatin1Char('/') + QString::number(version);
}
} // namespace

QList<Migration> Migrator::available() const
{
    QList<Migration> out;
    const QString engine = m_db.isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgres");
    static const QRegularExpression componentDir(QStringLiteral("^\\d+-([a-z0-9_]+)$"));
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_([A-Za-z0-9_]+)\\.sql$"));
    const QDir root(QStringLiteral(":/aksara/migrations"));
    QStringList components = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &dir : std::as_const(components)) {
        const auto cm = componentDir.match(dir);
        if (!cm.hasMatch())
            continue;
        const QDir files(root.filePath(dir + QLatin1Char('/') + engine));
        for (const QString &file : files.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            const auto fm = fileName.match(file);
            if (!fm.hasMatch())
                continue;
            Migration m{cm.captured(1), fm.captured(1).toInt(), fm.captured(2), files.filePath(file)};
            m.replaces = replacedVersions(m.resource);
            out << m;
        }
    }
    return out;
}

Status Migrator::ensureBookkeeping()
{
    return m_db.execDirect(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                          "component TEXT NOT NULL, version BIGINT NOT NULL, name TEXT NOT NULL, "
                                          "applied_at BIGINT NOT NULL, operation_id BIGINT, "
                                          "PRIMARY KEY (component, version))"));
}

Result<SchemaState> Migrator::state()
{
    SchemaState state;
    QSet<QString> applied;
    if (m_db.tableExists(QStringLiteral("schema_migrations"))) {
        auto q = m_db.exec(QStringLiteral("SELECT component, version FROM schema_migrations"));
        if (!q.ok())
            return q.error();
        while (q->next())
            applied.insert(q->value(0).toString() + QLatin1Char('/') + QString::number(q->value(1).toInt()));
        q->finish();
    }
    QSet<QString> known;
    for (Migration m : available()) {
        const QString key = keyOf(m.component, m.version);
        known.insert(key);
        int had = 0;
        for (int v : std::as_const(m.replaces)) {
            known.insert(keyOf(m.component, v));
            had += applied.contains(keyOf(m.component, v)) ? 1 : 0;
        }
        if (applied.contains(key)) {
            state.applied << m;
            continue;
        }
        if (had > 0 && had < m.replaces.size()) {
            state.tooOld << m.component;
            continue;
        }
        m.recordOnly = had > 0;
        state.pending << m;
    }
    for (const QString &key : std::as_const(applied)) {
        if (!known.contains(key))
            state.unknown << key;
    }
    state.unknown.sort();
    return state;
}

Result<QList<Migration>> Migrator::migrate(const Caller &caller, const std::function<bool(const Migration &)> &upTo)
{
    if (Status st = ensureBookkeeping(); !st.ok())
        return st.error();
    auto s = state();
    if (!s.ok())
        return s.error();
    if (!s->unknown.isEmpty())
        return Error::failed(QStringLiteral("storage.schema_newer"),
                             tr("This database was upgraded by a newer Aksara (it has migrations %1 that this "
                                "program does not know); use that version or newer.")
                                 .arg(s->unknown.join(QStringLiteral(", "))));
    if (!s->tooOld.isEmpty())
        return Error::failed(QStringLiteral("storage.schema_too_old"),
                             tr("This database was made by an Aksara older than 0.1.0 (its schema of %1 is "
                                "incomplete); upgrade it with Aksara 0.1.0 first, then with this version.")
                                 .arg(s->tooOld.join(QStringLiteral(", "))));
    QList<Migration> done;
    for (const Migration &m : std::as_const(s->pending)) {
        if (upTo && !upTo(m))
            break;
        if (Status st = apply(m, caller); !st.ok())
            return st.error();
        done << m;
    }
    return done;
}

Status Migrator::apply(const Migration &m, const Caller &caller)
{
    QStringList statements;
    if (!m.recordOnly) {
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly))
            return Error::failed(QStringLiteral("storage.migration"), tr("Cannot read migration %1.").arg(m.resource));
        statements = splitSqlScript(QString::fromUtf8(file.readAll()));
    }
    const qint64 t0 = m_clock.monotonicNs();

    auto tx = m_db.begin();
    if (!tx.ok())
        return tx.error();
    if (m_db.isPostgres()) {
        // Two programs upgrading the same database at once: the second waits, then finds nothing to do.
        if (Status st = m_db.execDirect(QStringLiteral("SELECT pg_advisory_xact_lock(726354102)")); !st.ok())
            return st;
    }
    auto already = m_db.scalar(QStringLiteral("SELECT 1 FROM schema_migrations WHERE component = ? AND version = ?"),
                               {m.component, m.version});
    if (!already.ok())
        return already.error();
    if (!already->isNull())
        return (*tx)->commit();

    OperationLog log(m_db);
    qint64 opId = 0;
    int index = 0;
    for (QString sql : statements) {
        ++index;
        if (sql.contains(QLatin1String("{{op}}"))) {
            if (opId == 0) {
                auto id = log.allocateId();
                if (!id.ok())
                    return id.error();
                opId = *id;
                if (Status st = log.insertToken(opId); !st.ok())
                    return st;
            }
            sql.replace(QLatin1String("{{op}}"), QString::number(opId));
        }
        if (Status st = m_db.execDirect(sql); !st.ok())
            return Error::failed(QStringLiteral("storage.migration"),
                                 tr("Migration %1/%2 (%3) failed at statement %4: %5")
                                     .arg(m.component)
                                     .arg(m.version, 4, 10, QLatin1Char('0'))
                                     .arg(m.name)
                                     .arg(index)
                                     .arg(st.error().message));
    }
    m_db.forgetTableKeys(); // the migration may have created or altered tables
    // The trail (docs/security.md "The trail"): the rows this migration wrote go into its record;
    // the migration that creates the trail adopts every business row that exists before it.
    QList<RowDigest> rows;
    const bool adopt = m.component == QLatin1String("core") && m.version == kTrailVersion && !m.recordOnly;
    if (adopt || opId != 0) {
        if (opId == 0) {
            auto id = log.allocateId();
            if (!id.ok())
                return id.error();
            opId = *id;
        }
        QStringList tables = m_db.tablesWritten();
        if (adopt) {
            auto all = log.businessTables();
            if (!all.ok())
                return all.error();
            tables = *all;
        }
        auto digests = log.digestRows(opId, tables, adopt);
        if (!digests.ok())
            return digests.error();
        rows = std::move(*digests);
    }
    QJsonObject details;
    if (m.recordOnly) {
        // The database already has what this baseline builds (the versions it replaces).
        QJsonArray replaced;
        for (int v : m.replaces)
            replaced << v;
        details.insert(QStringLiteral("replaces"), replaced);
    }
    if (Status st = finish(m, caller, m.recordOnly ? QStringLiteral("schema.baseline") : QStringLiteral("schema.migrate"),
                           opId, t0, details, rows);
        !st.ok())
        return st;
    return (*tx)->commit();
}

Status Migrator::finish(const Migration &m, const Caller &caller, const QString &operation, qint64 opId, qint64 t0,
                       const QJsonObject &details, const QList<RowDigest> &rows)
{
    OperationLog log(m_db);
    OperationRecord r;
    r.id = opId;
    r.atMs = m_clock.nowMs();
    r.service = Services::Administration;
    r.operation = operation;
    r.channel = channelName(caller.channel);
    r.actor = caller.actor;
    r.station = caller.station;
    r.subject = QStringLiteral("%1/%2_%3").arg(m.component).arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name);
    r.details = details;
    r.durationUs = (m_clock.monotonicNs() - t0) / 1000;
    if (Status st = log.append(r, rows); !st.ok())
        return st;
    if (Status st = ServiceCore::addToSlaBucket(m_db, r.service, r.atMs, Outcome::Ok, r.durationUs, 0); !st.ok())
        return st;
    auto ins = m_db.exec(QStringLiteral("INSERT INTO schema_migrations (component, version, name, applied_at, "
                                        "operation_id) VALUES (?, ?, ?, ?, ?)"),
                         {m.component, m.version, m.name, r.atMs, r.id});
    if (!ins.ok())
        return ins.error();
    ins->finish();
    return {};
}

} // namespace Aksara
