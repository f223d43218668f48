// The foundation's commands: init, status, ops, verify and staff accounts.
#include "Cli.h"
#include "CoreCommands.h"

#include "core/Checkpoints.h"
#include "core/DatabaseRoles.h"
#include "core/FileModes.h"
#include "core/Migrator.h"
#include "core/ServiceLevels.h"
#include "core/StaffDirectory.h"
#include "core/Verifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <limits>
#include <QFileInfo>
#include <QRandomGenerator>

namespace Aksara::Cli {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Aksara::Cli", text, disambiguation, n);
}

QString fmtUs(qint64 us)
{
    if (us < 0)
        return QStringLiteral("-");
    if (us < 1000)
        return QStringLiteral("%1 µs").arg(us);
    if (us < 1000000)
        return QStringLiteral("%1 ms").arg(double(us) / 1000.0, 0, 'f', us < 10000 ? 1 : 0);
    return QStringLiteral("%1 s").arg(double(us) / 1e6, 0, 'f', 1);
}

QString fmtPct(double r)
{
    return r < 0 ? QStringLiteral("-") : QStringLiteral("%1%").arg(r * 100.0, 0, 'f', 2);
}

// Gives `role` the application grants (core/DatabaseRoles.h) as an operation of the
// administration service, in one transaction with its record.
Status applyGrants(Env &env, const QString &role)
{
    auto done = env.core().execute<bool>(
        env.caller(), {Services::Administration, QStringLiteral("db.grants"), Rights::SystemAdmin, role, true},
        [&](OperationContext &ctx) -> Result<bool> {
            ctx.setDetail(QStringLiteral("app_role"), role);
            if (Status st = DatabaseRoles(ctx.db()).apply(role); !st.ok())
                return st.error();
            return true;
        });
    if (!done.ok())
        return done.error();
    return {};
}

int cmdInit(Env &env)
{
    const QString appRole = env.value(QStringLiteral("app-role"));
    if (!appRole.isEmpty()) {
        if (Status st = DatabaseRoles::checkName(appRole); !st.ok())
            return env.fail(st.error());
        // Before anything is created.
        auto config = DatabaseConfig::parse(env.dbUrl().isEmpty() ? qEnvironmentVariable("AKSARA_DB") : env.dbUrl());
        if (config.ok() && config->isSqlite())
            return env.usage(tr("--app-role is for PostgreSQL; an SQLite library is protected by its file's permissions."));
    }
    QStringList applied;
    if (Status st = env.openLibrary(true, &applied); !st.ok())
        return st.error().code == QLatin1String("cli.usage") ? env.usage(st.error().message) : env.fail(st.error());
    const QString name = env.db().config().displayName();

    // SQLite: a library file others can read is made private (core/FileModes.h).
    QJsonArray tightened;
    if (env.db().isSqlite()) {
        auto changed = FileModes::tighten(env.db().config().path);
        if (!changed.ok())
            return env.fail(changed.error());
        for (const FileModes::Problem &p : std::as_const(*changed)) {
            tightened << QJsonObject{{QStringLiteral("file"), p.file},
                                     {QStringLiteral("was"), FileModes::octal(p.mode)},
                                     {QStringLiteral("now"), FileModes::octal(p.mode & p.allowed)}};
            if (!env.json())
                env.out() << tr("%1 was readable by others (mode %2); it is now %3.")
                                 .arg(p.file, FileModes::octal(p.mode), FileModes::octal(p.mode & p.allowed))
                          << "\n";
        }
        for (const FileModes::Problem &p : FileModes::problems(env.db().config().path))
            env.err() << tr("aksara: %1 is readable by others (mode %2) and belongs to another account: run aksara "
                            "init as its owner, or chmod %3 it.")
                             .arg(p.file, FileModes::octal(p.mode), FileModes::octal(p.mode & p.allowed))
                      << "\n";
    }
    // PostgreSQL: the application roles get their grants again, on every table this run created
    // too (and --app-role a new one).
    QStringList granted;
    if (env.db().isPostgres()) {
        // Only the owner can (an application role running init on an up-to-date library skips it).
        auto may = DatabaseRoles(env.db()).mayGrant();
        if (!may.ok())
            return env.fail(may.error());
        auto roles = *may ? DatabaseRoles(env.db()).applicationRoles() : Result<QStringList>(QStringList());
        if (!roles.ok())
            return env.fail(roles.error());
        granted = *roles;
        if (!appRole.isEmpty() && !granted.contains(appRole))
            granted << appRole;
        for (const QString &role : std::as_const(granted)) {
            if (Status st = applyGrants(env, role); !st.ok())
                return env.fail(st.error());
        }
    }
    // --signing-key FILE: the key that signs the log's checkpoints, made once, kept outside the
    // database (an existing key is kept as it is).
    QString publicKey;
    const QString keyPath = env.value(QStringLiteral("signing-key"));
    if (!keyPath.isEmpty()) {
        if (QFileInfo::exists(keyPath)) {
            auto key = SigningKey::load(keyPath);
            if (!key.ok())
                return env.fail(key.error());
            publicKey = key->publicKeyHex();
        } else {
            auto key = SigningKey::generate();
            if (!key.ok())
                return env.fail(key.error());
            if (Status st = key->save(keyPath); !st.ok())
                return env.fail(st.error());
            publicKey = key->publicKeyHex();
        }
    }
    if (env.json()) {
        QJsonObject o{{QStringLiteral("database"), name},
                      {QStringLiteral("applied"), QJsonArray::fromStringList(applied)},
                      {QStringLiteral("up_to_date"), true},
                      {QStringLiteral("app_roles"), QJsonArray::fromStringList(granted)},
                      {QStringLiteral("tightened"), tightened}};
        if (!publicKey.isEmpty())
            o.insert(QStringLiteral("public_key"), publicKey);
        env.printJson(o);
        return Ok;
    }
    if (applied.isEmpty()) {
        env.out() << tr("%1 is up to date.").arg(name) << "\n";
    } else {
        env.out() << tr("%1: applied %n migration(s):", nullptr, int(applied.size())).arg(name) << "\n";
        for (const auto &n : std::as_const(applied))
            env.out() << "  " << n << "\n";
    }
    for (const QString &role : std::as_const(granted))
        env.out() << tr("The application role %1 may read and write the business tables and only add to the "
                        "operation log.")
                         .arg(role)
                  << "\n";
    if (!publicKey.isEmpty() && !env.json())
        env.out() << tr("Signing key %1; its public key (give it to verify --public-key): %2").arg(keyPath, publicKey)
                  << "\n";
    return Ok;
}

// aksara grants --app-role NAME [--apply]: the SQL that makes NAME the application role, printed
// for a database administrator to read and run, or applied here as the owner.
int cmdGrants(Env &env)
{
    const QString role = env.value(QStringLiteral("app-role"));
    if (role.isEmpty())
        return env.usage(tr("grants needs --app-role NAME."));
    if (Status st = DatabaseRoles::checkName(role); !st.ok())
        return env.fail(st.error());
    if (env.db().isSqlite())
        return env.usage(tr("grants is for PostgreSQL; an SQLite library is protected by its file's permissions."));
    const bool apply = env.isSet(QStringLiteral("apply"));
    auto statements = env.core().execute<QStringList>(
        env.caller(), {Services::Administration, QStringLiteral("db.grants.show"), Rights::SystemAdmin, role, false},
        [&](OperationContext &ctx) { return DatabaseRoles(ctx.db()).grantStatements(role); });
    if (!statements.ok())
        return env.fail(statements.error());
    if (apply) {
        if (Status st = applyGrants(env, role); !st.ok())
            return env.fail(st.error());
    }
    if (env.json()) {
        env.printJson(QJsonObject{{QStringLiteral("app_role"), role},
                                  {QStringLiteral("applied"), apply},
                                  {QStringLiteral("sql"), QJsonArray::fromStringList(*statements)}});
        return Ok;
    }
    if (apply) {
        env.out() << tr("The application role %1 may read and write the business tables and only add to the "
                        "operation log.")
                         .arg(role)
                  << "\n";
        return Ok;
    }
    env.out() << "BEGIN;\n";
    for (const QString &sql : std::as_const(*statements))
        env.out() << sql << ";\n";
    env.out() << "COMMIT;\n";
    return Ok;
}

int cmdStatus(Env &env)
{
    bool okHours = true;
    const int hours = env.isSet(QStringLiteral("hours")) ? env.value(QStringLiteral("hours")).toInt(&okHours) : 24;
    if (!okHours || hours <= 0)
        return env.usage(tr("--hours needs a positive number."));
    const qint64 to = env.clock().nowMs() + 1;
    const qint64 from = to - qint64(hours) * 3600 * 1000;
    auto figures = env.core().execute<QList<ServiceFigures>>(
        env.caller(), {Services::Reporting, QStringLiteral("status"), Rights::ReportView, {}, false},
        [&](OperationContext &ctx) { return ServiceLevels(ctx.db()).figures(from, to); });
    if (!figures.ok())
        return env.fail(figures.error());
    if (env.json()) {
        QJsonArray services;
        for (const ServiceFigures &f : std::as_const(*figures))
            services << f.toJson();
        env.printJson(QJsonObject{{QStringLiteral("from"), isoUtc(from)},
                                  {QStringLiteral("to"), isoUtc(to)},
                                  {QStringLiteral("services"), services}});
        return Ok;
    }
    QTextStream &o = env.out();
    o << tr("Service levels over the last %n hour(s)", nullptr, hours) << "\n";
    o << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
             .arg(tr("SERVICE"), -18)
             .arg(tr("STATE"), -11)
             .arg(tr("TARGET"), -14)
             .arg(tr("OK"), 7)
             .arg(tr("REFUSED"), 7)
             .arg(tr("FAILED"), 7)
             .arg(tr("SUCCESS"), 8)
             .arg(tr("IN TIME"), 8)
             .arg(tr("P95"), 9)
             .arg(tr("INCIDENTS"), 9);
    for (const ServiceFigures &f : std::as_const(*figures)) {
        const QString target = QStringLiteral("%1%≤%2ms").arg(f.service.latencyTargetBp / 100).arg(f.service.latencyThresholdMs);
        o << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                 .arg(f.service.code, -18)
                 .arg(f.service.state, -11)
                 .arg(target, -14)
                 .arg(f.ok, 7)
                 .arg(f.refused, 7)
                 .arg(f.failed, 7)
                 .arg(fmtPct(f.successRatio()), 8)
                 .arg(fmtPct(f.withinThresholdRatio()), 8)
                 .arg(fmtUs(f.percentileUs(0.95)), 9)
                 .arg(f.openIncidents, 9);
    }
    return Ok;
}

int cmdOps(Env &env)
{
    bool ok = true;
    const int limit = env.isSet(QStringLiteral("limit")) ? env.value(QStringLiteral("limit")).toInt(&ok) : 20;
    if (!ok || limit <= 0 || limit > 100000)
        return env.usage(tr("--limit needs a number from 1 to 100000."));
    const QString service = env.value(QStringLiteral("service"));
    const QString outcome = env.value(QStringLiteral("outcome"));
    if (!outcome.isEmpty() && outcome != QLatin1String("ok") && outcome != QLatin1String("refused")
        && outcome != QLatin1String("failed"))
        return env.usage(tr("--outcome is ok, refused or failed."));
    auto records = env.core().execute<QList<OperationRecord>>(
        env.caller(), {Services::Reporting, QStringLiteral("ops.list"), Rights::ReportView, {}, false},
        [&](OperationContext &ctx) -> Result<QList<OperationRecord>> {
            OperationLog log(ctx.db());
            // Filtering happens over a bounded window of the newest records.
            auto all = log.recent(service.isEmpty() && outcome.isEmpty() ? limit : qMax(limit * 50, 5000));
            if (!all.ok())
                return all.error();
            QList<OperationRecord> out;
            for (const OperationRecord &r : std::as_const(*all)) {
                if ((!service.isEmpty() && r.service != service) || (!outcome.isEmpty() && outcomeName(r.outcome) != outcome))
                    continue;
                out << r;
                if (out.size() >= limit)
                    break;
            }
            return out;
        });
    if (!records.ok())
        return env.fail(records.error());
    if (env.json()) {
        QJsonArray a;
        for (const OperationRecord &r : std::as_const(*records))
            a << r.toJson();
        env.printJson(a);
        return Ok;
    }
    for (const OperationRecord &r : std::as_const(*records)) {
        env.out() << QStringLiteral("%1  %2  %3 %4  %5  %6  %7  %8%9\n")
                         .arg(r.id, 6)
                         .arg(localTime(r.atMs))
                         .arg(r.service, -17)
                         .arg(r.operation, -18)
                         .arg(r.channel, -6)
                         .arg(r.actor, -18)
                         .arg(outcomeName(r.outcome), -7)
                         .arg(fmtUs(r.durationUs))
                         .arg(r.errorCode.isEmpty() ? QString() : QStringLiteral("  ") + r.errorCode);
    }
    return Ok;
}

int cmdVerify(Env &env)
{
    const QString checkpointsFile = env.value(QStringLiteral("checkpoints"));
    const QString publicKeyText = env.value(QStringLiteral("public-key"));
    if (checkpointsFile.isEmpty() != publicKeyText.isEmpty())
        return env.usage(tr("--checkpoints and --public-key go together."));
    QList<Checkpoint> checkpoints;
    QByteArray publicKey;
    if (!checkpointsFile.isEmpty()) {
        auto pk = SigningKey::readPublicKey(publicKeyText);
        if (!pk.ok())
            return env.usage(pk.error().message);
        publicKey = *pk;
        auto read = Checkpoints::readFile(checkpointsFile);
        if (!read.ok())
            return env.usage(read.error().message);
        checkpoints = *read;
    }
    qint64 rowsChecked = 0;
    auto findings = env.core().execute<QList<VerifyFinding>>(
        env.caller(), {Services::Administration, QStringLiteral("verify"), Rights::SystemAdmin, {}, false},
        [&](OperationContext &ctx) -> Result<QList<VerifyFinding>> {
            Verifier verifier(ctx.db());
            auto found = verifier.run();
            if (!found.ok())
                return found.error();
            rowsChecked = verifier.rowsChecked();
            if (!checkpoints.isEmpty()) {
                auto signedOnes = Checkpoints::verify(ctx.db(), checkpoints, publicKey);
                if (!signedOnes.ok())
                    return signedOnes.error();
                *found << *signedOnes;
            }
            return found;
        });
    if (!findings.ok())
        return env.fail(findings.error());
    if (env.json()) {
        QJsonArray a;
        for (const auto &f : std::as_const(*findings))
            a << f.toJson();
        env.printJson(QJsonObject{{QStringLiteral("ok"), findings->isEmpty()},
                                  {QStringLiteral("findings"), a},
                                  {QStringLiteral("rows_checked"), rowsChecked},
                                  {QStringLiteral("checkpoints_checked"), checkpoints.size()}});
    } else if (findings->isEmpty()) {
        env.out() << tr("All invariants hold: one open loan per item, every business change has its operation "
                        "record, the operation log's hash chain is intact, the SLA counters add up.")
                  << "\n";
        env.out() << tr("The trail holds: %n business row(s) match the digests in their operations' records, and "
                        "the log's append-only triggers are in place.",
                        nullptr, int(std::min<qint64>(rowsChecked, std::numeric_limits<int>::max())))
                  << "\n";
        if (!checkpoints.isEmpty())
            env.out() << tr("%n signed checkpoint(s) match the chain.", nullptr, int(checkpoints.size())) << "\n";
        else
            env.out() << tr("No checkpoints were given: a chain recomputed from its start would not show here "
                            "(use --checkpoints FILE --public-key KEY).")
                      << "\n";
    } else {
        env.err() << tr("aksara: verify found %n problem(s):", nullptr, int(findings->size())) << "\n";
        for (const auto &f : std::as_const(*findings))
            env.err() << "  [" << f.check << "] " << f.problem << "\n";
    }
    return findings->isEmpty() ? Ok : Failure;
}

int cmdCheckpointKeygen(Env &env)
{
    const QString out = env.value(QStringLiteral("out"));
    if (out.isEmpty())
        return env.usage(tr("checkpoint keygen needs --out FILE (the secret key; FILE.pub gets the public key)."));
    auto key = SigningKey::generate();
    if (!key.ok())
        return env.fail(key.error());
    if (Status st = key->save(out); !st.ok())
        return env.fail(st.error());
    if (env.json())
        env.printJson(QJsonObject{{QStringLiteral("key"), out},
                                  {QStringLiteral("public_key_file"), QString(out + QStringLiteral(".pub"))},
                                  {QStringLiteral("public_key"), key->publicKeyHex()}});
    else
        env.out() << tr("Secret key written to %1 (mode 0600; keep it outside the database and its backups).")
                         .arg(out)
                  << "\n"
                  << tr("Public key (also in %1): %2").arg(out + QStringLiteral(".pub"), key->publicKeyHex()) << "\n";
    return Ok;
}

Result<SigningKey> signingKeyOf(Env &env)
{
    const QString path = env.isSet(QStringLiteral("signing-key")) ? env.value(QStringLiteral("signing-key"))
                                                                   : SigningKey::defaultPath();
    return SigningKey::load(path);
}

int cmdCheckpointSign(Env &env)
{
    auto key = signingKeyOf(env);
    if (!key.ok())
        return env.fail(key.error());
    const QString witness = env.value(QStringLiteral("witness"));
    auto c = Checkpoints(env.core()).sign(env.caller(), *key);
    if (!c.ok())
        return env.fail(c.error());
    if (!witness.isEmpty()) {
        if (Status st = Checkpoints::sendToWitness(witness, *c); !st.ok())
            return env.fail(st.error()); // the checkpoint is kept; export sends it again later
    }
    if (env.json()) {
        env.printJson(c->toJson());
    } else {
        env.out() << tr("Signed the head of the log: operation %1 (record %2), hash %3…")
                         .arg(c->headId)
                         .arg(c->headSeq)
                         .arg(c->headHash.left(16))
                  << "\n";
        if (!witness.isEmpty())
            env.out() << tr("The witness took it.") << "\n";
    }
    return Ok;
}

bool parseDay(const QString &text, qint64 *ms)
{
    if (text.isEmpty())
        return true;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return false;
    *ms = QDateTime(d, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    return true;
}

int cmdCheckpointExport(Env &env)
{
    const QString out = env.value(QStringLiteral("out"));
    const QString witness = env.value(QStringLiteral("witness"));
    if (out.isEmpty() && witness.isEmpty())
        return env.usage(tr("checkpoint export needs --out FILE or --witness URL."));
    qint64 from = 0, to = 0;
    if (!parseDay(env.value(QStringLiteral("from")), &from))
        return env.usage(tr("--from is a date YYYY-MM-DD."));
    if (!parseDay(env.value(QStringLiteral("to")), &to))
        return env.usage(tr("--to is a date YYYY-MM-DD."));
    if (to > 0)
        to += 24 * 3600 * 1000; // the whole last day
    auto list = Checkpoints(env.core()).list(env.caller(), from, to);
    if (!list.ok())
        return env.fail(list.error());
    if (!out.isEmpty()) {
        if (Status st = Checkpoints::writeFile(out, *list); !st.ok())
            return env.fail(st.error());
    }
    for (const Checkpoint &c : std::as_const(*list)) {
        if (witness.isEmpty())
            break;
        if (Status st = Checkpoints::sendToWitness(witness, c); !st.ok())
            return env.fail(st.error());
    }
    if (env.json())
        env.printJson(QJsonObject{{QStringLiteral("exported"), list->size()}, {QStringLiteral("out"), out}});
    else
        env.out() << tr("Exported %n checkpoint(s).", nullptr, int(list->size())) << "\n";
    return Ok;
}

QString newPassword(Env &env, bool generate, const QString &username)
{
    if (generate) {
        static const char alphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        QString p;
        for (int i = 0; i < 14; ++i)
            p += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
        return p;
    }
    QString p = qEnvironmentVariable("AKSARA_NEW_PASSWORD");
    if (!p.isEmpty())
        return p;
    p = Env::readSecret(tr("New password for %1: ").arg(username));
    const QString again = Env::readSecret(tr("Repeat the password: "));
    if (p != again) {
        env.err() << tr("aksara: the passwords differ.") << "\n";
        return {};
    }
    return p;
}

int cmdStaffAdd(Env &env)
{
    const QStringList a = env.args();
    if (a.size() != 1)
        return env.usage(tr("staff add takes one USERNAME."));
    Role role;
    if (!parseRole(env.value(QStringLiteral("role")), &role))
        return env.usage(tr("--role is admin, librarian, supervisor or kiosk."));
    const bool generate = env.isSet(QStringLiteral("generate-password"));
    const QString password = newPassword(env, generate, a.first());
    if (password.isEmpty())
        return Usage;
    StaffDirectory staff(env.core());
    auto account = staff.create(env.caller(), a.first(), env.value(QStringLiteral("name")), role, password,
                                env.value(QStringLiteral("branch")));
    if (!account.ok())
        return env.fail(account.error());
    if (env.json()) {
        QJsonObject o = account->toJson();
        if (generate)
            o.insert(QStringLiteral("password"), password);
        env.printJson(o);
    } else {
        env.out() << tr("Created %1 account \"%2\".").arg(roleName(role), account->username) << "\n";
        if (generate)
            env.out() << tr("Password (shown once): %1").arg(password) << "\n";
    }
    return Ok;
}

int cmdStaffList(Env &env)
{
    StaffDirectory staff(env.core());
    auto list = staff.list(env.caller());
    if (!list.ok())
        return env.fail(list.error());
    if (env.json()) {
        QJsonArray a;
        for (const auto &s : std::as_const(*list))
            a << s.toJson();
        env.printJson(a);
        return Ok;
    }
    for (const auto &s : std::as_const(*list))
        env.out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                         .arg(s.username, -16)
                         .arg(roleName(s.role), -11)
                         .arg(s.branchCode.isEmpty() ? QStringLiteral("-") : s.branchCode, -10)
                         .arg(!s.active ? tr("disabled") : s.locked ? tr("locked") : tr("active"), -9)
                         .arg(s.displayName);
    return Ok;
}

int cmdStaffPasswd(Env &env)
{
    const QStringList a = env.args();
    if (a.size() != 1)
        return env.usage(tr("staff passwd takes one USERNAME."));
    const bool generate = env.isSet(QStringLiteral("generate-password"));
    const QString password = newPassword(env, generate, a.first());
    if (password.isEmpty())
        return Usage;
    StaffDirectory staff(env.core());
    if (Status st = staff.setPassword(env.caller(), a.first(), password); !st.ok())
        return env.fail(st.error());
    if (env.json())
        env.printJson(QJsonObject{{QStringLiteral("username"), a.first()}, {QStringLiteral("outcome"), QStringLiteral("ok")}});
    else
        env.out() << tr("Password of \"%1\" changed.").arg(a.first()) << "\n";
    if (generate && !env.json())
        env.out() << tr("Password (shown once): %1").arg(password) << "\n";
    return Ok;
}

int cmdStaffActive(Env &env, bool active)
{
    const QStringList a = env.args();
    if (a.size() != 1)
        return env.usage(tr("this command takes one USERNAME."));
    StaffDirectory staff(env.core());
    if (Status st = staff.setActive(env.caller(), a.first(), active); !st.ok())
        return env.fail(st.error());
    if (env.json())
        env.printJson(QJsonObject{{QStringLiteral("username"), a.first()}, {QStringLiteral("active"), active}});
    else
        env.out() << (active ? tr("Account \"%1\" enabled.") : tr("Account \"%1\" disabled.")).arg(a.first()) << "\n";
    return Ok;
}
int cmdStaffRole(Env &env)
{
    const QStringList a = env.args();
    if (a.size() != 2)
        return env.usage(tr("staff role takes a USERNAME and a ROLE."));
    Role role;
    if (!parseRole(a.at(1), &role))
        return env.usage(tr("The role is admin, librarian, supervisor or kiosk."));
    StaffDirectory staff(env.core());
    if (Status st = staff.setRole(env.caller(), a.first(), role); !st.ok())
        return env.fail(st.error());
    if (env.json())
        env.printJson(QJsonObject{{QStringLiteral("username"), a.first()}, {QStringLiteral("role"), roleName(role)}});
    else
        env.out() << tr("\"%1\" is now %2.").arg(a.first(), roleName(role)) << "\n";
    return Ok;
}

int cmdStaffBranch(Env &env)
{
    const QStringList a = env.args();
    const bool none = env.isSet(QStringLiteral("none"));
    if (a.size() != (none ? 1 : 2))
        return env.usage(tr("staff branch takes a USERNAME and a branch CODE, or --none."));
    const QString branch = none ? QString() : a.at(1);
    StaffDirectory staff(env.core());
    if (Status st = staff.setBranch(env.caller(), a.first(), branch); !st.ok())
        return env.fail(st.error());
    if (env.json())
        env.printJson(QJsonObject{{QStringLiteral("username"), a.first()},
                                  {QStringLiteral("branch"), branch.isEmpty() ? QJsonValue() : QJsonValue(branch)}});
    else if (branch.isEmpty())
        env.out() << tr("\"%1\" has no branch of their own now.").arg(a.first()) << "\n";
    else
        env.out() << tr("\"%1\" now works at branch %2.").arg(a.first(), branch) << "\n";
    return Ok;
}

int cmdStaffUnlock(Env &env)
{
    const QStringList a = env.args();
    if (a.size() != 1)
        return env.usage(tr("staff unlock takes one USERNAME."));
    StaffDirectory staff(env.core());
    if (Status st = staff.unlock(env.caller(), a.first()); !st.ok())
        return env.fail(st.error());
    if (env.json())
        env.printJson(QJsonObject{{QStringLiteral("username"), a.first()}, {QStringLiteral("locked"), false}});
    else
        env.out() << tr("Account \"%1\" unlocked; its password is unchanged.").arg(a.first()) << "\n";
    return Ok;
}
} // namespace

void registerCoreCommands(Registry &registry)
{
    registry.add({{QStringLiteral("init")},
                  tr("create a database or upgrade it to this version (idempotent)"),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("app-role"),
                                   tr("PostgreSQL: also give this role the application's grants (run init as the owner)"),
                                   QStringLiteral("NAME")});
                      p.addOption({QStringLiteral("signing-key"),
                                   tr("also make the key that signs the log's checkpoints in FILE (kept if it exists)"),
                                   QStringLiteral("FILE")});
                  },
                  cmdInit,
                  false});
    registry.add({{QStringLiteral("grants")},
                  tr("PostgreSQL: print (or --apply as the owner) the grants of the application role"),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("app-role"), tr("the role the programs connect as"), QStringLiteral("NAME")});
                      p.addOption({QStringLiteral("apply"), tr("apply them now, as the owner")});
                  },
                  cmdGrants});
    registry.add({{QStringLiteral("status")},
                  tr("services with their SLA targets and live figures"),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("hours"), tr("window in hours (default 24)"), QStringLiteral("N")});
                  },
                  cmdStatus});
    registry.add({{QStringLiteral("ops")},
                  tr("recent operation records"),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("limit"), tr("how many (default 20)"), QStringLiteral("N")});
                      p.addOption({QStringLiteral("service"), tr("only this service"), QStringLiteral("CODE")});
                      p.addOption({QStringLiteral("outcome"), tr("only ok, refused or failed"), QStringLiteral("OUTCOME")});
                  },
                  cmdOps});
    registry.add({{QStringLiteral("verify")},
                  tr("check the database's invariants and the operation log's hash chain"),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("checkpoints"),
                                   tr("signed checkpoints kept outside the database (JSON lines, from checkpoint export)"),
                                   QStringLiteral("FILE")});
                      p.addOption({QStringLiteral("public-key"), tr("the public key that signed them (its .pub file or hex)"),
                                   QStringLiteral("KEY")});
                  },
                  cmdVerify});
    registry.add({{QStringLiteral("checkpoint"), QStringLiteral("keygen")},
                  tr("make the Ed25519 key pair that signs the log's checkpoints"),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("out"), tr("the secret key file (made 0600; FILE.pub gets the public key)"),
                                   QStringLiteral("FILE")});
                  },
                  cmdCheckpointKeygen,
                  false});
    registry.add({{QStringLiteral("checkpoint"), QStringLiteral("sign")},
                  tr("sign the head of the operation log and keep the checkpoint"),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("signing-key"), tr("the secret key file (default /etc/aksara/signing.key)"),
                                   QStringLiteral("FILE")});
                      p.addOption({QStringLiteral("witness"), tr("also POST the checkpoint to this outside witness"),
                                   QStringLiteral("URL")});
                  },
                  cmdCheckpointSign});
    registry.add({{QStringLiteral("checkpoint"), QStringLiteral("export")},
                  tr("write the kept checkpoints as JSON lines (and/or send them to a witness)"),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("out"), tr("the file to write"), QStringLiteral("FILE")});
                      p.addOption({QStringLiteral("from"), tr("signed on or after this day"), QStringLiteral("YYYY-MM-DD")});
                      p.addOption({QStringLiteral("to"), tr("signed on or before this day"), QStringLiteral("YYYY-MM-DD")});
                      p.addOption({QStringLiteral("witness"), tr("POST each checkpoint to this outside witness"),
                                   QStringLiteral("URL")});
                  },
                  cmdCheckpointExport});
    registry.add({{QStringLiteral("staff"), QStringLiteral("add")},
                  tr("create a staff account"),
                  QStringLiteral("USERNAME"),
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("role"), tr("admin, librarian, supervisor or kiosk"), QStringLiteral("ROLE")});
                      p.addOption({QStringLiteral("name"), tr("display name"), QStringLiteral("NAME")});
                      p.addOption({QStringLiteral("branch"), tr("the branch where they work"), QStringLiteral("CODE")});
                      p.addOption({QStringLiteral("generate-password"), tr("generate a password and print it once")});
                  },
                  cmdStaffAdd});
    registry.add({{QStringLiteral("staff"), QStringLiteral("list")}, tr("list staff accounts"), {}, {}, cmdStaffList});
    registry.add({{QStringLiteral("staff"), QStringLiteral("passwd")},
                  tr("set a staff member's password (unlocks a locked account)"),
                  QStringLiteral("USERNAME"),
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("generate-password"), tr("generate a password and print it once")});
                  },
                  cmdStaffPasswd});
    registry.add({{QStringLiteral("staff"), QStringLiteral("disable")},
                  tr("disable a staff account"),
                  QStringLiteral("USERNAME"),
                  {},
                  [](Env &e) { return cmdStaffActive(e, false); }});
    registry.add({{QStringLiteral("staff"), QStringLiteral("enable")},
                  tr("enable a staff account"),
                  QStringLiteral("USERNAME"),
                  {},
                  [](Env &e) { return cmdStaffActive(e, true); }});
    registry.add({{QStringLiteral("staff"), QStringLiteral("role")},
                  tr("change a staff member's role (the last administrator keeps theirs)"),
                  QStringLiteral("USERNAME ROLE"),
                  {},
                  cmdStaffRole});
    registry.add({{QStringLiteral("staff"), QStringLiteral("branch")},
                  tr("set the branch where a staff member works"),
                  QStringLiteral("USERNAME [CODE]"),
                  [](QCommandLineParser &p) { p.addOption({QStringLiteral("none"), tr("no branch of their own")}); },
                  cmdStaffBranch});
    registry.add({{QStringLiteral("staff"), QStringLiteral("unlock")},
                  tr("unlock an account locked after too many wrong passwords"),
                  QStringLiteral("USERNAME"),
                  {},
                  cmdStaffUnlock});
}

} // namespace Aksara::Cli
