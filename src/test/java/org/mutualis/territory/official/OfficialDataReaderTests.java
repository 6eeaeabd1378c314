package org.mutualis.territory.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.EPCI_SIREN;
import static org.mutualis.StudyCodes.LE_PONTHOU;
import static org.mutualis.StudyCodes.LOC_EGUINER;
import static org.mutualis.StudyCodes.PLOUIGNEAU;
import static org.mutualis.StudyCodes.SAINT_THEGONNEC;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualis.shared.CollectivityKind;
import org.mutualis.territory.EpciChoice;
import org.mutualis.territory.NewCollectivity;

/** The committed extract, read as in production through the default classpath location. */
class OfficialDataReaderTests {

    private final OfficialData data = new OfficialData(OfficialSource.of("classpath:territory/official/"), 2026);

    @Test
    void morlaixCommunauteHas26CommunesIn2026AndItsCommunesDelegueesAsMerged() {
        OfficialTerritory morlaix = data.territory(EPCI_SIREN).orElseThrow();

        List<NewCollectivity> members = morlaix.members();
        assertThat(morlaix.year()).isEqualTo(2026);
        assertThat(morlaix.communeCount()).isEqualTo(26);
        List<NewCollectivity> active = members.stream()
                .filter(m -> m.kind() == CollectivityKind.COMMUNE && m.mergedIntoCode() == null)
                .toList();
        assertThat(active).hasSize(26).allSatisfy(c -> {
            assertThat(c.population()).isPositive();
            assertThat(c.populationYear()).isEqualTo(2026);
            assertThat(c.siren()).hasSize(9);
        });
        assertThat(members)
                .filteredOn(m -> m.mergedIntoCode() != null)
                .extracting(NewCollectivity::code, NewCollectivity::name, NewCollectivity::mergedIntoCode)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(LE_PONTHOU, "Le Ponthou", PLOUIGNEAU),
                        org.assertj.core.groups.Tuple.tuple(
                                LOC_EGUINER, "Loc-Eguiner-Saint-Thégonnec", SAINT_THEGONNEC));
        assertThat(members)
                .filteredOn(m -> m.mergedIntoCode() != null)
                .allSatisfy(m -> assertThat(m.population()).isNull());
    }

    @Test
    void theEpciItselfIsACollectivityIdentifiedBySirenWithoutPopulation() {
        NewCollectivity epci =
                data.territory(EPCI_SIREN).orElseThrow().members().get(0);

        assertThat(epci.kind()).isEqualTo(CollectivityKind.EPCI);
        assertThat(epci.code()).isEqualTo(EPCI_SIREN);
        assertThat(epci.siren()).isEqualTo(EPCI_SIREN);
        assertThat(epci.name()).isEqualTo("CA Morlaix Communauté");
        assertThat(epci.population()).isNull();
    }

    @Test
    void populationsComeFromCommunesJsonAndTheChefLieuIsNotItsOwnMergedCommune() {
        List<NewCollectivity> members = data.territory(EPCI_SIREN).orElseThrow().members();

        // epci.json says 5039 for Plouigneau; communes.json, the reference, says 5014.
        assertThat(members)
                .filteredOn(m -> m.code().equals(PLOUIGNEAU))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.population()).isEqualTo(5014);
                    assertThat(p.mergedIntoCode()).isNull();
                });
        assertThat(members)
                .extracting(NewCollectivity::code)
                .doesNotHaveDuplicates()
                .doesNotContain("29128");
    }

    @Test
    void searchFindsMorlaixByAccentlessNameBySirenAndByItsBeginning() {
        assertThat(data.search("morlaix communaute", 20))
                .extracting(EpciChoice::siren)
                .containsExactly(EPCI_SIREN);
        assertThat(data.search("MORLAIX", 20)).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("CA Morlaix Communauté");
            assertThat(c.type()).isEqualTo("CA");
            assertThat(c.memberCount()).isEqualTo(26);
            assertThat(c.population()).isEqualTo(65507);
        });
        assertThat(data.search(EPCI_SIREN, 20)).extracting(EpciChoice::siren).containsExactly(EPCI_SIREN);
        assertThat(data.search("2429", 20)).hasSize(3);
        assertThat(data.search("monts d arree", 20))
                .extracting(EpciChoice::siren)
                .containsExactly("200067197");
        assertThat(data.search("   ", 20)).isEmpty();
        assertThat(data.search("Strasbourg", 20)).isEmpty();
    }

    @Test
    void anUnknownSirenGivesNothing() {
        assertThat(data.territory("200000000")).isEmpty();
        assertThat(data.choice("200000000")).isEmpty();
    }

    @Test
    void aFileOfTheWrongShapeIsReportedNotSwallowed() {
        var notAnArray = new ByteArrayInputStream("{\"code\":\"1\"}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> OfficialDataReader.readEpciChoices(notAnArray))
                .isInstanceOf(OfficialDataException.class)
                .hasMessageContaining("tableau JSON");
        OfficialData missing = new OfficialData(OfficialSource.of("/nonexistent/dir"), 2026);
        assertThatThrownBy(() -> missing.search("morlaix", 20))
                .isInstanceOf(OfficialDataException.class)
                .hasMessageContaining("epci.json");
    }
}
