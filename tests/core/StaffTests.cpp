#include "CoreFixture.h"

#include "core/PasswordHash.h"
#include "core/StaffDirectory.h"

using namespace Aksara;
using namespace Aksara::Test;

TEST_CASE_METHOD(CoreFixture, "staff passwords are stored as Argon2id and wrong ones are refused", "[db][auth]")
{
    StaffDirectory staff(core);
    auto created = staff.create(admin, QStringLiteral("siti"), QStringLiteral("Siti Rahayu"), Role::Librarian,
                                QStringLiteral("correct horse battery"));
    INFO((created.ok() ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());

    auto stored = db().scalar(QStringLiteral("SELECT password_hash FROM staff WHERE username = 'siti'"));
    REQUIRE(stored.ok());
    CHECK(stored->toString().startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(stored->toString().contains(QStringLiteral("horse")));

    Caller desk;
    desk.channel = Channel::Desk;
    desk.actor = QStringLiteral("desk:login");
    auto good = staff.authenticate(desk, QStringLiteral("siti"), QStringLiteral("correct horse battery"));
    REQUIRE(good.ok());
    CHECK(good->role == Role::Librarian);
    CHECK(good->lastLoginAt == clock.nowMs());

    auto bad = staff.authenticate(desk, QStringLiteral("siti"), QStringLiteral("Correct horse battery"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == QStringLiteral("auth.bad_credentials"));
    auto unknown = staff.authenticate(desk, QStringLiteral("nobody"), QStringLiteral("whatever123"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == QStringLiteral("auth.bad_credentials"));
    CHECK(unknown.error().message == bad.error().message);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'staff.login' AND outcome = 'refused'")) == 2);

    CHECK(PasswordHash::verify(stored->toString(), QStringLiteral("correct horse battery")));
    CHECK_FALSE(PasswordHash::verify(QStringLiteral("$2y$10$notargon"), QStringLiteral("x")));
}

TEST_CASE_METHOD(CoreFixture, "repeated wrong passwords lock an account until a new password is set", "[db][auth]")
{
    StaffDirectory staff(core);
    REQUIRE(staff.create(admin, QStringLiteral("budi"), {}, Role::Supervisor, QStringLiteral("budi-password-1")).ok());
    Caller desk = Caller::system(QStringLiteral("login"));
    for (int i = 0; i < StaffDirectory::kMaxFailedLogins; ++i)
        REQUIRE(staff.authenticate(desk, QStringLiteral("budi"), QStringLiteral("guess-%1").arg(i)).error().code
                == QStringLiteral("auth.bad_credentials"));
    auto locked = staff.authenticate(desk, QStringLiteral("budi"), QStringLiteral("budi-password-1"));
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == QStringLiteral("auth.locked"));
    // Still locked on the next try, even with the right password.
    CHECK(staff.authenticate(desk, QStringLiteral("budi"), QStringLiteral("budi-password-1")).error().code
          == QStringLiteral("auth.locked"));

    REQUIRE(staff.setPassword(admin, QStringLiteral("budi"), QStringLiteral("a-new-password")).ok());
    CHECK(staff.authenticate(desk, QStringLiteral("budi"), QStringLiteral("a-new-password")).ok());
}

TEST_CASE_METHOD(CoreFixture, "staff accounts: rights, bad names, weak passwords and duplicates are refused", "[db][auth]")
{
    StaffDirectory staff(core);
    REQUIRE(staff.create(admin, QStringLiteral("ani"), {}, Role::Librarian, QStringLiteral("long-enough")).ok());

    auto account = staff.authenticate(Caller::system(QStringLiteral("login")), QStringLiteral("ani"), QStringLiteral("long-enough"));
    REQUIRE(account.ok());
    const Caller librarian = StaffDirectory::callerFor(*account, Channel::Desk, QStringLiteral("desk-1"));
    CHECK(librarian.can(Rights::Checkout));
    CHECK_FALSE(librarian.can(Rights::Override));

    auto forbidden = staff.create(librarian, QStringLiteral("mallory"), {}, Role::Admin, QStringLiteral("long-enough"));
    REQUIRE_FALSE(forbidden.ok());
    CHECK(forbidden.error().code == QStringLiteral("core.forbidden"));

    CHECK(staff.create(admin, QStringLiteral("Bad Name"), {}, Role::Librarian, QStringLiteral("long-enough")).error().code
          == QStringLiteral("auth.bad_username"));
    CHECK(staff.create(admin, QStringLiteral("dewi"), {}, Role::Librarian, QStringLiteral("short")).error().code
          == QStringLiteral("auth.weak_password"));
    CHECK(staff.create(admin, QStringLiteral("ani"), {}, Role::Librarian, QStringLiteral("long-enough")).error().code
          == QStringLiteral("auth.username_taken"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM staff")) == 1);

    // A disabled account cannot log in.
    REQUIRE(staff.setActive(admin, QStringLiteral("ani"), false).ok());
    CHECK(staff.authenticate(Caller::system(QStringLiteral("login")), QStringLiteral("ani"), QStringLiteral("long-enough"))
              .error()
              .code
          == QStringLiteral("auth.inactive"));
}

namespace {
// Locks an account with kMaxFailedLogins wrong passwords.
void lockOut(StaffDirectory &staff, const QString &username)
{
    const Caller login = Caller::system(QStringLiteral("login"));
    for (int i = 0; i < StaffDirectory::kMaxFailedLogins; ++i)
        REQUIRE(staff.authenticate(login, username, QStringLiteral("guess-%1").arg(i)).error().code
                == QStringLiteral("auth.bad_credentials"));
}

std::optional<StaffAccount> listed(StaffDirectory &staff, const Caller &caller, const QString &username)
{
    auto all = staff.list(caller);
    REQUIRE(all.ok());
    for (const StaffAccount &a : std::as_const(*all))
        if (a.username == username)
            return a;
    return std::nullopt;
}
} // namespace

TEST_CASE_METHOD(CoreFixture, "an administrator unlocks a locked account without changing its password", "[db][auth]")
{
    StaffDirectory staff(core);
    REQUIRE(staff.create(admin, QStringLiteral("budi"), {}, Role::Librarian, QStringLiteral("budi-password-1")).ok());
    const Caller login = Caller::system(QStringLiteral("login"));

    // Not locked yet: nothing to unlock.
    CHECK(staff.unlock(admin, QStringLiteral("budi")).error().code == QStringLiteral("auth.not_locked"));
    CHECK(staff.unlock(admin, QStringLiteral("nobody")).error().code == QStringLiteral("auth.unknown_staff"));

    lockOut(staff, QStringLiteral("budi"));
    CHECK(staff.authenticate(login, QStringLiteral("budi"), QStringLiteral("budi-password-1")).error().code
          == QStringLiteral("auth.locked"));
    CHECK(listed(staff, admin, QStringLiteral("budi"))->locked);

    // Someone without staff.manage can neither unlock it nor, by a refused attempt, break the count.
    auto librarianAccount = staff.create(admin, QStringLiteral("ani"), {}, Role::Librarian, QStringLiteral("long-enough"));
    REQUIRE(librarianAccount.ok());
    const Caller librarian = StaffDirectory::callerFor(*librarianAccount, Channel::Desk, QStringLiteral("desk-1"));
    CHECK(staff.unlock(librarian, QStringLiteral("budi")).error().code == QStringLiteral("core.forbidden"));
    CHECK(staff.setPassword(librarian, QStringLiteral("budi"), QStringLiteral("taken-over-1")).error().code
          == QStringLiteral("core.forbidden"));
    CHECK(staff.setPassword(admin, QStringLiteral("budi"), QStringLiteral("short")).error().code
          == QStringLiteral("auth.weak_password"));
    CHECK(staff.authenticate(login, QStringLiteral("budi"), QStringLiteral("budi-password-1")).error().code
          == QStringLiteral("auth.locked"));

    REQUIRE(staff.unlock(admin, QStringLiteral("budi")).ok());
    CHECK_FALSE(listed(staff, admin, QStringLiteral("budi"))->locked);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'staff.unlock' AND outcome = 'ok' "
                               "AND subject = 'budi'"))
          == 1);
    // The old password works again; five more wrong ones lock it again.
    CHECK(staff.authenticate(login, QStringLiteral("budi"), QStringLiteral("budi-password-1")).ok());
    lockOut(staff, QStringLiteral("budi"));
    CHECK(staff.authenticate(login, QStringLiteral("budi"), QStringLiteral("budi-password-1")).error().code
          == QStringLiteral("auth.locked"));
}

TEST_CASE_METHOD(CoreFixture, "staff roles and branches change and the last administrator cannot be demoted or disabled",
                 "[db][auth]")
{
    const Library lib = seedLibrary();
    StaffDirectory staff(core);
    auto first = staff.create(admin, QStringLiteral("kepala"), QStringLiteral("Ibu Kepala"), Role::Admin,
                              QStringLiteral("admin-password"));
    REQUIRE(first.ok());
    const Caller kepala = StaffDirectory::callerFor(*first, Channel::Desk, QStringLiteral("desk-1"));

    // The only administrator, acting on herself or by the local administrator: refused, unchanged.
    auto demote = staff.setRole(kepala, QStringLiteral("kepala"), Role::Librarian);
    REQUIRE_FALSE(demote.ok());
    CHECK(demote.error().code == QStringLiteral("auth.last_admin"));
    CHECK(demote.error().message.contains(QStringLiteral("kepala")));
    CHECK(staff.setActive(admin, QStringLiteral("kepala"), false).error().code == QStringLiteral("auth.last_admin"));
    CHECK(listed(staff, admin, QStringLiteral("kepala"))->role == Role::Admin);
    CHECK(listed(staff, admin, QStringLiteral("kepala"))->active);
    // Staying an administrator is no demotion.
    CHECK(staff.setRole(kepala, QStringLiteral("kepala"), Role::Admin).ok());

    // With a second administrator she may step down; then the second is the last.
    REQUIRE(staff.create(admin, QStringLiteral("wakil"), {}, Role::Supervisor, QStringLiteral("wakil-password")).ok());
    REQUIRE(staff.setRole(kepala, QStringLiteral("wakil"), Role::Admin).ok());
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM operations WHERE operation = 'staff.set_role' AND subject = 'wakil' "
                               "AND outcome = 'ok' AND details LIKE '%supervisor%'"))
          == 1);
    REQUIRE(staff.setRole(kepala, QStringLiteral("kepala"), Role::Librarian).ok());
    CHECK(listed(staff, admin, QStringLiteral("kepala"))->role == Role::Librarian);
    CHECK(staff.setActive(admin, QStringLiteral("wakil"), false).error().code == QStringLiteral("auth.last_admin"));
    // A disabled administrator does not count as one.
    REQUIRE(staff.setRole(admin, QStringLiteral("kepala"), Role::Admin).ok());
    REQUIRE(staff.setActive(admin, QStringLiteral("kepala"), false).ok());
    CHECK(staff.setRole(admin, QStringLiteral("wakil"), Role::Kiosk).error().code == QStringLiteral("auth.last_admin"));

    // Only staff.manage may change roles.
    auto ani = staff.create(admin, QStringLiteral("ani"), {}, Role::Librarian, QStringLiteral("long-enough"));
    REQUIRE(ani.ok());
    const Caller librarian = StaffDirectory::callerFor(*ani, Channel::Desk, QStringLiteral("desk-1"));
    CHECK(staff.setRole(librarian, QStringLiteral("ani"), Role::Admin).error().code == QStringLiteral("core.forbidden"));
    CHECK(staff.setRole(admin, QStringLiteral("nobody"), Role::Admin).error().code == QStringLiteral("auth.unknown_staff"));

    // Branches by code.
    CHECK(staff.setBranch(admin, QStringLiteral("ani"), QStringLiteral("nowhere")).error().code
          == QStringLiteral("auth.unknown_branch"));
    REQUIRE(staff.setBranch(admin, QStringLiteral("ani"), QStringLiteral("main")).ok());
    CHECK(listed(staff, admin, QStringLiteral("ani"))->branchCode == QStringLiteral("main"));
    CHECK(listed(staff, admin, QStringLiteral("ani"))->branchId == lib.branch);
    REQUIRE(staff.setBranch(admin, QStringLiteral("ani"), QString()).ok());
    CHECK(listed(staff, admin, QStringLiteral("ani"))->branchCode.isEmpty());
    auto placed = staff.create(admin, QStringLiteral("dewi"), {}, Role::Librarian, QStringLiteral("long-enough"),
                               QStringLiteral("main"));
    REQUIRE(placed.ok());
    CHECK(placed->branchId == lib.branch);
    CHECK(listed(staff, admin, QStringLiteral("dewi"))->branchCode == QStringLiteral("main"));
    CHECK(staff.create(admin, QStringLiteral("eko"), {}, Role::Librarian, QStringLiteral("long-enough"),
                       QStringLiteral("nowhere"))
              .error()
              .code
          == QStringLiteral("auth.unknown_branch"));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM staff WHERE username = 'eko'")) == 0);
}
