package org.mutualis.servicedesk;

import org.jspecify.annotations.Nullable;

/**
 * A ticket to open. A correspondent opens it for one of their collectivités (requester: themselves,
 * the e-mail they give); an agent opens it for a phone call on behalf of a collectivité the centre
 * serves, with the caller's name, e-mail and phone.
 */
public record NewTicket(
        long collectivityId,
        @Nullable Long categoryId,
        String title,
        String description,
        int impact,
        int urgency,
        @Nullable String requesterName,
        @Nullable String requesterEmail,
        @Nullable String requesterPhone) {}
