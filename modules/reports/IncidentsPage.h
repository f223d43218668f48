#pragma once

#include "reports/Page.h"
#include "service/Incidents.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QWidget;

namespace Aksara::Reports {

class MessageBar;

// Opening an incident or a service request by hand: what the supervisor types, nothing more.
class NewIncidentDialog : public QDialog {
    Q_OBJECT
public:
    // submit opens the incident; the dialog closes only when it succeeded and shows the reason
    // of a refusal otherwise.
    using Submit = std::function<Status(const ServiceManagement::NewIncident &)>;
    NewIncidentDialog(const Session &session, const QStringList &stations, Submit submit, QWidget *parent = nullptr);
    ServiceManagement::NewIncident input() const;

private:
    Submit m_submit;
    MessageBar *m_message;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_service;
    QComboBox *m_station;
    QComboBox *m_impact;
    QComboBox *m_urgency;
    QCheckBox *m_major;
    QCheckBox *m_security;
    QCheckBox *m_outage;
};

// Incident management: the list with filters, one incident's detail with its SLA clocks and
// history, and the work on it (assign, start, pending, resolve, close, reopen, note, priority,
// link to a problem). Each action is one call of ServiceManagement::Incidents or Problems; a
// refusal is shown with its reason and changes nothing.
class IncidentsPage : public Page {
    Q_OBJECT
public:
    explicit IncidentsPage(ServiceCore &core, QWidget *parent = nullptr);

    void setSession(const Session &session) override;
    void refresh() override;
    // Selects the incident in the list (showing every status if needed) and shows its detail.
    void showIncident(qint64 id);
    qint64 currentId() const { return m_currentId; }

signals:
    void changed();

private:
    void loadDetail(qint64 id);
    void clearDetail();
    void newIncident();
    void apply(const std::function<Result<ServiceManagement::Incident>()> &action, const QString &done);
    void setStatus(const QString &status);

    QComboBox *m_statusFilter;
    QComboBox *m_kindFilter;
    QComboBox *m_serviceFilter;
    QTableWidget *m_table;
    MessageBar *m_message;
    QWidget *m_detail;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_statusBadge;
    QLabel *m_facts;
    QLabel *m_description;
    QLabel *m_ownLabel;
    QLabel *m_resolveLabel;
    QProgressBar *m_ownBar;
    QProgressBar *m_resolveBar;
    QTabWidget *m_tabs;
    QTableWidget *m_history;
    QLineEdit *m_note;
    QComboBox *m_assignee;
    QComboBox *m_impact;
    QComboBox *m_urgency;
    QComboBox *m_problem;
    QPushButton *m_assign;
    QPushButton *m_start;
    QPushButton *m_pending;
    QPushButton *m_resolve;
    QPushButton *m_close;
    QPushButton *m_reopen;
    QPushButton *m_addNote;
    QPushButton *m_setPriority;
    QPushButton *m_link;
    qint64 m_currentId = 0;
    QStringList m_stations;
};

} // namespace Aksara::Reports
