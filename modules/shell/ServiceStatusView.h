#pragma once

#include "core/ServiceCore.h"

#include <QWidget>

class QTableWidget;
class QLabel;

namespace Aksara::Shell {

// A table of the library's services: state, targets and the figures of the last 24 hours,
// refreshed on demand. Reads through the service core (reporting.status).
class ServiceStatusView : public QWidget {
    Q_OBJECT
public:
    ServiceStatusView(ServiceCore &core, Caller caller, QWidget *parent = nullptr);

public slots:
    void refresh();

private:
    ServiceCore &m_core;
    Caller m_caller;
    QTableWidget *m_table;
    QLabel *m_note;
};

} // namespace Aksara::Shell
