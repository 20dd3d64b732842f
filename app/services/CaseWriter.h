// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/CaseRecord.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace minwon {

/// Writes a case with everything that belongs to it (quoted guidance, its
/// violation report, the forwards it asks for) in one transaction. Used by
/// the form and by the outbox replay alike.
///
/// An update only applies over the version the edit started from: if
/// somebody saved in between, nothing is written and the result says so.
/// With an operation id, a replay of a write that already landed is
/// recognised and changes nothing.
struct CaseWriteResult
{
    enum class Status
    {
        Saved,
        AlreadyApplied,
        Conflict,
        Failed
    };
    Status status = Status::Failed;
    int version = 0;
    QSqlError error;
};

CaseWriteResult writeCase(QSqlDatabase& db, const CaseRecord& record, const QUuid& operationId = {});

} // namespace minwon
