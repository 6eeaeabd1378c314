package org.mutualis.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.mutualis.questionnaire.domain.AnswerValidation;
import org.mutualis.shared.Aggregation;
import org.mutualis.shared.AnswerValue;

/**
 * Skip logic as data (census/conditions.csv): a moot question is neither required nor stored;
 * and every choice the questionnaires offer reads in French and in English.
 */
class SkipLogicTests {

    private static final Questionnaire V2 = Catalogue.load(Catalogue.INFRASTRUCTURE, 2);

    @Test
    void aConditionShowsItsQuestionUntilTheAnswerMakesItMoot() {
        Condition servers = new Condition("avg_cost_server_eur_ht", "servers", "gt", "0");
        assertThat(servers.shown(null)).isTrue();
        assertThat(servers.shown("")).isTrue();
        assertThat(servers.shown("NC")).isTrue();
        assertThat(servers.shown("nc")).isTrue();
        assertThat(servers.shown("0")).isFalse();
        assertThat(servers.shown(" 0,0 ")).isFalse();
        assertThat(servers.shown("1")).isTrue();
        assertThat(servers.shown("1 200")).isTrue();
        assertThat(servers.shown("beaucoup")).isTrue();
        Condition backup = new Condition("backup_offsite_copy", "backup_frequency", "ne", "none");
        assertThat(backup.shown("none")).isFalse();
        assertThat(backup.shown("weekly")).isTrue();
        assertThat(new Condition("x", "y", "eq", "oui").shown("non")).isFalse();
        assertThatThrownBy(() -> new Condition("x", "y", "like", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCatalogueConditionsNameQuestionsThatExist() {
        assertThat(Catalogue.conditions()).isNotEmpty();
        for (Condition c : Catalogue.conditions()) {
            assertThat(Catalogue.indicators().stream().map(Indicator::code))
                    .as("condition of %s", c.code())
                    .contains(c.code(), c.dependsOn());
        }
        assertThat(V2.conditions()).containsKeys("server_roles", "avg_cost_server_eur_ht", "backup_offsite_copy");
        assertThat(Catalogue.infrastructure().conditions()).isEmpty();
    }

    @Test
    void noServerMakesTheServerQuestionsMootOnTheServerToo() {
        Map<String, String> raw = new HashMap<>();
        raw.put("desktops_excl_schools", "3");
        raw.put("laptops_excl_schools", "1");
        raw.put("servers", "0");
        raw.put("server_roles", "Fichiers");
        raw.put("avg_cost_server_eur_ht", "pas un nombre");
        Map<String, AnswerValue> stored = AnswerValidation.validate(V2, raw, false);
        assertThat(stored).containsKey("servers").doesNotContainKeys("server_roles", "avg_cost_server_eur_ht");

        raw.put("servers", "2");
        assertThatThrownBy(() -> AnswerValidation.validate(V2, raw, false))
                .isInstanceOfSatisfying(
                        AnswerRejectedException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("avg_cost_server_eur_ht"));
    }

    @Test
    void aHiddenRequiredQuestionIsNotRequired() {
        Questionnaire q = V2;
        Question required = q.question("avg_cost_server_eur_ht").orElseThrow();
        Question asRequired = new Question(
                required.code(),
                required.indicatorCode(),
                required.position(),
                required.labelFr(),
                required.labelEn(),
                required.helpFr(),
                true,
                required.allowsNc(),
                required.min(),
                required.max(),
                required.integer());
        Questionnaire strict = new Questionnaire(
                q.theme(),
                q.version(),
                q.titleFr(),
                q.titleEn(),
                q.questions().stream()
                        .map(x -> x.code().equals(asRequired.code()) ? asRequired : x)
                        .toList(),
                q.indicators(),
                q.shareGroups(),
                q.renewals());
        Map<String, String> raw = new HashMap<>(Map.of("desktops_excl_schools", "3", "laptops_excl_schools", "1"));
        raw.put("servers", "0");
        assertThat(AnswerValidation.validate(strict, raw, false)).containsEntry("servers", AnswerValue.of(0));
        raw.put("servers", "1");
        assertThatThrownBy(() -> AnswerValidation.validate(strict, raw, false))
                .isInstanceOfSatisfying(
                        AnswerRejectedException.class,
                        e -> assertThat(e.errors()).containsKey("avg_cost_server_eur_ht"));
    }

    @Test
    void theLiveCheckSaysWhatTheAnswersAddUpTo() {
        Map<String, String> raw = Map.of(
                "desktops_excl_schools", "8", "laptops_excl_schools", "0", "os_windows_11", "9", "os_linux", "x");
        assertThat(AnswerValidation.crossCheck(V2, raw)).containsOnlyKeys("os_xp");
        assertThat(AnswerValidation.crossCheck(V2, Map.of("os_windows_11", "9")))
                .isEmpty();
    }

    @Test
    void everyChoiceOfTheQuestionnairesHasAFrenchAndAnEnglishLabel() throws IOException {
        Properties fr = bundle("i18n/census.properties");
        Properties en = bundle("i18n/census_en.properties");
        for (Indicator indicator : Catalogue.indicators()) {
            if (indicator.aggregation() != Aggregation.CHOICE) {
                continue;
            }
            for (String choice : indicator.choices()) {
                assertThat(fr.getProperty("choice." + choice))
                        .as("French label of %s for %s", choice, indicator.code())
                        .isNotBlank()
                        .isNotEqualToIgnoringCase(choice);
                assertThat(en.getProperty("choice." + choice))
                        .as("English label of %s", choice)
                        .isNotBlank();
            }
        }
        assertThat(fr.getProperty("choice.weekly")).isEqualTo("Chaque semaine");
        assertThat(fr.getProperty("choice.saas")).isEqualTo("Service en ligne, par abonnement");
        assertThat(fr.getProperty("choice.oui")).isEqualTo("Oui");
        assertThat(fr.getProperty("choice.non")).isEqualTo("Non");
    }

    private static Properties bundle(String path) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(
                SkipLogicTests.class.getClassLoader().getResourceAsStream(path), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
