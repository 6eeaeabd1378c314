package org.mutualis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/** French (default) and English bundles carry the same keys, none empty. */
class MessageBundlesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "messages",
                "spreadsheet",
                "census",
                "analysis",
                "territory",
                "identity",
                "questionnaires",
                "procurements",
                "savings",
                "assessment",
                "programme",
                "servicedesk",
                "servicedesk-tickets",
                "servicedesk-kb",
                "servicedesk-training",
                "servicedesk-mail",
                "servicefinance-rules",
                "servicefinance",
                "servicefinance-documents",
                "servicefinance-units",
                "servicefinance-report",
                "servicefinance-balances",
                "servicefinance-alternatives",
                "inventory",
                "inventory-formats",
                "inventory-rules",
                "inventory-renewal"
            })
    void frenchAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties french = load("i18n/" + bundle + ".properties");
        Properties english = load("i18n/" + bundle + "_en.properties");
        assertThat(keys(english)).isEqualTo(keys(french));
        assertThat(french.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
