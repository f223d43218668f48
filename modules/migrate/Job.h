#pragma once

#include "migrate/Importer.h"

#include <QObject>
#include <QThread>

namespace Aksara::Migrate {

// An import for the desk's GUI: Importer::run on a thread of its own with its own database
// connection (as Catalogue::ImportJob does for MARC), reporting through signals queued to the
// receiver's thread. The same service-core operations as `aksara migrate`; cancel() stops before
// the next batch (the batches done stay: Report::cancelled).
//
// Thread affinity: create, start and cancel from one thread (the GUI thread); the signals arrive
// there. report() is read after finished().
class Job : public QObject {
    Q_OBJECT
public:
    Job(ServiceCore &core, Caller caller, Kind kind, QByteArray file, Mapping mapping, Options options, QObject *parent = nullptr);
    ~Job() override;

    void start();
    void cancel();
    bool isRunning() const;
    const Report &report() const { return m_report; }

signals:
    void progress(qint64 done, qint64 total);
    // Emitted once the worker thread has ended. ok: the import ran (rows may have been rejected:
    // see report()); otherwise `code`/`error` say why it stopped.
    void finished(bool ok, const QString &code, const QString &error);

private:
    ServiceCore &m_core;
    Caller m_caller;
    Kind m_kind;
    QByteArray m_file;
    Mapping m_mapping;
    Options m_options;
    Report m_report;
    bool m_ok = false;
    QString m_errorCode;
    QString m_error;
    QThread *m_thread = nullptr;
};

} // namespace Aksara::Migrate
