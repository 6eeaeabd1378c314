package org.mutualis.census.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class MailTemplateTests {

    @Property
    void theDefaultTextsSayWordForWordWhatTheMailsSaidBeforeTemplates(
            @ForAll boolean withDate, @ForAll boolean withLink, @ForAll boolean withExpiry) {
        CampaignMail mail = mail(
                withDate ? LocalDate.of(2026, 6, 30) : null,
                withLink ? "https://mutualis.example.fr/invitation/abc" : null,
                withExpiry ? LocalDateTime.of(2026, 3, 1, 9, 30) : null);
        assertThat(CampaignMails.invitation(mail)).isEqualTo(LegacyCampaignMails.invitation(mail));
        assertThat(CampaignMails.reminder(mail)).isEqualTo(LegacyCampaignMails.reminder(mail));
    }

    @Property
    void anyTextWithoutBracesComesOutAsWritten(@ForAll @StringLength(max = 200) String text) {
        String plain = text.replace("{", "").replace("}", "").replace("\r", "");
        MailTemplate template = new MailTemplate("Sujet", plain);
        assertThat(template.unknownPlaceholders()).isEmpty();
        assertThat(template.render(Map.of()).body().strip())
                .isEqualTo(plain.replaceAll("\n{3,}", "\n\n").strip());
    }

    @Test
    void unknownPlaceholdersAreNamedAndKnownOnesAreFilled() {
        MailTemplate template = new MailTemplate(
                "{campagne} pour {commune}", "Bonjour {collectivite},\n{lien}\nVoir {date} et {expediteur}");
        assertThat(template.unknownPlaceholders()).containsExactly("{commune}", "{date}");
        MailText text = new MailTemplate(
                        "Invitation {campagne}", "Pour « {collectivite} » :\n{lien}\nAvant le {date_limite}.\nFin")
                .render(Map.of(
                        "campagne", "R 2026", "collectivite", "Garlan", "lien", "https://x/y", "date_limite", ""));
        assertThat(text.subject()).isEqualTo("Invitation R 2026");
        // The line whose value is empty is left out.
        assertThat(text.body()).isEqualTo("Pour « Garlan » :\nhttps://x/y\nFin\n");
    }

    private static CampaignMail mail(
            @Nullable LocalDate closesOn, @Nullable String link, @Nullable LocalDateTime expiresAt) {
        return new CampaignMail(
                "Recensement 2026",
                "Morlaix Communauté",
                "Garlan",
                closesOn,
                "mairie@garlan.example.fr",
                "https://mutualis.example.fr/campaigns/3/responses/7",
                link,
                link == null ? null : expiresAt);
    }
}
