package org.mutualis.servicedesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.PLOUGONVEN;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.NewAccount;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.procurement.ProcurementFixture;
import org.mutualis.servicedesk.FollowUpView;
import org.mutualis.servicedesk.ServiceCentres;
import org.mutualis.servicedesk.TicketChannel;
import org.mutualis.servicedesk.TicketView;
import org.mutualis.servicedesk.Tickets;
import org.mutualis.servicedesk.mail.MailDispatcher.Outcome;
import org.mutualis.servicedesk.mail.MailboxReader.PollReport;
import org.mutualis.servicedesk.persistence.MailMessageStore;
import org.mutualis.servicedesk.persistence.MailMessageStore.MailMessageRow;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Tickets by e-mail through a real IMAP server (GreenMail): the centre's mailbox read by {@link
 * MailboxReader}, each message's outcome recorded, refusals told to known senders by SMTP
 * (GreenMail too), and the agents' page.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class MailIntakeTests {

    private static final int IMAP_PORT = 3510;
    private static final int SMTP_PORT = 3511;
    private static final String MAILBOX = "support-" + TestUsers.uniqueName("csip") + "@morlaix.example.fr";
    private static final String PASSWORD = "boite-du-centre";

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup[] {
                new ServerSetup(IMAP_PORT, "127.0.0.1", "imap"), new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp")
            })
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, MAILBOX, PASSWORD))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("mutualis.servicedesk.mail.protocol", () -> "imap");
        registry.add("mutualis.servicedesk.mail.host", () -> "127.0.0.1");
        registry.add("mutualis.servicedesk.mail.port", () -> IMAP_PORT);
        registry.add("mutualis.servicedesk.mail.username", () -> MAILBOX);
        registry.add("mutualis.servicedesk.mail.password", () -> PASSWORD);
        registry.add("mutualis.servicedesk.mail.timeout", () -> "PT10S");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("mutualis.mail.from", () -> "csip@morlaix.example.fr");
    }

    @Autowired
    MailboxReader reader;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    MailMessageStore messages;

    @Autowired
    Tickets tickets;

    @Autowired
    ServiceCentres centres;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    long centre;
    long botsorhel;
    String email;
    CurrentUser correspondent;
    CurrentUser technician;
    GreenMailUser mailbox;
    final Session session = Session.getInstance(new Properties());

    @BeforeEach
    void data() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
        mailbox = MAIL.getUserManager().getUser(MAILBOX);
        ProcurementFixture.Loaded t = ProcurementFixture.territory(territories, campaigns, files);
        botsorhel = t.id(BOTSORHEL);
        centre = centres.ofTerritory(t.territory().id()).id();
        // This test's centre is the one whose mailbox is read.
        jdbc.sql("update desk_centre set mailbox = null where mailbox = :m")
                .param("m", MAILBOX)
                .update();
        jdbc.sql("update desk_centre set mailbox = :m where id = :id")
                .param("m", MAILBOX)
                .param("id", centre)
                .update();
        email = TestUsers.uniqueName("mairie") + "@botsorhel.example.fr";
        correspondent = accounts.create(
                new NewAccount(email, "Secrétaire de Botsorhel", Role.CORRESPONDENT, botsorhel, TestUsers.PASSWORD));
        technician = TestUsers.create(accounts, Role.TECHNICIAN);
        centres.addAgent(centre, technician.id(), TestUsers.someone(Role.ADMIN));
    }

    @Test
    void aKnownCorrespondentOpensATicketWithItsAttachmentAndTheMessageIsSeen() throws Exception {
        MimeMessage message = message(email.toUpperCase(Locale.ROOT), "Imprimante en panne", null);
        message.setContent(mixed(text("L’imprimante du secrétariat affiche « bourrage ».\n"), file("photo.png", PNG)));
        deliver(message, "<panne-1@botsorhel.example.fr>");

        PollReport report = reader.poll();

        assertThat(report.count(Outcome.OPENED)).isEqualTo(1);
        MailMessageRow row =
                messages.byMessageId("<panne-1@botsorhel.example.fr>").orElseThrow();
        assertThat(row.outcome()).isEqualTo("OPENED");
        assertThat(row.centreId()).isEqualTo(centre);
        TicketView ticket = tickets.findForMail(row.ticketId()).orElseThrow();
        assertThat(ticket.collectivityId()).isEqualTo(botsorhel);
        assertThat(ticket.centreId()).isEqualTo(centre);
        assertThat(ticket.channel()).isEqualTo(TicketChannel.MAIL);
        assertThat(ticket.requesterAccountId()).isEqualTo(correspondent.id());
        assertThat(ticket.requesterEmail()).isEqualToIgnoringCase(email);
        assertThat(ticket.title()).isEqualTo("Imprimante en panne");
        assertThat(ticket.description()).isEqualTo("L’imprimante du secrétariat affiche « bourrage ».");
        assertThat(tickets.attachments(ticket.id(), correspondent))
                .extracting(a -> a.filename())
                .containsExactly("photo.png");
        assertThat(reader.poll().total()).as("flagged as seen: not read again").isZero();
    }

    @Test
    void aReplyNamingTheTicketIsAddedToItWithoutTheQuotedMessage() throws Exception {
        deliver(plain(email, "Écran noir", "Le poste de l’accueil ne démarre plus."), "<ecran-1@botsorhel.example.fr>");
        reader.poll();
        long ticketId = messages.byMessageId("<ecran-1@botsorhel.example.fr>")
                .orElseThrow()
                .ticketId();

        deliver(
                plain(
                        email,
                        "RE: [#" + ticketId + "] Écran noir",
                        "C’est reparti après avoir changé le câble.\n\nLe lun. 3 mars 2025 à 10:02, Centre" + " <"
                                + MAILBOX + "> a écrit :\n> Avez-vous vérifié le câble ?\n"),
                "<ecran-2@botsorhel.example.fr>");
        PollReport report = reader.poll();

        assertThat(report.count(Outcome.REPLIED)).isEqualTo(1);
        assertThat(messages.byMessageId("<ecran-2@botsorhel.example.fr>")
                        .orElseThrow()
                        .ticketId())
                .isEqualTo(ticketId);
        assertThat(tickets.followUps(ticketId, correspondent))
                .extracting(FollowUpView::body)
                .contains("C’est reparti après avoir changé le câble.");
    }

    @Test
    void aRequesterWithoutAccountRepliesFromTheAddressTheTicketKnows() throws Exception {
        TicketView ticket = tickets.openFromMail(
                centre,
                botsorhel,
                null,
                "Maire de Botsorhel",
                "maire@botsorhel.example.fr",
                "Téléphone de la mairie",
                "Appel reçu : le téléphone ne sonne plus.",
                List.of());

        deliver(
                plain("Maire@Botsorhel.example.fr", "Re: [#" + ticket.id() + "] Téléphone", "Il sonne de nouveau."),
                "<maire-1@botsorhel.example.fr>");
        reader.poll();

        assertThat(messages.byMessageId("<maire-1@botsorhel.example.fr>")
                        .orElseThrow()
                        .outcome())
                .isEqualTo("REPLIED");
        assertThat(tickets.followUps(ticket.id(), technician))
                .extracting(FollowUpView::body)
                .containsExactly("Il sonne de nouveau.");
    }

    @Test
    void aReplyFromSomeoneWhoMayNotFollowTheTicketIsRefusedSilently() throws Exception {
        deliver(plain(email, "Écran noir", "Le poste ne démarre plus."), "<suivi-1@botsorhel.example.fr>");
        reader.poll();
        long ticketId = messages.byMessageId("<suivi-1@botsorhel.example.fr>")
                .orElseThrow()
                .ticketId();
        CurrentUser neighbour = accounts.create(new NewAccount(
                TestUsers.uniqueName("voisin") + "@plougonven.example.fr",
                "Voisin",
                Role.CORRESPONDENT,
                territoriesId(PLOUGONVEN),
                TestUsers.PASSWORD));
        MAIL.purgeEmailFromAllMailboxes();

        deliver(plain(neighbour.username(), "Re: [#" + ticketId + "] Écran noir", "Je regarde aussi."), "<suivi-2@x>");
        reader.poll();

        MailMessageRow row = messages.byMessageId("<suivi-2@x>").orElseThrow();
        assertThat(row.outcome()).isEqualTo("REFUSED");
        assertThat(row.reason()).isEqualTo("servicedesk.mail.refused.follow");
        assertThat(tickets.followUps(ticketId, correspondent))
                .extracting(FollowUpView::body)
                .doesNotContain("Je regarde aussi.");
        assertThat(sent()).as("no answer to whoever wrote").isEmpty();
    }

    @Test
    void anUnknownSenderIsRefusedWithoutAnswerAndListedForTheAgents() throws Exception {
        deliver(plain("Inconnu@Ailleurs.example.org", "Promotion <b>exceptionnelle</b>", "Achetez !"), "<spam-1@x>");

        PollReport report = reader.poll();

        assertThat(report.count(Outcome.REFUSED)).isEqualTo(1);
        MailMessageRow row = messages.byMessageId("<spam-1@x>").orElseThrow();
        assertThat(row.reason()).isEqualTo("servicedesk.mail.refused.unknown");
        assertThat(row.ticketId()).isNull();
        assertThat(row.sender()).isEqualTo("inconnu@ailleurs.example.org");
        assertThat(sent()).as("no backscatter").isEmpty();
        assertThat(sentTo("inconnu@ailleurs.example.org")).isEmpty();

        mvc.perform(get("/servicedesk/mail").with(as(technician)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("inconnu@ailleurs.example.org")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Expéditeur inconnu")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Promotion &lt;b&gt;")));
        mvc.perform(get("/servicedesk/mail").with(as(correspondent))).andExpect(status().isForbidden());
    }

    @Test
    void aMalformedMessageIsRecordedAndToldAndTheNextOneStillBecomesATicket() throws Exception {
        deliverRaw("""
                Message-ID: <casse-1@botsorhel.example.fr>
                From: %s
                To: %s
                Subject: Message cassé
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="annonce"

                --autre-delimiteur
                Content-Type: text/plain

                Le texte se perd.
                --autre-delimiteur--
                """.formatted(email, MAILBOX));
        deliver(plain(email, "Scanner hors service", "Le scanner ne répond plus."), "<bon-1@botsorhel.example.fr>");

        PollReport report = reader.poll();

        assertThat(report.count(Outcome.MALFORMED)).isEqualTo(1);
        assertThat(report.count(Outcome.OPENED)).isEqualTo(1);
        MailMessageRow broken =
                messages.byMessageId("<casse-1@botsorhel.example.fr>").orElseThrow();
        assertThat(broken.outcome()).isEqualTo("MALFORMED");
        assertThat(broken.reason()).isEqualTo("servicedesk.mail.malformed.structure");
        assertThat(broken.ticketId()).isNull();
        assertThat(ticketsOf(botsorhel)).extracting(TicketView::title).containsExactly("Scanner hors service");
        List<MimeMessage> told = sent();
        assertThat(told).hasSize(1);
        assertThat(told.get(0).getRecipients(Message.RecipientType.TO)[0].toString())
                .isEqualTo(email);
        assertThat(told.get(0).getSubject()).contains("Message cassé");
        assertThat(GreenMailUtil.getBody(told.get(0))).contains("structure MIME");
    }

    @Test
    void aReplayedMessageIdIsTakenOnceEvenWhenThePollStoppedBeforeFlaggingIt() throws Exception {
        MimeMessage first = plain(email, "Wifi coupé", "Plus de wifi à la mairie.");
        deliver(first, "<wifi-1@botsorhel.example.fr>");
        assertThat(reader.poll().count(Outcome.OPENED)).isEqualTo(1);

        // The same message again, unseen (copied back, or the server forgot the flag).
        deliver(plain(email, "Wifi coupé", "Plus de wifi à la mairie."), "<wifi-1@botsorhel.example.fr>");
        // And another taken by a poll that stopped before flagging it: recorded, still unseen.
        MimeMessage second = plain(email, "Téléphone muet", "Le standard ne sonne plus.");
        second.setHeader("Message-ID", "<tel-1@botsorhel.example.fr>");
        second.saveChanges();
        second.setHeader("Message-ID", "<tel-1@botsorhel.example.fr>");
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        second.writeTo(raw);
        assertThat(dispatcher
                        .take(raw.toByteArray(), null, centres.find(centre))
                        .outcome())
                .isEqualTo(Outcome.OPENED);
        mailbox.deliver(second);

        PollReport report = reader.poll();

        assertThat(report.count(Outcome.SKIPPED)).isEqualTo(2);
        assertThat(report.count(Outcome.OPENED)).isZero();
        assertThat(ticketsOf(botsorhel))
                .extracting(TicketView::title)
                .containsExactlyInAnyOrder("Wifi coupé", "Téléphone muet");
        assertThat(reader.poll().total()).isZero();
    }

    @Test
    void htmlWithAScriptBecomesTextOnly() throws Exception {
        MimeMessage message = message(email, "Site internet", null);
        message.setContent(
                "<html><body><p>La page d’accueil est cassée.</p><script>alert('piège')</script>"
                        + "<p onclick=\"steal()\">Merci <b>d’avance</b></p><img src=x onerror=alert(1)></body></html>",
                "text/html; charset=UTF-8");
        deliver(message, "<html-1@botsorhel.example.fr>");

        reader.poll();

        TicketView ticket = tickets.findForMail(messages.byMessageId("<html-1@botsorhel.example.fr>")
                        .orElseThrow()
                        .ticketId())
                .orElseThrow();
        assertThat(ticket.description())
                .isEqualTo("La page d’accueil est cassée.\n\nMerci d’avance")
                .doesNotContain("<", "script", "alert", "steal", "onerror");
    }

    @Test
    void aForbiddenAttachmentStoresNothingAndTheSenderIsTold() throws Exception {
        MimeMessage message = message(email, "Logiciel à installer", null);
        message.setContent(mixed(text("Pouvez-vous installer ceci ?"), file("outil.pdf", EXE)));
        deliver(message, "<exe-1@botsorhel.example.fr>");

        PollReport report = reader.poll();

        assertThat(report.count(Outcome.REFUSED)).isEqualTo(1);
        MailMessageRow row =
                messages.byMessageId("<exe-1@botsorhel.example.fr>").orElseThrow();
        assertThat(row.reason()).isEqualTo("servicedesk.mail.refused.ticket");
        assertThat(row.detail()).contains("outil.pdf");
        assertThat(row.ticketId()).isNull();
        assertThat(ticketsOf(botsorhel)).isEmpty();
        assertThat(sent()).hasSize(1);
        assertThat(GreenMailUtil.getBody(sent().get(0))).contains("outil.pdf");
    }

    @Test
    void anEmptyMessageIsRefusedAndAnAutoReplyIgnored() throws Exception {
        deliver(plain(email, "", ""), "<vide-1@botsorhel.example.fr>");
        MimeMessage away = plain(email, "Absent", "Je suis absente jusqu’au 10.");
        away.setHeader("Auto-Submitted", "auto-replied");
        deliver(away, "<absent-1@botsorhel.example.fr>");

        reader.poll();

        assertThat(messages.byMessageId("<vide-1@botsorhel.example.fr>")
                        .orElseThrow()
                        .reason())
                .isEqualTo("servicedesk.mail.refused.empty");
        assertThat(messages.byMessageId("<absent-1@botsorhel.example.fr>")
                        .orElseThrow()
                        .reason())
                .isEqualTo("servicedesk.mail.refused.automatic");
        assertThat(ticketsOf(botsorhel)).isEmpty();
        assertThat(sent())
                .as("the empty message is told, the auto-reply is not")
                .hasSize(1);
    }

    // --- helpers ---

    private long territoriesId(String code) {
        long territory = territories.collectivity(botsorhel).orElseThrow().territoryId();
        return territories.collectivities(territory).stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private List<TicketView> ticketsOf(long collectivity) {
        return jdbc
                .sql("select id from desk_ticket where collectivity_id = :c order by id")
                .param("c", collectivity)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> tickets.findForMail(id).orElseThrow())
                .toList();
    }

    /**
     * The refusals the application sent by SMTP (GreenMail keeps them in the recipients' mailboxes;
     * the tickets' own notifications, « ticket opened », are left out).
     */
    private List<MimeMessage> sent() throws Exception {
        return java.util.Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getFrom() != null
                                && m.getFrom()[0].toString().equals("csip@morlaix.example.fr")
                                && m.getSubject().startsWith("Message non pris en compte");
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    /** Whatever the application sent to this address. */
    private List<MimeMessage> sentTo(String address) throws Exception {
        return java.util.Arrays.stream(MAIL.getReceivedMessagesForDomain(address))
                .toList();
    }

    private MimeMessage message(String from, String subject, @Nullable String text) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new java.util.Date());
        if (text != null) {
            message.setText(text, "UTF-8");
        }
        return message;
    }

    private MimeMessage plain(String from, String subject, String text) throws Exception {
        return message(from, subject, text);
    }

    private static MimeMultipart mixed(MimeBodyPart... parts) throws Exception {
        MimeMultipart multipart = new MimeMultipart("mixed");
        for (MimeBodyPart part : parts) {
            multipart.addBodyPart(part);
        }
        return multipart;
    }

    private static MimeBodyPart text(String text) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8");
        return part;
    }

    private static MimeBodyPart file(String name, byte[] content) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, "application/octet-stream")));
        part.setFileName(name);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    /** Into the centre's mailbox, unseen, with this Message-ID (saveChanges would write its own). */
    private void deliver(MimeMessage message, String messageId) throws Exception {
        message.saveChanges();
        message.setHeader("Message-ID", messageId);
        mailbox.deliver(message);
    }

    private void deliverRaw(String raw) throws Exception {
        MimeMessage message = new MimeMessage(
                session,
                new java.io.ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        mailbox.deliver(message);
    }
}
