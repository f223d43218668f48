#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace Aksara::Shell {

// First run (or when the library cannot be reached): where is the library's database? An SQLite
// file on this computer, or a PostgreSQL server shared by the library's desks and kiosks. The
// choice is tested before it is accepted and remembered in the settings.
class DatabaseDialog : public QDialog {
    Q_OBJECT
public:
    explicit DatabaseDialog(const QString &current, const QString &problem = {}, QWidget *parent = nullptr);
    QString url() const;

private:
    void browse();
    void test();
    void updateMode();

    QRadioButton *m_sqlite;
    QRadioButton *m_postgres;
    QLineEdit *m_path;
    QLineEdit *m_pgUrl;
    QLabel *m_message;
};

} // namespace Aksara::Shell
