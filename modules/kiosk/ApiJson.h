#pragma once

#include "kiosk/LibraryApi.h"

#include <QJsonObject>

// The JSON of aksara-server's kiosk API (/api/v1/kiosk, docs/kiosk.md), both ways: the server
// encodes, RemoteLibrary decodes. Only what a kiosk shows travels: a patron's own name, loans,
// holds and fees, never an address, NIK or telephone; a return says whether the loan was the
// signed-in patron's own and nothing about anyone else's (no borrower, no hold's patron, no desk
// notes).
namespace Aksara::Kiosk::ApiJson {

QJsonObject patron(const Circulation::Patron &p);
Circulation::Patron patron(const QJsonObject &o);
QJsonObject loan(const Circulation::Loan &l);
Circulation::Loan loan(const QJsonObject &o);
QJsonObject account(const Circulation::PatronAccount &a);
Circulation::PatronAccount account(const QJsonObject &o);
QJsonObject checkout(const Circulation::CheckoutResult &r);
Circulation::CheckoutResult checkout(const QJsonObject &o);
// `own`: the loan was the signed-in patron's (then its fee is told).
QJsonObject checkin(const Circulation::CheckinResult &r, bool own);
// The loan of an own return is given `patronId`.
Circulation::CheckinResult checkin(const QJsonObject &o, qint64 patronId);
QJsonObject renewal(const Circulation::RenewResult &r);
Circulation::RenewResult renewal(const QJsonObject &o);
QJsonObject renewAll(const QList<Circulation::RenewAllLine> &lines);
QList<Circulation::RenewAllLine> renewAll(const QJsonObject &o);
QJsonObject search(const Catalogue::SearchResult &r);
Catalogue::SearchResult search(const QJsonObject &o);
QJsonObject settings(const KioskSettings &s);
KioskSettings settings(const QJsonObject &o);
QJsonObject staff(const StaffAccount &a);
StaffAccount staff(const QJsonObject &o);

// {"outcome": "refused"|"failed", "code", "message", "details"}: details only as the kiosk needs
// them (max_failures, retry_after_s, operation_id, stage, reasons with their codes and messages).
QJsonObject error(const Error &e);
Error error(const QJsonObject &o);

} // namespace Aksara::Kiosk::ApiJson
