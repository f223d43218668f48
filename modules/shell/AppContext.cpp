#include "shell/AppContext.h"

#include "core/Migrator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QThread>
#include <QTranslator>

namespace Aksara::Shell {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Shell", text);
}
} // namespace

CommonOptions parseCommonOptions(const QStringList &arguments)
{
    CommonOptions o;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        auto value = [&](const QString &name, QString *target) {
            if (a == name) {
                if (i + 1 >= arguments.size()) {
                    o.error = tr("%1 needs a value.").arg(name);
                    return true;
                }
                *target = arguments.at(++i);
                return true;
            }
            if (a.startsWith(name + QLatin1Char('='))) {
                *target = a.mid(name.size() + 1);
                return true;
            }
            return false;
        };
        if (value(QStringLiteral("--db"), &o.db) || value(QStringLiteral("--lang"), &o.language))
            continue;
        o.rest << a;
    }
    if (o.db.isEmpty())
        o.db = qEnvironmentVariable("AKSARA_DB");
    if (o.language.isEmpty())
        o.language = qEnvironmentVariable("AKSARA_LANG");
    if (!o.language.isEmpty() && o.language != QLatin1String("id") && o.language != QLatin1String("en"))
        o.error = tr("--lang is id or en.");
    return o;
}

Result<AppContext> openLibrary(const QString &dbUrl, std::unique_ptr<Clock> clock)
{
    auto config = DatabaseConfig::parse(dbUrl);
    if (!config.ok())
        return config.error();
    auto db = Database::open(*config);
    if (!db.ok())
        return db.error();
    Migrator migrator(**db, *clock);
    auto state = migrator.state();
    if (!state.ok())
        return state.error();
    if (!state->unknown.isEmpty())
        return Error::failed(QStringLiteral("storage.schema_newer"),
                             tr("This database was upgraded by a newer Aksara; use that version."));
    if (!state->pending.isEmpty())
        return Error::failed(QStringLiteral("storage.schema_old"),
                             state->applied.isEmpty() ? tr("%1 is not an Aksara database (run: aksara init --db %1).").arg(DatabaseConfig::redacted(dbUrl))
                                                      : tr("The database needs upgrading (run: aksara init --db %1).").arg(DatabaseConfig::redacted(dbUrl)));
    AppContext ctx;
    ctx.db = *db;
    ctx.core = std::make_unique<ServiceCore>(ctx.db, *clock);
    ctx.clock = std::move(clock);
    ctx.dbUrl = dbUrl;
    return ctx;
}

namespace {
// The language of this thread's messages while a LanguageScope is open: 0 none (the process's),
// 1 English, 2 Indonesian.
thread_local int t_language = 0;

// Installed once and kept first among the translators: answers for the thread's language when a
// LanguageScope set one (English: the source text, so that no Indonesian translator behind it
// answers), and lets the process-wide translators answer otherwise.
class ThreadLanguageTranslator : public QTranslator {
public:
    ThreadLanguageTranslator(const QTranslator *aksara, const QTranslator *qtbase, QObject *parent)
        : QTranslator(parent)
        , m_aksara(aksara)
        , m_qtbase(qtbase)
    {
    }
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        if (t_language == 0 || !sourceText)
            return {};
        if (t_language == 1)
            return QString::fromUtf8(sourceText);
        QString s = m_aksara->translate(context, sourceText, disambiguation, n);
        if (s.isEmpty())
            s = m_qtbase->translate(context, sourceText, disambiguation, n);
        return s;
    }
    bool isEmpty() const override { return false; }

private:
    const QTranslator *m_aksara;
    const QTranslator *m_qtbase;
};

struct Translators {
    QTranslator *aksara = nullptr;
    QTranslator *qtbase = nullptr;
    QTranslator *thread = nullptr;
    bool installed = false;
};
Translators &translators()
{
    // Made once, thread-safely (a function-local static): SIP2 and HTTP worker threads may be the
    // first to ask. Without parents (a parent in another thread is refused), moved to the
    // application's thread; they live as long as the process.
    static Translators t = [] {
        Translators made;
        QThread *home = QCoreApplication::instance() ? QCoreApplication::instance()->thread() : nullptr;
        made.aksara = new QTranslator;
        (void)made.aksara->load(QStringLiteral(":/i18n/aksara_id.qm"));
        made.qtbase = new QTranslator;
        (void)made.qtbase->load(QLocale(QLocale::Indonesian), QStringLiteral("qtbase"), QStringLiteral("_"),
                                QStringLiteral("/usr/share/qt6/translations"));
        made.thread = new ThreadLanguageTranslator(made.aksara, made.qtbase, nullptr);
        if (home) {
            for (QObject *o : {static_cast<QObject *>(made.aksara), static_cast<QObject *>(made.qtbase),
                               static_cast<QObject *>(made.thread)})
                o->moveToThread(home);
        }
        QCoreApplication::installTranslator(made.thread);
        return made;
    }();
    return t;
}
void setIndonesian(bool on)
{
    Translators &t = translators();
    if (on == t.installed)
        return;
    if (on) {
        QCoreApplication::installTranslator(t.aksara);
        QCoreApplication::installTranslator(t.qtbase);
        // The last installed is asked first: the thread's language stays ahead of these.
        QCoreApplication::removeTranslator(t.thread);
        QCoreApplication::installTranslator(t.thread);
    } else {
        QCoreApplication::removeTranslator(t.aksara);
        QCoreApplication::removeTranslator(t.qtbase);
    }
    t.installed = on;
}
} // namespace

QString installTranslations(const QString &language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::Indonesian ? QStringLiteral("id") : QStringLiteral("en");
    setIndonesian(lang == QLatin1String("id"));
    return lang;
}

bool indonesianActive()
{
    return t_language == 0 ? translators().installed : t_language == 2;
}

LanguageScope::LanguageScope(const QString &language)
    : m_previous(t_language)
{
    (void)translators(); // the thread translator is installed
    if (language == QLatin1String("id"))
        t_language = 2;
    else if (language == QLatin1String("en"))
        t_language = 1;
}

LanguageScope::~LanguageScope()
{
    t_language = m_previous;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

} // namespace Aksara::Shell
