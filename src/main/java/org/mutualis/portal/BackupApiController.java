package org.mutualis.portal;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.mutualis.identity.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code GET /api/admin/backup}: the online backup of the H2 database (docs/backups.md). */
@RestController
class BackupApiController {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DatabaseBackups backups;
    private final Clock clock;

    BackupApiController(DatabaseBackups backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    @GetMapping("/api/admin/backup")
    @Operation(
            summary = "Sauvegarde de la base H2 (script SQL gzip), application en marche",
            description = "Administrateurs seulement. Restauration : RUNSCRIPT dans une base vide (docs/backups.md)."
                    + " Sur PostgreSQL : 409, sauvegardez avec pg_dump.")
    ResponseEntity<StreamingResponseBody> backup(CurrentUser user) {
        // Written (and access checked) before the 200 goes out; the body only copies the file.
        Path script = backups.h2Script(user);
        String name = "mutualis-" + LocalDateTime.now(clock).format(STAMP) + ".sql.gz";
        StreamingResponseBody body = out -> {
            try {
                Files.copy(script, out);
            } finally {
                Files.deleteIfExists(script);
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(MediaType.parseMediaType("application/gzip"))
                .body(body);
    }
}
