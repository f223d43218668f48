#pragma once

#include "core/Guard.h"

#include <QString>

// The library-wide settings (table settings) whose meaning the notices module implements
// (docs/notices.md "Settings"). The library module (modules/library/Settings) describes, checks and
// edits them; the sender reads them with these defaults at each pass, so an edit takes effect at
// the next pass without a restart. Secrets are never settings: a setting names the file (0600)
// that holds the secret (docs/security.md "Secrets").
namespace Aksara::Notices::SettingKeys {
// E-mail: the SMTP server; an empty host turns e-mail off.
inline const QString SmtpHost = QStringLiteral("notices.smtp_host");
inline const QString SmtpPort = QStringLiteral("notices.smtp_port");
// starttls (port 587: plain connection, then STARTTLS, required), tls (port 465: TLS from the
// start) or none (loopback / a relay on the library's own network only).
inline const QString SmtpSecurity = QStringLiteral("notices.smtp_security");
inline const QString SmtpUser = QStringLiteral("notices.smtp_user");           // empty: no AUTH
inline const QString SmtpPasswordFile = QStringLiteral("notices.smtp_password_file");
inline const QString SmtpFrom = QStringLiteral("notices.smtp_from");           // the From address
// PEM certificates to trust for the mail server besides the system's (a library's own CA); empty: the system's.
inline const QString SmtpCaFile = QStringLiteral("notices.smtp_ca_file");
// The HTTP gateway (SMS / WhatsApp): POST to this URL; an empty URL turns it off.
inline const QString HttpUrl = QStringLiteral("notices.http_url");
// The body's template: {phone}, {text}, {subject}, {name}, {card}, {kind}, {id}, {language}, each
// escaped for the content type (JSON strings, or form-encoded).
inline const QString HttpBody = QStringLiteral("notices.http_body");
inline const QString HttpContentType = QStringLiteral("notices.http_content_type");
// A file (0600) whose first line is sent as "Authorization: Bearer <token>"; empty: none.
inline const QString HttpTokenFile = QStringLiteral("notices.http_token_file");
// email or http: the channel tried first when a patron has both an e-mail address and a phone.
inline const QString Prefer = QStringLiteral("notices.prefer");
// Minutes between the server's passes (scan + send).
inline const QString IntervalMinutes = QStringLiteral("notices.interval_minutes");
// Attempts before a notice is given up, and the first retry's delay (doubled each time, at most a day).
inline const QString MaxAttempts = QStringLiteral("notices.max_attempts");
inline const QString RetryMinutes = QStringLiteral("notices.retry_minutes");
// How long before a ready hold's last pickup day, and before a membership ends, the patron is told.
inline const QString HoldExpiringDays = QStringLiteral("notices.hold_expiring_days");
inline const QString MembershipDays = QStringLiteral("notices.membership_days");

inline const QString kDefaultHttpBody = QStringLiteral("{\"to\": \"{phone}\", \"message\": \"{text}\"}");
inline const QString kDefaultHttpContentType = QStringLiteral("application/json");
inline constexpr int kDefaultSmtpPort = 587;
inline constexpr int kDefaultIntervalMinutes = 5;
inline constexpr int kDefaultMaxAttempts = 6;
inline constexpr int kDefaultRetryMinutes = 5;
inline constexpr int kDefaultHoldExpiringDays = 1;
inline constexpr int kDefaultMembershipDays = 14;
} // namespace Aksara::Notices::SettingKeys
