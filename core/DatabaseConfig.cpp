#include "core/DatabaseConfig.h"

#include <QCoreApplication>
#include <QUrl>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Aksara {

Result<DatabaseConfig> DatabaseConfig::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::failed(QStringLiteral("storage.bad_url"), tr("No database was given (use --db or AKSARA_DB)."));

    DatabaseConfig config;
    const bool pg = trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
                    || trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
    if (!pg) {
        QString path = trimmed;
        if (path.startsWith(QLatin1String("sqlite://"), Qt::CaseInsensitive))
            path = path.mid(9);
        else if (path.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive))
            path = path.mid(7);
        else if (path.contains(QLatin1String("://")))
            return Error::failed(QStringLiteral("storage.bad_url"),
                                 tr("Unsupported database URL \"%1\": use a file path for SQLite or "
                                    "postgresql://user@host:port/dbname for PostgreSQL.")
                                     .arg(redacted(trimmed)));
        if (path.isEmpty())
            return Error::failed(QStringLiteral("storage.bad_url"), tr("The SQLite file path is empty."));
        config.engine = Engine::Sqlite;
        config.path = path;
        return config;
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return Error::failed(QStringLiteral("storage.bad_url"),
                             tr("Malformed PostgreSQL URL: %1").arg(redacted(url.errorString())));
    config.engine = Engine::Postgres;
    config.host = url.host();
    config.port = url.port(5432);
    config.user = url.userName();
    config.password = url.password();
    config.database = url.path().mid(1);
    if (config.database.contains(QLatin1Char('/')))
        return Error::failed(QStringLiteral("storage.bad_url"),
                             tr("Malformed PostgreSQL URL: the database name \"%1\" contains '/'.").arg(config.database));
    const QUrlQuery query(url);
    QStringList options;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            config.host = value; // a socket directory, as libpq allows
        else if (key == QLatin1String("port")) {
            bool ok = false;
            config.port = value.toInt(&ok);
            if (!ok || config.port <= 0 || config.port > 65535)
                return Error::failed(QStringLiteral("storage.bad_url"),
                                     tr("Malformed PostgreSQL URL: bad port \"%1\".").arg(value));
        } else if (key == QLatin1String("user"))
            config.user = value;
        else if (key == QLatin1String("password"))
            config.password = value;
        else if (key == QLatin1String("sslmode") || key == QLatin1String("connect_timeout")
                 || key == QLatin1String("application_name") || key == QLatin1String("service")
                 || key == QLatin1String("passfile"))
            options << key + QLatin1Char('=') + value;
        else
            return Error::failed(QStringLiteral("storage.bad_url"),
                                 tr("Malformed PostgreSQL URL: unknown parameter \"%1\".").arg(redacted(key)));
    }
    if (config.database.isEmpty())
        return Error::failed(QStringLiteral("storage.bad_url"),
                             tr("The PostgreSQL URL names no database (postgresql://user@host/dbname)."));
    if (config.host.isEmpty())
        config.host = QStringLiteral("localhost");
    if (!options.join(QLatin1Char(';')).contains(QLatin1String("connect_timeout")))
        options << QStringLiteral("connect_timeout=5");
    config.options = options.join(QLatin1Char(';'));
    return config;
}

QString DatabaseConfig::displayName() const
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

namespace {
// scheme://user:PASSWORD@ (the user-info of any URL-like text, so that a mistyped scheme is
// covered too), and a password=VALUE parameter.
const QRegularExpression &userInfoPassword()
{
    static const QRegularExpression re(QStringLiteral("([A-Za-z][A-Za-z0-9+.-]*://[^/?#@:\\s]*):([^@/?#\\s]*)@"));
    return re;
}
const QRegularExpression &passwordParameter()
{
    static const QRegularExpression re(QStringLiteral("([?&;\\s]password=)([^&\\s;\"']*)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}
} // namespace

QString DatabaseConfig::redacted(const QString &text)
{
    QString out = text;
    out.replace(userInfoPassword(), QStringLiteral("\\1:***@"));
    out.replace(passwordParameter(), QStringLiteral("\\1***"));
    return out;
}

QString DatabaseConfig::withoutPassword(const QString &text)
{
    QString out = text;
    out.replace(userInfoPassword(), QStringLiteral("\\1@"));
    // The whole parameter goes, with the separator before it; a parameter that was first hands
    // its '?' to the next one.
    static const QRegularExpression param(QStringLiteral("[?&]password=[^&]*"), QRegularExpression::CaseInsensitiveOption);
    const bool hadQuery = out.contains(QLatin1Char('?'));
    out.remove(param);
    if (hadQuery && !out.contains(QLatin1Char('?'))) {
        const auto amp = out.indexOf(QLatin1Char('&'));
        if (amp >= 0)
            out[amp] = QLatin1Char('?');
    }
    return out;
}

bool DatabaseConfig::hasPassword(const QString &text)
{
    return text.contains(userInfoPassword()) || text.contains(passwordParameter());
}

QString DatabaseConfig::withPassword(const QString &url, const QString &password)
{
    if (password.isEmpty())
        return url;
    QUrl u(withoutPassword(url.trimmed()), QUrl::StrictMode);
    if (!u.isValid() || u.scheme().isEmpty())
        return url;
    u.setPassword(password, QUrl::DecodedMode);
    return u.toString(QUrl::FullyEncoded);
}

} // namespace Aksara
