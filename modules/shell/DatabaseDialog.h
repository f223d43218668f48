#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace Aksara::Shell {

// First run (or when the library cannot be reached): where is the library's database? An SQLite
// file on this computer, or a PostgreSQL server shared by the library's desks and kiosks. The
// choice is tested before it is accepted and remembered in the settings, without its password:
// the PostgreSQL password is typed in its own field for this start only, or comes from
// ~/.pgpass (0600) or a PostgreSQL service (docs/security.md, "Least privilege").
class DatabaseDialog : public QDialog {
    Q_OBJECT
public:
    explicit DatabaseDialog(const QString &current, const QString &problem = {}, QWidget *parent = nullptr);
    // The URL to remember: never with a password.
    QString url() const;
    // The URL to connect with now: with the password typed (or typed into the URL), if any.
    QString connectionUrl() const;

private:
    void browse();
    void test();
    void updateMode();

    QRadioButton *m_sqlite;
    QRadioButton *m_postgres;
    QLineEdit *m_path;
    QLineEdit *m_pgUrl;
    QLineEdit *m_password;
    QLabel *m_passwordLabel;
    QLabel *m_passwordHint;
    QLabel *m_message;
};

} // namespace Aksara::Shell
