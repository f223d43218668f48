#pragma once

#include "core/Result.h"

#include <QFrame>

class QLabel;

namespace Aksara::Desk {

// A strip that says what just happened: a success (green), a note (blue), something to act on
// (amber: a hold to put aside, an item to send on) or a refusal with every reason (red).
class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Success, Warning, Error };
    explicit MessageBar(QWidget *parent = nullptr);

    void setMessage(Kind kind, const QString &title, const QStringList &lines = {});
    // A refusal or a failure: its message, or each of details.reasons.
    void setError(const Error &error, const QString &title = {});
    void clear();
    Kind kind() const { return m_kind; }
    QString text() const; // plain text, for tests and accessibility

    // The reasons of a refusal (details.reasons' messages; else the message itself).
    static QStringList reasonsOf(const Error &error);

private:
    QLabel *m_icon;
    QLabel *m_label;
    Kind m_kind = Kind::Info;
    QString m_plain;
};

} // namespace Aksara::Desk
