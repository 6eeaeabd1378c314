package org.mutualis.census;

import org.mutualis.identity.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answers' automatic draft saves: the path of « Enregistrer le brouillon » ({@link
 * Campaigns#save}), with its access rules and optimistic version, but never on a response that
 * was transmitted or validated (a background save must not take a response back to the draft
 * state): those, and a stale version, are refused with a {@link DraftConflictException} that
 * carries the stored answers.
 */
@Service
@Transactional(readOnly = true)
public class Drafts {

    private final Campaigns campaigns;

    Drafts(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Transactional
    public ResponseView save(long campaignId, long collectivityId, AnswerSubmission submission, CurrentUser user) {
        ResponseView current = campaigns.response(campaignId, collectivityId, user);
        if (!user.canEdit(collectivityId)) {
            throw new AccessDeniedException("other collectivity");
        }
        switch (current.status()) {
            case VALIDATED ->
                throw new DraftConflictException(
                        current,
                        "census.draft.validated",
                        current.collectivity().name());
            case SUBMITTED ->
                throw new DraftConflictException(
                        current,
                        "census.draft.submitted",
                        current.collectivity().name());
            default -> {
                // a draft, returned, or no answer yet: saved as a draft below
            }
        }
        if (current.version() != submission.expectedVersion()) {
            throw concurrent(current);
        }
        try {
            return campaigns.save(campaignId, collectivityId, submission, user);
        } catch (ConcurrentEditException e) {
            throw concurrent(campaigns.response(campaignId, collectivityId, user));
        }
    }

    private static DraftConflictException concurrent(ResponseView now) {
        return now.updatedBy() == null
                ? new DraftConflictException(
                        now, "census.draft.concurrent.first", now.collectivity().name())
                : new DraftConflictException(
                        now, "census.draft.concurrent", now.collectivity().name(), now.updatedBy());
    }
}
