package org.mutualis.shared.text;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence for a person, not yet in any language: a message code of the {@code i18n} bundles and
 * its arguments (which may be other {@code Text}s). Computing cores emit these instead of French
 * sentences; pages and the API resolve them in the reader's language ({@link Texts}), the CLI and
 * logs in French ({@link #french()}).
 */
public record Text(String code, List<Object> args) {

    public Text {
        args = List.copyOf(args);
    }

    public static Text of(String code, Object... args) {
        return new Text(code, Arrays.asList(args));
    }

    /**
     * A name the data gives in both languages (an indicator's label, a theme's title): the
     * French one in French, the English one in English.
     */
    public static Text bilingual(String french, String english) {
        return of("text.bilingual", french, english);
    }

    /** Several sentences one after the other, as one text. */
    public static Text joined(List<Text> texts) {
        return texts.stream().reduce((a, b) -> of("text.two", a, b)).orElse(of("text.empty"));
    }

    /** The arguments as an array, as message sources and templates take them. */
    public Object[] argArray() {
        return args.toArray();
    }

    /** The sentence in French, the default language (for the CLI, logs and French-speaking tests). */
    public String french() {
        return BundleTexts.french(code, argArray());
    }

    @Override
    public String toString() {
        return french();
    }
}
