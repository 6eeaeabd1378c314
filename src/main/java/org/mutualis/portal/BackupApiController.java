package org.mutualis.portal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.mutualis.identity.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

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
    void backup(CurrentUser user, HttpServletResponse response) throws IOException {
        // Written (and access checked) before anything goes out; then copied and deleted.
        Path script = backups.h2Script(user);
        try {
            String name = "mutualis-" + LocalDateTime.now(clock).format(STAMP) + ".sql.gz";
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/gzip");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
            response.setContentLengthLong(Files.size(script));
            Files.copy(script, response.getOutputStream());
            response.flushBuffer();
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
