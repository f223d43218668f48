#pragma once

#include "reports/Page.h"

#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Aksara::Reports {

class MessageBar;
class StatTile;

// The monthly service report an auditor is handed: a preview of its figures (the report document
// of ServiceManagement::MonthlyReport), its export to PDF and CSV (rendered by the service module)
// and opening what was written; closing a finished month freezes its figures.
class MonthlyReportPage : public Page {
    Q_OBJECT
public:
    explicit MonthlyReportPage(ServiceCore &core, QWidget *parent = nullptr);
    void setSession(const Session &session) override;
    void refresh() override;

    // The folder files are written to (remembered in the settings).
    QString folder() const;
    void setFolder(const QString &folder);
    // Export the chosen month; return the files written (empty on failure, with the reason shown).
    QStringList exportPdf();
    QStringList exportCsv();
    QString lastPdf() const { return m_lastPdf; }

private:
    void closeMonth();

    QComboBox *m_month;
    QLabel *m_state;
    MessageBar *m_message;
    QList<StatTile *> m_tiles;
    QTableWidget *m_services;
    QTableWidget *m_nonconformities;
    QLabel *m_ncHeading;
    QLineEdit *m_folder;
    QPushButton *m_openPdf;
    QPushButton *m_openFolder;
    QPushButton *m_close;
    QJsonObject m_report;
    QString m_lastPdf;
};

} // namespace Aksara::Reports
