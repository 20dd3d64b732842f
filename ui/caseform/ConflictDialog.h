// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/CaseRecord.h"

#include <QDialog>
#include <QList>

class QButtonGroup;

namespace minwon {

/// Somebody saved the same case first: both versions side by side, field by
/// field, and the person chooses what stays. Fields that agree are not asked
/// about. Nothing is overwritten without a choice.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(const CaseRecord& mine, const CaseRecord& theirs, QWidget* parent = nullptr);

    /// The chosen values on top of the stored version.
    CaseRecord merged() const;
    /// The fields that differ (for tests and the window title).
    QStringList differingFields() const;
    /// Chooses "theirs" (true) or "mine" for a differing field.
    void choose(const QString& field, bool theirs);

private:
    struct Field
    {
        QString key;
        QString label;
        QString mine;
        QString theirs;
        QButtonGroup* choice = nullptr;
    };
    CaseRecord m_mine;
    CaseRecord m_theirs;
    QList<Field> m_fields;
};

} // namespace minwon
