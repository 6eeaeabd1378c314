package org.mutualis.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The keyboard focus ring of mutualis.css, computed from its custom properties: a dark outer ring
 * and a white inner ring, so that at least one of them stands out at 3:1 (WCAG 2.x non-text
 * contrast) against every background a focused control can sit on or be: the page's white, the
 * header's grey, the blue and the red buttons. The rule that draws it must use those properties.
 */
class FocusRingContrastTests {

    private static String css;
    private static final Map<String, String> PROPERTIES = new HashMap<>();

    @BeforeAll
    static void readTheStyleSheet() throws IOException {
        css = new ClassPathResource("static/css/mutualis.css").getContentAsString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("--([a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6})").matcher(css);
        while (m.find()) {
            PROPERTIES.put(m.group(1), m.group(2));
        }
    }

    private static String color(String property) {
        assertThat(PROPERTIES).as("custom properties of mutualis.css").containsKey(property);
        return PROPERTIES.get(property);
    }

    @ParameterizedTest(name = "against {0}")
    @CsvSource({"the page, #ffffff", "the header, header-bg", "the blue buttons, blue", "the red buttons, err"})
    void oneRingOfTheFocusIndicatorStandsOutAtThreeToOne(String what, String background) {
        String bg = background.startsWith("#") ? background : color(background);
        double outer = contrast(color("focus-outer"), bg);
        double inner = contrast(color("focus-inner"), bg);
        assertThat(Math.max(outer, inner))
                .as(
                        "focus ring (outer %s %.2f:1, inner %s %.2f:1) against %s %s",
                        color("focus-outer"), outer, color("focus-inner"), inner, what, bg)
                .isGreaterThanOrEqualTo(3.0);
    }

    @Test
    void theOuterRingStandsOutOnThePageAndTheHeaderItself() {
        // The outline is what shows around links and fields, on white and on the header's grey.
        assertThat(contrast(color("focus-outer"), "#ffffff")).isGreaterThanOrEqualTo(3.0);
        assertThat(contrast(color("focus-outer"), color("header-bg"))).isGreaterThanOrEqualTo(3.0);
        assertThat(contrast(color("focus-outer"), color("focus-inner"))).isGreaterThanOrEqualTo(3.0);
    }

    @Test
    void theFocusVisibleRuleDrawsBothRingsFromTheseProperties() {
        Matcher rule = Pattern.compile("(?m)^:focus-visible\\s*\\{([^}]*)}").matcher(css);
        assertThat(rule.find()).as(":focus-visible rule in mutualis.css").isTrue();
        assertThat(rule.group(1))
                .containsPattern("outline:\\s*3px solid var\\(--focus-outer\\)")
                .containsPattern("box-shadow:[^;]*var\\(--focus-inner\\)");
        // The former ring, 2.1:1 on white, is gone from the rules (comments may still name it).
        assertThat(css.replaceAll("(?s)/\\*.*?\\*/", "")).doesNotContainIgnoringCase("#f0a500");
    }

    @Test
    void theFormulaGivesTheKnownRatios() {
        assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#f0a500", "#ffffff")).isCloseTo(2.08, org.assertj.core.data.Offset.offset(0.01));
    }

    /** WCAG 2.x contrast ratio of two sRGB colours #rrggbb. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
