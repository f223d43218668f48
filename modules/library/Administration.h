#pragma once

#include "core/LibraryProfile.h"
#include "core/ServiceCore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace Aksara::Library {

// A branch of the library, as its administrators keep it.
struct BranchInfo {
    qint64 id = 0;
    QString code;
    QString name;
    QString address;
    QString phone;
    QString email;
    QString calendar; // calendar code; empty: the library's calendar
    bool closed = false;
    qint64 closedAt = 0;
    QString closedReason;
    qint64 patrons = 0; // members whose home branch it is
    qint64 items = 0;   // copies that belong to it
    QJsonObject toJson() const;
};

// What an add or an edit gives: unset fields are left as they are (add: their defaults).
struct BranchInput {
    QString code;
    std::optional<QString> name;
    std::optional<QString> address;
    std::optional<QString> phone;
    std::optional<QString> email;
    std::optional<QString> calendar; // empty string: the library's calendar
};

struct CategoryInfo {
    qint64 id = 0;
    QString code;
    QString name;
    int membershipMonths = 12;
    qint64 enrolmentFee = 0; // rupiah, charged at registration
    qint64 debtLimit = 0;    // rupiah owed above which lending stops (0: none allowed)
    int minAge = -1;         // -1: no bound
    int maxAge = -1;
    bool nikRequired = false;
    bool active = true;
    qint64 patrons = 0;
    QJsonObject toJson() const;
};

struct CategoryInput {
    QString code;
    std::optional<QString> name;
    std::optional<int> membershipMonths;
    std::optional<qint64> enrolmentFee;
    std::optional<qint64> debtLimit;
    std::optional<int> minAge; // -1 clears the bound
    std::optional<int> maxAge;
    std::optional<bool> nikRequired;
};

struct ItemTypeInfo {
    QString code;
    QString name;
    bool loanable = true;
    qint64 defaultPrice = 0; // rupiah: a new copy without a price gets it
    bool active = true;
    qint64 items = 0;
    QJsonObject toJson() const;
};

struct ItemTypeInput {
    QString code;
    std::optional<QString> name;
    std::optional<bool> loanable;
    std::optional<qint64> defaultPrice;
};

struct LocationInfo {
    qint64 id = 0;
    QString branch; // branch code
    QString code;   // what copies' location holds
    QString name;
    bool active = true;
    qint64 items = 0;
    QJsonObject toJson() const;
};

struct LocationInput {
    QString branch;
    QString code;
    std::optional<QString> name;
};

struct LibraryInput {
    std::optional<QString> name;
    std::optional<QString> address;
    std::optional<QString> phone;
    std::optional<QString> email;
    std::optional<QString> website;
    std::optional<QString> timeZone;
    std::optional<QString> language; // id | en
};

// The library's identity and structure: its name, address, contacts and logo; its branches;
// patron categories; item types; shelving locations per branch. The tables belong to their
// modules (branches and the identity to core, categories to circulation, item types and locations
// to collection); this is where their administrators edit them.
//
// Every edit is an operation of the administration service with right system.admin and leaves a
// standard change record (entity library, branch, patron_category, item_type, location) with the
// old and new values. Lists are reads anyone signed in may make (the desk's forms offer them).
// Refusals list every problem at once, each with its field (details.reasons[].field):
//   library.bad_code, library.bad_name, library.bad_value, library.bad_email, library.bad_phone,
//   library.bad_time_zone, library.bad_language, library.bad_logo, library.duplicate_branch,
//   library.duplicate_category, library.duplicate_item_type, library.duplicate_location,
//   library.unknown_branch, library.unknown_calendar, library.unknown_category,
//   library.unknown_item_type, library.unknown_location, library.branch_closed,
//   library.branch_open, library.last_open_branch, library.default_branch,
//   library.default_category, library.nothing_to_change, library.reason_required.
// Thread affinity: any thread; each uses its own database connection.
class Administration {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Library::Administration)

public:
    static constexpr qsizetype kMaxLogoBytes = 1024 * 1024;

    explicit Administration(ServiceCore &core) : m_core(core) {}

    Result<LibraryProfile> library(const Caller &caller);
    Result<LibraryProfile> setLibrary(const Caller &caller, const LibraryInput &input);
    // PNG or JPEG up to 1 MiB; an empty image removes the logo.
    Result<LibraryProfile> setLogo(const Caller &caller, const QByteArray &image);

    Result<QList<BranchInfo>> branches(const Caller &caller);
    Result<BranchInfo> addBranch(const Caller &caller, const BranchInput &input);
    Result<BranchInfo> editBranch(const Caller &caller, const BranchInput &input);
    // A closed branch keeps its history; it takes no new members, copies or holds. The last open
    // branch, and the library's default branch, cannot be closed.
    Result<BranchInfo> closeBranch(const Caller &caller, const QString &code, const QString &reason);
    Result<BranchInfo> reopenBranch(const Caller &caller, const QString &code);

    Result<QList<CategoryInfo>> categories(const Caller &caller);
    Result<CategoryInfo> addCategory(const Caller &caller, const CategoryInput &input);
    Result<CategoryInfo> editCategory(const Caller &caller, const CategoryInput &input);
    // A retired category keeps its members; it takes no new ones.
    Result<CategoryInfo> setCategoryActive(const Caller &caller, const QString &code, bool active);

    Result<QList<ItemTypeInfo>> itemTypes(const Caller &caller);
    Result<ItemTypeInfo> addItemType(const Caller &caller, const ItemTypeInput &input);
    Result<ItemTypeInfo> editItemType(const Caller &caller, const ItemTypeInput &input);
    Result<ItemTypeInfo> setItemTypeActive(const Caller &caller, const QString &code, bool active);

    // Every branch's locations, or one branch's.
    Result<QList<LocationInfo>> locations(const Caller &caller, const QString &branch = {});
    Result<LocationInfo> addLocation(const Caller &caller, const LocationInput &input);
    Result<LocationInfo> editLocation(const Caller &caller, const LocationInput &input);
    Result<LocationInfo> setLocationActive(const Caller &caller, const QString &branch, const QString &code, bool active);

private:
    ServiceCore &m_core;
};

} // namespace Aksara::Library
