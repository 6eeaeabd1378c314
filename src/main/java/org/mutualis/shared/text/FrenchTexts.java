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
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The French bundles read without Spring, so that the CLI, logs and plain unit tests speak French:
 * the bundles listed by {@code spring.messages.basename} in {@code application.properties}, formatted
 * as Spring formats them (MessageFormat only when there are arguments).
 */
public final class FrenchTexts {

    private static volatile @Nullable Properties texts;

    private FrenchTexts() {}

    /** The French text of {@code code} with its arguments; the code itself when no bundle has it. */
    public static String format(String code, Object... args) {
        String pattern = bundles().getProperty(code);
        if (pattern == null) {
            return code;
        }
        if (args.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof Text t ? t.french() : args[i];
        }
        return new MessageFormat(pattern, Locale.FRENCH).format(resolved);
    }

    /** Whether a French bundle has this code. */
    public static boolean has(String code) {
        return bundles().containsKey(code);
    }

    private static Properties bundles() {
        Properties loaded = texts;
        if (loaded == null) {
            loaded = load();
            texts = loaded;
        }
        return loaded;
    }

    private static Properties load() {
        ClassLoader loader = FrenchTexts.class.getClassLoader();
        Properties all = new Properties();
        try {
            for (String base : basenames(loader)) {
                try (InputStream in = loader.getResourceAsStream(base.trim() + ".properties")) {
                    if (in != null) {
                        all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the message bundles", e);
        }
        return all;
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
