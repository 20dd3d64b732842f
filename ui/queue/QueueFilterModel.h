// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>

namespace minwon {

/// Shows the queue of one channel and/or one room (contacts without a
/// preferred room belong to every room). The source's order is kept.
class QueueFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setChannel(const QString& channel); ///< empty: all channels
    void setRoom(int room); ///< 0: all rooms
    QString channel() const { return m_channel; }
    int room() const { return m_room; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_channel;
    int m_room = 0;
};

} // namespace minwon
