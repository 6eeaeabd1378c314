package org.mutualis.shared.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundles read without Spring, so that the CLI, logs and plain unit tests speak French, and
 * the few answers written before Spring MVC (the API's 401 and 403) speak the reader's language:
 * the bundles listed by {@code spring.messages.basename} in {@code application.properties},
 * formatted as Spring formats them (MessageFormat only when the text has arguments).
 */
public final class BundleTexts {

    private static final Map<String, Properties> BY_LANGUAGE = new ConcurrentHashMap<>();

    private BundleTexts() {}

    /** The French text of {@code code} with its arguments; the code itself when no bundle has it. */
    public static String french(String code, Object... args) {
        return in(Locale.FRENCH, code, args);
    }

    /** The text in English when the locale asks for English, in French otherwise. */
    public static String in(Locale locale, String code, Object... args) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        String pattern = bundles(language).getProperty(code);
        if (pattern == null) {
            return code;
        }
        if (args.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof Text t ? in(language, t.code(), t.argArray()) : args[i];
        }
        return new MessageFormat(pattern, language).format(resolved);
    }

    private static Properties bundles(Locale language) {
        return BY_LANGUAGE.computeIfAbsent(language.getLanguage(), l -> load(l.equals("en") ? "_en" : ""));
    }

    private static Properties load(String suffix) {
        ClassLoader loader = BundleTexts.class.getClassLoader();
        Properties all = new Properties();
        try {
            for (String base : basenames(loader)) {
                if (!suffix.isEmpty()) {
                    read(loader, base.trim() + ".properties", all); // English falls back on French
                }
                read(loader, base.trim() + suffix + ".properties", all);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the message bundles", e);
        }
        return all;
    }

    private static void read(ClassLoader loader, String path, Properties into) throws IOException {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in != null) {
                into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
    }

    private static String[] basenames(ClassLoader loader) throws IOException {
        Enumeration<URL> files = loader.getResources("application.properties");
        while (files.hasMoreElements()) {
            Properties settings = new Properties();
            try (InputStream in = files.nextElement().openStream()) {
                settings.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            String names = settings.getProperty("spring.messages.basename");
            if (names != null) {
                return names.split(",");
            }
        }
        return new String[] {"i18n/messages"};
    }
}
