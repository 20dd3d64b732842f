// SPDX-License-Identifier: Apache-2.0
#pragma once

// Catch2 with readable Qt values in failure messages.

#include <QString>
#include <QStringList>
#include <QVariant>

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return "[" + value.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
template <> struct StringMaker<QVariant>
{
    static std::string convert(const QVariant& value) { return value.toString().toStdString(); }
};
} // namespace Catch
