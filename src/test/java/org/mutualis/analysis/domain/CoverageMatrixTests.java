package org.mutualis.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.EPCI_SIREN;
import static org.mutualis.StudyCodes.GUERLESQUIN;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.PLOUGONVEN;
import static org.mutualis.StudyCodes.PLOUIGNEAU;
import static org.mutualis.StudyCodes.SAINT_THEGONNEC;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The coverage matrix on the study's six software respondents. The seed text does not contain the
 * annex table, so the packages are made up after what its synthesis says: two ranges, JVS (ex
 * Segilog) and Ciril, and Morlaix and Morlaix Communauté on the same finance package. Spellings
 * vary on purpose, as they do when correspondents type them.
 */
class CoverageMatrixTests {

    static final List<String> DOMAINS =
            List.of("finance", "hr_payroll", "civil_status", "elections", "mail", "website");

    static Map<String, String> collectivities() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(GUERLESQUIN, "Guerlesquin");
        names.put(SAINT_THEGONNEC, "Saint-Thégonnec");
        names.put(PLOUGONVEN, "Plougonven");
        names.put(PLOUIGNEAU, "Plouigneau");
        names.put(MORLAIX, "Morlaix");
        names.put(EPCI_SIREN, "Morlaix Communauté");
        return names;
    }

    static Map<String, Map<String, SoftwareAnswer>> answers() {
        Map<String, Map<String, SoftwareAnswer>> answers = new LinkedHashMap<>();
        answers.put(
                GUERLESQUIN,
                Map.of(
                        "finance", new SoftwareAnswer("JVS-Mairistem", "Horizon"),
                        "hr_payroll", new SoftwareAnswer("JVS-Mairistem", null),
                        "civil_status", new SoftwareAnswer("JVS-Mairistem", null),
                        "elections", new SoftwareAnswer("jvs mairistem", null),
                        "website", new SoftwareAnswer("NC", null)));
        answers.put(
                SAINT_THEGONNEC,
                Map.of(
                        "finance", new SoftwareAnswer("JVS Mairistem", "Horizon"),
                        "hr_payroll", new SoftwareAnswer("JVS-Mairistem", null),
                        "civil_status", new SoftwareAnswer("Segilog", null)));
        answers.put(
                PLOUGONVEN,
                Map.of(
                        "finance", new SoftwareAnswer("Segilog", null),
                        "hr_payroll", new SoftwareAnswer("Ségilog", null),
                        "civil_status", new SoftwareAnswer("Segilog", null),
                        "elections", new SoftwareAnswer("Segilog", null),
                        "mail", new SoftwareAnswer("  ", null)));
        answers.put(
                PLOUIGNEAU,
                Map.of(
                        "finance", new SoftwareAnswer("Berger-Levrault", "e.magnus"),
                        "hr_payroll", new SoftwareAnswer("berger levrault", null),
                        "civil_status", new SoftwareAnswer("Berger Levrault", null)));
        answers.put(
                MORLAIX,
                Map.of(
                        "finance", new SoftwareAnswer("Ciril", "Civil Net Finances"),
                        "hr_payroll", new SoftwareAnswer("CIRIL", null),
                        "civil_status", new SoftwareAnswer("Ciril", null),
                        "elections", new SoftwareAnswer("Ciril", null),
                        "mail", new SoftwareAnswer("Ciril", null),
                        "website", new SoftwareAnswer("Inovagora", null)));
        answers.put(
                EPCI_SIREN,
                Map.of(
                        "finance", new SoftwareAnswer("Ciril", "Civil Net Finances"),
                        "hr_payroll", new SoftwareAnswer("Ciril", null),
                        "website", new SoftwareAnswer("inovagora", null)));
        return answers;
    }

    private final SoftwareCoverage coverage = CoverageMatrix.of(DOMAINS, collectivities(), answers());

    @Test
    void theMatrixHasACellPerDomainAndCollectivite() {
        assertThat(coverage.rows()).extracting(CoverageRow::domain).containsExactlyElementsOf(DOMAINS);
        assertThat(coverage.rows())
                .allSatisfy(row -> assertThat(row.cells())
                        .extracting(CoverageCell::collectivityCode)
                        .containsExactly(GUERLESQUIN, SAINT_THEGONNEC, PLOUGONVEN, PLOUIGNEAU, MORLAIX, EPCI_SIREN));
        CoverageCell plouigneauFinance = coverage.cell("finance", PLOUIGNEAU).orElseThrow();
        assertThat(plouigneauFinance.publisher()).isEqualTo("Berger-Levrault");
        assertThat(plouigneauFinance.product()).isEqualTo("e.magnus");
        assertThat(plouigneauFinance.publisherKey()).isEqualTo("berger levrault");
        assertThat(coverage.cell("elections", PLOUIGNEAU).orElseThrow().isEmpty())
                .isTrue();
        assertThat(coverage.cell("mail", PLOUGONVEN).orElseThrow().isEmpty()).isTrue();
    }

    @Test
    void ncIsNotAnEmptyCell() {
        CoverageCell website = coverage.cell("website", GUERLESQUIN).orElseThrow();
        assertThat(website.notCommunicated()).isTrue();
        assertThat(website.isEmpty()).isFalse();
        assertThat(website.publisher()).isNull();
        assertThat(coverage.publishers()).noneMatch(p -> p.key().equals("nc"));
    }

    @Test
    void publishersAreSortedByDomainsCovered() {
        assertThat(coverage.publishers())
                .extracting(PublisherCoverage::name)
                .containsExactly("Ciril", "JVS-Mairistem", "Segilog", "Berger-Levrault", "Inovagora");
        PublisherCoverage ciril = coverage.publishers().get(0);
        assertThat(ciril.domains()).containsExactly("finance", "hr_payroll", "civil_status", "elections", "mail");
        assertThat(ciril.collectivityCodes()).containsExactly(MORLAIX, EPCI_SIREN);
        assertThat(coverage.publishers())
                .extracting(PublisherCoverage::domainCount)
                .containsExactly(5, 4, 4, 3, 1);
        PublisherCoverage segilog = coverage.publishers().get(2);
        assertThat(segilog.collectivityCodes()).containsExactly(SAINT_THEGONNEC, PLOUGONVEN);
    }

    @Test
    void morlaixAndTheEpciConvergeOnTheirFinancePackage() {
        assertThat(coverage.convergences("finance"))
                .containsExactly(
                        new Convergence(
                                "finance", "jvs mairistem", "JVS-Mairistem", List.of(GUERLESQUIN, SAINT_THEGONNEC)),
                        new Convergence("finance", "ciril", "Ciril", List.of(MORLAIX, EPCI_SIREN)));
        assertThat(coverage.convergences("website"))
                .containsExactly(new Convergence("website", "inovagora", "Inovagora", List.of(MORLAIX, EPCI_SIREN)));
        assertThat(coverage.convergences("mail")).isEmpty();
    }

    @Test
    void publisherNamesIgnoreCaseAccentsHyphensAndSpacing() {
        assertThat(CoverageMatrix.normalise("Berger-Levrault"))
                .isEqualTo(CoverageMatrix.normalise("berger levrault"))
                .isEqualTo(CoverageMatrix.normalise("  BERGER – LEVRAULT "))
                .isEqualTo("berger levrault");
        assertThat(CoverageMatrix.normalise("Ségilog")).isEqualTo("segilog");
        assertThat(CoverageMatrix.normalise("JVS")).isNotEqualTo(CoverageMatrix.normalise("Ciril"));
    }

    @Test
    void publishersAloneGiveTheSameMatrix() {
        Map<String, Map<String, String>> publishers = new LinkedHashMap<>();
        publishers.put(MORLAIX, Map.of("finance", "Berger-Levrault"));
        publishers.put(EPCI_SIREN, Map.of("finance", "berger levrault"));
        Map<String, String> territory = new LinkedHashMap<>();
        territory.put(MORLAIX, "Morlaix");
        territory.put(EPCI_SIREN, "Morlaix Communauté");
        SoftwareCoverage c = CoverageMatrix.ofPublishers(List.of("finance"), territory, publishers);
        assertThat(c.convergences("finance")).singleElement().satisfies(g -> {
            // One spelling each: the first in the territory's order names the publisher.
            assertThat(g.publisher()).isEqualTo("Berger-Levrault");
            assertThat(g.collectivityCodes()).containsExactly(MORLAIX, EPCI_SIREN);
        });
        assertThat(c.publishers())
                .singleElement()
                .satisfies(p -> assertThat(p.collectivityCount()).isEqualTo(2));
    }

    @Test
    void unknownDomainsAndCollectivitesAreRefused() {
        assertThatThrownBy(() -> CoverageMatrix.ofPublishers(
                        List.of("finance"), Map.of("a", "A"), Map.of("a", Map.of("gis", "Esri"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gis");
        assertThatThrownBy(() -> CoverageMatrix.ofPublishers(
                        List.of("finance"), Map.of("a", "A"), Map.of("b", Map.of("finance", "Ciril"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("b");
    }
}
