package org.mutualis.questionnaire.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.questionnaire.Catalogue;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.questionnaire.Question;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The questionnaire versions written by administrators (tables of V6). */
@Repository
public class QuestionnaireStore {

    public record Header(
            String theme,
            int version,
            String titleFr,
            String titleEn,
            String createdBy,
            Instant createdAt,
            @Nullable Instant publishedAt) {

        public boolean published() {
            return publishedAt != null;
        }
    }

    private static final String SELECT_HEADER =
            "select theme, version, title_fr, title_en, created_by, created_at, published_at from questionnaire_version";

    private final JdbcClient jdbc;

    QuestionnaireStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Header> headers() {
        return jdbc.sql(SELECT_HEADER + " order by theme, version")
                .query(QuestionnaireStore::header)
                .list();
    }

    public Optional<Header> header(String theme, int version) {
        return jdbc.sql(SELECT_HEADER + " where theme = ? and version = ?")
                .params(theme, version)
                .query(QuestionnaireStore::header)
                .optional();
    }

    public List<Question> questions(String theme, int version) {
        return jdbc.sql("""
                        select position, code, indicator_code, label_fr, label_en, help_fr, required, allows_nc, min, max
                        from questionnaire_question where theme = ? and version = ? order by position""")
                .params(theme, version)
                .query((rs, n) -> {
                    String indicator = rs.getString("indicator_code");
                    boolean integer = Catalogue.indicators().stream()
                            .filter(i -> i.code().equals(indicator))
                            .findFirst()
                            .map(Indicator::integer)
                            .orElse(false);
                    return new Question(
                            rs.getString("code"),
                            indicator,
                            rs.getInt("position"),
                            rs.getString("label_fr"),
                            rs.getString("label_en"),
                            rs.getString("help_fr"),
                            rs.getBoolean("required"),
                            rs.getBoolean("allows_nc"),
                            rs.getBigDecimal("min"),
                            rs.getBigDecimal("max"),
                            integer);
                })
                .list();
    }

    public void insert(String theme, int version, String titleFr, String titleEn, String by, List<Question> questions) {
        jdbc.sql("""
                        insert into questionnaire_version (theme, version, title_fr, title_en, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(theme, version, titleFr, titleEn, by, Timestamp.from(Instant.now()))
                .update();
        replaceQuestions(theme, version, questions);
    }

    /** Writes the draft's questions again, numbered 1, 2, 3… in the given order. */
    public void replaceQuestions(String theme, int version, List<Question> questions) {
        jdbc.sql("delete from questionnaire_question where theme = ? and version = ?")
                .params(theme, version)
                .update();
        int position = 0;
        for (Question q : questions) {
            jdbc.sql("""
                            insert into questionnaire_question (theme, version, position, code, indicator_code,
                                label_fr, label_en, help_fr, required, allows_nc, min, max)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            theme,
                            version,
                            ++position,
                            q.code(),
                            q.indicatorCode(),
                            q.labelFr(),
                            q.labelEn(),
                            q.helpFr(),
                            q.required(),
                            q.allowsNc(),
                            q.min(),
                            q.max())
                    .update();
        }
    }

    /** Freezes a draft; false when it was published meanwhile. */
    public boolean publish(String theme, int version) {
        return jdbc.sql("update questionnaire_version set published_at = ? "
                                + "where theme = ? and version = ? and published_at is null")
                        .params(Timestamp.from(Instant.now()), theme, version)
                        .update()
                == 1;
    }

    private static Header header(ResultSet rs, int n) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new Header(
                rs.getString("theme"),
                rs.getInt("version"),
                rs.getString("title_fr"),
                rs.getString("title_en"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                published == null ? null : published.toInstant());
    }
}
