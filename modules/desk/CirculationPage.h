#pragma once

#include "circulation/Types.h"
#include "desk/DeskSession.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Aksara::Desk {

class MessageBar;
class PatronPanel;

// Scanner-first circulation. One box (barcodeEdit) takes whatever the scanner types and Enter:
// a card opens the patron, an item is lent to the open patron (check-out mode, F2) or returned
// (check-in mode, F3). Refusals show every reason; when all of them may be overridden and the
// staff member holds circulation.override, F8 (or the button) asks for a reason and lends anyway.
// Esc ends the patron. After every action the keyboard is back in the scan box. Every action is
// one call of the circulation module, as the logged-in staff member at this station.
class CirculationPage : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Checkout, Checkin };

    explicit CirculationPage(DeskSession &session, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString patronCard() const;
    MessageBar *messageBar() const { return m_message; }
    PatronPanel *patronPanel() const { return m_panel; }

public slots:
    void setMode(Aksara::Desk::CirculationPage::Mode mode);
    void scan();
    bool openPatron(const QString &card);
    void endPatron();
    void focusScan();
    void escape();
    // Actions on the open patron (no-ops without one).
    void overrideNow();
    void cancelOverride();
    void renewSelected();
    void renewAll();
    void printSlip();
    void takePayment();
    void waive();
    void placeHold();
    void cancelHold();
    void editPatron();
    void printCard();
    void toggleBlock();
    void extendMembership();
    void refreshPatron();
    void retryNotice();

signals:
    // An operation did not work (failed, not refused): the status strip shows it at once.
    void operationFailed(const QString &service, const QString &message);
    void patronOpened(const QString &card, const QString &name);
    void patronClosed();

private:
    struct Pending {
        enum class Kind { Checkout, Renew } kind = Kind::Checkout;
        QString barcode;
    };

    enum class Lookup { Opened, Unknown, Refused };
    Lookup loadPatron(const QString &card, bool reportUnknown);
    void checkout(const QString &barcode, const QString &overrideReason = {});
    void checkin(const QString &barcode);
    void renew(const QString &barcode, const QString &overrideReason = {});
    // Shows a refusal; offers the override when every reason may be overridden.
    void refused(const Error &error, const QString &title, std::optional<Pending> pending);
    void reportFailure(const QString &service, const Error &error);
    void updateView();
    qint64 now() const;
    // The patron's notices into the panel's Notices tab (a read of the notices service).
    void loadNotices();

    DeskSession &m_session;
    Mode m_mode = Mode::Checkout;
    std::optional<Circulation::PatronAccount> m_account;
    QSet<QString> m_lentNow;
    std::optional<Pending> m_pending;
    std::optional<Circulation::CheckinResult> m_lastCheckin;
    QString m_lastRefusal;
    Error m_unknownCard;

    QLineEdit *m_barcode;
    QPushButton *m_checkoutMode;
    QPushButton *m_checkinMode;
    QButtonGroup *m_modes;
    QLabel *m_scanHint;
    MessageBar *m_message;
    QFrame *m_override;
    QLabel *m_overrideText;
    QLineEdit *m_overrideReason;
    QPushButton *m_overrideButton;
    QStackedWidget *m_stack;
    QLabel *m_idle;
    PatronPanel *m_panel;
    QWidget *m_checkinPage;
    QTableWidget *m_checkins;
    QLabel *m_checkinCount;
};

} // namespace Aksara::Desk
