// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/QueueService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace minwon {

class QueueModel;
struct ReferenceData;

/// The incoming-contact queue every desk shares: take next with one key,
/// or take the selected one.
class QueuePanel : public QWidget
{
    Q_OBJECT
public:
    QueuePanel(QueueService* service, int roomId, QWidget* parent = nullptr);

    void setReferenceData(const ReferenceData& data);
    QueueModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    void takeNext();
    void takeSelected();

signals:
    void contactClaimed(const minwon::QueueItem& item);
    void message(const QString& text);

private:
    void updateCount();

    QueueService* m_service;
    int m_roomId;
    QueueModel* m_model;
    QTableView* m_view;
    QLabel* m_count;
    QLabel* m_stale;
    QPushButton* m_takeNext;
    QPushButton* m_takeThis;
};

} // namespace minwon
