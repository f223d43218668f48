#pragma once

#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>
#include <QVariant>

#include <ostream>

// Lets Catch2 print Qt values in failure messages and INFO().
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList &l) { return '[' + l.join(QStringLiteral(", ")).toStdString() + ']'; }
};
template<>
struct StringMaker<QVariant> {
    static std::string convert(const QVariant &v) { return v.toString().toStdString(); }
};
} // namespace Catch
