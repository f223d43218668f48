#include "catalogue/ImportJob.h"

namespace Aksara::Catalogue {

ImportJob::ImportJob(ServiceCore &core, Caller caller, QString path, ImportOptions options, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_caller(std::move(caller))
    , m_path(std::move(path))
    , m_options(std::move(options))
{
    m_options.cancel = m_cancel;
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        Catalogue catalogue(m_core);
        auto report = catalogue.importFile(m_caller, m_path, m_options, [this](const ImportProgress &p) {
            emit progress(p.read, p.imported, p.rejected, p.bytesRead, p.bytesTotal);
        });
        m_core.db().releaseThreadConnection();
        if (report.ok())
            emit finished(true, report->toJson(), QString());
        else
            emit finished(false, report.error().details.value(QStringLiteral("import")).toObject(), report.error().message);
    });
    m_thread->setParent(this);
    m_thread->start();
}

void ImportJob::cancel()
{
    m_cancel->store(true);
}

} // namespace Aksara::Catalogue
