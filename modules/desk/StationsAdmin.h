#pragma once

#include "desk/AdminForm.h"
#include "desk/AdminPage.h"

#include "service/Stations.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Aksara::Desk {

class MessageBar;

// Stations (ServiceManagement::Stations): every desk, kiosk, self-check machine, reports window
// and server with its kind, branch, last heartbeat and state; register one (its heartbeat token is
// shown once, with a Copy button), give one a new token (the old stops working), retire one.
class StationsAdmin : public AdminSection {
    Q_OBJECT
public:
    explicit StationsAdmin(DeskSession &session, QWidget *parent = nullptr);
    MessageBar *messageBar() const { return m_message; }
    bool select(const QString &code);
    static QString kindText(const QString &kind);
    static QString stateText(const QString &state);
    // The dialog that shows a station's new token once.
    static ShownOnceDialog *tokenDialog(const QString &code, const QString &token, QWidget *parent);

public slots:
    void refresh() override;
    void registerStation();
    void newToken();
    void retireSelected();

signals:
    // A token was shown (for tests and screenshots: the dialog is open).
    void tokenShown(Aksara::Desk::ShownOnceDialog *dialog);

private:
    std::optional<ServiceManagement::Station> selected() const;
    void updateButtons();
    void showToken(const QString &code, const QString &token);

    DeskSession &m_session;
    QList<ServiceManagement::Station> m_stations;
    MessageBar *m_message;
    QTableWidget *m_table;
    QPushButton *m_token;
    QPushButton *m_retire;
};

class RegisterStationDialog : public QDialog {
    Q_OBJECT
public:
    explicit RegisterStationDialog(DeskSession &session, QWidget *parent = nullptr);
    QString fieldError(const QString &field) const { return m_errors.text(field); }

signals:
    void registered(const Aksara::ServiceManagement::Station &station, const QString &token);

private:
    void submit();

    DeskSession &m_session;
    FieldErrorLabels m_errors{this};
    QLineEdit *m_code;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QComboBox *m_branch;
    QComboBox *m_calendar;
    QListWidget *m_services;
    MessageBar *m_message;
};

} // namespace Aksara::Desk
