package org.mutualis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mutualis.census.ResponseStatus;
import org.mutualis.procurement.domain.AwardProcedure;
import org.mutualis.procurement.domain.ThresholdKind;
import org.springframework.core.io.ClassPathResource;

/**
 * Every message code that main code throws or emits has a French and an English text: the codes
 * are read from the sources (string literals shaped like {@code census.campaign.notfound} with a
 * module's prefix, and the reasons of {@code IdentityException}), the texts from every bundle of
 * {@code spring.messages.basename}.
 */
class MessageCodesTests {

    /** A code: a module's prefix, then dotted words; never a path, a template or a file name. */
    private static final Pattern CODE = Pattern.compile(
            "\"((?:scope|form|text|spreadsheet|territory|identity|questionnaire|census|analysis|savings|procurement"
                    + "|procurements|assessment|programme|servicedesk|servicefinance|inventory)\\.[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*)\"");

    private static final Pattern IDENTITY =
            Pattern.compile("(?:Identity|InvalidInvitation)Exception\\(\\s*\"([A-Za-z]+)\"");

    /** Literals of that shape that are not message codes (ids of figures, keys looked up elsewhere). */
    private static final Set<String> NOT_CODES = Set.of();

    static Properties french;
    static Properties english;
    static Set<String> codes;

    @BeforeAll
    static void read() throws IOException {
        french = new Properties();
        english = new Properties();
        for (String base : basenames()) {
            load(french, base + ".properties");
            load(english, base + "_en.properties");
        }
        codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.toString().contains("/demo/")) {
                    continue; // the demo's data, not messages
                }
                String source = Files.readString(file);
                Matcher code = CODE.matcher(source);
                while (code.find()) {
                    codes.add(code.group(1));
                }
                Matcher identity = IDENTITY.matcher(source);
                while (identity.find()) {
                    codes.add("identity.error." + identity.group(1));
                }
            }
        }
        codes.removeAll(NOT_CODES);
        for (ResponseStatus status : ResponseStatus.values()) {
            codes.add("census.status.word." + status.name());
        }
        for (AwardProcedure award : AwardProcedure.values()) {
            codes.add("procurement.word.award." + award.name());
        }
        for (ThresholdKind kind : ThresholdKind.values()) {
            codes.add("procurement.word.thresholdKind." + kind.name());
        }
        codes.add("questionnaire.answer.required.start");
        codes.add("questionnaire.answer.required.nc.start");
    }

    @Test
    void theScanFindsTheCodesOfEveryModule() {
        assertThat(codes)
                .contains(
                        "census.campaign.notfound",
                        "census.import.atCell",
                        "procurement.rule.calendar.order",
                        "savings.note.vat",
                        "assessment.note.surcharge",
                        "territory.csv.header",
                        "spreadsheet.upload.rows",
                        "questionnaire.answer.number",
                        "form.required",
                        "identity.error.usernameTaken")
                .hasSizeGreaterThan(250);
    }

    @Test
    void everyCodeHasAFrenchAndAnEnglishText() {
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            if (blank(french, code)) {
                missing.add(code + " (fr)");
            }
            if (blank(english, code)) {
                missing.add(code + " (en)");
            }
        }
        assertThat(missing).as("codes without a text").isEmpty();
    }

    @Test
    void anEnglishTextIsNotTheFrenchOne() {
        Pattern frenchWords = Pattern.compile("[àâçéèêëîïôûùœ’]|\\b(le|la|les|des|du|une|est|pas)\\b");
        List<String> untranslated = codes.stream()
                .filter(c -> !blank(french, c) && !blank(english, c))
                .filter(c -> french.getProperty(c).equals(english.getProperty(c)))
                .filter(c -> frenchWords.matcher(french.getProperty(c)).find())
                .toList();
        assertThat(untranslated)
                .as("codes whose English text is the French one")
                .isEmpty();
    }

    @Test
    void apostrophesAreWrittenAsMessageFormatReadsThem() {
        Pattern placeholder = Pattern.compile("\\{\\d");
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        List<String> wrong = new ArrayList<>();
        for (String code : codes) {
            for (Properties bundle : List.of(french, english)) {
                String text = bundle.getProperty(code);
                if (text == null) {
                    continue;
                }
                boolean formatted = placeholder.matcher(text).find();
                if (formatted && lone.matcher(text).find() || !formatted && text.contains("''")) {
                    wrong.add(code + "=" + text);
                }
            }
        }
        assertThat(wrong)
                .as("texts with arguments double their apostrophes, the others do not")
                .isEmpty();
    }

    private static boolean blank(Properties bundle, String code) {
        String text = bundle.getProperty(code);
        return text == null || text.isBlank();
    }

    private static List<String> basenames() throws IOException {
        Properties settings = new Properties();
        load(settings, "application.properties");
        return Stream.of(settings.getProperty("spring.messages.basename").split(","))
                .map(String::trim)
                .toList();
    }

    private static void load(Properties into, String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }
}
