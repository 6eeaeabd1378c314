package org.mutualis.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.EPCI_SIREN;
import static org.mutualis.StudyCodes.LE_PONTHOU;
import static org.mutualis.StudyCodes.LOC_EGUINER;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.PLOUIGNEAU;
import static org.mutualis.StudyCodes.SAINT_THEGONNEC;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.shared.CollectivityKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Against the database; each test rolls back, so the shared test database stays as it was. */
@MutualisDbTest
@Transactional
class TerritoriesTests {

    @Autowired
    Territories territories;

    private TerritorySummary morlaix2012() throws Exception {
        try (var in = new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("/territory/morlaix-2012.csv")),
                StandardCharsets.UTF_8)) {
            return territories.create(
                    EPCI_SIREN, "Morlaix Communauté", "CA", 2012, "Étude 2012", TerritoryCsv.read(in, 2012));
        }
    }

    @Test
    void createsATerritoryAndListsCommunesFromTheSmallestThenTheEpci() throws Exception {
        TerritorySummary created = morlaix2012();

        assertThat(territories.find(created.id())).contains(created);
        assertThat(territories.all()).contains(created);
        List<CollectivityView> all = territories.collectivities(created.id());
        assertThat(all).hasSize(29);
        assertThat(all.get(0).name()).isEqualTo("Le Ponthou");
        assertThat(all.get(27).name()).isEqualTo("Morlaix");
        assertThat(all.get(27).population()).isEqualTo(16726);
        assertThat(all.get(28)).satisfies(epci -> {
            assertThat(epci.kind()).isEqualTo(CollectivityKind.EPCI);
            assertThat(epci.code()).isEqualTo(EPCI_SIREN);
            assertThat(epci.population()).isNull();
        });
        assertThat(all).allSatisfy(c -> assertThat(c.merged()).isFalse());
        assertThat(territories.collectivity(all.get(0).id())).contains(all.get(0));
    }

    @Test
    void importsMorlaixCommunauteFromTheOfficialDataFor2026WithItsMergedCommunes() {
        TerritorySummary imported = territories.importOfficial(EPCI_SIREN);

        assertThat(imported.referenceYear()).isEqualTo(2026);
        assertThat(imported.name()).isEqualTo("CA Morlaix Communauté");
        assertThat(imported.epciType()).isEqualTo("CA");
        assertThat(imported.source()).contains("COG 2026");
        List<CollectivityView> all = territories.collectivities(imported.id());
        assertThat(all)
                .filteredOn(c -> c.kind() == CollectivityKind.COMMUNE && !c.merged())
                .hasSize(26)
                .allSatisfy(c -> assertThat(c.populationYear()).isEqualTo(2026));
        assertThat(all)
                .filteredOn(CollectivityView::merged)
                .extracting(CollectivityView::code, CollectivityView::mergedIntoCode)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(LOC_EGUINER, SAINT_THEGONNEC),
                        org.assertj.core.groups.Tuple.tuple(LE_PONTHOU, PLOUIGNEAU));
        // Merged communes have no population: they come after the communes, before the EPCI.
        assertThat(all.subList(26, 28)).allSatisfy(c -> assertThat(c.merged()).isTrue());
        assertThat(all.get(28).kind()).isEqualTo(CollectivityKind.EPCI);
    }

    @Test
    void refusesASecondImportForTheSameYear() {
        territories.importOfficial("242900645");

        assertThatThrownBy(() -> territories.importOfficial("242900645"))
                .isInstanceOf(TerritoryException.class)
                .hasMessage("Le territoire de l'EPCI 242900645 existe déjà pour l'année 2026.");
    }

    @Test
    void refusesAnUnknownOrMalformedSiren() {
        assertThatThrownBy(() -> territories.importOfficial("200000000"))
                .isInstanceOf(TerritoryException.class)
                .hasMessageContaining("Aucun EPCI de SIREN 200000000");
        assertThatThrownBy(() -> territories.importOfficial("2429"))
                .isInstanceOf(TerritoryException.class)
                .hasMessageContaining("9 chiffres");
    }

    @Test
    void searchesTheOfficialListByAccentlessName() {
        assertThat(territories.searchEpci("morlaix communaute"))
                .extracting(EpciChoice::siren)
                .containsExactly(EPCI_SIREN);
        assertThat(territories.officialEpci(EPCI_SIREN))
                .map(EpciChoice::memberCount)
                .contains(26);
    }

    @Test
    void refusesBadCodesPopulationsAndDuplicates() {
        var morlaix = NewCollectivity.of(MORLAIX, "Morlaix", CollectivityKind.COMMUNE, 15220, 2026);
        assertRefused(
                List.of(NewCollectivity.of("2915", "Morlaix", CollectivityKind.COMMUNE, 1, 2026)),
                "Code INSEE « 2915 » invalide");
        assertRefused(
                List.of(NewCollectivity.of(MORLAIX, "Morlaix", CollectivityKind.COMMUNE, -1, 2026)),
                "Population négative");
        assertRefused(List.of(morlaix, morlaix), "Le code « 29151 » figure deux fois.");
        assertRefused(
                List.of(morlaix, NewCollectivity.of("24290083", "CCAS", CollectivityKind.OTHER, null, null)),
                "SIREN « 24290083 » invalide");
        assertRefused(
                List.of(new NewCollectivity(
                        LE_PONTHOU, null, "Le Ponthou", CollectivityKind.COMMUNE, null, null, PLOUIGNEAU)),
                "qui n'est pas une commune du territoire");
        assertRefused(List.of(), "au moins une collectivité");
        assertThatThrownBy(() -> territories.create("24290083", "X", null, 2026, "test", List.of(morlaix)))
                .isInstanceOf(TerritoryException.class)
                .hasMessageContaining("SIREN de l'EPCI « 24290083 » invalide");
    }

    @Test
    void keepsCorsicanCodesAndMergedCommunes() {
        TerritorySummary t = territories.create(
                "200000001",
                "CA du Pays Ajaccien",
                "CA",
                2026,
                "test",
                List.of(
                        NewCollectivity.of("2a004", "Ajaccio", CollectivityKind.COMMUNE, 70_000, 2026),
                        new NewCollectivity(
                                "2A999", null, "Ancienne commune", CollectivityKind.COMMUNE, null, null, "2A004")));

        assertThat(territories.collectivities(t.id()))
                .extracting(CollectivityView::code, CollectivityView::merged, CollectivityView::mergedIntoCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2A004", false, null),
                        org.assertj.core.groups.Tuple.tuple("2A999", true, "2A004"));
    }

    private void assertRefused(List<NewCollectivity> members, String message) {
        assertThatThrownBy(() -> territories.create("200000000", "Test", null, 2026, "test", members))
                .isInstanceOf(TerritoryException.class)
                .hasMessageContaining(message);
    }
}
