package org.mutualis.census.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.AnswersImport;
import org.mutualis.census.Campaigns;
import org.mutualis.census.ImportPreview;
import org.mutualis.census.ImportRejectedException;
import org.mutualis.census.ImportReport;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Import of an answers file (with its complete error report) and export in CSV, XLSX, ODS. */
@Controller
class FilePageController {

    private final AnswerFiles files;
    private final Campaigns campaigns;

    FilePageController(AnswerFiles files, Campaigns campaigns) {
        this.files = files;
        this.campaigns = campaigns;
    }

    /**
     * Reads the uploaded file and shows what importing it would change; nothing is written until
     * the analyst confirms ({@link #confirm}). A file with problems lists them all, as before.
     */
    @PostMapping("/campaigns/{id}/import")
    String importFile(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean overwriteValidated,
            Model model,
            CurrentUser user)
            throws IOException {
        model.addAttribute("campaign", campaigns.get(id, user));
        model.addAttribute("fileName", file.getOriginalFilename());
        try {
            ImportPreview preview =
                    files.preview(id, String.valueOf(file.getOriginalFilename()), file.getInputStream(), user);
            model.addAttribute("preview", preview);
            model.addAttribute("overwriteValidated", overwriteValidated);
            return "census/import-preview";
        } catch (ImportRejectedException e) {
            model.addAttribute("problems", e.importProblems());
            return "census/import-result";
        }
    }

    /**
     * Writes the previewed file, all of it or nothing. A missing confirmation (validated responses,
     * names) shows the preview again with what is missing; the file still waits.
     */
    @PostMapping("/campaigns/{id}/import/confirm")
    String confirm(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "false") boolean overwriteValidated,
            @RequestParam(defaultValue = "false") boolean confirmNames,
            Model model,
            CurrentUser user) {
        model.addAttribute("campaign", campaigns.get(id, user));
        try {
            ImportReport report = files.confirm(id, token, overwriteValidated, confirmNames, user);
            model.addAttribute("fileName", report.fileName());
            model.addAttribute("report", report);
            return "census/import-result";
        } catch (ImportRejectedException e) {
            ImportPreview preview = files.pending(id, token, user);
            model.addAttribute("fileName", preview.fileName());
            model.addAttribute("preview", preview);
            model.addAttribute("overwriteValidated", overwriteValidated);
            model.addAttribute("confirmNames", confirmNames);
            model.addAttribute("missing", e.importProblems());
            return "census/import-preview";
        }
    }

    /**
     * A collectivité's workbook: as a person fills it (a cover, a question per row), or with
     * {@code layout=rows} in the machine layout (a row per collectivité, a column per question).
     */
    @GetMapping("/campaigns/{id}/responses/{collectivityId}/workbook")
    void workbook(
            @PathVariable long id,
            @PathVariable long collectivityId,
            @RequestParam(defaultValue = "ods") String format,
            @RequestParam(defaultValue = "vertical") String layout,
            HttpServletResponse response,
            CurrentUser user)
            throws IOException {
        send(files.exportFor(id, collectivityId, format(format), layout(layout), user), response);
    }

    /** Every collectivité's workbook to fill in, one file each, in one ZIP (staff). */
    @GetMapping("/campaigns/{id}/workbooks.zip")
    void workbooks(
            @PathVariable long id,
            @RequestParam(defaultValue = "ods") String format,
            HttpServletResponse response,
            CurrentUser user)
            throws IOException {
        AnswerFiles.Archive archive = files.workbooks(id, format(format), user);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.disposition("attachment", archive.fileName()));
        archive.body().accept(response.getOutputStream());
    }

    static AnswersImport.Layout layout(String layout) {
        return switch (layout.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "rows", "lignes" -> AnswersImport.Layout.ROWS;
            case "vertical", "verticale", "" -> AnswersImport.Layout.VERTICAL;
            default -> throw new RejectedException("census.file.layout");
        };
    }

    @GetMapping("/campaigns/{id}/export")
    void export(
            @PathVariable long id,
            @RequestParam(defaultValue = "ods") String format,
            HttpServletResponse response,
            CurrentUser user)
            throws IOException {
        send(files.export(id, format(format), user), response);
    }

    static AnswerFileFormat format(String format) {
        try {
            return AnswerFileFormat.fromFileName("x." + format);
        } catch (IllegalArgumentException e) {
            throw new RejectedException("census.file.format");
        }
    }

    /** Opens the download only now that the file was checked and prepared. */
    static void send(AnswerFiles.Download download, HttpServletResponse response) throws IOException {
        response.setContentType(download.format().mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.disposition("attachment", download.fileName()));
        download.body().accept(response.getOutputStream());
    }
}
