package org.mutualis.census.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.census.ImportRejectedException;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.error.RejectedException;
import org.springframework.http.ContentDisposition;
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
            int count = files.importAnswers(
                    id, String.valueOf(file.getOriginalFilename()), file.getInputStream(), overwriteValidated, user);
            model.addAttribute("imported", count);
        } catch (ImportRejectedException e) {
            model.addAttribute("problems", e.importProblems());
        }
        return "census/import-result";
    }

    @GetMapping("/campaigns/{id}/responses/{collectivityId}/workbook")
    void workbook(
            @PathVariable long id,
            @PathVariable long collectivityId,
            @RequestParam(defaultValue = "ods") String format,
            HttpServletResponse response,
            CurrentUser user)
            throws IOException {
        send(files.exportFor(id, collectivityId, format(format), user), response);
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
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(download.fileName())
                        .build()
                        .toString());
        download.body().accept(response.getOutputStream());
    }
}
