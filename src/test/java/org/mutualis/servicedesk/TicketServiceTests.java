package org.mutualis.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.PLOUGONVEN;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
import org.mutualis.servicedesk.domain.Priority;
import org.mutualis.servicedesk.domain.TicketStatus;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.InvalidInputException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tickets through their service: opening (web, phone, mail), transitions, follow-ups and private
 * notes, attachments sniffed from their content and limited in size, history, optimistic locking,
 * the notifications a real SMTP server (GreenMail) receives, and who sees what.
 */
@MutualisDbTest
class TicketServiceTests {

    private static final int SMTP_PORT = 3431;

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp")).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("mutualis.mail.from", () -> "desk@morlaix.example.fr");
        registry.add("mutualis.servicedesk.attachments.max-size", () -> "64KB");
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13};

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
    TicketTerms terms;

    ProcurementFixture.Loaded t;
    long centre;
    long botsorhel;
    CurrentUser correspondent;
    CurrentUser neighbour;
    CurrentUser technician;
    CurrentUser admin;
    String requesterEmail;
    String technicianEmail;

    @BeforeEach
    void data() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        t = ProcurementFixture.territory(territories, campaigns, files);
        botsorhel = t.id(BOTSORHEL);
        centre = centres.ofTerritory(t.territory().id()).id();
        requesterEmail = TestUsers.uniqueName("mairie") + "@botsorhel.example.fr";
        correspondent = accounts.create(new NewAccount(
                requesterEmail, "Secrétaire de Botsorhel", Role.CORRESPONDENT, botsorhel, TestUsers.PASSWORD));
        neighbour = TestUsers.create(accounts, Role.CORRESPONDENT, t.id(PLOUGONVEN));
        technicianEmail = TestUsers.uniqueName("tech") + "@morlaix.example.fr";
        technician = accounts.create(
                new NewAccount(technicianEmail, "Technicienne", Role.TECHNICIAN, null, TestUsers.PASSWORD));
        admin = TestUsers.create(accounts, Role.ADMIN);
        centres.addAgent(centre, technician.id(), admin);
    }

    private TicketView open(String title, List<Upload> uploads) {
        return tickets.open(
                new NewTicket(
                        botsorhel,
                        null,
                        title,
                        "L’imprimante du secrétariat\naffiche une erreur.",
                        3,
                        4,
                        null,
                        null,
                        null),
                uploads,
                correspondent);
    }

    /** The mails to this (unique) address, once {@code expected} of them arrived or 10 s passed. */
    private MimeMessage[] mailsTo(String address, int expected) throws Exception {
        MimeMessage[] found = new MimeMessage[0];
        for (int i = 0; i < 100 && found.length < expected; i++) {
            found = Arrays.stream(SMTP.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return m.getRecipients(Message.RecipientType.TO)[0]
                                    .toString()
                                    .equals(address);
                        } catch (Exception e) {
                            return false;
                        }
                    })
                    .toArray(MimeMessage[]::new);
            if (found.length < expected) {
                Thread.sleep(100);
            }
        }
        return found;
    }

    @Test
    void aCorrespondentOpensATicketAndIsToldItsReference() throws Exception {
        TicketView ticket = open("Imprimante en panne", List.of(new Upload("erreur.pdf", PDF)));

        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.channel()).isEqualTo(TicketChannel.WEB);
        assertThat(ticket.priority()).isEqualTo(Priority.HIGH);
        assertThat(ticket.requesterAccountId()).isEqualTo(correspondent.id());
        assertThat(ticket.requesterEmail()).isEqualTo(requesterEmail);
        assertThat(ticket.resolveDue())
                .as("the SLA clock's due date, in the centre's hours")
                .isAfter(ticket.openedAt());
        assertThat(ticket.takeChargeDue()).isAfter(ticket.openedAt()).isBeforeOrEqualTo(ticket.resolveDue());
        assertThat(tickets.sla(ticket.id(), correspondent)
                        .orElseThrow()
                        .resolve()
                        .phase())
                .isEqualTo("RUNNING");
        assertThat(tickets.attachments(ticket.id(), correspondent))
                .extracting(AttachmentView::filename, AttachmentView::mediaType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("erreur.pdf", "application/pdf"));
        assertThat(tickets.history(ticket.id(), technician))
                .extracting(TicketChange::field, TicketChange::after)
                .contains(org.assertj.core.groups.Tuple.tuple("status", "NEW"));

        MimeMessage[] mails = mailsTo(requesterEmail, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).startsWith("[#" + ticket.id() + "]");
    }

    @Test
    void aNeighbourNeverSeesBotsorhelsTicketNorItsAttachment() {
        TicketView ticket = open("Réseau coupé", List.of(new Upload("capture.png", PNG)));
        long attachment = tickets.attachments(ticket.id(), technician).get(0).id();

        assertThatThrownBy(() -> tickets.find(ticket.id(), neighbour)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tickets.download(attachment, neighbour)).isInstanceOf(NotFoundException.class);
        assertThat(tickets.mine(TicketFilter.all(), neighbour).tickets())
                .extracting(TicketView::id)
                .doesNotContain(ticket.id());
        assertThat(tickets.mine(TicketFilter.all(), correspondent).tickets())
                .extracting(TicketView::id)
                .contains(ticket.id());
        assertThat(tickets.download(attachment, correspondent).content()).isEqualTo(PNG);
        assertThatThrownBy(() -> tickets.open(
                        new NewTicket(botsorhel, null, "Pour le voisin", "texte", 1, 1, null, null, null),
                        List.of(),
                        neighbour))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void privateNotesStayWithTheAgents() throws Exception {
        TicketView ticket = open("Messagerie", List.of());
        tickets.addFollowUp(
                ticket.id(),
                new FollowUpForm("Mot de passe : voir coffre", true, 15),
                List.of(new Upload("note.txt", "secret".getBytes(StandardCharsets.UTF_8))),
                technician);
        tickets.addFollowUp(
                ticket.id(),
                new FollowUpForm("Nous regardons <script>alert(1)</script>", false, 10),
                List.of(),
                technician);

        assertThat(tickets.followUps(ticket.id(), correspondent))
                .extracting(FollowUpView::body)
                .containsExactly("Nous regardons <script>alert(1)</script>");
        assertThat(tickets.followUps(ticket.id(), technician)).hasSize(2);
        assertThat(tickets.attachments(ticket.id(), correspondent)).isEmpty();
        long note = tickets.attachments(ticket.id(), technician).get(0).id();
        assertThatThrownBy(() -> tickets.download(note, correspondent)).isInstanceOf(NotFoundException.class);
        assertThat(tickets.find(ticket.id(), technician).minutesSpent()).isEqualTo(25);
        assertThat(tickets.history(ticket.id(), correspondent))
                .extracting(TicketChange::field)
                .doesNotContain("note");
        assertThatThrownBy(() ->
                        tickets.addFollowUp(ticket.id(), new FollowUpForm("note", true, 0), List.of(), correspondent))
                .isInstanceOf(ForbiddenException.class);

        MimeMessage[] mails = mailsTo(requesterEmail, 2);
        assertThat(mails)
                .as("the opening and the public follow-up, not the note")
                .hasSize(2);
        for (MimeMessage mail : mails) {
            String content = new String(mail.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(content).doesNotContain("coffre");
        }
    }

    @Test
    void statusesMoveByTheRulesAndTheRequesterReopens() throws Exception {
        TicketView ticket = open("Sauvegarde", List.of());
        ticket = tickets.assign(ticket.id(), technician.id(), ticket.version(), admin);
        assertThat(ticket.status()).isEqualTo(TicketStatus.ASSIGNED);
        assertThat(ticket.assigneeId()).isEqualTo(technician.id());
        assertThat(mailsTo(technicianEmail, 1)).hasSize(1);

        TicketView assigned = ticket;
        assertThatThrownBy(
                        () -> tickets.changeStatus(assigned.id(), TicketStatus.CLOSED, assigned.version(), technician))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() ->
                        tickets.changeStatus(assigned.id(), TicketStatus.SOLVED, assigned.version(), correspondent))
                .isInstanceOf(ForbiddenException.class);

        ticket = tickets.changeStatus(ticket.id(), TicketStatus.WAITING_REQUESTER, ticket.version(), technician);
        assertThat(ticket.slaPaused()).isTrue();
        tickets.addFollowUp(ticket.id(), new FollowUpForm("Voici le détail", false, 0), List.of(), correspondent);
        ticket = tickets.find(ticket.id(), technician);
        assertThat(ticket.status())
                .as("the requester's answer resumes the ticket")
                .isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(ticket.slaPaused()).isFalse();

        ticket = tickets.changeStatus(ticket.id(), TicketStatus.SOLVED, ticket.version(), technician);
        long id = ticket.id();
        assertThatThrownBy(() -> tickets.rate(id, 6, null, correspondent)).isInstanceOf(InvalidInputException.class);
        ticket = tickets.rate(id, 4, "Rapide", correspondent);
        assertThat(ticket.satisfaction()).isEqualTo(4);
        TicketView rated = ticket;
        assertThatThrownBy(() -> tickets.rate(id, 5, null, correspondent)).isInstanceOf(ConflictException.class);

        ticket = tickets.changeStatus(id, TicketStatus.REOPENED, rated.version(), correspondent);
        assertThat(ticket.status()).isEqualTo(TicketStatus.REOPENED);
        assertThat(tickets.history(id, technician))
                .filteredOn(c -> c.field().equals("status"))
                .extracting(TicketChange::after)
                .containsExactly("NEW", "ASSIGNED", "WAITING_REQUESTER", "IN_PROGRESS", "SOLVED", "REOPENED");
    }

    @Test
    void aStaleVersionOverwritesNothing() {
        TicketView ticket = open("Site internet", List.of());
        tickets.prioritize(ticket.id(), 5, 5, null, null, ticket.version(), technician);
        assertThatThrownBy(() -> tickets.prioritize(ticket.id(), 1, 1, null, null, ticket.version(), technician))
                .isInstanceOf(ConflictException.class);
        TicketView now = tickets.find(ticket.id(), technician);
        assertThat(now.priority()).isEqualTo(Priority.MAJOR);
        assertThatThrownBy(() -> tickets.prioritize(ticket.id(), 1, 1, Priority.HIGH, " ", now.version(), technician))
                .isInstanceOf(InvalidInputException.class);
        TicketView overridden =
                tickets.prioritize(ticket.id(), 1, 1, Priority.HIGH, "Le maire attend", now.version(), technician);
        assertThat(overridden.priority()).isEqualTo(Priority.HIGH);
        assertThat(overridden.priorityReason()).isEqualTo("Le maire attend");
        assertThat(tickets.history(ticket.id(), technician))
                .filteredOn(c -> c.field().equals("priority"))
                .extracting(TicketChange::after)
                .containsExactly("HIGH", "MAJOR", "HIGH");
    }

    @Test
    void attachmentsAreSniffedAndLimitedAndNothingIsHalfStored() throws Exception {
        long before =
                jdbc.sql("select count(*) from desk_ticket").query(Long.class).single();
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThatThrownBy(() -> open("Exécutable", List.of(new Upload("facture.pdf", exe))))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("facture.pdf");
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> open("HTML", List.of(new Upload("a.txt", html))))
                .isInstanceOf(RejectedException.class);
        byte[] svg =
                "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> open("SVG", List.of(new Upload("a.png", svg)))).isInstanceOf(RejectedException.class);
        byte[] big = new byte[65 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> open("Trop gros", List.of(new Upload("ok.pdf", PDF), new Upload("gros.pdf", big))))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("gros.pdf");
        assertThat(jdbc.sql("select count(*) from desk_ticket")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);

        TicketView ticket = open(
                "Documents",
                List.of(
                        new Upload("../../etc/lettre.odt", zip("mimetype", "application/vnd.oasis.opendocument.text")),
                        new Upload(
                                "tableau.bin",
                                zip(
                                        "[Content_Types].xml",
                                        "<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>")),
                        new Upload("liste.csv", "code;nom\n29014;Botsorhel\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(tickets.attachments(ticket.id(), correspondent))
                .extracting(AttachmentView::filename, AttachmentView::mediaType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("lettre.odt", "application/vnd.oasis.opendocument.text"),
                        org.assertj.core.groups.Tuple.tuple(
                                "tableau.bin", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                        org.assertj.core.groups.Tuple.tuple("liste.csv", "text/csv"));
        long followUps = jdbc.sql("select count(*) from desk_followup where ticket_id = :t")
                .param("t", ticket.id())
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> tickets.addFollowUp(
                        ticket.id(),
                        new FollowUpForm("voici", false, 0),
                        List.of(new Upload("x.exe", exe)),
                        correspondent))
                .isInstanceOf(RejectedException.class);
        assertThat(jdbc.sql("select count(*) from desk_followup where ticket_id = :t")
                        .param("t", ticket.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(followUps);
    }

    @Test
    void mailOpensAndRepliesThreadOntoTheTicket() throws Exception {
        TicketView ticket = tickets.openFromMail(
                centre,
                botsorhel,
                null,
                "Mairie de Botsorhel",
                "mairie@botsorhel.example.fr",
                "Plus d’internet",
                "Depuis ce matin",
                List.of(new Upload("photo.png", PNG)));
        assertThat(ticket.channel()).isEqualTo(TicketChannel.MAIL);
        assertThat(ticket.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(tickets.findForMail(ticket.id())).isPresent();

        assertThatThrownBy(() ->
                        tickets.replyFromMail(ticket.id(), null, "inconnu@ailleurs.example.fr", "coucou", List.of()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tickets.replyFromMail(
                        ticket.id(), neighbour.id(), "voisin@plougonven.example.fr", "coucou", List.of()))
                .isInstanceOf(ForbiddenException.class);

        TicketView solved = tickets.changeStatus(ticket.id(), TicketStatus.SOLVED, ticket.version(), technician);
        TicketView replied =
                tickets.replyFromMail(solved.id(), null, "MAIRIE@botsorhel.example.fr", "Toujours en panne", List.of());
        assertThat(replied.status()).isEqualTo(TicketStatus.REOPENED);
        assertThat(tickets.followUps(ticket.id(), technician))
                .extracting(FollowUpView::body, FollowUpView::fromRequester)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Toujours en panne", true));
        assertThat(tickets.replyFromMail(ticket.id(), correspondent.id(), requesterEmail, "Je complète", List.of())
                        .id())
                .isEqualTo(ticket.id());
    }

    @Test
    void theQueueFiltersSearchesAndAssignsInBulk() {
        String word = TestUsers.uniqueName("photocopieur");
        TicketView first = open("Le " + word + " bourre", List.of());
        TicketView second = open("Écran noir", List.of());
        tickets.addFollowUp(
                second.id(),
                new FollowUpForm("Peut-être le " + word.toUpperCase(java.util.Locale.ROOT), false, 0),
                List.of(),
                technician);
        TicketView third = open("Autre", List.of());

        TicketFilter search = new TicketFilter(List.of(), null, null, null, null, word, 0, 50);
        assertThat(tickets.queue(t.territory().id(), search, technician).tickets())
                .extracting(TicketView::id)
                .containsExactly(first.id(), second.id());
        assertThatThrownBy(() -> tickets.queue(t.territory().id(), search, correspondent))
                .isInstanceOf(ForbiddenException.class);

        assertThat(tickets.assignAll(List.of(first.id(), third.id()), technician.id(), technician))
                .isEqualTo(2);
        TicketFilter mine =
                new TicketFilter(List.of(TicketStatus.ASSIGNED), botsorhel, null, technician.id(), null, null, 0, 50);
        assertThat(tickets.queue(t.territory().id(), mine, technician).tickets())
                .extracting(TicketView::id)
                .contains(first.id(), third.id())
                .doesNotContain(second.id());

        tickets.saveView("Mes demandes", "assignee=" + technician.id(), technician);
        assertThat(tickets.savedViews(technician)).extracting(SavedView::name).containsExactly("Mes demandes");
    }

    @Test
    void theWordSearchIgnoresAccentsAndPluralsAndKeepsPrivateNotesFromRequesters() {
        String tag = TestUsers.uniqueName("copieur").replaceAll("[^a-z0-9]", "");
        TicketView scanner = open("Scanners " + tag + " du secrétariat", List.of());
        TicketView noted = open("Écran " + tag, List.of());
        tickets.addFollowUp(noted.id(), new FollowUpForm("Remplacé : garantie échue", true, 10), List.of(), technician);

        // Accents, case and plurals ignored; every word must match.
        assertThat(words("scanner " + tag.toUpperCase(java.util.Locale.ROOT), technician))
                .containsExactly(scanner.id());
        assertThat(words("SECRETARIAT " + tag, technician)).containsExactlyInAnyOrder(scanner.id(), noted.id());
        assertThat(words("garanties " + tag, technician)).containsExactly(noted.id());
        // A search by words that fits one page knows its count without counting.
        TicketPage found = tickets.queue(t.territory().id(), filter(tag), technician);
        assertThat(found.total()).isEqualTo(2L);
        assertThat(found.next()).isFalse();
        assertThat(found.pages()).isEqualTo(1);
        // The requester's own list never matches a word of a private note.
        assertThat(tickets.mine(filter("garantie " + tag), correspondent).tickets())
                .isEmpty();
        assertThat(tickets.mine(filter("ecran " + tag), correspondent).tickets())
                .extracting(TicketView::id)
                .containsExactly(noted.id());
    }

    @Test
    void ticketsWrittenBeforeTheIndexAreIndexedInTheBackground() {
        String tag = TestUsers.uniqueName("onduleur").replaceAll("[^a-z0-9]", "");
        TicketView old = open("Onduleur " + tag + " en alarme", List.of());
        tickets.addFollowUp(
                old.id(), new FollowUpForm("Batterie " + tag + " changée", false, 0), List.of(), technician);
        // As an upgrade finds it: no terms, not indexed.
        jdbc.sql("delete from desk_ticket_term where ticket_id = :id")
                .param("id", old.id())
                .update();
        jdbc.sql("update desk_ticket set terms_indexed = false where id = :id")
                .param("id", old.id())
                .update();
        assertThat(words("batteries " + tag, technician)).isEmpty();

        assertThat(terms.backfill()).isGreaterThanOrEqualTo(1);
        assertThat(words("batteries " + tag, technician)).containsExactly(old.id());
        assertThat(words("onduleurs " + tag, technician)).containsExactly(old.id());
        assertThat(terms.backfill()).isZero();
    }

    @Test
    void aCountStoppedAtItsCapSaysMoreAndAPageReadOneRowAheadKnowsItsSuccessor() {
        TicketPage capped = new TicketPage(List.of(), (long) TicketPage.COUNTED + 1, true, 0, 50);
        assertThat(capped.more()).isTrue();
        assertThat(new TicketPage(List.of(), (long) TicketPage.COUNTED, false, 0, 50).more())
                .isFalse();
        assertThat(new TicketPage(List.of(), null, true, 3, 50).pages()).isEqualTo(5);

        String tag = TestUsers.uniqueName("badge").replaceAll("[^a-z0-9]", "");
        for (int i = 0; i < 3; i++) {
            open("Badge " + tag + " " + i, List.of());
        }
        TicketFilter two = new TicketFilter(List.of(), null, null, null, null, tag, 0, 2);
        TicketPage first = tickets.queue(t.territory().id(), two, technician);
        assertThat(first.tickets()).hasSize(2);
        assertThat(first.next()).isTrue();
        assertThat(first.counted()).isFalse();
        assertThat(first.pages()).isEqualTo(2);
        TicketPage second = tickets.queue(
                t.territory().id(), new TicketFilter(List.of(), null, null, null, null, tag, 1, 2), technician);
        assertThat(second.tickets()).hasSize(1);
        assertThat(second.next()).isFalse();
        assertThat(second.total()).isEqualTo(3L);
    }

    private static TicketFilter filter(String words) {
        return new TicketFilter(List.of(), null, null, null, null, words, 0, 50);
    }

    private List<Long> words(String words, CurrentUser user) {
        return tickets.queue(t.territory().id(), filter(words), user).tickets().stream()
                .map(TicketView::id)
                .toList();
    }

    static byte[] zip(String name, String content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
