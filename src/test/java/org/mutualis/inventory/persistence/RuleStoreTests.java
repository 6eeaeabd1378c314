package org.mutualis.inventory.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.inventory.domain.rules.DefaultRules;
import org.mutualis.inventory.persistence.LifecycleStore.LifecycleRow;
import org.mutualis.inventory.persistence.LifecycleStore.LifecycleValues;
import org.mutualis.inventory.persistence.RuleStore.RuleRow;
import org.mutualis.inventory.persistence.RuleStore.RuleValues;
import org.springframework.beans.factory.annotation.Autowired;

/** The rules and lifecycle rows as stored: the seeds of V33, the optimistic locking. */
@MutualisDbTest
class RuleStoreTests {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 10, 0);

    @Autowired
    RuleStore rules;

    @Autowired
    LifecycleStore lifecycles;

    @Test
    void theSeededRulesAreTheDefaultRulesPatternForPattern() {
        List<String> seeded = rules.all().stream()
                .filter(r -> r.changedBy().equals("Mutualis"))
                .map(r -> String.join(
                        "\t",
                        r.kind(),
                        "" + r.position(),
                        r.fieldName(),
                        r.pattern(),
                        r.outcome(),
                        "" + r.product(),
                        "" + r.versionTemplate(),
                        "" + r.enabled()))
                .sorted()
                .toList();
        List<String> defaults = DefaultRules.all().stream()
                .map(r -> String.join(
                        "\t",
                        r.kind().name(),
                        "" + r.position(),
                        r.field().name(),
                        r.pattern(),
                        r.result(),
                        "" + r.product(),
                        "" + r.version(),
                        "" + r.enabled()))
                .sorted()
                .toList();
        assertThat(seeded).isEqualTo(defaults);
        assertThat(rules.all()).allSatisfy(r -> assertThat(r.note()).isNotBlank());
    }

    @Test
    void aStaleVersionWritesNothing() {
        RuleValues values =
                new RuleValues("OFFICE", 800_001, "SOFTWARE_NAME", "^store-test$", "NONE", null, null, true, "test");
        long id = rules.insert(values, "Test", NOW);
        RuleRow row = rules.find(id).orElseThrow();
        assertThat(row.version()).isZero();
        assertThat(row.pattern()).isEqualTo("^store-test$");

        RuleValues changed =
                new RuleValues("OFFICE", 800_001, "SOFTWARE_NAME", "^store-test-2$", "NONE", null, null, false, "test");
        assertThat(rules.update(id, changed, "Test", NOW, 0)).isTrue();
        assertThat(rules.update(id, values, "Test", NOW, 0)).isFalse();
        assertThat(rules.find(id).orElseThrow().pattern()).isEqualTo("^store-test-2$");
        assertThat(rules.delete(id, 0)).isFalse();
        assertThat(rules.delete(id, 1)).isTrue();
        assertThat(rules.find(id)).isEmpty();
    }

    @Test
    void theFingerprintMovesOnEveryChange() {
        RuleStore.Fingerprint before = rules.fingerprint();
        long id = rules.insert(
                new RuleValues("OFFICE", 800_002, "SOFTWARE_NAME", "^fp$", "NONE", null, null, true, null),
                "Test",
                NOW);
        RuleStore.Fingerprint added = rules.fingerprint();
        assertThat(added).isNotEqualTo(before);
        rules.move(id, 800_003, "Test", NOW, 0);
        assertThat(rules.fingerprint()).isNotEqualTo(added);
        rules.delete(id, 1);
        assertThat(rules.fingerprint().rows()).isEqualTo(before.rows());
    }

    @Test
    void theSeededLifecycleHoldsTheIssuesDatesWithTheirSources() {
        List<LifecycleRow> all = lifecycles.all();
        LifecycleRow windows10 = all.stream()
                .filter(r -> r.product().equals("windows")
                        && r.releaseCycle().equals("10 22H2")
                        && r.edition().isEmpty())
                .findFirst()
                .orElseThrow();
        assertThat(windows10.endOfSupport()).isEqualTo(LocalDate.of(2025, 10, 14));
        assertThat(windows10.sourceUrl()).startsWith("https://");
        assertThat(all.stream()
                        .filter(r -> r.product().equals("microsoft-office"))
                        .filter(r -> r.releaseCycle().equals("2021"))
                        .findFirst()
                        .orElseThrow()
                        .endOfSupport())
                .isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(all.stream()
                        .filter(r -> r.product().equals("microsoft-365"))
                        .findFirst()
                        .orElseThrow()
                        .endOfSupport())
                .isNull();
        assertThat(all).allSatisfy(r -> assertThat(r.sourceUrl()).startsWith("https://"));
    }

    @Test
    void aLifecycleRowKeepsItsEmptyEditionAndItsVersion() {
        long id = lifecycles.insert(
                new LifecycleValues(
                        "store-test", "1", "", LocalDate.of(2030, 1, 1), null, null, LocalDate.of(2026, 8, 1), null),
                "Test",
                NOW);
        assertThat(lifecycles.same("store-test", "1", "", 0)).isPresent();
        assertThat(lifecycles.same("store-test", "1", "", id)).isEmpty();
        LifecycleValues later = new LifecycleValues(
                "store-test", "1", "", LocalDate.of(2031, 1, 1), null, null, LocalDate.of(2026, 8, 1), null);
        assertThat(lifecycles.update(id, later, "Test", NOW, 1)).isFalse();
        assertThat(lifecycles.update(id, later, "Test", NOW, 0)).isTrue();
        assertThat(lifecycles.find(id).orElseThrow().endOfSupport()).isEqualTo(LocalDate.of(2031, 1, 1));
        assertThat(lifecycles.delete(id, 1)).isTrue();
    }
}
