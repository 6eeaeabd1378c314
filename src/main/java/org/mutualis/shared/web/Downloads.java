package org.mutualis.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way a page hands a file to the browser: its type and an attachment disposition naming
 * it (UTF-8, RFC 5987, so that « état-2015.ods » keeps its accents).
 */
public final class Downloads {

    /** An OpenDocument spreadsheet (.ods). */
    public static final MediaType ODS = MediaType.parseMediaType("application/vnd.oasis.opendocument.spreadsheet");

    /** A ZIP archive. */
    public static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private Downloads() {}

    /** A file made in memory, to be saved under {@code filename}. */
    public static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition("attachment", filename))
                .body(body);
    }

    /** Prepares a response for a file written straight into it (a streamed archive). */
    public static void stream(HttpServletResponse response, MediaType type, String filename) {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition("attachment", filename));
    }

    /** The Content-Disposition header's value: {@code attachment} or {@code inline}, and the file's name. */
    public static String disposition(String type, String filename) {
        return ContentDisposition.builder(type)
                .filename(filename, StandardCharsets.UTF_8)
                .build()
                .toString();
    }
}
