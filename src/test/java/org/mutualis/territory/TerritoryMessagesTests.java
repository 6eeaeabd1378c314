package org.mutualis.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** French and English bundles of the module have the same keys, so no page shows a raw key. */
class TerritoryMessagesTests {

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(
                Objects.requireNonNull(TerritoryMessagesTests.class.getResourceAsStream("/i18n/" + name)),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws Exception {
        Properties french = load("territory.properties");
        Properties english = load("territory_en.properties");

        assertThat(french).isNotEmpty();
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(french.keySet());
        assertThat(french.keySet()).allSatisfy(key -> assertThat((String) key).startsWith("territory."));
    }
}
