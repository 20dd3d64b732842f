// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace minwon {

/// The desk's command line.
struct DeskOptions
{
    bool local = false; ///< force the private database
    bool demo = false; ///< private database with the demo city, signed in by role
    QString role; ///< counselor (default), supervisor, editor, approver, department, admin
    QString user; ///< sign in as this login
    QString language; ///< ko, en or empty
    QString theme; ///< light, dark, system or empty (the saved choice)
    QString dataDir; ///< private database directory
    bool configure = false; ///< open the connection dialog first
    int demoDays = 30;
    int demoPerDay = 4000;
    QString startupReport; ///< write start-up timings to this file and quit (benchmark)

    /// Parses arguments (without the program name); false with a message on error,
    /// or with the --help or --version text (then `options` is filled too).
    static bool parse(const QStringList& args, DeskOptions* options, QString* error);
    static QString help();
};

} // namespace minwon
