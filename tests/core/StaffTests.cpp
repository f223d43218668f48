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
