package org.mutualis.census;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The invitation of one collectivité to a campaign: the address it went to and the reminders
 * since. Inviting again replaces it.
 *
 * @param email the correspondent's address, which is also their username
 * @param reminders how many reminders went to this address since the invitation
 */
public record CampaignInvitationView(
        long id,
        long campaignId,
        long collectivityId,
        String collectivityName,
        String email,
        Instant invitedAt,
        String invitedBy,
        @Nullable Instant lastRemindedAt,
        int reminders) {}
