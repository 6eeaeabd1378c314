package org.mutualis.inventory.domain.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every code the formats throw has its French and English text in the inventory-formats bundle,
 * every text of the bundle is used, and each is a pattern MessageFormat reads (the shared
 * MessageCodesTests does not scan the {@code inventory.} prefix yet).
 */
class FormatMessagesTests {

    private static final Pattern CODE = Pattern.compile("\"(inventory\\.[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)+)\"");

    @Test
    void everyCodeOfTheFormatsHasItsTwoTextsAndEveryTextItsCode() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/mutualis/inventory/domain/formats"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher code = CODE.matcher(Files.readString(file));
                while (code.find()) {
                    codes.add(code.group(1));
                }
            }
        }
        Properties french = load("i18n/inventory-formats.properties");
        Properties english = load("i18n/inventory-formats_en.properties");
        assertThat(codes).hasSizeGreaterThan(25);
        assertThat(french.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(codes);
        for (String code : codes) {
            new MessageFormat(french.getProperty(code), Locale.FRENCH);
            new MessageFormat(english.getProperty(code), Locale.ENGLISH);
            assertThat(french.getProperty(code)).doesNotContain("'");
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FormatMessagesTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
