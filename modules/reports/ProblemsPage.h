#pragma once

#include "reports/Page.h"
#include "service/Problems.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QWidget;

namespace Aksara::Reports {

class MessageBar;

class NewProblemDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Status(const ServiceManagement::NewProblem &)>;
    NewProblemDialog(const Session &session, const ServiceManagement::NewProblem &preset, Submit submit, QWidget *parent = nullptr);
    ServiceManagement::NewProblem input() const;

private:
    Submit m_submit;
    MessageBar *m_message;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_service;
    QLineEdit *m_incidents;
};

// Problem management (ISO 20000-1 8.6.3): problems with their linked incidents, root cause,
// workaround and fix; the known-error list; suggestions from incident trends. Each action is a
// call of ServiceManagement::Problems.
class ProblemsPage : public Page {
    Q_OBJECT
public:
    explicit ProblemsPage(ServiceCore &core, QWidget *parent = nullptr);
    void refresh() override;
    void showProblem(qint64 id);
    qint64 currentId() const { return m_currentId; }

signals:
    void changed();
    void incidentActivated(qint64 id);

private:
    void loadDetail(qint64 id);
    void clearDetail();
    void newProblem(const ServiceManagement::NewProblem &preset);
    void update(const ServiceManagement::ProblemUpdate &u, const QString &done);
    ServiceManagement::ProblemUpdate analysis() const;

    QComboBox *m_filter;
    QTableWidget *m_table;
    QTableWidget *m_suggestions;
    QLabel *m_suggestHeading;
    MessageBar *m_message;
    QWidget *m_detail;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_statusBadge;
    QLabel *m_facts;
    QListWidget *m_incidents;
    QPlainTextEdit *m_rootCause;
    QPlainTextEdit *m_workaround;
    QComboBox *m_fixChange;
    QLineEdit *m_linkEdit;
    QList<QPushButton *> m_actions;
    QList<ServiceManagement::ProblemSuggestion> m_suggested;
    qint64 m_currentId = 0;
};

} // namespace Aksara::Reports
