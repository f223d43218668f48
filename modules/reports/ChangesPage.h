#pragma once

#include "reports/Page.h"
#include "service/Changes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QWidget;

namespace Aksara::Reports {

class MessageBar;

class NewChangeDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Status(const ServiceManagement::NewChange &)>;
    NewChangeDialog(const Session &session, Submit submit, QWidget *parent = nullptr);
    ServiceManagement::NewChange input() const;

private:
    Submit m_submit;
    MessageBar *m_message;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_risk;
    QComboBox *m_service;
};

// Change management (ISO 20000-1 8.5.1): the changes with their approval, planned window and
// outcome, and the history of each. Each action is a call of ServiceManagement::Changes.
class ChangesPage : public Page {
    Q_OBJECT
public:
    explicit ChangesPage(ServiceCore &core, QWidget *parent = nullptr);
    void refresh() override;
    void showChange(qint64 id);
    qint64 currentId() const { return m_currentId; }

signals:
    void changed();

private:
    void loadDetail(qint64 id);
    void clearDetail();
    void apply(const std::function<Result<ServiceManagement::Change>()> &action, const QString &done);

    QComboBox *m_kindFilter;
    QCheckBox *m_openOnly;
    QTableWidget *m_table;
    MessageBar *m_message;
    QWidget *m_detail;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_statusBadge;
    QLabel *m_facts;
    QTableWidget *m_history;
    QLineEdit *m_note;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QCheckBox *m_takeDown;
    QComboBox *m_outcome;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_schedule;
    QPushButton *m_begin;
    QPushButton *m_finish;
    ServiceManagement::Change m_current;
    qint64 m_currentId = 0;
};

} // namespace Aksara::Reports
