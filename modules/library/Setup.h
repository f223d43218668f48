#pragma once

#include "library/Administration.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Aksara::Library {

// Everything a new library needs before it can register its first member and lend its first book:
// who it is, its branches, patron categories, item types, shelving locations, settings, and its
// first administrator. What is not given is left as it is (a new database keeps its defaults).
struct SetupPlan {
    LibraryInput library;
    QByteArray logo; // PNG or JPEG; empty: leave the logo as it is
    QList<BranchInput> branches;
    QList<CategoryInput> categories;
    QList<ItemTypeInput> itemTypes;
    QList<LocationInput> locations;
    QList<std::pair<QString, QString>> settings;
    struct Admin {
        QString username;
        QString displayName;
        QString password; // empty: the caller of apply() must ask for one when the account is new
        QString branch;
    } admin;

    // The usual set-up of an Indonesian public library, in the library's language (id or en):
    // categories UMUM (adults, NIK required), PELAJAR (pupils and students) and ANAK (children up to
    // 12, no NIK), and the item types book, reference, periodical and audio-visual named for people.
    static SetupPlan defaults(const QString &language);
};

// What one step of a set-up did: "created", "updated" or "unchanged".
struct SetupStep {
    QString entity; // library, logo, branch, patron_category, item_type, location, setting, staff
    QString key;
    QString action;
    QJsonObject toJson() const;
};

struct SetupReport {
    QList<SetupStep> steps;
    int changed() const;
    QJsonObject toJson() const;
};

// Reads a set-up file (docs/setup.md): "[section]" headers and "key = value" lines, '#' or ';'
// comments. Sections: [library], [branch CODE], [category CODE], [item-type CODE],
// [location BRANCH/CODE], [settings], [admin]. A logo is a file named relative to `baseDir`.
// Refusal library.setup_file naming every bad line (details.reasons[].field = "line N").
Result<SetupPlan> parseSetupFile(const QString &text, const QString &baseDir);

// Applies a plan, step by step, through the library's administration (each step its own operation
// with its change record). What is already as the plan says is left alone, so running the same
// plan again changes nothing. The first administrator is created when there is no staff account of
// that name (an existing account keeps its password). A plan for a library without any branch or
// category must bring at least one (library.setup_incomplete). A step's refusal carries the step in
// details.step = {entity, key} (entity as in SetupStep: library, logo, branch, patron_category,
// item_type, location, setting, staff; key its code, "BRANCH/CODE", the setting's key or the user
// name), besides its own details.reasons.
class Setup {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Library::Setup)

public:
    explicit Setup(ServiceCore &core) : m_core(core) {}

    // Whether the library has been set up: it has an open branch, a patron category in use and an
    // administrator. The desk offers its first-run assistant when not.
    static Result<bool> isSetUp(Database &db);
    // Whether the plan's administrator account is new (then the plan must carry a password).
    Result<bool> needsAdminPassword(const SetupPlan &plan);

    Result<SetupReport> apply(const Caller &caller, const SetupPlan &plan);

private:
    ServiceCore &m_core;
};

} // namespace Aksara::Library
