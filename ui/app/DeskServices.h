// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Identity.h"
#include "domain/ReferenceData.h"

class QObject;

namespace minwon {

class AgentService;
class CaseService;
class ForwardService;
class OutboxService;
class DbSession;
class KbService;
class KbEditService;
class LocalStore;
class OverviewService;
class QueueService;

/// What the windows work with: the session and the services over it, the
/// signed-in person and the lookup data. Owned by the DeskController.
struct DeskServices
{
    DbSession* session = nullptr;
    QueueService* queue = nullptr;
    KbService* kb = nullptr;
    KbEditService* kbEdit = nullptr; ///< versions, approval, confirmations
    CaseService* cases = nullptr;
    OverviewService* overview = nullptr;
    ForwardService* forwards = nullptr;
    AgentService* agent = nullptr; ///< the signed-in person's own state
    LocalStore* localStore = nullptr; ///< drafts, outbox and snapshots on this computer
    OutboxService* outbox = nullptr; ///< saves waiting for the database
    Identity identity;
    ReferenceData reference;

    /// Makes the services over `session` for the signed-in `identity`
    /// (already loaded with `reference`), owned by `owner`, and starts their
    /// first loads. Counselors and supervisors also get their own state.
    static DeskServices create(DbSession* session, const Identity& identity, const ReferenceData& reference,
                               QObject* owner, int offerTimeoutSeconds = 15);
};

} // namespace minwon
