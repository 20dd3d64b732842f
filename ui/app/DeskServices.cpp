// SPDX-License-Identifier: Apache-2.0
#include "app/DeskServices.h"

#include "db/DbSession.h"
#include "services/AgentService.h"
#include "services/CaseService.h"
#include "services/ForwardService.h"
#include "services/KbEditService.h"
#include "services/KbService.h"
#include "services/OverviewService.h"
#include "services/QueueService.h"

namespace minwon {

DeskServices DeskServices::create(DbSession* session, const Identity& identity,
                                  const ReferenceData& reference, QObject* owner, int offerTimeoutSeconds)
{
    DeskServices s;
    s.session = session;
    s.identity = identity;
    s.reference = reference;
    s.queue = new QueueService(session, owner);
    s.kb = new KbService(session, owner);
    s.kbEdit = new KbEditService(session, owner);
    s.cases = new CaseService(session, owner);
    s.overview = new OverviewService(session, owner);
    s.forwards = new ForwardService(session, owner);
    s.queue->setMe(identity.id);
    s.queue->setOfferTimeout(offerTimeoutSeconds);
    s.queue->reload();
    s.kb->reload();
    if (identity.role == QLatin1String("counselor") || identity.role == QLatin1String("supervisor")) {
        s.agent = new AgentService(session, identity.id, owner);
        s.agent->reload();
    }
    return s;
}

} // namespace minwon
