package org.mutualis.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.procurement.domain.ProcurementException;
import org.mutualis.procurement.domain.ThresholdKind;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The procedure thresholds in the database: seeded, edited by an administrator only, used by the rules. */
@MutualisDbTest
class ThresholdAdministrationTests {

    static final CurrentUser ADMIN = new CurrentUser(1, "admin", "Admin", Role.ADMIN, null);
    static final CurrentUser ANALYST = new CurrentUser(2, "analyste", "Analyste", Role.ANALYST, null);
    /** Periods of works thresholds far in the past, one per test, so that tests never overlap. */
    static final AtomicInteger YEAR = new AtomicInteger(1800);

    @Autowired
    ProcurementThresholds thresholds;

    @Autowired
    Procurements procurements;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Test
    void theShippedThresholdsAreSeededOnceWithTheirSources() {
        assertThat(thresholds.seedIfEmpty()).isZero();
        assertThat(thresholds.all())
                .anySatisfy(t -> {
                    assertThat(t.amountHt()).isEqualByComparingTo("221000");
                    assertThat(t.validFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
                    assertThat(t.validUntil()).isEqualTo(LocalDate.of(2025, 12, 31));
                    assertThat(t.legalSource()).contains("Code de la commande publique");
                })
                .anySatisfy(t -> {
                    assertThat(t.amountHt()).isEqualByComparingTo("216000");
                    assertThat(t.validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
                    assertThat(t.kind()).isEqualTo(ThresholdKind.SUPPLIES_AND_SERVICES);
                });
        assertThat(thresholds
                        .current()
                        .applicable(ThresholdKind.SUPPLIES_AND_SERVICES, LocalDate.of(2026, 6, 1))
                        .orElseThrow()
                        .amountHt())
                .isEqualByComparingTo("216000");
    }

    @Test
    void anAdministratorAddsEditsAndDeletesAThreshold() {
        int year = YEAR.addAndGet(2);
        ThresholdView added = thresholds.create(works(year, "5000000"), ADMIN);
        assertThat(thresholds.current().applicable(ThresholdKind.WORKS, LocalDate.of(year, 6, 1)))
                .hasValueSatisfying(t -> assertThat(t.amountHt()).isEqualByComparingTo("5000000"));

        ThresholdView edited = thresholds.update(added.id(), works(year, "5100000"), added.version(), ADMIN);
        assertThat(edited.amountHt()).isEqualByComparingTo("5100000");
        assertThat(edited.version()).isEqualTo(added.version() + 1);

        thresholds.delete(added.id(), ADMIN);
        assertThat(thresholds.current().applicable(ThresholdKind.WORKS, LocalDate.of(year, 6, 1)))
                .isEmpty();
    }

    @Test
    void invalidThresholdsAreRefusedInFrenchAndNothingIsSaved() {
        int before = thresholds.all().size();
        int year = YEAR.addAndGet(2);
        assertRefused(
                new ThresholdForm(ThresholdKind.WORKS, new BigDecimal("-1"), LocalDate.of(year, 1, 1), null, "Décret"),
                "Montant du seuil : il doit être positif (en € HT).");
        assertRefused(
                new ThresholdForm(
                        ThresholdKind.WORKS,
                        new BigDecimal("100"),
                        LocalDate.of(year, 6, 1),
                        LocalDate.of(year, 1, 1),
                        "Avis"),
                "Fin de validité : le 01/01/" + year + " précède le début de validité (01/06/" + year + ").");
        assertRefused(
                new ThresholdForm(ThresholdKind.WORKS, new BigDecimal("100"), LocalDate.of(year, 1, 1), null, " "),
                "Source juridique : indiquez le texte qui fixe ce seuil");
        assertRefused(
                new ThresholdForm(
                        ThresholdKind.SUPPLIES_AND_SERVICES,
                        new BigDecimal("230000"),
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        "Avis"),
                "Période : elle chevauche le seuil fournitures et services en vigueur du 01/01/2024 au 31/12/2025");
        assertThat(thresholds.all()).hasSize(before);
    }

    @Test
    void aStaleVersionIsAConflict() {
        int year = YEAR.addAndGet(2);
        ThresholdView added = thresholds.create(works(year, "5000000"), ADMIN);
        thresholds.update(added.id(), works(year, "5100000"), added.version(), ADMIN);
        assertThatThrownBy(() -> thresholds.update(added.id(), works(year, "4900000"), added.version(), ADMIN))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("modifié depuis que vous l’avez ouvert");
        assertThat(thresholds.get(added.id(), ADMIN).amountHt()).isEqualByComparingTo("5100000");
    }

    @Test
    void onlyAnAdministratorChangesThresholds() {
        int year = YEAR.addAndGet(2);
        ThresholdView added = thresholds.create(works(year, "5000000"), ADMIN);
        assertThatThrownBy(() -> thresholds.create(works(year + 1, "1"), ANALYST))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> thresholds.update(added.id(), works(year, "1"), added.version(), ANALYST))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> thresholds.delete(added.id(), ANALYST)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> thresholds.requireAdmin(ANALYST)).isInstanceOf(AccessDeniedException.class);
        assertThat(thresholds.get(added.id(), ADMIN).amountHt()).isEqualByComparingTo("5000000");
    }

    @Test
    void procurementsAreJudgedWithTheThresholdsOfTheDatabase() {
        ProcurementFixture.Loaded t = ProcurementFixture.territory(territories, campaigns, files);
        ThresholdView y2012 = thresholds.all().stream()
                .filter(th -> th.kind() == ThresholdKind.SUPPLIES_AND_SERVICES
                        && th.validFrom().equals(LocalDate.of(2012, 1, 1)))
                .findFirst()
                .orElseThrow();
        ThresholdForm lowered = new ThresholdForm(
                y2012.kind(), new BigDecimal("100000"), y2012.validFrom(), y2012.validUntil(), y2012.legalSource());
        ThresholdView changed = thresholds.update(y2012.id(), lowered, y2012.version(), ADMIN);
        try {
            assertThatThrownBy(() ->
                            procurements.create(ProcurementFixture.group(t).form(), ProcurementServiceTests.ANALYST))
                    .isInstanceOfSatisfying(
                            ProcurementException.class,
                            e -> assertThat(e.violations())
                                    .extracting(v -> v.message().french())
                                    .anySatisfy(m -> assertThat(m).contains("(100 000 € HT au 01/04/2012")));
        } finally {
            thresholds.update(y2012.id(), y2012.toForm(), changed.version(), ADMIN);
        }
        assertThat(procurements.create(ProcurementFixture.group(t).form(), ProcurementServiceTests.ANALYST))
                .isNotNull();
    }

    private void assertRefused(ThresholdForm form, String message) {
        assertThatThrownBy(() -> thresholds.create(form, ADMIN))
                .isInstanceOfSatisfying(
                        ProcurementException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.message().french())
                                .anySatisfy(m -> assertThat(m).contains(message)));
    }

    private static ThresholdForm works(int year, String amount) {
        return new ThresholdForm(
                ThresholdKind.WORKS,
                new BigDecimal(amount),
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                "Avis relatif aux seuils de procédure (test)");
    }
}
