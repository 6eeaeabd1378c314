package org.mutualis.assessment.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualis.assessment.mail.PublicationMails.Next;
import org.mutualis.assessment.mail.PublicationMails.Publication;

/** The publication e-mail's text: what a member and a non-member read, and nothing made up without figures. */
class PublicationMailsTests {

    @Test
    void aNonMemberWithoutVolumesIsToldTheSavingCannotBeComputedAndWhatItCanStillJoin() {
        PublicationMails.Text mail = PublicationMails.of(new Publication(
                "Morlaix Communauté",
                "Matériel informatique 2012",
                "Plougonven",
                false,
                null,
                "  Merci.  ",
                List.of(new Next("Impression 2031", LocalDate.of(2031, 3, 1))),
                "https://mutualis.example.fr/procurements/4/assessment/published?collectivity=23"));

        assertThat(mail.subject())
                .isEqualTo(
                        "Bilan du marché « Matériel informatique 2012 » : ce que l’adhésion vous aurait fait économiser");
        assertThat(mail.body())
                .contains("Plougonven n’a pas adhéré à ce marché")
                .contains("l’économie n’a pas pu être chiffrée")
                .contains("Merci.\n")
                .contains("- Impression 2031 : avant le 01/03/2031")
                .contains("https://mutualis.example.fr/procurements/4/assessment/published?collectivity=23")
                .doesNotContain("€");
    }

    @Test
    void aMemberWithoutAMessageNorProcurementsToJoinReadsNeitherSection() {
        PublicationMails.Text mail = PublicationMails.of(new Publication(
                "Morlaix Communauté", "Postes", "Botsorhel", true, null, " ", List.of(), "https://x/1"));

        assertThat(mail.subject()).endsWith("votre économie");
        assertThat(mail.body())
                .contains("Votre économie, pour Botsorhel")
                .doesNotContain("encore adhérer")
                .doesNotContain("\n \n");
    }
}
