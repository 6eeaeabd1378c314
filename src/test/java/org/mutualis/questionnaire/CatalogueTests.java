package org.mutualis.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.mutualis.shared.Aggregation;

class CatalogueTests {

    private final Questionnaire q = Catalogue.infrastructure();

    @Test
    void infrastructureQuestionsAreTheColumnsOfThe2012Study() {
        assertThat(q.theme()).isEqualTo("infrastructure");
        assertThat(q.version()).isEqualTo(1);
        assertThat(q.questions())
                .extracting(Question::code)
                .containsExactly(
                        "desktops_excl_schools",
                        "laptops_excl_schools",
                        "os_xp",
                        "os_vista",
                        "os_7",
                        "os_windows_ce",
                        "os_other_open_source",
                        "office_2003_or_older",
                        "office_2007",
                        "office_2010",
                        "openoffice",
                        "avg_lifespan_years",
                        "avg_cost_desktop_eur_ht",
                        "avg_cost_laptop_eur_ht",
                        "maintenance_contract");
        assertThat(q.questions()).allMatch(Question::allowsNc);
    }

    @Test
    void valueTypesFollowTheIndicators() {
        Question desktops = q.question("desktops_excl_schools").orElseThrow();
        assertThat(desktops.integer()).isTrue();
        assertThat(desktops.min()).isEqualByComparingTo("0");
        assertThat(desktops.labelFr()).contains("hors écoles");
        assertThat(q.question("avg_cost_desktop_eur_ht").orElseThrow().integer())
                .isFalse();

        Indicator cost = q.indicator("avg_cost_desktop_eur_ht").orElseThrow();
        assertThat(cost.aggregation()).isEqualTo(Aggregation.MEAN_VALUE);
        assertThat(cost.unit()).isEqualTo("€ HT");
        assertThat(cost.weightIndicator()).isEqualTo("desktops_excl_schools");
        assertThat(cost.plausibleMin()).isEqualByComparingTo(new BigDecimal("150"));
        assertThat(cost.plausibleMax()).isEqualByComparingTo(new BigDecimal("4000"));
        assertThat(q.indicator("maintenance_contract").orElseThrow().choices()).containsExactly("yes", "no", "partial");
        assertThat(q.indicator("os_xp").orElseThrow().shareGroup()).isEqualTo("os");
        assertThat(q.indicator("openoffice").orElseThrow().shareGroup()).isEqualTo("office");
    }

    @Test
    void shareGroupsAndRenewals() {
        assertThat(q.shareGroups())
                .extracting(ShareGroupDef::code, ShareGroupDef::maxPerDevice)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("os", 1), org.assertj.core.groups.Tuple.tuple("office", 2));
        assertThat(q.shareGroups().get(0).deviceIndicators())
                .containsExactly("desktops_excl_schools", "laptops_excl_schools");
        assertThat(q.renewals())
                .containsExactly(
                        new RenewalDef(
                                "desktops",
                                "Renouvellement des postes fixes",
                                "Desktop renewal",
                                "desktops_excl_schools",
                                "avg_lifespan_years",
                                "avg_cost_desktop_eur_ht"),
                        new RenewalDef(
                                "laptops",
                                "Renouvellement des postes portables",
                                "Laptop renewal",
                                "laptops_excl_schools",
                                "avg_lifespan_years",
                                "avg_cost_laptop_eur_ht"));
    }

    @Test
    void catalogueKnowsCurrentSystemsAndSuitesBeyondTheQuestionnaire() {
        assertThat(Catalogue.indicators())
                .extracting(Indicator::code)
                .contains(
                        "os_windows_10",
                        "os_windows_11",
                        "os_linux",
                        "office_2016_2019",
                        "office_2021",
                        "office_m365",
                        "libreoffice");
        assertThat(q.indicator("os_windows_11")).isEmpty();
        assertThat(Catalogue.indicators())
                .filteredOn(i -> i.code().equals("office_m365"))
                .singleElement()
                .extracting(Indicator::shareGroup)
                .isEqualTo("office");
    }
}
