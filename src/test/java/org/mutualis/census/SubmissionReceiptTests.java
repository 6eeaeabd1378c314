package org.mutualis.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.LANNEANOU;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.NewAccount;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * « Transmettre » sends an acknowledgement, received by a real SMTP server (GreenMail): to the
 * correspondent who transmitted and to the EPCI's address, with the summary and the links; saving a
 * draft sends nothing.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class SubmissionReceiptTests {

    private static final int SMTP_PORT = freePort();
    private static final String BASE_URL = "https://mutualis.example.fr";
    private static final String STAFF = "recensement@morlaix.example.fr";

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp")).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("mutualis.mail.from", () -> "mutualis@morlaix.example.fr");
        registry.add("mutualis.mail.staff", () -> STAFF);
        registry.add("mutualis.base-url", () -> BASE_URL + "/");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    Accounts accounts;

    long campaign;
    long lanneanou;
    CensusFixture.Loaded study;

    @BeforeEach
    void study() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        study = CensusFixture.study2012(territories, campaigns, files, false);
        campaign = study.campaign().id();
        lanneanou = study.collectivity(LANNEANOU).id();
    }

    @Test
    void transmittingSendsTheSummaryAndLinksToTheCorrespondentAndTheEpci() throws Exception {
        String email = TestUsers.uniqueName("mairie") + "@lanneanou.example.fr";
        CurrentUser correspondent = accounts.create(
                new NewAccount(email, "Secrétaire de mairie", Role.CORRESPONDENT, lanneanou, TestUsers.PASSWORD));

        mvc.perform(post("/campaigns/{c}/responses/{r}", campaign, lanneanou)
                        .param("version", "0")
                        .param("action", "save")
                        .param("a.desktops_excl_schools", "3")
                        .with(as(correspondent))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(SMTP.getReceivedMessages()).as("a draft sends nothing").isEmpty();

        mvc.perform(post("/campaigns/{c}/responses/{r}", campaign, lanneanou)
                        .param("version", "1")
                        .param("action", "submit")
                        .param("a.desktops_excl_schools", "3")
                        .param("a.laptops_excl_schools", "NC")
                        .with(as(correspondent))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "response.submitted"))
                .andExpect(flash().attribute("receipt", email + ", " + STAFF));

        assertThat(SMTP.waitForIncomingEmail(5000, 2)).isTrue();
        List<MimeMessage> received = Arrays.asList(SMTP.getReceivedMessages());
        assertThat(received)
                .extracting(m -> m.getRecipients(Message.RecipientType.TO)[0].toString())
                .containsExactlyInAnyOrder(email, STAFF);
        MimeMessage mail = received.get(0);
        String body = GreenMailUtil.getBody(mail);
        String decoded = new String(mail.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(mail.getSubject())
                .isEqualTo("Recensement " + study.campaign().name() + " : réponse de Lannéanou transmise");
        assertThat(decoded)
                .contains("La réponse de la collectivité « Lannéanou »")
                .contains("a bien été transmise à ")
                .contains("par Secrétaire de mairie")
                .contains("questions renseignées : 2 sur ")
                .contains("état de la réponse : transmise, à valider (comptée)")
                .contains("Voir la réponse :")
                .contains(BASE_URL + "/campaigns/" + campaign + "/responses/" + lanneanou + "/pdf");
        assertThat(body).isNotBlank();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
