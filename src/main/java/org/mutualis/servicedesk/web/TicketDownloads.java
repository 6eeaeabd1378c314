package org.mutualis.servicedesk.web;

import org.mutualis.servicedesk.AttachmentContent;
import org.mutualis.shared.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An attachment as a download: never shown inline, its sniffed type, and no sniffing by the browser. */
final class TicketDownloads {

    private TicketDownloads() {}

    static ResponseEntity<byte[]> of(AttachmentContent content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.disposition("attachment", content.filename()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content.content());
    }
}
