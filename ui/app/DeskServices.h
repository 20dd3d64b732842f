// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Identity.h"
#include "domain/ReferenceData.h"

namespace minwon {

class AgentService;
class CaseService;
class DbSession;
class KbService;
class OverviewService;
class QueueService;

/// What the windows work with: the session and the services over it, the
/// signed-in person and the lookup data. Owned by the DeskController.
struct DeskServices
{
    DbSession* session = nullptr;
    QueueService* queue = nullptr;
    KbService* kb = nullptr;
    CaseService* cases = nullptr;
    OverviewService* overview = nullptr;
    AgentService* agent = nullptr; ///< the signed-in person's own state
    Identity identity;
    ReferenceData reference;
};

} // namespace minwon
