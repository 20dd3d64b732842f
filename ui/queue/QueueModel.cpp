// SPDX-License-Identifier: Apache-2.0
#include "queue/QueueModel.h"

#include "common/Format.h"
#include "common/Theme.h"

#include <QApplication>
#include <QBrush>
#include <QIcon>
#include <QStyle>
#include <QTimer>

namespace minwon {

QueueModel::QueueModel(QueueService* service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_timer(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(m_service, &QueueService::itemsReset, this, &QueueModel::resetFromService);
    connect(m_service, &QueueService::itemUpserted, this, &QueueModel::upsert);
    connect(m_service, &QueueService::itemRemoved, this, &QueueModel::remove);
    connect(m_timer, &QTimer::timeout, this, &QueueModel::tick);
    m_timer->start(1000);
    resetFromService();
}

void QueueModel::setReferenceData(const ReferenceData& data)
{
    m_reference = data;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void QueueModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

bool QueueModel::before(const QueueItem& a, const QueueItem& b)
{
    if (a.priority != b.priority)
        return a.priority > b.priority;
    if (a.arrivedAt != b.arrivedAt)
        return a.arrivedAt < b.arrivedAt;
    return a.id.toString() < b.id.toString();
}

int QueueModel::insertPosition(const QueueItem& item) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), item, &QueueModel::before);
    return int(it - m_rows.cbegin());
}

void QueueModel::resetFromService()
{
    beginResetModel();
    m_rows = m_service->items();
    std::sort(m_rows.begin(), m_rows.end(), &QueueModel::before);
    endResetModel();
}

void QueueModel::upsert(const QueueItem& item)
{
    const int existing = rowOf(item.id);
    if (existing >= 0) {
        const QueueItem& old = m_rows.at(existing);
        if (old.priority == item.priority && old.arrivedAt == item.arrivedAt) {
            m_rows[existing] = item;
            emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
            return;
        }
        beginRemoveRows({}, existing, existing);
        m_rows.removeAt(existing);
        endRemoveRows();
    }
    const int row = insertPosition(item);
    beginInsertRows({}, row, row);
    m_rows.insert(row, item);
    endInsertRows();
}

void QueueModel::remove(const QUuid& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void QueueModel::tick()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, WaitColumn), index(int(m_rows.size()) - 1, WaitColumn),
                         {Qt::DisplayRole, Qt::BackgroundRole, Qt::ForegroundRole, Qt::DecorationRole,
                          Qt::ToolTipRole, Qt::AccessibleTextRole, UrgencyRole});
}

int QueueModel::rowOf(const QUuid& id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return int(i);
    return -1;
}

const QueueItem* QueueModel::item(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QueueModel::Urgency QueueModel::urgency(const QueueItem& item) const
{
    if (item.state == QLatin1String("claimed"))
        return Urgency::Normal;
    const Channel* channel = m_reference.channel(item.channel);
    const int threshold = channel ? channel->slThresholdSeconds : 20;
    const double warn = channel ? channel->warnRatio : 0.5;
    const qint64 waited = item.arrivedAt.secsTo(m_clock());
    if (waited >= threshold)
        return Urgency::Breach;
    if (waited >= threshold * warn)
        return Urgency::Warning;
    return Urgency::Normal;
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    const QueueItem* it = item(index.row());
    if (!it)
        return {};
    const Urgency level = urgency(*it);
    switch (role) {
    case IdRole:
        return it->id;
    case StateRole:
        return it->state;
    case UrgencyRole:
        return int(level);
    case ChannelCodeRole:
        return it->channel;
    case RoomRole:
        return it->preferredRoom;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChannelColumn: {
            const Channel* channel = m_reference.channel(it->channel);
            return channel ? ReferenceData::localized(channel->nameKo, channel->nameEn) : it->channel;
        }
        case SenderColumn:
            return it->senderDisplay;
        case WaitColumn: {
            if (it->state == QLatin1String("claimed")) // handling time, not waiting time
                return format::duration(it->stateChangedAt.secsTo(m_clock()));
            const QString time = format::duration(it->arrivedAt.secsTo(m_clock()));
            // Colour is never the only signal: the word says it too.
            if (level == Urgency::Breach)
                return tr("%1 over").arg(time);
            if (level == Urgency::Warning)
                return tr("%1 soon").arg(time);
            return time;
        }
        case PreviewColumn:
            return it->preview;
        case HolderColumn:
            if (it->state == QLatin1String("claimed"))
                return it->claimedByName;
            if (it->state == QLatin1String("offered"))
                return tr("offered");
            return tr("waiting");
        }
        break;
    case Qt::BackgroundRole:
        if (index.column() == WaitColumn && level == Urgency::Breach)
            return QBrush(theme::background(theme::Role::Danger));
        if (index.column() == WaitColumn && level == Urgency::Warning)
            return QBrush(theme::background(theme::Role::Warning));
        break;
    case Qt::ForegroundRole:
        if (index.column() == WaitColumn && level == Urgency::Breach)
            return QBrush(theme::onBackground(theme::Role::Danger));
        if (index.column() == WaitColumn && level == Urgency::Warning)
            return QBrush(theme::onBackground(theme::Role::Warning));
        if (it->state == QLatin1String("claimed"))
            return QBrush(theme::text(theme::Role::Muted));
        break;
    case Qt::DecorationRole:
        // Colour is never the only signal: a sign before the time as well.
        if (index.column() == WaitColumn && level == Urgency::Breach)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (index.column() == WaitColumn && level == Urgency::Warning)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ToolTipRole:
        if (index.column() == WaitColumn) {
            if (level == Urgency::Breach)
                return tr("Waiting longer than the service-level target of this channel.");
            if (level == Urgency::Warning)
                return tr("Close to the service-level target of this channel.");
        }
        if (index.column() == PreviewColumn)
            return it->preview;
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == WaitColumn && level == Urgency::Breach)
            return tr("%1, over the service-level target").arg(data(index, Qt::DisplayRole).toString());
        if (index.column() == WaitColumn && level == Urgency::Warning)
            return tr("%1, close to the service-level target").arg(data(index, Qt::DisplayRole).toString());
        return data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChannelColumn:
        return tr("Channel");
    case SenderColumn:
        return tr("From");
    case WaitColumn:
        return tr("Waiting");
    case PreviewColumn:
        return tr("Message");
    case HolderColumn:
        return tr("Handled by");
    }
    return {};
}

} // namespace minwon
