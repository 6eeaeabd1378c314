package org.mutualis.census.web;

import org.mutualis.census.ResponseCopies;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The printable PDF copy of a collectivité's answers, for whoever may read its response page. */
@Controller
class ResponseCopyController {

    private final ResponseCopies copies;

    ResponseCopyController(ResponseCopies copies) {
        this.copies = copies;
    }

    @GetMapping("/campaigns/{id}/responses/{collectivityId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable long collectivityId, CurrentUser user) {
        byte[] pdf = copies.pdf(id, collectivityId, user);
        return Downloads.attachment(pdf, MediaType.APPLICATION_PDF, copies.pdfName(id, collectivityId, user));
    }
}
