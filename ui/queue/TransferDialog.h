// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/ReferenceData.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace minwon {

/// Where a contact goes and why: to a counselor (it rings at their desk) or
/// to a room's queue. A reason is required; the error shows next to it.
class TransferDialog : public QDialog
{
    Q_OBJECT
public:
    TransferDialog(const ReferenceData& reference, const QUuid& me, QWidget* parent = nullptr);

    QUuid person() const;
    int room() const;
    QString reason() const;

    void accept() override;

private:
    QRadioButton* m_toPerson;
    QRadioButton* m_toRoom;
    QComboBox* m_people;
    QComboBox* m_rooms;
    QLineEdit* m_reason;
    QLabel* m_error;
};

} // namespace minwon
