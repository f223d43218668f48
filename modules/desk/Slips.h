#pragma once

#include "circulation/Types.h"

#include <QCoreApplication>

namespace Aksara::Desk {

struct DeskSession;

// The texts of the slips the desk prints, in the interface language with the locale's dates and
// rupiah: the loan slip (what the patron has, when it is due), the receipt of a payment or waiver,
// the slip for an item trapped for a hold or sent to another branch.
class Slips {
    Q_DECLARE_TR_FUNCTIONS(Aksara::Desk::Slips)

public:
    static QString loans(const DeskSession &session, const Circulation::PatronAccount &account, qint64 nowMs);
    static QString receipt(const DeskSession &session, const Circulation::Receipt &receipt);
    static QString checkin(const DeskSession &session, const Circulation::CheckinResult &result, qint64 nowMs);

private:
    static QString header(const DeskSession &session, const QString &title, qint64 nowMs);
};

} // namespace Aksara::Desk
