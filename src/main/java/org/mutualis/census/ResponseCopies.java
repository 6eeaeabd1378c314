package org.mutualis.census;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.documents.ResponseCopy;
import org.mutualis.census.documents.ResponsePdf;
import org.mutualis.census.mail.CampaignMails;
import org.mutualis.census.mail.MailOutbox;
import org.mutualis.census.mail.ReceiptMail;
import org.mutualis.identity.CurrentUser;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.text.BundleTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person keeps of a response: its printable PDF copy (for whoever may read the response, as
 * its page) and the acknowledgement e-mail sent when a response is transmitted, to the person who
 * transmitted it (when their username is an address, as for invited correspondents) and to the
 * EPCI's address {@code mutualis.mail.staff} when one is configured.
 */
@Service
@Transactional(readOnly = true)
public class ResponseCopies {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseCopies.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy à HH'h'mm");

    private final Campaigns campaigns;
    private final MailOutbox outbox;
    private final Clock clock;
    private final String baseUrl;
    private final String staffAddress;

    ResponseCopies(
            Campaigns campaigns,
            MailOutbox outbox,
            Clock clock,
            @Value("${mutualis.base-url}") String baseUrl,
            @Value("${mutualis.mail.staff:}") String staffAddress) {
        this.campaigns = campaigns;
        this.outbox = outbox;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.staffAddress = staffAddress.strip();
    }

    /** The PDF copy of the response, for whoever may read it (the same rules as its page). */
    public byte[] pdf(long campaignId, long collectivityId, CurrentUser reader) {
        return ResponsePdf.render(copy(campaignId, collectivityId, reader));
    }

    /** The name of the PDF file: the collectivité's code and the campaign's id, nothing typed. */
    public String pdfName(long campaignId, long collectivityId, CurrentUser reader) {
        ResponseView response = campaigns.response(campaignId, collectivityId, reader);
        return "reponse-" + response.collectivity().code() + "-campagne-" + campaignId + ".pdf";
    }

    ResponseCopy copy(long campaignId, long collectivityId, CurrentUser reader) {
        ResponseView response = campaigns.response(campaignId, collectivityId, reader);
        CampaignSummary campaign = campaigns.get(campaignId, reader);
        List<ResponseCopy.Part> parts = new ArrayList<>();
        for (Questionnaire theme : campaigns.themes(campaignId, reader)) {
            List<ResponseCopy.Line> lines = new ArrayList<>();
            for (Question question : theme.questions()) {
                Indicator indicator = theme.indicatorOf(question);
                AnswerValue value = response.answers().get(question.code());
                lines.add(new ResponseCopy.Line(question.labelFr(), answer(value), indicator.unit()));
            }
            parts.add(new ResponseCopy.Part(theme.titleFr(), lines));
        }
        return new ResponseCopy(
                campaign.name(),
                campaign.territoryName(),
                response.collectivity().name(),
                response.collectivity().code(),
                BundleTexts.french("status." + response.status().name()),
                updated(response),
                LocalDateTime.now(clock.withZone(PARIS)),
                parts,
                response.comment());
    }

    /**
     * Sends the acknowledgement of a transmitted response; a mail server that fails is logged and
     * does not undo the transmission. Returns the addresses written to.
     */
    public List<String> acknowledge(long campaignId, long collectivityId, CurrentUser user) {
        ResponseView response = campaigns.response(campaignId, collectivityId, user);
        CampaignSummary campaign = campaigns.get(campaignId, user);
        int questions = 0;
        for (Questionnaire theme : campaigns.themes(campaignId, user)) {
            questions += theme.questions().size();
        }
        long answered = response.answers().values().stream()
                .filter(v -> v != null && !v.display().isEmpty())
                .count();
        String page = baseUrl + "/campaigns/" + campaignId + "/responses/" + collectivityId;
        ReceiptMail mail = new ReceiptMail(
                campaign.name(),
                campaign.territoryName(),
                response.collectivity().name(),
                user.displayName(),
                LocalDateTime.now(clock.withZone(PARIS)),
                BundleTexts.french("status." + response.status().name()),
                (int) answered,
                questions,
                campaign.closesOn(),
                page,
                page + "/pdf");
        List<String> to = new ArrayList<>();
        if (user.username().contains("@")) {
            to.add(user.username());
        }
        if (staffAddress.contains("@") && !to.contains(staffAddress.toLowerCase(Locale.ROOT))) {
            to.add(staffAddress);
        }
        List<String> sent = new ArrayList<>();
        for (String address : to) {
            try {
                outbox.send(address, CampaignMails.receipt(mail));
                sent.add(address);
            } catch (MailNotSentException e) {
                LOG.warn(
                        "Acknowledgement of {} to {} not sent",
                        response.collectivity().name(),
                        address);
            }
        }
        return sent;
    }

    private static @Nullable String updated(ResponseView response) {
        if (response.updatedAt() == null) {
            return null;
        }
        String when = response.updatedAt().atZone(PARIS).format(DAY_AND_TIME);
        return response.updatedBy() == null ? when : when + ", par " + response.updatedBy();
    }

    private static String answer(@Nullable AnswerValue value) {
        if (value == null || value.display().isEmpty()) {
            return "—";
        }
        String text = value.display();
        String choice = BundleTexts.french("choice." + text);
        return choice.equals("choice." + text) ? text : choice;
    }
}
