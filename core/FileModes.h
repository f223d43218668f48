#pragma once

#include <QCoreApplication>
#include "core/Result.h"

#include <QList>
#include <QString>

namespace Aksara {

// Who may read an SQLite library on disk (docs/security.md, "Least privilege"). The file holds
// personal data (names, NIKs, PIN and password hashes) and whoever can write it is an
// administrator, so:
//  - a new database file is created 0600 (owner only), before anything is written to it;
//  - or 0660 when its directory belongs to the library's staff group (the group `aksara` that
//    the Debian package makes, or $AKSARA_STAFF_GROUP) and is group-writable: the desks of that
//    group's members must write to it, since every operation writes its record;
//  - never anything for others. SQLite gives the -wal, -shm and -journal files it creates the
//    database file's mode.
// An existing file with more than that is reported by `aksara verify` and tightened by
// `aksara init`.
namespace FileModes {

// The name of the staff group: $AKSARA_STAFF_GROUP, else "aksara".
QString staffGroup();
// The permission bits a new database file in the directory of `dbPath` gets (0600 or 0660).
unsigned newFileMode(const QString &dbPath);
// The permission bits an existing file may have at most: 0600, plus 0060 when its group is the
// staff group.
unsigned allowedMode(const QString &file);
// Creates the empty file `path` with newFileMode() whatever the umask (O_EXCL: never an existing
// file or a symbolic link). Errors: storage.read_only.
Status createPrivate(const QString &path);

struct Problem {
    QString file;
    unsigned mode = 0;    // its permission bits
    unsigned allowed = 0; // allowedMode()
};
// The database file and its -wal, -shm and -journal that allow more than allowedMode().
QList<Problem> problems(const QString &dbPath);
// Removes the extra permission bits of problems(); returns what it changed. A file of another
// account (chmod: EPERM) is left as it is (problems() still lists it). Errors: storage.read_only.
Result<QList<Problem>> tighten(const QString &dbPath);
// "0644"
QString octal(unsigned mode);

} // namespace FileModes
} // namespace Aksara
