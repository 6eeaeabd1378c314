package org.mutualis.servicedesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.mutualis.servicedesk.mail.ParsedMail.Body;
import org.mutualis.servicedesk.mail.ParsedMail.Envelope;

/** Reading a message without the mailbox: envelope, text, HTML turned into text, quotes, attachments, broken MIME. */
class MailParsingTests {

    private static MimeMessage open(String raw) throws MalformedMailException {
        return MailParser.open(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static Envelope envelope(String raw) throws MalformedMailException {
        byte[] bytes = raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        return MailParser.envelope(MailParser.open(bytes), bytes);
    }

    private static Body body(String raw) throws MalformedMailException {
        return MailParser.body(open(raw));
    }

    @Test
    void theEnvelopeReadsFromNotReplyToAndTheTicketNamedInTheSubject() throws Exception {
        Envelope envelope = envelope("""
                Message-ID: <abc@mairie.example.fr>
                From: =?UTF-8?Q?Marie_L=C3=A9on?= <Marie.Leon@Botsorhel.example.fr>
                Reply-To: pirate@example.org
                Subject: =?UTF-8?Q?Re:_[#42]_Imprimante_bloqu=C3=A9e?=
                Date: Mon, 3 Mar 2025 10:02:00 +0100
                Content-Type: text/plain; charset=UTF-8

                Toujours en panne.
                """);
        assertThat(envelope.messageId()).isEqualTo("<abc@mairie.example.fr>");
        assertThat(envelope.sender()).isEqualTo("marie.leon@botsorhel.example.fr");
        assertThat(envelope.senderName()).isEqualTo("Marie Léon");
        assertThat(envelope.subject()).isEqualTo("Re: [#42] Imprimante bloquée");
        assertThat(envelope.ticketId()).isEqualTo(42L);
        assertThat(envelope.automatic()).isFalse();
        assertThat(envelope.sentAt()).isNotNull();
    }

    @Test
    void aMessageWithoutMessageIdIsKnownByTheDigestOfItsBytes() throws Exception {
        String raw = "From: a@b.fr\nSubject: x\n\ntexte\n";
        assertThat(envelope(raw).messageId())
                .startsWith("sha256:")
                .isEqualTo(envelope(raw).messageId());
        assertThat(envelope(raw + "autre\n").messageId())
                .isNotEqualTo(envelope(raw).messageId());
    }

    @Test
    void anUnreadableFromLeavesNoSenderAndAutoRepliesAreMarked() throws Exception {
        assertThat(envelope("From: pas une adresse\nSubject: x\n\ntexte\n").sender())
                .isNull();
        assertThat(envelope("Subject: x\n\ntexte\n").sender()).isNull();
        assertThat(envelope("From: a@b.fr\nAuto-Submitted: auto-replied\nSubject: Absent\n\nabsent\n")
                        .automatic())
                .isTrue();
        assertThat(envelope("From: a@b.fr\nAuto-Submitted: no\nSubject: x\n\ntexte\n")
                        .automatic())
                .isFalse();
        assertThat(envelope("From: a@b.fr\nPrecedence: bulk\nSubject: x\n\ntexte\n")
                        .automatic())
                .isTrue();
    }

    @Test
    void plainTextIsPreferredToItsHtmlAlternative() throws Exception {
        Body body = body("""
                From: a@b.fr
                Subject: x
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8

                Le texte brut.
                --b1
                Content-Type: text/html; charset=UTF-8

                <p>Le <b>HTML</b>.</p>
                --b1--
                """);
        assertThat(body.text()).isEqualTo("Le texte brut.");
        assertThat(body.attachments()).isEmpty();
    }

    @Test
    void htmlAloneBecomesTextWithoutScriptStyleOrTags() throws Exception {
        Body body = body("""
                From: a@b.fr
                Subject: x
                MIME-Version: 1.0
                Content-Type: text/html; charset=UTF-8

                <html><head><title>T</title><style>p{color:red}</style></head><body>
                <p>Bonjour,</p><script>alert('x')</script><p>L&rsquo;imprimante <b>n&#39;imprime</b> plus&nbsp;!</p>
                <img src=x onerror="alert(1)"><div>&lt;script&gt;alert(2)&lt;/script&gt;Merci</div>
                <SCRIPT type="text/javascript">document.cookie</SCRIPT ><a href="javascript:alert(3)">lien</a>
                </body></html>
                """);
        assertThat(body.text())
                .isEqualTo("Bonjour,\n\nL’imprimante n'imprime plus !\n\nMerci\nlien")
                .doesNotContain("<", "alert", "script", "cookie", "color");
    }

    @Test
    void quotedEarlierRepliesAreTrimmed() {
        assertThat(QuotedReplies.trim("""
                        Merci, c'est réparé.

                        Le lun. 3 mars 2025 à 10:02, Centre <desk@morlaix.example.fr> a écrit :
                        > Avez-vous redémarré ?
                        """)).isEqualTo("Merci, c'est réparé.");
        assertThat(QuotedReplies.trim("""
                        Toujours rien.
                        Le lun. 3 mars 2025 à 10:02, Centre <desk@morlaix.example.fr> a
                        écrit :
                        > Avez-vous redémarré ?
                        """)).isEqualTo("Toujours rien.");
        assertThat(QuotedReplies.trim("OK\n\n-----Original Message-----\nFrom: x\nancien"))
                .isEqualTo("OK");
        assertThat(QuotedReplies.trim("OK pour moi\n\nDe : Centre\nEnvoyé : lundi 3 mars 2025\nObjet : x\nancien"))
                .isEqualTo("OK pour moi");
        assertThat(QuotedReplies.trim("Réponse\n> cité\n> cité")).isEqualTo("Réponse");
        assertThat(QuotedReplies.trim("Le technicien nous a écrit : il passe demain."))
                .contains("il passe demain");
        assertThat(QuotedReplies.trim("> tout est cité")).isEqualTo("> tout est cité");
    }

    @Test
    void attachmentsKeepTheirDecodedNameWithoutPath() throws Exception {
        Body body = body("""
                From: a@b.fr
                Subject: x
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8

                Voir la photo.
                --b1
                Content-Type: image/png
                Content-Disposition: attachment; filename="=?UTF-8?Q?imprim=C3=A9e.png?="
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --b1
                Content-Type: application/pdf
                Content-Disposition: attachment; filename*=UTF-8''..%2F..%2Fcontr%C3%A2t.pdf
                Content-Transfer-Encoding: base64

                JVBERi0xLjQ=
                --b1--
                """);
        assertThat(body.text()).isEqualTo("Voir la photo.");
        assertThat(body.attachments())
                .extracting(ParsedMail.Attachment::filename)
                .containsExactly("imprimée.png", "contrât.pdf");
        assertThat(new String(body.attachments().get(1).content(), StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-1.4");
    }

    @Test
    void theSignatureOfASignedMessageIsNotAnAttachment() throws Exception {
        Body body = body("""
                From: a@b.fr
                Subject: x
                MIME-Version: 1.0
                Content-Type: multipart/signed; protocol="application/pkcs7-signature"; boundary="s1"

                --s1
                Content-Type: text/plain; charset=UTF-8

                Message signé.
                --s1
                Content-Type: application/pkcs7-signature; name="smime.p7s"
                Content-Disposition: attachment; filename="smime.p7s"
                Content-Transfer-Encoding: base64

                MIAGCSqGSIb3DQEHAqCAMIACAQEx
                --s1--
                """);
        assertThat(body.text()).isEqualTo("Message signé.");
        assertThat(body.attachments()).isEmpty();
    }

    @Test
    void aMultipartWithoutItsBoundaryIsMalformed() throws Exception {
        MimeMessage message = open("""
                From: a@b.fr
                Subject: x
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="annonce"

                --autre
                Content-Type: text/plain

                texte
                --autre--
                """);
        assertThatThrownBy(() -> MailParser.body(message))
                .isInstanceOf(MalformedMailException.class)
                .extracting(e -> ((MalformedMailException) e).reason())
                .isEqualTo("servicedesk.mail.malformed.structure");
    }

    @Test
    void aBrokenBase64BodyIsMalformed() throws Exception {
        MimeMessage message = open("""
                From: a@b.fr
                Subject: x
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: base64

                ***$$$ pas du base64 !!!
                """);
        assertThatThrownBy(() -> MailParser.body(message))
                .isInstanceOf(MalformedMailException.class)
                .extracting(e -> ((MalformedMailException) e).reason())
                .isEqualTo("servicedesk.mail.malformed.encoding");
    }

    @Test
    void anUnknownCharsetIsReadAsUtf8() throws Exception {
        Body body = body("From: a@b.fr\nSubject: x\nContent-Type: text/plain; charset=x-inconnu\n\nécran noir\n");
        assertThat(body.text()).isEqualTo("écran noir");
    }

    @Property(tries = 300)
    void htmlTextNeverKeepsATag(@ForAll String html) {
        String text = HtmlText.toText("<p>" + html + "</p><script>" + html + "</script>" + html);
        assertThat(text).doesNotContainPattern("</?[a-zA-Z!?][^<>]*>");
    }

    @Property(tries = 300)
    void scriptsNeverSurvive(@ForAll String before, @ForAll String inside, @ForAll String after) {
        String text = HtmlText.toText(before.replace("<", "") + "<script>alert('" + inside.replace("<", "")
                + "')</script>" + after.replace("<", "").replace("&", ""));
        assertThat(text).doesNotContain("alert('");
    }
}
