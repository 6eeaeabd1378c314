package org.mutualis.analysis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.GUERLESQUIN;
import static org.mutualis.StudyCodes.MORLAIX;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line gives back the study's figures from the committed 2012 files. */
class AnalyseCommandTests {

    @TempDir
    Path dir;

    Path territory;
    Path answers;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void files() throws IOException {
        territory = copy("territory/morlaix-2012.csv", "territory.csv");
        answers = copy("census/demo/infrastructure-2012.csv", "answers.csv");
    }

    @Test
    void jsonGivesTheStudyFigures() {
        int code = run(
                "--territory",
                territory.toString(),
                "--answers",
                answers.toString(),
                "--exclude",
                "29151:openoffice:PC aussi sous Office 2003",
                "--format",
                "json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(indicator(json, "desktops_excl_schools")
                        .get("extrapolatedTotal")
                        .asInt())
                .isEqualTo(386);
        assertThat(indicator(json, "laptops_excl_schools")
                        .get("extrapolatedTotal")
                        .asInt())
                .isEqualTo(77);
        assertThat(indicator(json, "desktops_excl_schools").get("respondents").asInt())
                .isEqualTo(8);
        JsonNode os = group(json, "os");
        assertThat(os.get("extrapolatedTotal").asInt()).isEqualTo(511);
        assertThat(os.get("shares").get(0).get("extrapolated").asInt()).isEqualTo(312);
        assertThat(group(json, "office").get("extrapolatedTotal").asInt()).isEqualTo(478);
        assertThat(mean(json, "avg_cost_desktop_eur_ht").get("simpleMean").decimalValue())
                .isEqualByComparingTo("680.10");
        assertThat(mean(json, "avg_cost_laptop_eur_ht").get("simpleMean").decimalValue())
                .isEqualByComparingTo("646.52");
        assertThat(mean(json, "avg_cost_desktop_eur_ht").get("notCommunicated").toString())
                .contains(GUERLESQUIN);
        assertThat(renewal(json, "desktops").get("unitsPerYear").decimalValue()).isEqualByComparingTo("73.825");
        assertThat(renewal(json, "desktops").get("roundedUnitsPerYear").asInt()).isEqualTo(74);
        assertThat(renewal(json, "laptops").get("roundedUnitsPerYear").asInt()).isEqualTo(14);
        assertThat(json.get("exclusions").get(0).get("collectivity").asString()).isEqualTo(MORLAIX);
    }

    @Test
    void withoutTheExclusionMorlaixOpenOfficeCounts() {
        assertThat(run("--territory", territory.toString(), "--answers", answers.toString()))
                .isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(group(json, "office").get("extrapolatedTotal").asInt()).isEqualTo(630);
    }

    @Test
    void csvListsEveryFigureWithItsFormula() {
        assertThat(run("--territory", territory.toString(), "--answers", answers.toString(), "--format", "csv"))
                .isZero();
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("section,code,measure,value,respondents,method,formula");
        assertThat(csv).contains("indicator,desktops_excl_schools,extrapolated,386,8,EXTRAPOLATED_SUM,12×1 + 3×57");
    }

    @Test
    void otherBandsChangeTheWeights() {
        assertThat(run(
                        "--territory",
                        territory.toString(),
                        "--answers",
                        answers.toString(),
                        "--bands",
                        "2000",
                        "--lifespans",
                        "6,5"))
                .isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("strata").get(0).get("members").asInt()).isEqualTo(17);
    }

    @Test
    void aMalformedAnswersFileIsRefusedWithEveryProblem() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "code,desktops_excl_schools,os_xp\n29014,-1,abc\n00000,1,1\n");
        int code = run("--territory", territory.toString(), "--answers", bad.toString());
        assertThat(code).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString()).contains("ligne 2").contains("ligne 3").contains("00000");
        assertThat(err.toString().lines().count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aMissingFileOrUnknownExclusionIsAClearError() {
        assertThat(run("--territory", dir.resolve("none.csv").toString(), "--answers", answers.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("introuvable");
        assertThat(run("--territory", territory.toString(), "--answers", answers.toString(), "--exclude", "29151:nope"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("nope");
    }

    private int run(String... args) {
        return AnalyseCommand.run(args, out, new PrintWriter(err, true));
    }

    private Path copy(String resource, String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            Files.copy(in, target);
        }
        return target;
    }

    private static JsonNode find(JsonNode array, String key, String code) {
        for (JsonNode node : array) {
            if (node.get(key).asString().equals(code)) {
                return node;
            }
        }
        throw new AssertionError("no " + code);
    }

    private static JsonNode indicator(JsonNode json, String code) {
        return find(json.get("indicators"), "code", code);
    }

    private static JsonNode group(JsonNode json, String code) {
        return find(json.get("shareGroups"), "code", code);
    }

    private static JsonNode mean(JsonNode json, String code) {
        return find(json.get("means"), "code", code);
    }

    private static JsonNode renewal(JsonNode json, String code) {
        return find(json.get("renewals"), "code", code);
    }
}
