// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace minwon::labels {

/// Words for the codes stored in the database, in the UI language.
QString agentState(const QString& code);
QString contactState(const QString& code);
QString caseState(const QString& code);
QString forwardState(const QString& code);
QString kbStatus(const QString& code);

} // namespace minwon::labels
