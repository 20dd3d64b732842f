// SPDX-License-Identifier: Apache-2.0
#include "queue/QueueFilterModel.h"

#include "queue/QueueModel.h"

namespace minwon {

void QueueFilterModel::setChannel(const QString& channel)
{
    if (m_channel == channel)
        return;
    m_channel = channel;
    invalidateFilter();
}

void QueueFilterModel::setRoom(int room)
{
    if (m_room == room)
        return;
    m_room = room;
    invalidateFilter();
}

bool QueueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_channel.isEmpty() && index.data(QueueModel::ChannelCodeRole).toString() != m_channel)
        return false;
    if (m_room > 0) {
        const int preferred = index.data(QueueModel::RoomRole).toInt();
        if (preferred != 0 && preferred != m_room)
            return false;
    }
    return true;
}

} // namespace minwon
