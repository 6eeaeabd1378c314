package org.mutualis.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualis.programme.documents.GovernanceOds;
import org.mutualis.programme.documents.GovernancePdf;
import org.mutualis.programme.domain.governance.AttendanceCount;
import org.mutualis.spreadsheet.GridLimits;
import org.mutualis.spreadsheet.OdsGridReader;
import org.mutualis.spreadsheet.SheetGrid;

/** A meeting's minutes and the decisions register read back from their PDF and ODS. */
class GovernanceDocumentsTests {

    static final GovernanceProgramme PROGRAMME = new GovernanceProgramme(7, 1, "Programme de mutualisation 2012–2015");

    static final MeetingView MARCH = new MeetingView(
            3,
            7,
            2,
            "Comité de pilotage – matériel informatique",
            LocalDateTime.of(2012, 3, 9, 14, 0),
            "Morlaix Communauté",
            "1. Présentation de l’étude",
            "Morlaix Communauté est désignée coordonnateur du marché.",
            MeetingStatus.HELD,
            2,
            List.of(
                    new MeetingAttendance(
                            11,
                            "Responsable informatique",
                            "Morlaix Communauté",
                            BodyRole.MARKET_COORDINATOR,
                            MeetingPresence.PRESENT),
                    new MeetingAttendance(
                            12, "Secrétaire de mairie", "Botsorhel", BodyRole.MEMBER, MeetingPresence.EXCUSED)),
            AttendanceCount.of(2, 1, 1, 0));

    static final DecisionView LAUNCH = new DecisionView(
            5,
            7,
            2,
            "Comité de pilotage – matériel informatique",
            3L,
            LocalDateTime.of(2012, 3, 9, 14, 0),
            LocalDate.of(2012, 3, 9),
            "Lancement du marché groupé de matériel informatique",
            9L,
            "Matériel informatique",
            DecisionStatus.ADOPTED);

    static final List<DeliberationView> DELIBERATIONS = List.of(
            new DeliberationView(
                    null, 21, "Botsorhel", 4L, "Matériel informatique 2012", "DEL-2012-07", LocalDate.of(2012, 2, 20)),
            new DeliberationView(
                    8L, 22, "Plougonven", null, "Convention du centre de services", null, LocalDate.of(2013, 2, 1)));

    @Test
    void theMinutesPdfShowsAgendaAttendanceMinutesAndDecisions() throws Exception {
        byte[] pdf = new GovernancePdf().minutes(new MeetingMinutes(PROGRAMME, MARCH, List.of(LAUNCH)));

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(text(pdf))
                .contains("Compte rendu de réunion")
                .contains("Comité de pilotage – matériel informatique")
                .contains("09/03/2012 à 14h00")
                .contains("1. Présentation de l’étude")
                .contains("Responsable informatique")
                .contains("Coordonnateur du marché")
                .contains("excusé")
                .contains("1 présent(s), 1 excusé(s), 0 absent(s) sur 2 membre(s) ; quorum non atteint")
                .contains("Morlaix Communauté est désignée coordonnateur du marché.")
                .contains("Lancement du marché groupé de matériel")
                .contains("09/03/2012 Comité de pilotage")
                .contains("adoptée");
    }

    @Test
    void theRegisterPdfListsDecisionsAndDeliberations() throws Exception {
        byte[] pdf = new GovernancePdf().register(PROGRAMME, List.of(LAUNCH), DELIBERATIONS);

        assertThat(text(pdf))
                .contains("Registre des décisions")
                .contains("Programme de mutualisation 2012–2015")
                .contains("Lancement du marché groupé de matériel")
                .contains("09/03/2012 Comité de pilotage")
                .contains("Délibérations des conseils")
                .contains("DEL-2012-07")
                .contains("20/02/2012")
                .contains("Convention du centre de services");
    }

    @Test
    void theMinutesOdsHasTheMeetingItsAttendanceAndItsDecisions() throws Exception {
        byte[] ods = new GovernanceOds().minutes(new MeetingMinutes(PROGRAMME, MARCH, List.of(LAUNCH)));

        List<SheetGrid> sheets = OdsGridReader.readAll(new ByteArrayInputStream(ods), GridLimits.defaults());
        assertThat(sheets).extracting(SheetGrid::name).containsExactly("Réunion", "Présences", "Décisions");
        assertThat(sheets.get(0).rows())
                .anySatisfy(r -> assertThat(r.cells()).containsExactly("Date", "09/03/2012 à 14h00"))
                .anySatisfy(r -> assertThat(r.cells()).containsExactly("Présents", "1"));
        assertThat(sheets.get(1).rows().get(0).cells()).isEqualTo(GovernanceOds.ATTENDANCE_COLUMNS);
        assertThat(sheets.get(1).rows().get(2).cells())
                .containsExactly("Secrétaire de mairie", "Botsorhel", "Membre", "excusé");
        assertThat(sheets.get(2).rows().get(1).cells())
                .containsExactly(
                        "09/03/2012",
                        "Comité de pilotage – matériel informatique",
                        "09/03/2012 à 14h00",
                        "Lancement du marché groupé de matériel informatique",
                        "Matériel informatique",
                        "adoptée");
    }

    @Test
    void theRegisterOdsHasADecisionsAndADeliberationsSheet() throws Exception {
        byte[] ods = new GovernanceOds().register(PROGRAMME, List.of(LAUNCH), DELIBERATIONS);

        List<SheetGrid> sheets = OdsGridReader.readAll(new ByteArrayInputStream(ods), GridLimits.defaults());
        assertThat(sheets).extracting(SheetGrid::name).containsExactly("Décisions", "Délibérations", "Programme");
        assertThat(sheets.get(0).rows().get(0).cells()).isEqualTo(GovernanceOds.DECISION_COLUMNS);
        assertThat(sheets.get(1).rows().get(0).cells()).isEqualTo(GovernanceOds.DELIBERATION_COLUMNS);
        assertThat(sheets.get(1).rows().get(1).cells())
                .containsExactly(
                        "Botsorhel",
                        "Matériel informatique 2012",
                        "Matériel informatique 2012",
                        "DEL-2012-07",
                        "20/02/2012");
        assertThat(sheets.get(1).rows().get(2).cells())
                .containsExactly("Plougonven", "Convention du centre de services", "", "", "01/02/2013");
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        return all.toString();
    }
}
