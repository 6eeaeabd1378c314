package org.mutualis.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.EPCI_SIREN;
import static org.mutualis.StudyCodes.LE_PONTHOU;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mutualis.shared.CollectivityKind;

class TerritoryCsvTests {

    private static List<NewCollectivity> read(String text) {
        return TerritoryCsv.read(new StringReader(text));
    }

    @Test
    void theMorlaix2012FileHas28CommunesAndTheEpci() throws Exception {
        List<NewCollectivity> rows;
        try (var in = new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("/territory/morlaix-2012.csv")),
                StandardCharsets.UTF_8)) {
            rows = TerritoryCsv.read(in, 2012);
        }
        assertThat(rows).hasSize(29);
        assertThat(rows).filteredOn(r -> r.kind() == CollectivityKind.COMMUNE).hasSize(28);
        assertThat(rows.get(0))
                .isEqualTo(
                        new NewCollectivity(LE_PONTHOU, null, "Le Ponthou", CollectivityKind.COMMUNE, 160, 2012, null));
        assertThat(rows.get(28))
                .isEqualTo(new NewCollectivity(
                        EPCI_SIREN, EPCI_SIREN, "CA Morlaix Communauté", CollectivityKind.EPCI, null, null, null));
        int communes = rows.stream()
                .filter(r -> r.population() != null)
                .mapToInt(NewCollectivity::population)
                .sum();
        assertThat(communes).isEqualTo(64_649);
    }

    @Test
    void semicolonsABomThousandsSeparatorsAndAYearColumnAreAccepted() {
        List<NewCollectivity> rows = read("\uFEFFCode;Name;Kind;Population;population_year\n"
                + "2a004;Ajaccio;commune;\"72 000\";2021\n"
                + "200000000;CCAS de Morlaix;autre;;\n");

        assertThat(rows)
                .containsExactly(
                        new NewCollectivity("2A004", null, "Ajaccio", CollectivityKind.COMMUNE, 72_000, 2021, null),
                        new NewCollectivity(
                                "200000000", "200000000", "CCAS de Morlaix", CollectivityKind.OTHER, null, null, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            code,name,kind,population\\n29151,Morlaix,ville,15000    | Ligne 2 : type « ville » inconnu
            code,name,kind,population\\n2915,Morlaix,commune,15000   | Ligne 2 : code INSEE « 2915 » invalide pour « Morlaix »
            code,name,kind,population\\n29151,Morlaix,commune,-3     | Ligne 2 : population « -3 » invalide
            code,name,kind,population\\n29151,Morlaix,commune,beaucoup | Ligne 2 : population « beaucoup » invalide
            code,name,kind,population\\n29151,,commune,15000          | Ligne 2 : nom manquant
            code,name,kind,population\\n2429,Morlaix Co,epci,         | Ligne 2 : SIREN « 2429 » invalide
            code,name,kind,population\\n29151,Morlaix,commune,1\\n\\n29151,Morlaix,commune,2 | Ligne 4 : le code 29151 figure déjà ligne 2
            code,name,population\\n29151,Morlaix,15000                | Ligne 1 : colonne « kind » manquante
            code,name,kind,population\\n                              | aucune collectivité
            """)
    void errorsNameTheLineAndTheProblemInFrench(String text, String message) {
        assertThatThrownBy(() -> read(text.replace("\\n", "\n")))
                .isInstanceOf(TerritoryException.class)
                .hasMessageStartingWith(message.startsWith("Ligne") ? message : "")
                .hasMessageContaining(message);
    }

    @Test
    void anEmptyFileAsksForTheHeader() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(TerritoryException.class)
                .hasMessageContaining("en-tête");
    }
}
