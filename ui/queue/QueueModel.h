// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/ReferenceData.h"
#include "services/QueueService.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>

class QTimer;

namespace minwon {

/// Adapts QueueService's fine-grained signals to a table: most urgent first,
/// then oldest. Waiting time ticks every second and is graded against the
/// channel's service-level threshold with a word as well as a colour.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ChannelColumn,
        SenderColumn,
        WaitColumn,
        PreviewColumn,
        HolderColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StateRole,
        UrgencyRole,
        ChannelCodeRole,
        RoomRole
    };
    enum class Urgency
    {
        Normal,
        Warning,
        Breach
    };

    explicit QueueModel(QueueService* service, QObject* parent = nullptr);

    void setReferenceData(const ReferenceData& data);
    /// For tests: the clock the waiting times are measured against.
    void setClock(std::function<QDateTime()> clock);
    Urgency urgency(const QueueItem& item) const;
    const QueueItem* item(int row) const;
    int rowOf(const QUuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void resetFromService();
    void upsert(const QueueItem& item);
    void remove(const QUuid& id);
    void tick();
    int insertPosition(const QueueItem& item) const;
    static bool before(const QueueItem& a, const QueueItem& b);

    QueueService* m_service;
    ReferenceData m_reference;
    QList<QueueItem> m_rows;
    QTimer* m_timer;
    std::function<QDateTime()> m_clock;
};

} // namespace minwon
