package org.mutualis.census.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.ImportProblem;
import org.mutualis.census.ImportRejectedException;
import org.mutualis.census.ImportReport;
import org.mutualis.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Answers files through the API: the same all-or-nothing import as the page. */
@RestController
@Tag(name = "Recensements")
class AnswerFileApiController {

    /**
     * @param imported the number of collectivités the file answers for
     * @param lines what became of each: new, changed, overwritten (validated), untouched
     */
    public record ImportResult(int imported, List<ImportProblem> problems, List<ImportReport.Line> lines) {}

    private final AnswerFiles files;

    AnswerFileApiController(AnswerFiles files) {
        this.files = files;
    }

    @PostMapping(path = "/api/campaigns/{id}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Importe un fichier de réponses (CSV, XLSX, ODS), tout ou rien",
            description =
                    "422 avec la liste complète des problèmes (feuille, ligne, colonne, message) : rien n'est importé."
                            + " Un fichier qui écraserait des réponses validées est refusé (chaque collectivité"
                            + " listée) sauf avec overwriteValidated=true ; une ligne dont le nom n'est pas celui"
                            + " de la collectivité de son code est refusée sauf avec confirmNames=true.")
    ResponseEntity<ImportResult> importFile(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean overwriteValidated,
            @RequestParam(defaultValue = "false") boolean confirmNames,
            CurrentUser user)
            throws IOException {
        try {
            ImportReport report = files.importFile(
                    id,
                    String.valueOf(file.getOriginalFilename()),
                    file.getInputStream(),
                    overwriteValidated,
                    confirmNames,
                    user);
            return ResponseEntity.ok(new ImportResult(report.lines().size(), List.of(), report.lines()));
        } catch (ImportRejectedException e) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                    .body(new ImportResult(0, e.importProblems(), List.of()));
        }
    }

    @org.springframework.web.bind.annotation.GetMapping("/api/campaigns/{id}/export")
    @Operation(summary = "Exporte les réponses visibles (CSV : une feuille ; XLSX/ODS : un onglet par thème)")
    void export(
            @PathVariable long id,
            @RequestParam(defaultValue = "ods") String format,
            jakarta.servlet.http.HttpServletResponse response,
            CurrentUser user)
            throws IOException {
        FilePageController.send(files.export(id, FilePageController.format(format), user), response);
    }

    @org.springframework.web.bind.annotation.GetMapping("/api/campaigns/{id}/responses/{collectivityId}/workbook")
    @Operation(
            summary = "Classeur d'une collectivité, pré-rempli : page d'accueil puis un onglet par thème, une question"
                    + " par ligne, listes de valeurs en français ; layout=rows pour une ligne par collectivité")
    void workbook(
            @PathVariable long id,
            @PathVariable long collectivityId,
            @RequestParam(defaultValue = "ods") String format,
            @RequestParam(defaultValue = "vertical") String layout,
            jakarta.servlet.http.HttpServletResponse response,
            CurrentUser user)
            throws IOException {
        FilePageController.send(
                files.exportFor(
                        id, collectivityId, FilePageController.format(format), FilePageController.layout(layout), user),
                response);
    }
}
