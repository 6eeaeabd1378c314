package org.mutualis.census;

import org.jspecify.annotations.Nullable;
import org.mutualis.shared.text.Text;

/**
 * What became of one row of a batch of invitations once the batch was sent.
 *
 * @param sent whether the invitation was recorded and its e-mail went
 * @param failure why not, when it did not (the mail server refused it: nothing was recorded)
 */
public record InvitationOutcome(
        long collectivityId,
        String collectivityName,
        String email,
        boolean sent,
        @Nullable Text failure) {}
