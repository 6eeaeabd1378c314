package org.mutualis.census.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Migration V17: a large import writes less (issue 11, imports of 36,000 rows, some 470,000 answers
 * and, before, as many history rows in one transaction). A Java migration because two of its
 * changes are H2's own.
 *
 * <ul>
 *   <li>On both databases, {@code response} records who created it and when ({@code created_by},
 *       {@code created_at}; null for the responses created before, and for those a form creates):
 *       a response an import creates stores no history row for the answers it is created with,
 *       which its history gives from these and its answers ({@code ResponseStore.history}).
 * </ul>
 *
 * <p>On H2 only:
 *
 * <ul>
 *   <li>The ids of {@code response} and {@code answer_history} are taken 1,000 at a time instead
 *       of 32: H2 writes its sequence's state and commits it each time it takes a new range, and
 *       with {@code WRITE_DELAY=0} each such commit stores every page the import had changed so
 *       far (a sixth of a 36,000-row import). H2's sequences are the database's, not a
 *       connection's, so ids stay in the order they were given; a restart skips at most 1,000.
 *       (On PostgreSQL a cache is per connection and would order ids by connection instead.)
 *   <li>{@code answer_history} loses the index H2 made for its foreign key on {@code
 *       response_id}, which duplicates {@code answer_history_response} (V4 declared the key in
 *       the table, before that index existed): the key is declared again, and H2 takes the
 *       existing index for it. Each history row then updates two maps instead of three.
 *       PostgreSQL makes no index for a foreign key: it had only {@code answer_history_response}.
 * </ul>
 *
 * <p>A Spring bean: Spring Boot hands {@link JavaMigration} beans to Flyway, beside the SQL
 * migrations of {@code db/migration}.
 */
@Component
class ImportWritesMigration implements JavaMigration {

    /** How many ids H2 reserves at once for a table whose rows an import writes by the thousand. */
    static final int ID_CACHE = 1000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("17");
    }

    @Override
    public String getDescription() {
        return "import writes";
    }

    @Override
    public @Nullable Integer getChecksum() {
        return 17_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            sql.execute("alter table response add column created_at timestamp");
            sql.execute("alter table response add column created_by varchar(100)");
        }
        if (!"H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("alter table response alter column id set cache " + ID_CACHE);
            sql.execute("alter table answer_history alter column id set cache " + ID_CACHE);
            String key = foreignKey(connection, "ANSWER_HISTORY", "RESPONSE");
            if (key != null) {
                sql.execute("alter table answer_history drop constraint \"" + key + "\"");
                sql.execute("alter table answer_history add constraint answer_history_response_key"
                        + " foreign key (response_id) references response (id) on delete cascade");
            }
        }
    }

    /** The name of the foreign key from {@code table} to {@code referenced}, as H2 named it. */
    private static @Nullable String foreignKey(Connection connection, String table, String referenced)
            throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet keys = meta.getImportedKeys(connection.getCatalog(), connection.getSchema(), table)) {
            while (keys.next()) {
                if (referenced.equals(keys.getString("PKTABLE_NAME").toUpperCase(Locale.ROOT))) {
                    return keys.getString("FK_NAME");
                }
            }
        }
        return null;
    }
}
