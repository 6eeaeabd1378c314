package org.mutualis.census;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mutualis.census.mail.CampaignMail;
import org.mutualis.census.mail.CampaignMails;
import org.mutualis.census.mail.MailKind;
import org.mutualis.census.mail.MailTemplate;
import org.mutualis.census.mail.MailText;
import org.mutualis.census.persistence.MailTemplateStore;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The French wording of the census e-mails (invitation, reminder), per territory: the EPCI's staff
 * write their own with placeholders ({@link MailTemplate#PLACEHOLDERS}), preview it, or go back to
 * the default text. Reached through a campaign of the territory.
 */
@Service
public class CampaignMailTemplates {

    private final Campaigns campaigns;
    private final Territories territories;
    private final MailTemplateStore store;
    private final Accounts accounts;
    private final String baseUrl;
    private final Clock clock;

    CampaignMailTemplates(
            Campaigns campaigns,
            Territories territories,
            MailTemplateStore store,
            Accounts accounts,
            @Value("${mutualis.base-url}") String baseUrl,
            Clock clock) {
        this.campaigns = campaigns;
        this.territories = territories;
        this.store = store;
        this.accounts = accounts;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.clock = clock;
    }

    /** Every kind of e-mail with the text the campaign's territory sends (staff only). */
    public List<MailTemplateView> of(long campaignId, CurrentUser by) {
        Campaigns.requireStaff(by);
        CampaignSummary campaign = campaigns.get(campaignId, by);
        Map<String, MailTemplateStore.Row> own = store.of(campaign.territoryId()).stream()
                .collect(Collectors.toMap(MailTemplateStore.Row::kind, Function.identity()));
        List<MailTemplateView> views = new ArrayList<>();
        for (MailKind kind : MailKind.values()) {
            MailTemplateStore.Row row = own.get(kind.name());
            MailTemplate defaults = MailTemplate.defaultOf(kind);
            views.add(
                    row == null
                            ? new MailTemplateView(kind, defaults.subject(), defaults.body(), false, null, null)
                            : new MailTemplateView(
                                    kind, row.subject(), row.body(), true, row.updatedBy(), row.updatedAt()));
        }
        return views;
    }

    /** One kind, by its slug ({@code invitation}); {@link NotFoundException} for another word. */
    public MailTemplateView get(long campaignId, String kind, CurrentUser by) {
        MailKind wanted = kind(kind);
        return of(campaignId, by).stream()
                .filter(v -> v.kind() == wanted)
                .findFirst()
                .orElseThrow();
    }

    /** The e-mail this text gives, for the territory's first collectivité; checks the text first. */
    public MailText preview(long campaignId, String kind, String subject, String body, CurrentUser by) {
        kind(kind);
        Campaigns.requireStaff(by);
        CampaignSummary campaign = campaigns.get(campaignId, by);
        MailTemplate template = checked(subject, body);
        String collectivity = territories.collectivities(campaign.territoryId()).stream()
                .findFirst()
                .map(CollectivityView::name)
                .orElse("Exemple");
        return CampaignMails.render(
                template,
                new CampaignMail(
                        campaign.name(),
                        campaign.territoryName(),
                        collectivity,
                        campaign.closesOn(),
                        "prenom.nom@mairie.example.fr",
                        baseUrl + "/campaigns/" + campaign.id() + "/responses/…",
                        baseUrl + "/invitation/exemple-de-lien-personnel",
                        LocalDateTime.now(clock).plusDays(14)));
    }

    /** Keeps the territory's own text of this kind; refused, with every problem, when it cannot serve. */
    @Transactional
    public MailTemplateView save(long campaignId, String kind, String subject, String body, CurrentUser by) {
        MailKind wanted = kind(kind);
        Campaigns.requireStaff(by);
        CampaignSummary campaign = campaigns.get(campaignId, by);
        MailTemplate template = checked(subject, body);
        store.save(
                campaign.territoryId(),
                wanted.name(),
                template.subject(),
                template.body(),
                by.username(),
                clock.instant());
        accounts.audit(by.username(), "MAIL_TEMPLATE_SAVED", campaign.territoryName() + " : " + wanted.name());
        return get(campaignId, kind, by);
    }

    /** Back to the default text of this kind. */
    @Transactional
    public void reset(long campaignId, String kind, CurrentUser by) {
        MailKind wanted = kind(kind);
        Campaigns.requireStaff(by);
        CampaignSummary campaign = campaigns.get(campaignId, by);
        store.delete(campaign.territoryId(), wanted.name());
        accounts.audit(by.username(), "MAIL_TEMPLATE_RESET", campaign.territoryName() + " : " + wanted.name());
    }

    /** The text the territory's e-mails of this kind are written from: its own, or the default. */
    MailTemplate templateOf(long territoryId, MailKind kind) {
        return store.of(territoryId).stream()
                .filter(r -> r.kind().equals(kind.name()))
                .findFirst()
                .map(r -> new MailTemplate(r.subject(), r.body()))
                .orElseGet(() -> MailTemplate.defaultOf(kind));
    }

    private static MailTemplate checked(String subject, String body) {
        String s = subject.strip();
        String b = body.replace("\r\n", "\n").stripTrailing();
        List<Problem> problems = new ArrayList<>();
        if (s.isEmpty()) {
            problems.add(Problem.of("subject", "census.mailTemplate.required.subject"));
        } else if (s.length() > MailTemplate.MAX_SUBJECT) {
            problems.add(Problem.of("subject", "census.mailTemplate.tooLong.subject", MailTemplate.MAX_SUBJECT));
        }
        if (b.isBlank()) {
            problems.add(Problem.of("body", "census.mailTemplate.required.body"));
        } else if (b.length() > MailTemplate.MAX_BODY) {
            problems.add(Problem.of("body", "census.mailTemplate.tooLong.body", MailTemplate.MAX_BODY));
        }
        MailTemplate template = new MailTemplate(s, b + "\n");
        Set<String> unknown = template.unknownPlaceholders();
        if (!unknown.isEmpty()) {
            problems.add(Problem.of(
                    "body",
                    "census.mailTemplate.unknownPlaceholder",
                    String.join(", ", unknown),
                    MailTemplate.PLACEHOLDERS.stream().map(p -> "{" + p + "}").collect(Collectors.joining(", "))));
        }
        if (!b.contains("{" + MailTemplate.LINK + "}")) {
            problems.add(Problem.of("body", "census.mailTemplate.linkMissing", "{" + MailTemplate.LINK + "}"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems, "census.mailTemplate.rejected");
        }
        return template;
    }

    private static MailKind kind(String slug) {
        for (MailKind kind : MailKind.values()) {
            if (kind.slug().equals(slug.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new NotFoundException("census.mailTemplate.unknownKind", slug);
    }
}
