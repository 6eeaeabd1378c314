package org.mutualis.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    static final String GUERLESQUIN = "29067";
    static final String SAINT_THEGONNEC = "29266";
    static final String PLOUGONVEN = "29191";
    static final String PLOUIGNEAU = "29199";
    static final String MORLAIX = "29151";
    static final String EPCI = "242900835";
    static final List<String> DOMAINS =
            List.of("finance", "hr_payroll", "civil_status", "elections", "mail", "website");

    static Map<String, String> collectivities() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(GUERLESQUIN, "Guerlesquin");
        names.put(SAINT_THEGONNEC, "Saint-Thégonnec");
        names.put(PLOUGONVEN, "Plougonven");
        names.put(PLOUIGNEAU, "Plouigneau");
        names.put(MORLAIX, "Morlaix");
        names.put(EPCI, "Morlaix Communauté");
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
                EPCI,
                Map.of(
                        "finance", new SoftwareAnswer("Ciril", "Civil Net Finances"),
                        "hr_payroll", new SoftwareAnswer("Ciril", null),
                        "website", new SoftwareAnswer("inovagora", null)));
        return answers;
    }

    private final SoftwareCoverage coverage = CoverageMatrix.of(DOMAINS, collectivities(), answers());

    @Test
    void the_matrix_has_a_cell_per_domain_and_collectivite() {
        assertThat(coverage.rows()).extracting(CoverageRow::domain).containsExactlyElementsOf(DOMAINS);
        assertThat(coverage.rows())
                .allSatisfy(row -> assertThat(row.cells())
                        .extracting(CoverageCell::collectivityCode)
                        .containsExactly(GUERLESQUIN, SAINT_THEGONNEC, PLOUGONVEN, PLOUIGNEAU, MORLAIX, EPCI));
        CoverageCell plouigneauFinance = coverage.cell("finance", PLOUIGNEAU).orElseThrow();
        assertThat(plouigneauFinance.publisher()).isEqualTo("Berger-Levrault");
        assertThat(plouigneauFinance.product()).isEqualTo("e.magnus");
        assertThat(plouigneauFinance.publisherKey()).isEqualTo("berger levrault");
        assertThat(coverage.cell("elections", PLOUIGNEAU).orElseThrow().isEmpty())
                .isTrue();
        assertThat(coverage.cell("mail", PLOUGONVEN).orElseThrow().isEmpty()).isTrue();
    }

    @Test
    void nc_is_not_an_empty_cell() {
        CoverageCell website = coverage.cell("website", GUERLESQUIN).orElseThrow();
        assertThat(website.notCommunicated()).isTrue();
        assertThat(website.isEmpty()).isFalse();
        assertThat(website.publisher()).isNull();
        assertThat(coverage.publishers()).noneMatch(p -> p.key().equals("nc"));
    }

    @Test
    void publishers_are_sorted_by_domains_covered() {
        assertThat(coverage.publishers())
                .extracting(PublisherCoverage::name)
                .containsExactly("Ciril", "JVS-Mairistem", "Segilog", "Berger-Levrault", "Inovagora");
        PublisherCoverage ciril = coverage.publishers().get(0);
        assertThat(ciril.domains()).containsExactly("finance", "hr_payroll", "civil_status", "elections", "mail");
        assertThat(ciril.collectivityCodes()).containsExactly(MORLAIX, EPCI);
        assertThat(coverage.publishers())
                .extracting(PublisherCoverage::domainCount)
                .containsExactly(5, 4, 4, 3, 1);
        PublisherCoverage segilog = coverage.publishers().get(2);
        assertThat(segilog.collectivityCodes()).containsExactly(SAINT_THEGONNEC, PLOUGONVEN);
    }

    @Test
    void morlaix_and_the_epci_converge_on_their_finance_package() {
        assertThat(coverage.convergences("finance"))
                .containsExactly(
                        new Convergence(
                                "finance", "jvs mairistem", "JVS-Mairistem", List.of(GUERLESQUIN, SAINT_THEGONNEC)),
                        new Convergence("finance", "ciril", "Ciril", List.of(MORLAIX, EPCI)));
        assertThat(coverage.convergences("website"))
                .containsExactly(new Convergence("website", "inovagora", "Inovagora", List.of(MORLAIX, EPCI)));
        assertThat(coverage.convergences("mail")).isEmpty();
    }

    @Test
    void publisher_names_ignore_case_accents_hyphens_and_spacing() {
        assertThat(CoverageMatrix.normalise("Berger-Levrault"))
                .isEqualTo(CoverageMatrix.normalise("berger levrault"))
                .isEqualTo(CoverageMatrix.normalise("  BERGER – LEVRAULT "))
                .isEqualTo("berger levrault");
        assertThat(CoverageMatrix.normalise("Ségilog")).isEqualTo("segilog");
        assertThat(CoverageMatrix.normalise("JVS")).isNotEqualTo(CoverageMatrix.normalise("Ciril"));
    }

    @Test
    void publishers_alone_give_the_same_matrix() {
        Map<String, Map<String, String>> publishers = new LinkedHashMap<>();
        publishers.put(MORLAIX, Map.of("finance", "Berger-Levrault"));
        publishers.put(EPCI, Map.of("finance", "berger levrault"));
        Map<String, String> territory = new LinkedHashMap<>();
        territory.put(MORLAIX, "Morlaix");
        territory.put(EPCI, "Morlaix Communauté");
        SoftwareCoverage c = CoverageMatrix.ofPublishers(List.of("finance"), territory, publishers);
        assertThat(c.convergences("finance")).singleElement().satisfies(g -> {
            // One spelling each: the first in the territory's order names the publisher.
            assertThat(g.publisher()).isEqualTo("Berger-Levrault");
            assertThat(g.collectivityCodes()).containsExactly(MORLAIX, EPCI);
        });
        assertThat(c.publishers())
                .singleElement()
                .satisfies(p -> assertThat(p.collectivityCount()).isEqualTo(2));
    }

    @Test
    void unknown_domains_and_collectivites_are_refused() {
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
