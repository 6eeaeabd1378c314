package org.mutualis.census.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.census.ImportedResponse;
import org.mutualis.census.ResponseStatus;
import org.mutualis.census.ResponseView;
import org.mutualis.census.Workbooks;
import org.mutualis.census.files.WorkbookCover;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.shared.AnswerValue;
import org.mutualis.spreadsheet.GridLimits;
import org.mutualis.spreadsheet.SheetGrid;
import org.mutualis.spreadsheet.XlsxGridReader;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The import as an analyst lives it on the pages: the file is previewed (new, changed with old →
 * new, untouched, validated to overwrite, names that are not their code's), nothing is written
 * until « Confirmer l’import », and the result lists what was imported.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class ImportPreviewPageTests {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    final CurrentUser staff = TestUsers.someone(Role.ANALYST);
    CensusFixture.Loaded study;
    long campaign;

    @BeforeEach
    void study() {
        study = CensusFixture.study2012(territories, campaigns, files, false);
        campaign = study.campaign().id();
    }

    @Test
    void aVerticalWorkbookIsPreviewedThenWrittenOnlyOnConfirmation() throws Exception {
        CollectivityView guerand = study.collectivity("29182");
        Map<String, AnswerValue> answers = answersOf(BOTSORHEL);
        byte[] workbook = personWorkbook(guerand, answers, "Plouégat-Guérand");

        String preview = upload("29182.xlsx", workbook, false);

        assertThat(preview)
                .contains("Aperçu de l’import")
                .contains("Rien n’est encore enregistré")
                .contains("une question par ligne")
                .contains("Plouégat-Guérand")
                .contains("Nouvelle réponse")
                .contains("Confirmer l’import");
        assertThat(response(guerand).given()).isFalse();

        String result = confirm(token(preview), Map.of());

        assertThat(result)
                .contains("Ce qui a été importé")
                .contains("Plouégat-Guérand (29182)")
                .contains("nouvelle réponse")
                .contains("Import fait : 1 réponse(s) enregistrée(s) sur 1 collectivité(s) du fichier.")
                .doesNotContain("1 réponses importées");
        assertThat(response(guerand).answers()).isEqualTo(answers);
        assertThat(response(guerand).status()).isEqualTo(ResponseStatus.VALIDATED);
    }

    @Test
    void aValidatedResponseIsOverwrittenOnlyWithItsCheckboxAndThePreviewShowsOldAndNewValues() throws Exception {
        CollectivityView botsorhel = study.collectivity(BOTSORHEL);
        ResponseView before = response(botsorhel);
        assertThat(before.status()).isEqualTo(ResponseStatus.VALIDATED);
        Map<String, AnswerValue> changed = new LinkedHashMap<>(before.answers());
        String question = changed.keySet().stream()
                .filter(code -> changed.get(code) instanceof AnswerValue.Numeric)
                .findFirst()
                .orElseThrow();
        changed.put(question, AnswerValue.of(4242));

        String preview =
                upload("botsorhel.ods", personWorkbook(AnswerFileFormat.ODS, botsorhel, changed, "Botsorhel"), false);

        assertThat(preview)
                .contains("Réponse modifiée")
                .contains("Réponse déjà validée")
                .contains("→ <strong>4 242</strong>")
                .contains("Écraser les réponses déjà validées (1)")
                .contains("Réponses validées à écraser : 1");

        String refused = confirm(token(preview), Map.of());
        assertThat(refused).contains("une confirmation manque").contains("sa réponse est validée");
        assertThat(response(botsorhel).answers()).isEqualTo(before.answers());

        String result = confirm(token(refused), Map.of("overwriteValidated", "true"));
        assertThat(result).contains("Botsorhel (29014)").contains("réponse validée écrasée (1 changement(s))");
        assertThat(response(botsorhel).answers()).isEqualTo(changed);
    }

    @Test
    void theUploadCheckboxStaysMeaningfulItTicksTheConfirmation() throws Exception {
        CollectivityView botsorhel = study.collectivity(BOTSORHEL);
        Map<String, AnswerValue> changed =
                new LinkedHashMap<>(response(botsorhel).answers());
        changed.put(
                changed.keySet().stream()
                        .filter(code -> changed.get(code) instanceof AnswerValue.Numeric)
                        .findFirst()
                        .orElseThrow(),
                AnswerValue.nc());

        String preview = upload("b.xlsx", personWorkbook(botsorhel, changed, "Botsorhel"), true);

        assertThat(preview).containsPattern("id=\"overwriteValidated\"[^>]*checked");
    }

    @Test
    void aNameThatIsNotItsCodesCollectivityIsFlaggedAndMustBeConfirmed() throws Exception {
        Map<String, AnswerValue> answers = answersOf(BOTSORHEL);
        // Morlaix's code with Botsorhel's name; 29127's with the name of 29128 (not on this territory)
        List<ImportedResponse> rows = List.of(
                new ImportedResponse(MORLAIX, answersOf(MORLAIX), null), new ImportedResponse("29127", answers, null));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        Workbooks.write(
                csv,
                AnswerFileFormat.CSV,
                campaigns.themes(campaign),
                rows,
                Map.of(MORLAIX, "botsorhel", "29127", "Loc-Eguiner"));

        String preview = upload("noms.csv", csv.toByteArray(), true);

        assertThat(preview)
                .contains("Noms à vérifier : 2")
                .contains("Le fichier la nomme « botsorhel », qui est le nom de la collectivité 29014")
                .contains("Le fichier la nomme « Loc-Eguiner », or le code est celui de Loc-Eguiner-Saint-Thégonnec")
                .contains("Les noms ne correspondent pas, importer quand même (2)");

        String refused = confirm(token(preview), Map.of("overwriteValidated", "true"));
        assertThat(refused).contains("une confirmation manque").contains("Le fichier nomme « Loc-Eguiner »");
        assertThat(response(study.collectivity("29127")).given()).isFalse();

        String result = confirm(token(refused), Map.of("overwriteValidated", "true", "confirmNames", "true"));
        assertThat(result).contains("Loc-Eguiner-Saint-Thégonnec (29127)").contains("nouvelle réponse");
        assertThat(response(study.collectivity("29127")).answers()).isEqualTo(answers);
    }

    @Test
    void theApiRefusesANameThatIsAnotherCollectivitysUnlessConfirmedAndListsWhatItImported() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        Workbooks.write(
                csv,
                AnswerFileFormat.CSV,
                campaigns.themes(campaign),
                List.of(new ImportedResponse("29182", answersOf(BOTSORHEL), null)),
                Map.of("29182", "Plouégat-Moysan"));
        MockMultipartFile file = new MockMultipartFile("file", "a.csv", "text/csv", csv.toByteArray());

        mvc.perform(multipart("/api/campaigns/{c}/import", campaign).file(file).with(as(staff)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].messageFr")
                        .value(org.hamcrest.Matchers.containsString("« Plouégat-Moysan »")));
        assertThat(response(study.collectivity("29182")).given()).isFalse();

        mvc.perform(multipart("/api/campaigns/{c}/import", campaign)
                        .file(file)
                        .param("confirmNames", "true")
                        .with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.lines[0].code").value("29182"))
                .andExpect(jsonPath("$.lines[0].outcome").value("NEW"));
    }

    @Test
    void aFileThatSaysWhatIsStoredIsUntouchedAndWritesNothing() throws Exception {
        CollectivityView botsorhel = study.collectivity(BOTSORHEL);
        ResponseView before = response(botsorhel);
        byte[] workbook = mvc.perform(get("/campaigns/{c}/responses/{r}/workbook", campaign, botsorhel.id())
                        .param("format", "xlsx")
                        .with(as(staff)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        String preview = upload("botsorhel.xlsx", workbook, false);
        assertThat(preview).contains("Inchangée").contains("Ce fichier ne change aucune réponse.");

        String result = confirm(token(preview), Map.of());
        assertThat(result).contains("inchangée, rien écrit").contains("Import fait : 0 réponse(s)");
        assertThat(response(botsorhel).version()).isEqualTo(before.version());
    }

    @Test
    void aPreviewIsConfirmedOnceAndByItsUploaderOnly() throws Exception {
        CollectivityView guerand = study.collectivity("29182");
        String preview = upload("g.xlsx", personWorkbook(guerand, answersOf(BOTSORHEL), ""), false);
        String token = token(preview);

        mvc.perform(post("/campaigns/{c}/import/confirm", campaign)
                        .param("token", token)
                        .with(as(TestUsers.someone(Role.ADMIN)))
                        .with(csrf()))
                .andExpect(status().isConflict());
        confirm(token, Map.of());
        mvc.perform(post("/campaigns/{c}/import/confirm", campaign)
                        .param("token", token)
                        .with(as(staff))
                        .with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void theZipHoldsOneWorkbookPerCollectivityNamedWithItsCodeAndName() throws Exception {
        byte[] zip = mvc.perform(get("/campaigns/{c}/workbooks.zip", campaign)
                        .param("format", "xlsx")
                        .with(as(staff)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> names = new ArrayList<>();
        byte[] guerand = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                byte[] bytes = in.readAllBytes();
                if (entry.getName().startsWith("29182-")) {
                    guerand = bytes;
                }
            }
        }
        int collectivities = territories.collectivities(study.territory().id()).size();
        assertThat(names).hasSize(collectivities).contains("29182-Plouegat-Guerand.xlsx", "29014-Botsorhel.xlsx");
        assertThat(guerand).isNotNull();
        List<SheetGrid> sheets = XlsxGridReader.readAll(new ByteArrayInputStream(guerand), GridLimits.defaults());
        assertThat(sheets.get(0).name()).isEqualTo("Accueil");
        assertThat(sheets.get(0).rows().get(1).cells()).contains("Plouégat-Guérand");
        assertThat(sheets.get(1).rows().get(0).cells()).startsWith("Question", "Réponse", "Unité", "Aide");

        mvc.perform(get("/campaigns/{c}/workbooks.zip", campaign)
                        .param("format", "ods")
                        .with(as(TestUsers.correspondentOf(
                                study.collectivity(BOTSORHEL).id()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/{c}/workbooks.zip", campaign)
                        .param("format", "csv")
                        .with(as(staff)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theMachineLayoutStaysAvailable() throws Exception {
        CollectivityView botsorhel = study.collectivity(BOTSORHEL);
        byte[] rows = mvc.perform(get("/campaigns/{c}/responses/{r}/workbook", campaign, botsorhel.id())
                        .param("format", "xlsx")
                        .param("layout", "rows")
                        .with(as(staff)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<SheetGrid> sheets = XlsxGridReader.readAll(new ByteArrayInputStream(rows), GridLimits.defaults());
        assertThat(sheets.get(0).rows().get(0).cells()).startsWith("code", "name");
        assertThat(upload("rows.xlsx", rows, false))
                .contains("une ligne par collectivité")
                .contains("Inchangée");
    }

    private String upload(String name, byte[] content, boolean overwriteValidated) throws Exception {
        var request = multipart("/campaigns/{c}/import", campaign)
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(as(staff))
                .with(csrf());
        if (overwriteValidated) {
            request.param("overwriteValidated", "true");
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String confirm(String token, Map<String, String> params) throws Exception {
        var request = post("/campaigns/{c}/import/confirm", campaign)
                .param("token", token)
                .with(as(staff))
                .with(csrf());
        params.forEach(request::param);
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("a token in the preview").isTrue();
        return m.group(1);
    }

    private byte[] personWorkbook(CollectivityView c, Map<String, AnswerValue> answers, String name) {
        return personWorkbook(AnswerFileFormat.XLSX, c, answers, name);
    }

    private byte[] personWorkbook(
            AnswerFileFormat format, CollectivityView c, Map<String, AnswerValue> answers, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.writeForPerson(
                out,
                format,
                campaigns.themes(campaign),
                // the stored comment kept, so that only the answers change
                new ImportedResponse(c.code(), answers, response(c).comment()),
                new WorkbookCover(c.code(), name, "Test", "Morlaix Communauté", null));
        return out.toByteArray();
    }

    private Map<String, AnswerValue> answersOf(String code) {
        return response(study.collectivity(code)).answers();
    }

    private ResponseView response(CollectivityView c) {
        return campaigns.response(campaign, c.id(), staff);
    }
}
