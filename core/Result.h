#pragma once

#include "core/Guard.h"

#include <QJsonObject>
#include <QString>

#include <utility>
#include <variant>

namespace Aksara {

// An error is a value. `code` is stable and machine-readable ("circulation.patron_blocked");
// `message` is for people, already translated. `kind` tells the service core how to classify it:
// Refused means a business rule said no (the service worked), Failed means the system did not work.
struct Error {
    enum class Kind { Refused, Failed };

    QString code;
    QString message;
    Kind kind = Kind::Failed;
    QJsonObject details; // optional structured context, e.g. {"reasons": [...]}

    static Error refused(QString code, QString message, QJsonObject details = {})
    {
        return Error{std::move(code), std::move(message), Kind::Refused, std::move(details)};
    }
    static Error failed(QString code, QString message, QJsonObject details = {})
    {
        return Error{std::move(code), std::move(message), Kind::Failed, std::move(details)};
    }
    bool isRefusal() const { return kind == Kind::Refused; }
};

template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace Aksara
