// aksara demo: the demo library.
#include "Cli.h"
#include "DemoCommands.h"

#include "demo/DemoLibrary.h"

#include <QCoreApplication>

#include <unistd.h>

namespace Aksara::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::Cli", text);
}

int cmdDemo(Env &env)
{
    const bool tty = isatty(STDERR_FILENO) && !env.json();
    Demo::DemoLibrary demo(env.core());
    auto summary = demo.load(env.caller(), [&](int done, int total) {
        if (tty && (done % 10 == 0 || done == total)) {
            env.err() << "\r" << tr("Loading the demo library: %1/%2").arg(done).arg(total);
            if (done == total)
                env.err() << "\n";
            env.err().flush();
        }
    });
    if (!summary.ok())
        return env.fail(summary.error());
    if (env.json()) {
        env.printJson(summary->toJson());
        return Ok;
    }
    QTextStream &o = env.out();
    o << tr("Demo library \"%1\": %2 branches, %3 patron categories, %4 patrons, %5 records, %6 items.")
             .arg(summary->libraryName)
             .arg(summary->branches)
             .arg(summary->categories)
             .arg(summary->patrons)
             .arg(summary->records)
             .arg(summary->items)
      << "\n"
      << tr("%1 days of library life: %2 checkouts, %3 returns, %4 holds; %5 items are on loan now.")
             .arg(summary->days)
             .arg(summary->loans)
             .arg(summary->returns)
             .arg(summary->holds)
             .arg(summary->openLoans)
      << "\n\n"
      << tr("Staff accounts (the passwords are shown only this once):") << "\n";
    for (const auto &s : std::as_const(summary->staff))
        o << QStringLiteral("  %1 %2 %3\n").arg(s.username, -12).arg(s.role, -11).arg(s.password);
    o << "\n" << tr("Patrons who can use the kiosk (card and PIN, shown only this once):") << "\n";
    for (const auto &[card, pin] : std::as_const(summary->kioskPatrons))
        o << QStringLiteral("  %1  PIN %2\n").arg(card, pin);
    return Ok;
}
} // namespace

void registerDemoCommands(Registry &registry)
{
    registry.add({{QStringLiteral("demo")},
                  tr("fill an empty database with the demo library (prints the staff passwords once)"),
                  {},
                  {},
                  cmdDemo});
}

} // namespace Aksara::Cli
