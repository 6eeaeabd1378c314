package org.mutualis.census;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.mail.CampaignMail;
import org.mutualis.census.mail.CampaignMails;
import org.mutualis.census.mail.MailKind;
import org.mutualis.census.mail.MailOutbox;
import org.mutualis.census.persistence.CampaignInvitationStore;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.IdentityException;
import org.mutualis.identity.InvitationLink;
import org.mutualis.identity.Invitations;
import org.mutualis.shared.error.MutualisException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
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
    private final CampaignMailTemplates templates;
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
            CampaignMailTemplates templates,
            PlatformTransactionManager transactions,
            @Value("${mutualis.base-url}") String baseUrl,
            Clock clock) {
        this.campaigns = campaigns;
        this.territories = territories;
        this.invitations = invitations;
        this.accounts = accounts;
        this.store = store;
        this.outbox = outbox;
        this.templates = templates;
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
            outbox.send(link.username(), text(MailKind.INVITATION, campaign, collectivity, link.username(), link));
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
     * Checks a batch of invitations without writing or sending anything (staff only): every row
     * whose collectivité is not the campaign territory's, comes twice, or whose address cannot be
     * invited is a {@link Problem} on the field {@code email_<collectivityId>}, all at once in one
     * {@link RejectedException}. Returns the collectivités of the rows, in order.
     */
    public List<CollectivityView> check(long campaignId, List<InvitationRequest> rows, CurrentUser by) {
        Campaigns.requireStaff(by);
        open(campaignId);
        if (rows.isEmpty()) {
            throw new RejectedException("census.invitation.batch.none");
        }
        List<Problem> problems = new ArrayList<>();
        List<CollectivityView> collectivities = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (InvitationRequest row : rows) {
            String field = "email_" + row.collectivityId();
            CollectivityView collectivity;
            try {
                collectivity = campaigns.collectivityOf(campaignId, row.collectivityId());
            } catch (NotFoundException e) {
                problems.add(
                        Problem.of(field, "census.invitation.batch.outside", String.valueOf(row.collectivityId())));
                continue;
            }
            collectivities.add(collectivity);
            if (!seen.add(row.collectivityId())) {
                problems.add(Problem.of(field, "census.invitation.batch.twice", collectivity.name()));
                continue;
            }
            try {
                invitations.check(row.email(), row.collectivityId());
            } catch (IdentityException e) {
                problems.add(Problem.of(field, "census.invitation.batch.row", collectivity.name(), e.text()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems, "census.invitation.batch.rejected", String.valueOf(problems.size()));
        }
        return collectivities;
    }

    /**
     * Invites several collectivités in one action (staff only). Every row is checked first ({@link
     * #check}): when one is wrong, nothing is sent at all. Then each address is invited in its own
     * transaction — one person invited for several collectivités gets one link, in one e-mail per
     * collectivité — so that a message the mail server refuses leaves nothing recorded for its
     * address and does not stop the others: the outcome says, row by row, what went.
     */
    public List<InvitationOutcome> inviteAll(long campaignId, List<InvitationRequest> rows, CurrentUser by) {
        List<CollectivityView> collectivities = check(campaignId, rows, by);
        CampaignSummary campaign = open(campaignId);
        Map<String, List<Integer>> byAddress = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byAddress
                    .computeIfAbsent(rows.get(i).email().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(i);
        }
        InvitationOutcome[] outcomes = new InvitationOutcome[rows.size()];
        for (var group : byAddress.entrySet()) {
            String email = group.getKey();
            List<Integer> indexes = group.getValue();
            try {
                eachReminder.executeWithoutResult(status -> {
                    InvitationLink link = null;
                    for (int i : indexes) {
                        CollectivityView c = collectivities.get(i);
                        if (link == null) {
                            link = invitations.invite(email, displayName(c), c.id(), by);
                        } else {
                            invitations.addCollectivity(email, c.id(), by);
                        }
                        store.save(campaignId, c.id(), link.username(), by.username(), clock.instant());
                        outbox.send(link.username(), text(MailKind.INVITATION, campaign, c, link.username(), link));
                    }
                });
                for (int i : indexes) {
                    outcomes[i] = new InvitationOutcome(
                            collectivities.get(i).id(), collectivities.get(i).name(), email, true, null);
                }
            } catch (MutualisException e) {
                for (int i : indexes) {
                    outcomes[i] = new InvitationOutcome(
                            collectivities.get(i).id(), collectivities.get(i).name(), email, false, e.text());
                }
            }
        }
        List<InvitationOutcome> result = List.of(outcomes);
        long sent = result.stream().filter(InvitationOutcome::sent).count();
        accounts.audit(
                by.username(),
                "CAMPAIGN_INVITATIONS",
                campaign.name() + " : " + sent + " invitation(s)"
                        + (sent == result.size() ? "" : ", " + (result.size() - sent) + " échec(s)"));
        return result;
    }

    /**
     * A new personal link for an invited collectivité, to hand over when e-mail cannot serve (staff
     * only). It replaces the person's previous link (links are kept hashed and cannot be shown
     * again); nothing is sent.
     */
    @Transactional
    public FreshLink newLink(long campaignId, long collectivityId, CurrentUser by) {
        Campaigns.requireStaff(by);
        CollectivityView collectivity = campaigns.collectivityOf(campaignId, collectivityId);
        CampaignSummary campaign = open(campaignId);
        CampaignInvitationStore.Row invited = store.find(campaignId, collectivityId)
                .orElseThrow(() -> new RejectedException("census.invitation.link.notInvited", collectivity.name()));
        InvitationLink link = invitations.invite(invited.email(), displayName(collectivity), collectivityId, by);
        accounts.audit(
                by.username(),
                "INVITATION_LINK_SHOWN",
                campaign.name() + " : " + collectivity.name() + " → " + link.username());
        return new FreshLink(collectivityId, collectivity.name(), link.username(), link.url(), link.expiresAt());
    }

    /**
     * The address to propose for each collectivité of the campaign's territory (staff only): that
     * of its invitation to this campaign, else of its latest invitation to another one, else of
     * the correspondent account that answers for it.
     */
    public Map<Long, String> contacts(long campaignId, CurrentUser by) {
        Campaigns.requireStaff(by);
        CampaignSummary campaign = campaigns.get(campaignId, by);
        Set<Long> territory = territories.collectivities(campaign.territoryId()).stream()
                .map(CollectivityView::id)
                .collect(Collectors.toSet());
        Map<Long, String> contacts = new HashMap<>();
        for (CurrentUser account : accounts.all()) {
            if (account.isCorrespondent()) {
                account.collectivityIds().stream()
                        .filter(territory::contains)
                        .forEach(id -> contacts.putIfAbsent(id, account.username()));
            }
        }
        // Latest last: a later invitation wins over an earlier one and over the account.
        for (CampaignInvitationStore.Row row : store.oldestFirst(territory)) {
            contacts.put(row.collectivityId(), row.email());
        }
        store.of(campaignId).forEach(row -> contacts.put(row.collectivityId(), row.email()));
        return contacts;
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
        // One person answering for several collectivités gets one fresh link for all of them.
        Map<String, InvitationLink> fresh = new HashMap<>();
        for (CollectivityInvitation late : late(campaignId, by)) {
            try {
                eachReminder.executeWithoutResult(status -> remind(campaign, late, fresh, by));
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
    private void remind(
            CampaignSummary campaign, CollectivityInvitation late, Map<String, InvitationLink> fresh, CurrentUser by) {
        CampaignInvitationView invitation = late.invitation();
        if (invitation == null) {
            return;
        }
        // Someone who never chose a password gets a fresh link: the first one may have expired.
        InvitationLink link = null;
        if (invitations.needsPassword(invitation.email())) {
            link = fresh.get(invitation.email());
            if (link == null) {
                link = invitations.invite(
                        invitation.email(), displayName(late.collectivity()), invitation.collectivityId(), by);
                fresh.put(invitation.email(), link);
            }
        }
        outbox.send(
                invitation.email(), text(MailKind.REMINDER, campaign, late.collectivity(), invitation.email(), link));
        store.reminded(invitation.id(), clock.instant());
    }

    private org.mutualis.census.mail.MailText text(
            MailKind kind,
            CampaignSummary campaign,
            CollectivityView collectivity,
            String email,
            @Nullable InvitationLink link) {
        return CampaignMails.render(
                templates.templateOf(campaign.territoryId(), kind), mail(campaign, collectivity, email, link));
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
