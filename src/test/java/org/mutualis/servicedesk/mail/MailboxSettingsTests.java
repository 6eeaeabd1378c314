package org.mutualis.servicedesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.EPCI_SIREN;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Arrays;
import java.util.Date;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.NewAccount;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.procurement.ProcurementFixture;
import org.mutualis.servicedesk.ServiceCentres;
import org.mutualis.servicedesk.mail.MailDispatcher.Outcome;
import org.mutualis.servicedesk.mail.MailboxReader.PollReport;
import org.mutualis.servicedesk.persistence.MailMessageStore;
import org.mutualis.servicedesk.persistence.MailMessageStore.MailMessageRow;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The mailbox's settings at work: the centre found by its EPCI's SIREN, taken messages moved to a
 * folder of their own, a message over the size limit refused without being downloaded.
 */
@MutualisDbTest
class MailboxSettingsTests {

    private static final int IMAP_PORT = 3520;
    private static final int SMTP_PORT = 3521;
    private static final String MAILBOX = "csip@botsorhel-tests.example.fr";
    private static final String PASSWORD = "boite-du-centre";
    private static final String PROCESSED = "Traites";

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
        registry.add("mutualis.servicedesk.mail.territory-siren", () -> EPCI_SIREN);
        registry.add("mutualis.servicedesk.mail.processed-folder", () -> PROCESSED);
        registry.add("mutualis.servicedesk.mail.max-message-size", () -> "64KB");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("mutualis.mail.from", () -> "csip@morlaix.example.fr");
    }

    /** The one territory of this context's database with the EPCI's SIREN (the latest year would win). */
    private static TerritorySummary territory;

    private static String email;

    @Autowired
    MailboxReader reader;

    @Autowired
    MailMessageStore messages;

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

    final Session session = Session.getInstance(new Properties());

    @BeforeEach
    void data() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
        if (territory == null) {
            ProcurementFixture.Loaded t = ProcurementFixture.territory(territories, campaigns, files);
            territory = t.territory();
            email = TestUsers.uniqueName("mairie") + "@botsorhel.example.fr";
            accounts.create(new NewAccount(
                    email, "Secrétaire de Botsorhel", Role.CORRESPONDENT, t.id(BOTSORHEL), TestUsers.PASSWORD));
        }
    }

    @Test
    void theMailboxBelongsToTheCentreOfTheTerritoryWithThatSiren() {
        assertThat(reader.centre().territoryId()).isEqualTo(territory.id());
        assertThat(reader.centre().id())
                .isEqualTo(centres.ofTerritory(territory.id()).id());
    }

    @Test
    void takenMessagesAreMovedToTheProcessedFolder() throws Exception {
        deliver(message("Clavier cassé", new byte[0]), "<clavier-1@botsorhel.example.fr>");
        deliver(message("Souris cassée", new byte[0]), "<souris-1@botsorhel.example.fr>");

        PollReport report = reader.poll();

        assertThat(report.count(Outcome.OPENED)).isEqualTo(2);
        assertThat(count("INBOX")).isZero();
        assertThat(count(PROCESSED)).isEqualTo(2);
    }

    @Test
    void aMessageOverTheLimitIsRefusedItsSenderToldAndTheNextOneTaken() throws Exception {
        deliver(message("Photos du serveur", new byte[100 * 1024]), "<gros-1@botsorhel.example.fr>");
        deliver(message("Serveur arrêté", new byte[0]), "<petit-1@botsorhel.example.fr>");

        PollReport report = reader.poll();

        assertThat(report.count(Outcome.REFUSED)).isEqualTo(1);
        assertThat(report.count(Outcome.OPENED)).isEqualTo(1);
        MailMessageRow big =
                messages.byMessageId("<gros-1@botsorhel.example.fr>").orElseThrow();
        assertThat(big.reason()).isEqualTo("servicedesk.mail.refused.size");
        assertThat(big.subject()).isEqualTo("Photos du serveur");
        assertThat(big.sender()).isEqualTo(email);
        assertThat(big.detail()).contains("0,1 Mo");
        assertThat(Arrays.stream(MAIL.getReceivedMessagesForDomain(email)).filter(m -> {
                    try {
                        return m.getSubject().startsWith("Message non pris en compte");
                    } catch (Exception e) {
                        return false;
                    }
                }))
                .singleElement()
                .satisfies(m -> assertThat(GreenMailUtil.getBody(m)).contains("trop volumineux"));
    }

    private MimeMessage message(String subject, byte[] attachment) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(email));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Voir l’objet.", "UTF-8");
        MimeMultipart multipart = new MimeMultipart("mixed");
        multipart.addBodyPart(text);
        if (attachment.length > 0) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment, "application/octet-stream")));
            file.setFileName("photos.bin");
            multipart.addBodyPart(file);
        }
        message.setContent(multipart);
        return message;
    }

    private void deliver(MimeMessage message, String messageId) throws Exception {
        message.saveChanges();
        message.setHeader("Message-ID", messageId);
        MAIL.getUserManager().getUser(MAILBOX).deliver(message);
    }

    private int count(String folderName) throws Exception {
        Store store = session.getStore("imap");
        store.connect("127.0.0.1", IMAP_PORT, MAILBOX, PASSWORD);
        try {
            Folder folder = store.getFolder(folderName);
            return folder.exists() ? folder.getMessageCount() : 0;
        } finally {
            store.close();
        }
    }
}
