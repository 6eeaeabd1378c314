package org.mutualis.census.mail;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What an invitation or a reminder tells a correspondent.
 *
 * @param closesOn the campaign's closing date, when it has one
 * @param email the address written to, which is also the username to sign in with
 * @param responseUrl the absolute address of the collectivité's questionnaire
 * @param passwordLink the one-time link to choose a password, when the person still needs one
 * @param linkExpiresAt when that link stops working, in UTC
 */
public record CampaignMail(
        String campaignName,
        String territoryName,
        String collectivityName,
        @Nullable LocalDate closesOn,
        String email,
        String responseUrl,
        @Nullable String passwordLink,
        @Nullable LocalDateTime linkExpiresAt) {

    /** Keeps the password link, a secret, out of logs. */
    @Override
    public String toString() {
        return "CampaignMail[" + campaignName + ", " + collectivityName + ", " + email + "]";
    }
}
