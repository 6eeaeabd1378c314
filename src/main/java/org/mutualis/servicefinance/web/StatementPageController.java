package org.mutualis.servicefinance.web;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.Statements;
import org.mutualis.servicefinance.Statements.Drawn;
import org.mutualis.servicefinance.documents.StatementOds;
import org.mutualis.servicefinance.documents.StatementPdf;
import org.mutualis.servicefinance.documents.StatementWords;
import org.mutualis.servicefinance.documents.StatementsArchive;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A collectivité's annual statement: its page, its ODS workbook and its PDF for the council. */
@Controller
class StatementPageController {

    private static final MediaType ODS = MediaType.parseMediaType("application/vnd.oasis.opendocument.spreadsheet");

    private final Statements statements;

    StatementPageController(Statements statements) {
        this.statements = statements;
    }

    @GetMapping("/servicefinance/collectivities/{collectivityId}/statement")
    String statement(
            @PathVariable long collectivityId,
            @RequestParam(required = false) @Nullable Integer year,
            Model model,
            CurrentUser user) {
        Drawn drawn = statements.of(collectivityId, year, user);
        model.addAttribute("drawn", drawn);
        model.addAttribute("statement", drawn.statement());
        model.addAttribute("heading", drawn.heading());
        return "servicefinance/statement";
    }

    @GetMapping("/servicefinance/collectivities/{collectivityId}/statement.ods")
    ResponseEntity<byte[]> ods(
            @PathVariable long collectivityId,
            @RequestParam(required = false) @Nullable Integer year,
            CurrentUser user) {
        Drawn drawn = statements.of(collectivityId, year, user);
        byte[] body = StatementOds.write(drawn.statement(), drawn.heading(), StatementWords.french());
        return download(body, ODS, name(drawn) + ".ods");
    }

    @GetMapping("/servicefinance/collectivities/{collectivityId}/statement.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable long collectivityId,
            @RequestParam(required = false) @Nullable Integer year,
            CurrentUser user) {
        Drawn drawn = statements.of(collectivityId, year, user);
        byte[] body = StatementPdf.write(drawn.statement(), drawn.heading(), StatementWords.french());
        return download(body, MediaType.APPLICATION_PDF, name(drawn) + ".pdf");
    }

    private static String name(Drawn drawn) {
        return "etat-annuel-" + drawn.year() + "-" + StatementsArchive.baseName(drawn.statement());
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
