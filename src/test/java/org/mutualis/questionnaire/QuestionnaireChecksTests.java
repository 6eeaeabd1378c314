package org.mutualis.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.EPCI_SIREN;
import static org.mutualis.StudyCodes.GUERLESQUIN;
import static org.mutualis.StudyCodes.LOCQUIREC;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.PLOUGONVEN;
import static org.mutualis.StudyCodes.SAINT_MARTIN_DES_CHAMPS;
import static org.mutualis.StudyCodes.TAULE;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.AnswersImport;
import org.mutualis.census.ImportedResponse;
import org.mutualis.census.files.AnswerFileReader;
import org.mutualis.questionnaire.domain.QuestionnaireChecks;
import org.mutualis.shared.AnswerValue;

/** Rules between the answers of one response, for submit. */
class QuestionnaireChecksTests {

    private static final Questionnaire V1 = Catalogue.load("infrastructure", 1);
    private static final Questionnaire V2 = Catalogue.load("infrastructure", 2);
    private static final Questionnaire PRINTING = Catalogue.latest("printing");
    private static final Questionnaire SOFTWARE = Catalogue.latest("software");

    private static final List<String> OBJECTIVES = List.of(
            "sw_obj_cost_reduction",
            "sw_obj_software_reorganisation",
            "sw_obj_internal_uses",
            "sw_obj_citizen_services",
            "sw_obj_renew_software_website",
            "sw_obj_specifications_help",
            "sw_obj_technical_assistance");

    /** Codes and values, alternately: numbers become Numeric, "NC" not communicated, texts Text. */
    private static Map<String, AnswerValue> answers(Object... codesAndValues) {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            Object value = codesAndValues[i + 1];
            answers.put(
                    (String) codesAndValues[i],
                    value instanceof Integer n
                            ? AnswerValue.of(n)
                            : AnswerValue.NC.equals(value) ? AnswerValue.nc() : new AnswerValue.Text((String) value));
        }
        return answers;
    }

    @Test
    void operatingSystemsAddUpToAtMostTheDevices() {
        // Plougonven 2012: its OS counts took in the schools' PCs, its device counts did not.
        Map<String, String> problems = frenchProblems(
                V1,
                answers(
                        "desktops_excl_schools",
                        17,
                        "laptops_excl_schools",
                        3,
                        "os_xp",
                        15,
                        "os_vista",
                        1,
                        "os_7",
                        18,
                        "os_windows_ce",
                        0,
                        "os_other_open_source",
                        2));
        assertThat(problems)
                .containsOnlyKeys("os_xp")
                .containsEntry(
                        "os_xp",
                        "Systèmes d'exploitation : vos réponses totalisent 36 pour 20 appareils déclarés "
                                + "(Postes fixes (hors écoles et cyber-commune) + Postes portables (hors écoles et "
                                + "cyber-commune)) ; un appareil ne compte qu'une fois dans ce groupe.");

        assertThat(frenchProblems(
                        V1, answers("desktops_excl_schools", 17, "laptops_excl_schools", 3, "os_xp", 15, "os_7", 5)))
                .as("equal")
                .isEmpty();
        assertThat(frenchProblems(V1, answers("desktops_excl_schools", 17, "laptops_excl_schools", 3, "os_xp", 10)))
                .as("fewer: a partial answer")
                .isEmpty();
    }

    @Test
    void theShareRuleOnlySpeaksWhenItIsSure() {
        assertThat(frenchProblems(V1, answers("desktops_excl_schools", "NC", "laptops_excl_schools", 3, "os_xp", 15)))
                .as("devices not communicated")
                .isEmpty();
        assertThat(frenchProblems(V1, answers("desktops_excl_schools", 2, "os_xp", 15)))
                .as("laptops unanswered")
                .isEmpty();
        // An NC member is some unknown number ≥ 0: the others alone already exceed the devices.
        assertThat(frenchProblems(
                        V2,
                        answers(
                                "desktops_excl_schools",
                                4,
                                "laptops_excl_schools",
                                1,
                                "os_xp",
                                "NC",
                                "os_windows_10",
                                4,
                                "os_windows_11",
                                2)))
                .containsOnlyKeys("os_xp");
    }

    @Test
    void officeSuitesAddUpToAtMostTwicePerDevice() {
        // Morlaix 2012: 152 PCs carrying both Office 2003 and OpenOffice.
        assertThat(frenchProblems(
                        V1,
                        answers(
                                "desktops_excl_schools",
                                140,
                                "laptops_excl_schools",
                                12,
                                "office_2003_or_older",
                                152,
                                "openoffice",
                                152)))
                .isEmpty();
        Map<String, String> problems = frenchProblems(
                V1,
                answers(
                        "desktops_excl_schools",
                        140,
                        "laptops_excl_schools",
                        12,
                        "office_2003_or_older",
                        152,
                        "office_2010",
                        1,
                        "openoffice",
                        152));
        assertThat(problems).containsOnlyKeys("office_2003_or_older");
        assertThat(problems.get("office_2003_or_older"))
                .startsWith("Suites bureautiques : vos réponses totalisent 305, soit plus de 2 fois les 152 appareils")
                .contains("au plus 304");
    }

    @Test
    void printersAreOwnedOrLeasedOnce() {
        Map<String, String> problems = frenchProblems(
                PRINTING, answers("prn_printers", 3, "prn_mfp_copiers", 2, "prn_owned", 4, "prn_leased", 2));
        assertThat(problems).containsOnlyKeys("prn_owned");
        assertThat(problems.get("prn_owned")).contains("totalisent 6 pour 5 appareils", "(Imprimantes");
        assertThat(frenchProblems(
                        PRINTING, answers("prn_printers", 3, "prn_mfp_copiers", 2, "prn_owned", 3, "prn_leased", 2)))
                .isEmpty();
    }

    @Test
    void eachRankIsGivenOnce() {
        Map<String, AnswerValue> ranks = new LinkedHashMap<>();
        for (int i = 0; i < OBJECTIVES.size(); i++) {
            ranks.put(OBJECTIVES.get(i), AnswerValue.of(i + 1));
        }
        assertThat(frenchProblems(SOFTWARE, ranks)).isEmpty();
        assertThat(frenchProblems(SOFTWARE, answers("sw_obj_cost_reduction", 1, "sw_obj_technical_assistance", 2)))
                .as("a partial ranking")
                .isEmpty();

        // Plougonven's 2012 column gives rank 4 twice.
        int[] plougonven = {1, 7, 4, 2, 5, 6, 4};
        Map<String, AnswerValue> twice = new LinkedHashMap<>();
        for (int i = 0; i < OBJECTIVES.size(); i++) {
            twice.put(OBJECTIVES.get(i), AnswerValue.of(plougonven[i]));
        }
        assertThat(frenchProblems(SOFTWARE, twice))
                .containsExactly(Map.entry(
                        "sw_obj_technical_assistance",
                        "Le rang 4 est déjà donné à « Développer les usages en interne » : chaque rang ne se donne "
                                + "qu'une fois."));
    }

    @Test
    void thinClientsAreCountedAmongTheDesktops() {
        assertThat(frenchProblems(
                        V2,
                        answers(
                                "desktops_excl_schools",
                                10,
                                "laptops_excl_schools",
                                0,
                                "thin_clients_excl_schools",
                                12)))
                .containsExactly(Map.entry(
                        "thin_clients_excl_schools",
                        "« Clients légers (compris dans les postes fixes) » (12) dépasse « Postes fixes (hors écoles et "
                                + "cyber-commune) » (10), qui les comprend."));
        assertThat(frenchProblems(V2, answers("desktops_excl_schools", 10, "thin_clients_excl_schools", 10)))
                .isEmpty();
    }

    @Test
    void noBackupMeansNoBackupMedium() {
        assertThat(frenchProblems(
                        V2,
                        answers(
                                "backup_frequency",
                                "none",
                                "backup_nas",
                                "oui",
                                "backup_tape",
                                "non",
                                "backup_offsite_copy",
                                "oui")))
                .containsExactly(Map.entry(
                        "backup_frequency",
                        "Vous répondez « Jamais (pas de sauvegarde) », mais aussi oui à « Sauvegarde sur NAS », "
                                + "« Copie de sauvegarde conservée hors site » : corrigez l'une ou l'autre réponse."));
        assertThat(frenchProblems(V2, answers("backup_frequency", "none", "backup_nas", "non")))
                .isEmpty();
        assertThat(frenchProblems(V2, answers("backup_frequency", "weekly", "backup_nas", "oui")))
                .isEmpty();
    }

    @Test
    void problemsComeInQuestionOrder() {
        Map<String, String> problems = frenchProblems(
                V2,
                answers(
                        "backup_frequency",
                        "none",
                        "backup_online",
                        "oui",
                        "desktops_excl_schools",
                        1,
                        "laptops_excl_schools",
                        0,
                        "thin_clients_excl_schools",
                        2,
                        "os_windows_11",
                        3));
        assertThat(problems.keySet()).containsExactly("thin_clients_excl_schools", "os_xp", "backup_frequency");
    }

    /** Of the 2012 respondents, only Plougonven's OS counts (schools included) break a rule. */
    @Test
    void the2012AnswersAgreeExceptPlougonvenOperatingSystems() {
        InputStream in =
                QuestionnaireChecksTests.class.getClassLoader().getResourceAsStream("census/infrastructure-2012.csv");
        AnswersImport result = AnswerFileReader.read(
                in,
                AnswerFileFormat.CSV,
                V1,
                Set.of(
                        BOTSORHEL,
                        LOCQUIREC,
                        GUERLESQUIN,
                        TAULE,
                        PLOUGONVEN,
                        SAINT_MARTIN_DES_CHAMPS,
                        EPCI_SIREN,
                        MORLAIX));
        assertThat(result.isOk()).isTrue();
        Map<String, Set<String>> broken = new LinkedHashMap<>();
        for (ImportedResponse response : result.responses()) {
            Map<String, String> problems = frenchProblems(V1, response.answers());
            if (!problems.isEmpty()) {
                broken.put(response.collectivityCode(), problems.keySet());
            }
        }
        assertThat(broken).containsExactly(Map.entry(PLOUGONVEN, Set.of("os_xp")));
    }

    /** The problems as a French reader reads them. */
    private static Map<String, String> frenchProblems(Questionnaire q, Map<String, AnswerValue> answers) {
        Map<String, String> french = new LinkedHashMap<>();
        QuestionnaireChecks.check(q, answers).forEach((code, text) -> french.put(code, text.french()));
        return french;
    }
}
