#pragma once

#include "core/ServiceCore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace Aksara::Library {

// One library-wide setting: what it means, its kind and bounds, its default.
struct SettingDef {
    enum class Kind { Text, Integer, Choice };
    QString key;
    Kind kind = Kind::Text;
    QString label; // translated
    QString help;  // translated
    QString defaultValue;
    qint64 min = 0; // Integer
    qint64 max = 0;
    QStringList choices; // Choice
    QString unit;        // translated: "days", "Rp"…
    QJsonObject toJson() const;
};

struct SettingValue {
    SettingDef def;
    QString value;
    bool isSet = false; // false: the default applies
    QJsonObject toJson() const;
};

// The library-wide settings that were constants before: card numbers (prefix, digits, check-digit
// scheme), the card replacement and lost-item fees, the default branch and category for new
// members, the kiosk's PIN length and lockout and offline borrowing, the days a hold waits on the
// shelf, the rounding of overdue fees, and the language of notices. The modules that use them read
// them (circulation/SettingKeys.h); this is where they are described, checked and changed.
// "holds.shelf_days" is the library-wide loan rule hold_pickup_days (a branch, category or item
// type may still set its own in the loan rules).
//
// list: a read anyone signed in may make. set: an administration operation, right system.admin,
// with a standard change record (entity setting). Refusals, with field = the key:
// library.unknown_setting, library.bad_setting.
class Settings {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Library::Settings)

public:
    explicit Settings(ServiceCore &core) : m_core(core) {}

    // In the order a person reads them, labels in the caller's language.
    static QList<SettingDef> definitions();
    static const SettingDef *definition(const QList<SettingDef> &defs, const QString &key);

    Result<QList<SettingValue>> list(const Caller &caller);
    Result<SettingValue> set(const Caller &caller, const QString &key, const QString &value);

private:
    ServiceCore &m_core;
};

} // namespace Aksara::Library
