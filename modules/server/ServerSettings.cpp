#include "server/ServerSettings.h"

#include <QCommandLineParser>
#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QThread>

#include <sys/resource.h>

namespace Aksara::Server {

namespace {
Error bad(const QString &message)
{
    return Error::refused(QStringLiteral("server.bad_setting"), message);
}

struct Option {
    const char *name;
    const char *description;
    const char *valueName; // nullptr: a switch
    const char *defaultValue;
};

// The options that are not plain whole numbers (those are kIntSettings below).
const Option kOptions[] = {
    {"db", "SQLite file or postgresql:// URL (default: $AKSARA_DB)", "PATH_OR_URL", nullptr},
    {"http-port", "HTTP port for /health (default 8080)", "PORT", "8080"},
    {"http-address", "address to listen on (default 127.0.0.1)", "ADDRESS", "127.0.0.1"},
    {"http-threads", "worker threads answering HTTP requests (default auto: one per core)", "N", "auto"},
    {"sip2-port", "TCP port for SIP2 self-check machines (default 6001; 0: off)", "PORT", "6001"},
    {"sip2-address", "address SIP2 listens on (default 0.0.0.0)", "ADDRESS", "0.0.0.0"},
    {"sip2-charset", "utf-8 (default) or cp850", "CHARSET", "utf-8"},
    {"sip2-idle-timeout", "seconds before an idle SIP2 connection is closed (default 300)", "SECONDS", "300"},
    {"sip2-threads",
     "worker threads serving SIP2 connections (default auto: 1 on SQLite, whose writes queue anyway; one per core on "
     "PostgreSQL)",
     "N", "auto"},
    {"sru-database", "SRU database name: SRU is served at /sru and at /NAME (default aksara)", "NAME", "aksara"},
    {"sru-max-records", "most records one SRU searchRetrieve returns (default 50, at most 1000)", "N", "50"},
    {"station", "this server's station code, to send its own heartbeats", "CODE", nullptr},
    {"evaluate-every", "seconds between runs of the automatic incident rules (default 60)", "SECONDS", "60"},
    {"tls-cert", "PEM certificate (with its chain): SIP2 and HTTP are served over TLS only (needs --tls-key)", "FILE",
     nullptr},
    {"tls-key", "PEM private key of --tls-cert (readable by the server only)", "FILE", nullptr},
    {"kiosk-key",
     "the kiosk API's key pair for sealed PINs (0600, created when missing; default: kiosk.key beside the "
     "configuration file, else LIBRARY.kiosk-key beside an SQLite database)",
     "FILE", nullptr},
    // The trail (docs/security.md "The trail"): signed checkpoints of the operation log.
    {"signing-key",
     "the Ed25519 key (0600) that signs checkpoints of the operation log (default /etc/aksara/signing.key when it "
     "exists; none: no checkpoints)",
     "FILE", nullptr},
    {"checkpoint-every",
     "seconds between signed checkpoints (default 3600; one is also made after a month is closed)", "SECONDS", "3600"},
    {"witness", "an outside HTTP endpoint that each new checkpoint is POSTed to", "URL", nullptr},
};

// Whole-number settings: one line each (name, help, default, lowest, highest, field). A value
// outside the bounds is refused with "bad --NAME (LOW to HIGH)".
struct IntSetting {
    const char *name;
    const char *description;
    int defaultValue;
    int low;
    int high;
    int ServerSettings::*field;
};
const IntSetting kIntSettings[] = {
    {"http-max-connections", "most HTTP connections open at once; more are closed at once (default 512)", 512, 1, 1'000'000,
     &ServerSettings::httpMaxConnections},
    {"http-max-per-address", "most HTTP connections open at once from one address (default 32)", 32, 1, 1'000'000,
     &ServerSettings::httpMaxPerAddress},
    {"http-header-timeout",
     "seconds from the first byte of an HTTP request (or the connection) to the end of its headers (default 10)", 10, 1,
     3600, &ServerSettings::httpHeaderTimeout},
    {"http-body-timeout", "seconds for an HTTP request's body to arrive after its headers (default 30)", 30, 1, 3600,
     &ServerSettings::httpBodyTimeout},
    {"http-idle-timeout", "seconds before an idle keep-alive HTTP connection is closed (default 15)", 15, 1, 3600,
     &ServerSettings::httpIdleTimeout},
    {"http-max-body", "largest HTTP request body in bytes; larger ones are refused (413) unread (default 65536)", 65536,
     1024, 64 * 1024 * 1024, &ServerSettings::httpMaxBody},
    {"sip2-max-connections", "most SIP2 connections open at once; more are closed at once (default 256; 0: no cap)", 256,
     0, 1'000'000, &ServerSettings::sip2MaxConnections},
    {"sip2-max-per-address",
     "most SIP2 connections open at once from one address (default 64: machines may share one NAT; 0: no cap)", 64, 0,
     1'000'000, &ServerSettings::sip2MaxPerAddress},
    {"sip2-login-timeout", "seconds a SIP2 connection may stay without logging in (default 60; 0: no deadline)", 60, 0,
     86400, &ServerSettings::sip2LoginTimeout},
};

QString intName(const IntSetting &s)
{
    return QString::fromLatin1(s.name);
}
} // namespace

Status readConfigFile(const QString &path, const QStringList &known, QHash<QString, QString> &values)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return bad(QStringLiteral("cannot read the configuration file %1: %2").arg(path, f.errorString()));
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        QString line = QString::fromUtf8(f.readLine());
        if (const auto hash = line.indexOf(QLatin1Char('#')); hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const auto eq = line.indexOf(QLatin1Char('='));
        const QString name = eq < 0 ? line : line.left(eq).trimmed();
        if (eq < 0 || name.isEmpty())
            return bad(QStringLiteral("%1:%2: expected 'name = value'").arg(path).arg(lineNo));
        if (!known.contains(name))
            return bad(QStringLiteral("%1:%2: unknown setting '%3'").arg(path).arg(lineNo).arg(name));
        QString v = line.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))
            v = v.mid(1, v.size() - 2);
        values.insert(name, v);
    }
    return {};
}

Result<QSslConfiguration> loadTls(const QString &certPath, const QString &keyPath)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return bad(QStringLiteral("cannot read a PEM certificate from %1").arg(certPath));
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return bad(QStringLiteral("cannot read the TLS key %1: %2").arg(keyPath, keyFile.errorString()));
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return bad(QStringLiteral("%1 is not an unencrypted PEM private key (RSA or EC)").arg(keyPath));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    return tls;
}

void ServerSettings::addOptions(QCommandLineParser &parser)
{
    for (const Option &o : kOptions)
        parser.addOption({QString::fromLatin1(o.name), QString::fromLatin1(o.description),
                          o.valueName ? QString::fromLatin1(o.valueName) : QString(),
                          o.defaultValue ? QString::fromLatin1(o.defaultValue) : QString()});
    for (const IntSetting &s : kIntSettings)
        parser.addOption({intName(s), QString::fromLatin1(s.description), QStringLiteral("N"), QString::number(s.defaultValue)});
    parser.addOption({QStringLiteral("config"),
                      QStringLiteral("configuration file of 'name = value' lines naming these options without their "
                                     "dashes (default /etc/aksara/server.conf when it exists); an option given here wins"),
                      QStringLiteral("FILE")});
}

Result<ServerSettings> ServerSettings::load(const QCommandLineParser &parser, const QString &environmentDb)
{
    ServerSettings s;
    // Configuration by file and flags: a flag wins over the file, the file over the defaults.
    QStringList settable;
    for (const Option &o : kOptions)
        settable << QString::fromLatin1(o.name);
    for (const IntSetting &i : kIntSettings)
        settable << intName(i);
    QHash<QString, QString> config;
    {
        const bool given = parser.isSet(QStringLiteral("config"));
        const QString path = given ? parser.value(QStringLiteral("config")) : QStringLiteral("/etc/aksara/server.conf");
        if (given || QFile::exists(path)) {
            if (Status st = readConfigFile(path, settable, config); !st.ok())
                return st.error();
            s.configPath = path;
        }
    }
    const auto value = [&parser, &config](const QString &name) {
        return !parser.isSet(name) && config.contains(name) ? config.value(name) : parser.value(name);
    };

    s.db = value(QStringLiteral("db"));
    if (s.db.isEmpty())
        s.db = environmentDb;
    if (s.db.isEmpty())
        return bad(QStringLiteral("no database given: use --db PATH_OR_URL or set AKSARA_DB."));

    bool portOk = false;
    s.httpPort = value(QStringLiteral("http-port")).toInt(&portOk);
    s.httpAddress = QHostAddress(value(QStringLiteral("http-address")));
    if (!portOk || s.httpPort < 0 || s.httpPort > 65535 || s.httpAddress.isNull())
        return bad(QStringLiteral("bad --http-port or --http-address."));
    for (const IntSetting &i : kIntSettings) {
        bool ok = false;
        const int v = value(intName(i)).toInt(&ok);
        if (!ok || v < i.low || v > i.high)
            return bad(QStringLiteral("bad --%1 (%2 to %3).").arg(intName(i)).arg(i.low).arg(i.high));
        s.*(i.field) = v;
    }
    {
        const QString threads = value(QStringLiteral("http-threads"));
        bool ok = true;
        s.httpThreads = threads == QLatin1String("auto") ? 0 : threads.toInt(&ok);
        if (!ok || (threads != QLatin1String("auto") && s.httpThreads < 1) || s.httpThreads > 256)
            return bad(QStringLiteral("bad --http-threads (auto or 1 to 256)."));
    }

    bool sip2PortOk = false, idleOk = false;
    s.sip2Port = value(QStringLiteral("sip2-port")).toInt(&sip2PortOk);
    s.sip2IdleTimeout = value(QStringLiteral("sip2-idle-timeout")).toInt(&idleOk);
    // SQLite writes one transaction at a time, so more threads only wait on each other; PostgreSQL
    // commits several at once.
    bool threadsOk = true;
    const QString threadsValue = value(QStringLiteral("sip2-threads"));
    s.sip2Threads = s.db.startsWith(QLatin1String("postgres")) ? qMax(2, QThread::idealThreadCount()) : 1;
    if (threadsValue != QLatin1String("auto"))
        s.sip2Threads = threadsValue.toInt(&threadsOk);
    s.sip2Charset = value(QStringLiteral("sip2-charset")).toLower();
    s.sip2Address = QHostAddress(value(QStringLiteral("sip2-address")));
    if (!sip2PortOk || s.sip2Port < 0 || s.sip2Port > 65535 || !idleOk || s.sip2IdleTimeout <= 0 || s.sip2Address.isNull()
        || !threadsOk || s.sip2Threads < 1 || s.sip2Threads > 64
        || (s.sip2Charset != QLatin1String("utf-8") && s.sip2Charset != QLatin1String("cp850")))
        return bad(QStringLiteral(
            "bad --sip2-port, --sip2-address, --sip2-charset, --sip2-idle-timeout or --sip2-threads."));

    bool sruMaxOk = false;
    s.sruMaxRecords = value(QStringLiteral("sru-max-records")).toInt(&sruMaxOk);
    s.sruDatabase = value(QStringLiteral("sru-database"));
    static const QRegularExpression databaseName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
    if (!sruMaxOk || s.sruMaxRecords < 1 || s.sruMaxRecords > 1000 || !databaseName.match(s.sruDatabase).hasMatch()
        || s.sruDatabase == QLatin1String("health") || s.sruDatabase == QLatin1String("metrics")
        || s.sruDatabase == QLatin1String("heartbeat"))
        return bad(QStringLiteral("bad --sru-max-records (1 to 1000) or --sru-database (letters, digits, _ -; "
                                  "not health, metrics or heartbeat)."));

    {
        const QString cert = value(QStringLiteral("tls-cert"));
        const QString key = value(QStringLiteral("tls-key"));
        if (cert.isEmpty() != key.isEmpty())
            return bad(QStringLiteral("--tls-cert and --tls-key go together."));
        if (!cert.isEmpty()) {
            auto tls = loadTls(cert, key);
            if (!tls.ok())
                return tls.error();
            s.tls = *tls;
        }
    }
    s.station = value(QStringLiteral("station"));
    bool everyOk = false;
    s.evaluateEvery = value(QStringLiteral("evaluate-every")).toInt(&everyOk);
    if (!everyOk || s.evaluateEvery < 0)
        s.evaluateEvery = 0;
    s.kioskKey = value(QStringLiteral("kiosk-key"));
    s.signingKeyGiven = parser.isSet(QStringLiteral("signing-key")) || config.contains(QStringLiteral("signing-key"));
    s.signingKey = s.signingKeyGiven ? value(QStringLiteral("signing-key")) : QStringLiteral("/etc/aksara/signing.key");
    bool checkpointOk = false;
    s.checkpointEvery = value(QStringLiteral("checkpoint-every")).toLongLong(&checkpointOk);
    if (!checkpointOk || s.checkpointEvery < 0)
        s.checkpointEvery = 0;
    s.witness = value(QStringLiteral("witness"));
    return s;
}

int ServerSettings::descriptorsNeeded() const
{
    // HTTP connections, SIP2 connections (without a cap: counted as 1,024), and a margin for the
    // database, the listeners, logs and the kiosk key.
    const int sip2 = sip2Port <= 0 ? 0 : sip2MaxConnections > 0 ? sip2MaxConnections : 1024;
    return httpMaxConnections + sip2 + 256;
}

QString ServerSettings::raiseFileLimit(int needed)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return QStringLiteral("cannot read the limit of open files (RLIMIT_NOFILE)");
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < rlim_t(needed))
        return QStringLiteral("the limit of open files is %1, but the connection caps may need %2: raise LimitNOFILE "
                              "(systemd) or ulimit -n, or lower http-max-connections")
            .arg(qulonglong(limit.rlim_cur))
            .arg(needed);
    return {};
}

} // namespace Aksara::Server
