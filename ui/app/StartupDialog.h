// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;

namespace minwon {

/// Shown while the database starts (initdb and the demo load take seconds):
/// says what is happening so nobody thinks the program hung.
class StartupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StartupDialog(QWidget* parent = nullptr);

    void setMessage(const QString& message);

private:
    QLabel* m_message;
};

} // namespace minwon
