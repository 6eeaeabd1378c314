package org.mutualis.census;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.mail.CampaignMail;
import org.mutualis.census.mail.CampaignMails;
import org.mutualis.census.mail.MailOutbox;
import org.mutualis.census.persistence.CampaignInvitationStore;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.IdentityException;
import org.mutualis.identity.InvitationLink;
import org.mutualis.identity.Invitations;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inviting collectivités to a campaign by e-mail, and reminding the late ones. The invitation
 * opens (or reuses) the correspondent's account and carries the link to choose a password; an
 * e-mail that cannot go leaves nothing recorded.
 */
@Service
public class CampaignInvitations {

    private final Campaigns campaigns;
    private final Territories territories;
    private final Invitations invitations;
    private final Accounts accounts;
    private final CampaignInvitationStore store;
    private final MailOutbox outbox;
    private final TransactionTemplate eachReminder;
    private final String baseUrl;
    private final Clock clock;

    CampaignInvitations(
            Campaigns campaigns,
            Territories territories,
            Invitations invitations,
            Accounts accounts,
            CampaignInvitationStore store,
            MailOutbox outbox,
            PlatformTransactionManager transactions,
            @Value("${mutualis.base-url}") String baseUrl,
            Clock clock) {
        this.campaigns = campaigns;
        this.territories = territories;
        this.invitations = invitations;
        this.accounts = accounts;
        this.store = store;
        this.outbox = outbox;
        this.eachReminder = new TransactionTemplate(transactions);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.clock = clock;
    }

    /**
     * Invites a collectivité at this address (staff only): its correspondent account is opened or
     * reused, the invitation recorded in place of any earlier one, and the e-mail sent.
     */
    @Transactional
    public CampaignInvitationView invite(long campaignId, @Nullable Long collectivityId, String email, CurrentUser by) {
        Campaigns.requireStaff(by);
        if (collectivityId == null) {
            throw new RejectedException("census.invitation.collectivity");
        }
        CampaignSummary campaign = open(campaignId);
        CollectivityView collectivity = campaigns.collectivityOf(campaignId, collectivityId);
        InvitationLink link = invitations.invite(email, displayName(collectivity), collectivityId, by);
        store.save(campaignId, collectivityId, link.username(), by.username(), clock.instant());
        try {
            outbox.send(link.username(), CampaignMails.invitation(mail(campaign, collectivity, link.username(), link)));
        } catch (MailNotSentException e) {
            throw new MailNotSentException("census.invitation.notSent", e.text());
        }
        accounts.audit(
                by.username(),
                "CAMPAIGN_INVITATION",
                campaign.name() + " : " + collectivity.name() + " → " + link.username());
        return view(store.find(campaignId, collectivityId).orElseThrow(), collectivity);
    }

    /**
     * Sends a reminder to every invited collectivité that has not answered yet (staff only) and
     * returns how many went. Each reminder stands alone: one that fails changes nothing for the
     * others, and the whole run then ends with a {@link MailNotSentException} naming the failures.
     */
    public int remind(long campaignId, CurrentUser by) {
        Campaigns.requireStaff(by);
        CampaignSummary campaign = open(campaignId);
        int sent = 0;
        List<Text> failures = new ArrayList<>();
        for (CollectivityInvitation late : late(campaignId, by)) {
            try {
                eachReminder.executeWithoutResult(status -> remind(campaign, late, by));
                sent++;
            } catch (MailNotSentException | IdentityException e) {
                failures.add(
                        Text.of("census.reminder.failure", late.collectivity().name(), e.text()));
            }
        }
        accounts.audit(
                by.username(),
                "CAMPAIGN_REMINDERS",
                campaign.name() + " : " + sent + " relance(s)"
                        + (failures.isEmpty() ? "" : ", " + failures.size() + " échec(s)"));
        if (!failures.isEmpty()) {
            throw new MailNotSentException(
                    "census.reminder.failed",
                    String.valueOf(sent),
                    failures.stream()
                            .reduce((a, b) -> Text.of("census.reminder.join", a, b))
                            .orElseThrow());
        }
        return sent;
    }

    /** The campaign's invitations, for callers that checked access themselves. */
    public List<CampaignInvitationView> invitations(long campaignId) {
        CampaignSummary campaign = campaigns.get(campaignId);
        Map<Long, CollectivityView> collectivities = territories.collectivities(campaign.territoryId()).stream()
                .collect(Collectors.toMap(CollectivityView::id, Function.identity()));
        return store.of(campaignId).stream()
                .map(row -> view(row, collectivities.get(row.collectivityId())))
                .toList();
    }

    /** The invitations this person may see: staff all of them, a correspondent their collectivité's. */
    public List<CampaignInvitationView> invitations(long campaignId, CurrentUser by) {
        if (by.isElected()) {
            throw new AccessDeniedException("staff and correspondents only");
        }
        campaigns.get(campaignId, by);
        return invitations(campaignId).stream()
                .filter(i -> by.canRead(i.collectivityId()))
                .toList();
    }

    /** Every collectivité of the campaign's territory with its invitation and whether it answered (staff only). */
    public List<CollectivityInvitation> byCollectivity(long campaignId, CurrentUser by) {
        Campaigns.requireStaff(by);
        Map<Long, CampaignInvitationView> invited = invitations(campaignId).stream()
                .collect(Collectors.toMap(CampaignInvitationView::collectivityId, Function.identity()));
        return campaigns.responses(campaignId, by).stream()
                .map(r -> new CollectivityInvitation(
                        r.collectivity(),
                        answered(r),
                        invited.get(r.collectivity().id())))
                .toList();
    }

    /** The collectivités the next reminder goes to: invited, not answered (staff only). */
    public List<CollectivityInvitation> late(long campaignId, CurrentUser by) {
        return byCollectivity(campaignId, by).stream()
                .filter(CollectivityInvitation::late)
                .toList();
    }

    /**
     * Whether a response needs no reminder: submitted or validated. A draft is not an answer yet,
     * and a response returned for correction waits for its correspondent.
     */
    static boolean answered(ResponseView response) {
        return response.status() == ResponseStatus.SUBMITTED || response.status() == ResponseStatus.VALIDATED;
    }

    // Runs in its own transaction: a mail that fails takes back the new link and the count.
    private void remind(CampaignSummary campaign, CollectivityInvitation late, CurrentUser by) {
        CampaignInvitationView invitation = late.invitation();
        if (invitation == null) {
            return;
        }
        // Someone who never chose a password gets a fresh link: the first one may have expired.
        InvitationLink link = invitations.needsPassword(invitation.email())
                ? invitations.invite(
                        invitation.email(), displayName(late.collectivity()), invitation.collectivityId(), by)
                : null;
        outbox.send(
                invitation.email(),
                CampaignMails.reminder(mail(campaign, late.collectivity(), invitation.email(), link)));
        store.reminded(invitation.id(), clock.instant());
    }

    private CampaignMail mail(
            CampaignSummary campaign, CollectivityView collectivity, String email, @Nullable InvitationLink link) {
        return new CampaignMail(
                campaign.name(),
                campaign.territoryName(),
                collectivity.name(),
                campaign.closesOn(),
                email,
                baseUrl + "/campaigns/" + campaign.id() + "/responses/" + collectivity.id(),
                link == null ? null : link.url(),
                link == null ? null : link.expiresAt());
    }

    private CampaignSummary open(long campaignId) {
        CampaignSummary campaign = campaigns.get(campaignId);
        if (campaign.closed()) {
            throw new RejectedException("census.invitation.closed", campaign.name());
        }
        return campaign;
    }

    private static String displayName(CollectivityView collectivity) {
        return "Correspondant — " + collectivity.name();
    }

    private static CampaignInvitationView view(CampaignInvitationStore.Row row, @Nullable CollectivityView c) {
        return new CampaignInvitationView(
                row.id(),
                row.campaignId(),
                row.collectivityId(),
                c == null ? "?" : c.name(),
                row.email(),
                row.invitedAt(),
                row.invitedBy(),
                row.lastRemindedAt(),
                row.reminders());
    }
}
