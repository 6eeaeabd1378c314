package org.mutualis.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.spreadsheet.Bombs;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Answers files through the import routes: hostile files, encodings, busy server, exports read back. */
@MutualisDbTest
@AutoConfigureMockMvc
class AnswerFileImportTests {

    /** What an import of any of these files may allocate; the audit's ODS took about 600 MB. */
    private static final long BOUND = 32L * 1024 * 1024;

    @Autowired
    MockMvc mvc;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    ImportSlots slots;

    final CurrentUser staff = TestUsers.someone(Role.ANALYST);
    CensusFixture.Loaded study;
    long campaign;

    @BeforeEach
    void study() {
        study = CensusFixture.study2012(territories, campaigns, files, false);
        campaign = study.campaign().id();
    }

    @Test
    void theAuditsOdsOf3kBIsRefusedThroughTheApiWithItsPlaceAndNothingImported() throws Exception {
        var before = answers();
        MockMultipartFile bomb = new MockMultipartFile(
                "file", "bombe.ods", AnswerFileFormat.ODS.mediaType(), Bombs.repeatedOds("infrastructure"));

        long allocated = Bombs.allocatedBytes(
                () -> mvc.perform(multipart("/api/campaigns/{c}/import", campaign)
                                .file(bomb)
                                .with(as(staff)))
                        .andExpect(status().isUnprocessableContent())
                        .andExpect(jsonPath("$.imported").value(0))
                        .andExpect(jsonPath("$.problems[0].sheet").value("infrastructure"))
                        .andExpect(jsonPath("$.problems[0].row").value(2))
                        .andExpect(jsonPath("$.problems[0].column").value("A"))
                        .andExpect(
                                jsonPath("$.problems[0].messageFr")
                                        .value(
                                                "Ligne 2, colonne A : le fichier dépasse le nombre maximal de cellules accepté"
                                                        + " (1 000 000), cellules répétées comprises : il ne peut pas s’agir d’un questionnaire.")));

        assertThat(allocated).isLessThan(BOUND);
        assertThat(answers()).isEqualTo(before);
    }

    @Test
    void theSameFileOnThePageListsTheProblem() throws Exception {
        MockMultipartFile bomb = new MockMultipartFile(
                "file", "bombe.ods", AnswerFileFormat.ODS.mediaType(), Bombs.repeatedOds("infrastructure"));

        mvc.perform(multipart("/campaigns/{c}/import", campaign)
                        .file(bomb)
                        .with(as(staff))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("nombre maximal de cellules")));
    }

    @Test
    void aUtf16CsvFromExcelIsImported() throws Exception {
        String csv = study2012Csv().replace(',', '\t'); // Excel's « Texte Unicode »: UTF-16LE, BOM, tabs
        byte[] body = csv.replace("\tNC\t", "\t\t").getBytes(StandardCharsets.UTF_16LE);
        byte[] file = new byte[body.length + 2];
        file[0] = (byte) 0xFF;
        file[1] = (byte) 0xFE;
        System.arraycopy(body, 0, file, 2, body.length);

        // The study's own file has quoted commas in its comments: those stay commas inside quotes.
        mvc.perform(multipart("/api/campaigns/{c}/import", campaign)
                        .file(new MockMultipartFile("file", "unicode.csv", "text/csv", file))
                        .param("overwriteValidated", "true") // the fixture imported (validated) it already
                        .with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(8));
    }

    @Test
    void whenEveryImportSlotIsTakenTheNextImportIsA503SayingToTryAgain() throws Exception {
        var before = answers();
        MockMultipartFile csv = new MockMultipartFile(
                "file", "a.csv", "text/csv", study2012Csv().getBytes(StandardCharsets.UTF_8));
        int taken = 0;
        while (slots.tryAcquire(Duration.ZERO)) {
            taken++;
        }
        try {
            assertThat(taken).isEqualTo(2);
            mvc.perform(multipart("/api/campaigns/{c}/import", campaign)
                            .file(csv)
                            .with(as(staff)))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.detail")
                            .value("Trop d’imports en cours, réessayez dans un instant : rien n’a été importé."));
            mvc.perform(multipart("/campaigns/{c}/import", campaign)
                            .file(csv)
                            .with(as(staff))
                            .with(csrf()))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().string(Matchers.containsString("Trop d’imports en cours, réessayez")));
        } finally {
            for (; taken > 0; taken--) {
                slots.release();
            }
        }
        assertThat(answers()).isEqualTo(before);
        mvc.perform(multipart("/api/campaigns/{c}/import", campaign)
                        .file(csv)
                        .param("overwriteValidated", "true")
                        .with(as(staff)))
                .andExpect(status().isOk());
    }

    @Test
    void aCsvExportNeutralisesFormulasAndImportsBackUnchanged() throws Exception {
        String csv = study2012Csv()
                .replace(
                        "\"school: 12 mini PCs, 2 desktops and a cyber-commune, excluded\"",
                        "\"=HYPERLINK(\"\"x\"\")\"")
                .replace(",8,903.83,1020.00,no,\n", ",8,903.83,1020.00,no,- 3 postes hors service\n");
        mvc.perform(multipart("/api/campaigns/{c}/import", campaign)
                        .file(new MockMultipartFile("file", "a.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("overwriteValidated", "true")
                        .with(as(staff)))
                .andExpect(status().isOk());
        var imported = answers();
        assertThat(imported.get(BOTSORHEL)).contains("comment==HYPERLINK(\"x\")");

        byte[] exported = mvc.perform(get("/api/campaigns/{c}/export", campaign)
                        .param("format", "csv")
                        .with(as(staff)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(exported, StandardCharsets.UTF_8);
        assertThat(text).contains("\"'=HYPERLINK(\"\"x\"\")\"").contains(",'- 3 postes hors service");
        assertThat(text.lines()).noneMatch(line -> line.contains(",=") || line.contains(",-3 postes"));

        mvc.perform(multipart("/api/campaigns/{c}/import", campaign)
                        .file(new MockMultipartFile("file", "export.csv", "text/csv", exported))
                        .param("overwriteValidated", "true")
                        .with(as(staff)))
                .andExpect(status().isOk());
        assertThat(answers()).isEqualTo(imported);
    }

    @Test
    void aWorkbookTheReaderMayNotHaveIsRefusedNeverA500() throws Exception {
        CurrentUser botsorhel =
                TestUsers.correspondentOf(study.collectivity(BOTSORHEL).id());
        long morlaix = study.collectivity(MORLAIX).id();
        for (String path :
                List.of("/campaigns/{c}/responses/{r}/workbook", "/api/campaigns/{c}/responses/{r}/workbook")) {
            for (String format : List.of("ods", "xlsx", "csv", "pdf")) {
                for (String accept : List.of("*/*", AnswerFileFormat.ODS.mediaType(), "text/csv", "text/html")) {
                    int status = mvc.perform(get(path, campaign, morlaix)
                                    .param("format", format)
                                    .header("Accept", accept)
                                    .with(as(botsorhel)))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                    assertThat(status).as(path + " " + format + " " + accept).isIn(400, 403, 404);
                }
            }
            mvc.perform(get(path, campaign, 999_999L).with(as(botsorhel))).andExpect(status().isNotFound());
        }
    }

    /** Every response of the campaign as its code → answers and comment, to compare before and after. */
    private Map<String, String> answers() {
        return campaigns.responses(campaign, staff).stream()
                .collect(Collectors.toMap(
                        r -> r.collectivity().code(),
                        r -> new java.util.TreeMap<>(r.answers()) + ", comment=" + r.comment()));
    }

    private static String study2012Csv() throws IOException {
        return new String(
                new ClassPathResource("census/demo/infrastructure-2012.csv")
                        .getInputStream()
                        .readAllBytes(),
                StandardCharsets.UTF_8);
    }
}
