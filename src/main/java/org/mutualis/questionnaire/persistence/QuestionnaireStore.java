package org.mutualis.questionnaire.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.questionnaire.Catalogue;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.questionnaire.Question;
import org.mutualis.shared.Columns;
import org.mutualis.shared.RecordRows;
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

    /** The columns of {@link Header}, by name. */
    private static final String SELECT_HEADER =
            "select theme, version, title_fr, title_en, created_by, created_at, published_at from questionnaire_version";

    private final JdbcClient jdbc;
    private final Clock clock;

    QuestionnaireStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Header> headers() {
        return jdbc.sql(SELECT_HEADER + " order by theme, version")
                .query(RecordRows.of(Header.class))
                .list();
    }

    public Optional<Header> header(String theme, int version) {
        return jdbc.sql(SELECT_HEADER + " where theme = :theme and version = :version")
                .param("theme", theme)
                .param("version", version)
                .query(RecordRows.of(Header.class))
                .optional();
    }

    public List<Question> questions(String theme, int version) {
        return jdbc
                .sql("""
                        select position, code, indicator_code, label_fr, label_en, help_fr, required, allows_nc, min, max, max_length
                        from questionnaire_question where theme = :theme and version = :version order by position""")
                .param("theme", theme)
                .param("version", version)
                .query(RecordRows.of(QuestionRow.class))
                .list()
                .stream()
                .map(QuestionRow::question)
                .toList();
    }

    public void insert(String theme, int version, String titleFr, String titleEn, String by, List<Question> questions) {
        Columns.of()
                .set("theme", theme)
                .set("version", version)
                .set("title_fr", titleFr)
                .set("title_en", titleEn)
                .set("created_by", by)
                .set("created_at", Timestamp.from(clock.instant()))
                .insertRow(jdbc, "questionnaire_version");
        replaceQuestions(theme, version, questions);
    }

    /** Writes the draft's questions again, numbered 1, 2, 3… in the given order. */
    public void replaceQuestions(String theme, int version, List<Question> questions) {
        jdbc.sql("delete from questionnaire_question where theme = :theme and version = :version")
                .param("theme", theme)
                .param("version", version)
                .update();
        int position = 0;
        for (Question q : questions) {
            Columns.of()
                    .set("theme", theme)
                    .set("version", version)
                    .set("position", ++position)
                    .set("code", q.code())
                    .set("indicator_code", q.indicatorCode())
                    .set("label_fr", q.labelFr())
                    .set("label_en", q.labelEn())
                    .set("help_fr", q.helpFr())
                    .set("required", q.required())
                    .set("allows_nc", q.allowsNc())
                    .set("min", q.min())
                    .set("max", q.max())
                    .set("max_length", q.maxLength())
                    .insertRow(jdbc, "questionnaire_question");
        }
    }

    /** Freezes a draft; false when it was published meanwhile. */
    public boolean publish(String theme, int version) {
        return jdbc.sql("update questionnaire_version set published_at = :published_at"
                                + " where theme = :theme and version = :version and published_at is null")
                        .param("published_at", Timestamp.from(clock.instant()))
                        .param("theme", theme)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** A row of {@code questionnaire_question}, by column name. */
    private record QuestionRow(
            int position,
            String code,
            String indicatorCode,
            String labelFr,
            String labelEn,
            String helpFr,
            boolean required,
            boolean allowsNc,
            @Nullable BigDecimal min,
            @Nullable BigDecimal max,
            @Nullable Integer maxLength) {

        Question question() {
            // The value type follows the indicator, so two versions cannot disagree on it.
            boolean integer = Catalogue.indicators().stream()
                    .filter(i -> i.code().equals(indicatorCode))
                    .findFirst()
                    .map(Indicator::integer)
                    .orElse(false);
            return new Question(
                    code,
                    indicatorCode,
                    position,
                    labelFr,
                    labelEn,
                    helpFr,
                    required,
                    allowsNc,
                    min,
                    max,
                    integer,
                    maxLength);
        }
    }
}
