package org.mutualis.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.springframework.stereotype.Service;

/**
 * The online backup of an H2 database, while the application runs: H2's {@code SCRIPT} (every
 * table, sequence and row, as SQL, gzip-compressed), consistent as of its start, restored into an
 * empty database with {@code RUNSCRIPT} (docs/backups.md). Administrators only. PostgreSQL is
 * backed up with its own tools ({@code pg_dump -Fc}), which this does not replace.
 */
@Service
public class DatabaseBackups {

    private final DataSource dataSource;

    DatabaseBackups(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Writes the gzip-compressed SQL script of the whole H2 database to a temporary file and
     * returns it; the caller sends it and deletes it.
     */
    public Path h2Script(CurrentUser user) {
        if (!user.isAdministrator()) {
            throw new ForbiddenException("backup.forbidden");
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                throw new ConflictException("backup.postgresql");
            }
            Path script = Files.createTempFile("mutualis-backup-", ".sql.gz");
            try (Statement statement = connection.createStatement()) {
                // The path is ours (a temporary file), never the caller's.
                statement.execute(
                        "SCRIPT TO '" + script.toAbsolutePath().toString().replace("'", "''") + "' COMPRESSION GZIP");
                return script;
            } catch (SQLException e) {
                Files.deleteIfExists(script);
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("H2 backup failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
