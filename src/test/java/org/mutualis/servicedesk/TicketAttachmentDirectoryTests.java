package org.mutualis.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.BOTSORHEL;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.procurement.ProcurementFixture;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With {@code mutualis.servicedesk.attachments.directory} set, the bytes go to files, not to the database. */
@MutualisDbTest
class TicketAttachmentDirectoryTests {

    static final Path DIRECTORY =
            Path.of(System.getProperty("java.io.tmpdir"), "desk-attachments-" + UUID.randomUUID());

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry registry) {
        registry.add("mutualis.servicedesk.attachments.directory", DIRECTORY::toString);
    }

    @Autowired
    Tickets tickets;

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

    private long filesInDirectory() throws Exception {
        if (!Files.isDirectory(DIRECTORY)) {
            return 0;
        }
        try (Stream<Path> list = Files.list(DIRECTORY)) {
            return list.count();
        }
    }

    @Test
    void theBytesAreInTheDirectoryAndARefusalLeavesNoFile() throws Exception {
        var t = ProcurementFixture.territory(territories, campaigns, files);
        CurrentUser correspondent = TestUsers.create(accounts, Role.CORRESPONDENT, t.id(BOTSORHEL));
        byte[] text = "Journal de l’erreur".getBytes(StandardCharsets.UTF_8);
        TicketView ticket = tickets.open(
                new NewTicket(t.id(BOTSORHEL), null, "Journal", "Voir le fichier", 2, 2, null, null, null),
                List.of(new Upload("journal.txt", text)),
                correspondent);
        long attachment = tickets.attachments(ticket.id(), correspondent).get(0).id();
        assertThat(jdbc.sql("select content from desk_attachment where id = :id")
                        .param("id", attachment)
                        .query(byte[].class)
                        .optional())
                .isEmpty();
        assertThat(filesInDirectory()).isEqualTo(1);
        assertThat(tickets.download(attachment, correspondent).content()).isEqualTo(text);

        assertThatThrownBy(() -> tickets.addFollowUp(
                        ticket.id(),
                        new FollowUpForm("deux fichiers", false, 0),
                        List.of(new Upload("ok.txt", text), new Upload("ko.exe", new byte[] {'M', 'Z', 0})),
                        correspondent))
                .isInstanceOf(RejectedException.class);
        assertThat(filesInDirectory())
                .as("nothing written for a refused follow-up")
                .isEqualTo(1);
    }
}
