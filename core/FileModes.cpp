#include "core/FileModes.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

namespace Aksara::FileModes {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Aksara::FileModes", text);
}

// The gid of the staff group, or -1 when there is no such group.
long staffGid()
{
    const QByteArray name = staffGroup().toLocal8Bit();
    long size = sysconf(_SC_GETGR_R_SIZE_MAX);
    std::vector<char> buffer(size_t(size > 0 ? size : 16384));
    group entry {};
    group *found = nullptr;
    if (getgrnam_r(name.constData(), &entry, buffer.data(), buffer.size(), &found) != 0 || !found)
        return -1;
    return long(found->gr_gid);
}

const char *const kSuffixes[] = {"", "-wal", "-shm", "-journal"};
} // namespace

QString staffGroup()
{
    const QString group = qEnvironmentVariable("AKSARA_STAFF_GROUP");
    return group.isEmpty() ? QStringLiteral("aksara") : group;
}

unsigned newFileMode(const QString &dbPath)
{
    struct stat dir {};
    const long gid = staffGid();
    if (gid >= 0 && ::stat(QFile::encodeName(QFileInfo(dbPath).absolutePath()).constData(), &dir) == 0
        && long(dir.st_gid) == gid && (dir.st_mode & S_IWGRP))
        return 0660;
    return 0600;
}

unsigned allowedMode(const QString &file)
{
    struct stat st {};
    const long gid = staffGid();
    if (gid >= 0 && ::stat(QFile::encodeName(file).constData(), &st) == 0 && long(st.st_gid) == gid)
        return 0660;
    return 0600;
}

Status createPrivate(const QString &path)
{
    const unsigned mode = newFileMode(path);
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, mode);
    if (fd < 0)
        return Error::failed(QStringLiteral("storage.read_only"),
                             tr("Cannot create %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
    // The umask may have taken bits away (a group-writable library needs 0660); set them exactly.
    const int rc = ::fchmod(fd, mode);
    const int err = errno;
    ::close(fd);
    if (rc != 0) {
        ::unlink(name.constData());
        return Error::failed(QStringLiteral("storage.read_only"),
                             tr("Cannot set the permissions of %1: %2").arg(path, QString::fromLocal8Bit(strerror(err))));
    }
    return {};
}

QList<Problem> problems(const QString &dbPath)
{
    QList<Problem> out;
    for (const char *suffix : kSuffixes) {
        const QString file = dbPath + QLatin1String(suffix);
        struct stat st {};
        if (::lstat(QFile::encodeName(file).constData(), &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        const unsigned mode = st.st_mode & 07777;
        const unsigned allowed = allowedMode(file);
        if (mode & ~allowed)
            out << Problem{file, mode, allowed};
    }
    return out;
}

Result<QList<Problem>> tighten(const QString &dbPath)
{
    QList<Problem> changed;
    for (const Problem &p : problems(dbPath)) {
        if (::chmod(QFile::encodeName(p.file).constData(), p.mode & p.allowed) == 0) {
            changed << p;
            continue;
        }
        // Another account's file (a desk's user running init on the server's library): left for
        // its owner; problems() still lists it.
        if (errno == EPERM)
            continue;
        return Error::failed(QStringLiteral("storage.read_only"),
                             tr("Cannot take away the permissions of %1 (mode %2): %3")
                                 .arg(p.file, octal(p.mode), QString::fromLocal8Bit(strerror(errno))));
    }
    return changed;
}

QString octal(unsigned mode)
{
    return QStringLiteral("%1").arg(mode & 07777, 4, 8, QLatin1Char('0'));
}

} // namespace Aksara::FileModes
