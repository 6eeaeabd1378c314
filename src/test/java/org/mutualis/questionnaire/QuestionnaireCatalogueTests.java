package org.mutualis.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mutualis.shared.Aggregation;

/** The four questionnaires of the 2012 study, as catalogue data. */
class QuestionnaireCatalogueTests {

    static final List<String> V1_CODES = List.of(
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

    /** The rows of {@code shared/data/etude-2012/objectifs-progiciels-2012.csv}, in order. */
    static final List<String> OBJECTIVES_2012 = List.of(
            "Réduction des coûts",
            "Réorganisation de ressources logicielles",
            "Développer les usages en interne",
            "Développer les usages pour apporter des services à la population",
            "Renouveler les progiciels et site Internet",
            "Assistance à la rédaction d'un cahier des charges",
            "Assistance technique et fonctionnelle");

    static final List<String> DOMAINS = List.of(
            "finance",
            "hr",
            "civil_status",
            "elections",
            "citizen_census",
            "cemeteries",
            "urbanism",
            "mail_crm",
            "deliberations",
            "procurement",
            "family",
            "online_payment",
            "archiving",
            "library",
            "gis",
            "website");

    static List<Questionnaire> everyVersion() {
        List<Questionnaire> all = new ArrayList<>();
        Catalogue.themes().forEach(t -> t.versions().forEach(v -> all.add(Catalogue.load(t.theme(), v))));
        return all;
    }

    @Test
    void theFourThemesOfTheStudyInItsOrder() {
        assertThat(Catalogue.themes())
                .extracting(Catalogue.Theme::theme, Catalogue.Theme::latestVersion, Catalogue.Theme::versions)
                .containsExactly(
                        tuple("infrastructure", 2, List.of(1, 2)),
                        tuple("telecom", 1, List.of(1)),
                        tuple("printing", 1, List.of(1)),
                        tuple("software", 1, List.of(1)));
        assertThat(Catalogue.themes())
                .extracting(Catalogue.Theme::titleFr)
                .containsExactly(
                        "Infrastructure et réseaux", "Télécom", "Systèmes d'impression", "Progiciels et sites");
        assertThat(Catalogue.themes()).allSatisfy(t -> assertThat(t.titleEn()).isNotBlank());
        assertThat(Catalogue.latest(Catalogue.INFRASTRUCTURE).version()).isEqualTo(2);
        assertThat(Catalogue.latest(Catalogue.TELECOM).theme()).isEqualTo("telecom");
        assertThat(Catalogue.latest(Catalogue.PRINTING).theme()).isEqualTo("printing");
        assertThat(Catalogue.latest(Catalogue.SOFTWARE).theme()).isEqualTo("software");
    }

    @Test
    void everyVersionLoadsWithFrenchHelpAndEnglishLabels() {
        List<Questionnaire> all = everyVersion();
        assertThat(all).hasSize(5);
        for (Questionnaire q : all) {
            assertThat(q.questions()).as(q.theme() + " v" + q.version()).isNotEmpty();
            assertThat(q.questions()).allSatisfy(question -> {
                assertThat(question.labelFr()).isNotBlank();
                assertThat(question.labelEn()).isNotBlank();
                assertThat(question.helpFr()).isNotBlank();
                assertThat(q.indicatorOf(question)).isNotNull();
            });
            assertThat(q.questions()).extracting(Question::position).isSorted().doesNotHaveDuplicates();
            // Loading twice gives the same object: a published version is read once.
            assertThat(Catalogue.load(q.theme(), q.version())).isSameAs(q);
        }
    }

    @Test
    void unknownThemesAndVersionsAreRefused() {
        assertThatThrownBy(() -> Catalogue.load("telecom", 9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("telecom v9");
        assertThatThrownBy(() -> Catalogue.load("plumbing", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Catalogue.latest("plumbing")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void questionCodesAreUniqueAcrossThemes() {
        Map<String, Set<String>> themesOfCode = new HashMap<>();
        for (Questionnaire q : everyVersion()) {
            q.questions()
                    .forEach(question -> themesOfCode
                            .computeIfAbsent(question.code(), c -> new java.util.HashSet<>())
                            .add(q.theme()));
        }
        assertThat(themesOfCode)
                .allSatisfy((code, themes) -> assertThat(themes).as(code).hasSize(1));
        Map<String, String> prefixes = Map.of("telecom", "tel_", "printing", "prn_", "software", "sw_");
        prefixes.forEach((theme, prefix) -> assertThat(Catalogue.latest(theme).questions())
                .extracting(Question::code)
                .allMatch(code -> code.startsWith(prefix), "prefixed " + prefix));
        List<String> infrastructureCodes = Catalogue.latest("infrastructure").questions().stream()
                .map(Question::code)
                .toList();
        assertThat(infrastructureCodes)
                .noneMatch(code -> code.startsWith("tel_") || code.startsWith("prn_") || code.startsWith("sw_"));
    }

    @Test
    void infrastructureVersion1IsUnchanged() {
        Questionnaire v1 = Catalogue.load("infrastructure", 1);
        assertThat(Catalogue.infrastructure()).isSameAs(v1);
        assertThat(v1.questions()).extracting(Question::code).containsExactlyElementsOf(V1_CODES);
        assertThat(v1.questions())
                .extracting(Question::position)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        assertThat(v1.questions())
                .filteredOn(Question::required)
                .extracting(Question::code)
                .containsExactly("desktops_excl_schools", "laptops_excl_schools");
        assertThat(v1.questions()).allMatch(Question::allowsNc);
        assertThat(v1.question("os_other_open_source").orElseThrow().labelFr())
                .isEqualTo("Postes sous un autre système, dont logiciel libre");
        // Only what v1 asks, and what it refers to: nothing of version 2 leaks in.
        assertThat(v1.indicators()).extracting(Indicator::code).containsExactlyInAnyOrderElementsOf(V1_CODES);
        assertThat(v1.shareGroups()).extracting(ShareGroupDef::code).containsExactly("os", "office");
        assertThat(v1.renewals()).extracting(RenewalDef::code).containsExactly("desktops", "laptops");
    }

    @Test
    void infrastructureVersion2KeepsTheStudyColumnsAndAddsTheSynthesisTopics() {
        Questionnaire v2 = Catalogue.load("infrastructure", 2);
        List<String> codes = v2.questions().stream().map(Question::code).toList();
        assertThat(codes).containsAll(V1_CODES);
        assertThat(codes)
                .contains(
                        "os_windows_10",
                        "os_windows_11",
                        "os_linux",
                        "office_2016_2019",
                        "office_2021",
                        "office_m365",
                        "libreoffice",
                        "schools_desktops",
                        "schools_laptops",
                        "schools_mini_pcs",
                        "cybercommune_workstations",
                        "mini_pcs_excl_schools",
                        "thin_clients_excl_schools",
                        "main_brands",
                        "screens",
                        "video_projectors",
                        "servers",
                        "server_roles",
                        "avg_cost_server_eur_ht",
                        "backup_tape",
                        "backup_external_disk",
                        "backup_nas",
                        "backup_online",
                        "backup_frequency",
                        "backup_offsite_copy",
                        "internet_access_kind",
                        "internet_bandwidth_mbps",
                        "antivirus",
                        "firewall");
        assertThat(aggregation(v2, "main_brands")).isEqualTo(Aggregation.TEXT);
        assertThat(aggregation(v2, "server_roles")).isEqualTo(Aggregation.TEXT);
        assertThat(aggregation(v2, "backup_nas")).isEqualTo(Aggregation.YES_NO);
        assertThat(v2.indicator("backup_frequency").orElseThrow().choices())
                .containsExactly("daily", "weekly", "monthly", "none");
        assertThat(v2.indicator("internet_access_kind").orElseThrow().choices())
                .containsExactly("adsl", "sdsl", "fibre", "4g", "other");
        Indicator serverCost = v2.indicator("avg_cost_server_eur_ht").orElseThrow();
        assertThat(serverCost.aggregation()).isEqualTo(Aggregation.MEAN_VALUE);
        assertThat(serverCost.weightIndicator()).isEqualTo("servers");
        assertThat(serverCost.unit()).isEqualTo("€ HT");
        assertThat(v2.indicator("internet_bandwidth_mbps").orElseThrow().unit()).isEqualTo("Mbit/s");
        // The same share groups and renewals as v1, now over the 2026 systems and suites too.
        assertThat(v2.shareGroups()).extracting(ShareGroupDef::code).containsExactly("os", "office");
        assertThat(v2.renewals()).extracting(RenewalDef::code).containsExactly("desktops", "laptops");
        assertThat(v2.questions())
                .filteredOn(q -> "os".equals(v2.indicatorOf(q).shareGroup()))
                .extracting(Question::code)
                .contains("os_xp", "os_windows_10", "os_windows_11", "os_linux");
        // A code keeps its indicator and value type from one version to the next.
        Questionnaire v1 = Catalogue.load("infrastructure", 1);
        for (String code : V1_CODES) {
            Question before = v1.question(code).orElseThrow();
            Question after = v2.question(code).orElseThrow();
            assertThat(after.indicatorCode()).isEqualTo(before.indicatorCode());
            assertThat(after.integer()).isEqualTo(before.integer());
        }
    }

    @Test
    void telecom() {
        Questionnaire q = Catalogue.latest("telecom");
        assertThat(q.questions())
                .extracting(Question::code)
                .contains(
                        "tel_analogue_lines",
                        "tel_isdn_accesses",
                        "tel_sda_numbers",
                        "tel_fax_lines",
                        "tel_adsl_accesses",
                        "tel_fibre_accesses",
                        "tel_4g_accesses",
                        "tel_mobile_lines",
                        "tel_data_keys",
                        "tel_fixed_operator",
                        "tel_mobile_operator",
                        "tel_monthly_cost_fixed_lines",
                        "tel_monthly_cost_internet",
                        "tel_monthly_cost_mobile",
                        "tel_monthly_cost_data_keys",
                        "tel_fixed_contract_end_date",
                        "tel_fixed_commitment_months",
                        "tel_mobile_contract_end_date",
                        "tel_mobile_commitment_months");
        assertThat(q.questions())
                .filteredOn(question -> question.code().startsWith("tel_monthly_cost_"))
                .allSatisfy(question -> {
                    assertThat(q.indicatorOf(question).aggregation()).isEqualTo(Aggregation.AMOUNT);
                    assertThat(q.indicatorOf(question).unit()).isEqualTo("€ HT/mois");
                });
        assertThat(aggregation(q, "tel_fixed_contract_end_date")).isEqualTo(Aggregation.DATE);
        assertThat(q.question("tel_fixed_contract_end_date").orElseThrow().integer())
                .isFalse();
        assertThat(aggregation(q, "tel_mobile_operator")).isEqualTo(Aggregation.TEXT);
        assertThat(q.shareGroups()).isEmpty();
        assertThat(q.renewals()).isEmpty();
    }

    @Test
    void printing() {
        Questionnaire q = Catalogue.latest("printing");
        assertThat(q.questions())
                .extracting(Question::code)
                .contains(
                        "prn_printers",
                        "prn_mfp_copiers",
                        "prn_owned",
                        "prn_leased",
                        "prn_monthly_volume_bw",
                        "prn_monthly_volume_color",
                        "prn_cost_per_copy_bw",
                        "prn_cost_per_copy_color",
                        "prn_mfp_purchase_price_eur_ht",
                        "prn_mfp_monthly_lease_eur_ht",
                        "prn_contract_end_date");
        Indicator bw = q.indicator("prn_cost_per_copy_bw").orElseThrow();
        assertThat(bw.aggregation()).isEqualTo(Aggregation.MEAN_VALUE);
        // The study's 2012 figures sit inside the plausible ranges.
        assertThat(bw.plausibleMin()).isLessThan(new BigDecimal("0.0043"));
        assertThat(bw.plausibleMax()).isGreaterThan(new BigDecimal("0.0062"));
        Indicator colour = q.indicator("prn_cost_per_copy_color").orElseThrow();
        assertThat(colour.plausibleMin()).isLessThan(new BigDecimal("0.043"));
        assertThat(colour.plausibleMax()).isGreaterThan(new BigDecimal("0.0523"));
        assertThat(colour.weightIndicator()).isEqualTo("prn_monthly_volume_color");
        assertThat(q.shareGroups())
                .extracting(ShareGroupDef::code, ShareGroupDef::maxPerDevice, ShareGroupDef::deviceIndicators)
                .containsExactly(tuple("prn_ownership", 1, List.of("prn_printers", "prn_mfp_copiers")));
        assertThat(aggregation(q, "prn_contract_end_date")).isEqualTo(Aggregation.DATE);
    }

    @Test
    void softwareDomainsWebsitesAndTheSevenObjectives() {
        Questionnaire q = Catalogue.latest("software");
        for (String domain : DOMAINS) {
            String prefix = "sw_" + domain + "_";
            assertThat(aggregation(q, prefix + "publisher")).as(domain).isEqualTo(Aggregation.TEXT);
            assertThat(aggregation(q, prefix + "product")).as(domain).isEqualTo(Aggregation.TEXT);
            assertThat(q.indicator(prefix + "hosting").orElseThrow().choices())
                    .as(domain)
                    .containsExactly("local", "hosted", "saas");
            assertThat(aggregation(q, prefix + "maintenance_eur_ht")).as(domain).isEqualTo(Aggregation.AMOUNT);
        }
        assertThat(aggregation(q, "sw_website_cms")).isEqualTo(Aggregation.TEXT);
        assertThat(aggregation(q, "sw_website_host")).isEqualTo(Aggregation.TEXT);
        assertThat(aggregation(q, "sw_website_online_services")).isEqualTo(Aggregation.TEXT);

        List<Question> objectives = q.questions().stream()
                .filter(question -> q.indicatorOf(question).aggregation() == Aggregation.RANK)
                .toList();
        assertThat(objectives)
                .extracting(Question::code)
                .containsExactly(
                        "sw_obj_cost_reduction",
                        "sw_obj_software_reorganisation",
                        "sw_obj_internal_uses",
                        "sw_obj_citizen_services",
                        "sw_obj_renew_software_website",
                        "sw_obj_specifications_help",
                        "sw_obj_technical_assistance");
        assertThat(objectives.stream().map(q::indicatorOf).map(Indicator::labelFr))
                .containsExactlyElementsOf(OBJECTIVES_2012);
        assertThat(objectives).allSatisfy(question -> {
            assertThat(question.min()).isEqualByComparingTo("1");
            assertThat(question.max()).isEqualByComparingTo("7");
            assertThat(question.integer()).isTrue();
        });
        assertThat(q.questions()).hasSize(DOMAINS.size() * 4 + 3 + 7);
    }

    @Test
    void theCatalogueIndicatorsHaveOneThemeEach() {
        Map<String, String> themeOfIndicator = everyVersion().stream()
                .flatMap(q -> q.questions().stream().map(question -> Map.entry(question.indicatorCode(), q.theme())))
                .distinct()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(Catalogue.indicators())
                .extracting(Indicator::code)
                .allSatisfy(code -> assertThat(themeOfIndicator)
                        .as("asked by a questionnaire")
                        .containsKey(code));
    }

    private static Aggregation aggregation(Questionnaire q, String code) {
        return q.indicatorOf(q.question(code).orElseThrow()).aggregation();
    }
}
