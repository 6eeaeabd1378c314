package org.mutualis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IdentityBundleTests {

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = IdentityBundleTests.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("identity_en.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(load("identity.properties").keySet());
    }

    @Test
    void everyRuleAndRoleHasAMessage() throws IOException {
        Properties french = load("identity.properties");
        for (Role role : Role.values()) {
            assertThat(french).containsKey("identity.role." + role.name());
        }
        // Every code thrown in the module's sources, so that a new rule cannot ship without its message.
        var code = Pattern.compile("new IdentityException\\(\\s*\"(\\w+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/mutualis/identity"))) {
            List<String> codes = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> code.matcher(read(f)).results().map(m -> m.group(1)))
                    .distinct()
                    .toList();
            assertThat(codes).hasSizeGreaterThan(10);
            codes.forEach(c -> assertThat(french).containsKey("identity.error." + c));
        }
    }
}
