package org.mutualis.census;

import org.jspecify.annotations.Nullable;
import org.mutualis.territory.CollectivityView;

/**
 * Where a collectivité of a campaign stands for the follow-up: invited or not, answered or not.
 *
 * @param answered whether its response counts as given, so that no reminder is due
 */
public record CollectivityInvitation(
        CollectivityView collectivity,
        boolean answered,
        @Nullable CampaignInvitationView invitation) {

    /** Invited and not answered yet: the next reminder goes to it. */
    public boolean late() {
        return invitation != null && !answered;
    }
}
