#pragma once

#include <QCoreApplication>
#include "core/ServiceCore.h"

#include <QJsonObject>

#include <functional>

namespace Aksara::Demo {

struct DemoStaff {
    QString username;
    QString role;
    QString password; // shown once
};

struct DemoSummary {
    QString libraryName;
    int branches = 0;
    int categories = 0;
    int patrons = 0;
    int records = 0;
    int items = 0;
    int days = 0;      // days of simulated library life
    int loans = 0;     // checkouts in that history
    int returns = 0;
    int openLoans = 0; // at the end, some of them overdue
    int holds = 0;
    QList<DemoStaff> staff;
    QList<std::pair<QString, QString>> kioskPatrons; // card number, PIN (shown once)

    QJsonObject toJson() const;
};

// Fills an empty, migrated database with a demo library: two branches, patron categories, staff
// accounts with fresh random passwords, loan rules and national holidays, patrons (registered
// through circulation, three of them with kiosk PINs), the project's own catalogue of real books
// (resources/demo/catalogue.tsv) with their copies, and then kDays days of library life played
// through the real operations on a clock that starts kDays days ago: checkouts, returns (some
// late, with fees), renewals, holds and payments, so that every screen and report has history.
// Everything is one operation of the administration service ("demo.load") whose parts are nested
// operations of the services they belong to, so the demo library has the same evidence as a real
// one. The same seed gives the same library.
//
// Refusals: demo.not_empty (the database already holds patrons or records).
class DemoLibrary {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Demo::DemoLibrary)

public:
    static constexpr int kDays = 60;
    explicit DemoLibrary(ServiceCore &core) : m_core(core) {}
    // `progress(done, total)` is called as records are loaded (may be null).
    Result<DemoSummary> load(const Caller &caller, const std::function<void(int, int)> &progress = {});

private:
    ServiceCore &m_core;
};

} // namespace Aksara::Demo
