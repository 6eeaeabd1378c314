package org.mutualis.shared.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Resolves {@link Text}s (and message codes) in the reader's language. Templates call it as
 * {@code ${@texts.of(note)}}; the API's handlers and controllers call {@link #in(Object, Locale)}.
 */
@Component("texts")
public class Texts {

    private final MessageSource messages;

    public Texts(MessageSource messages) {
        this.messages = messages;
    }

    /** A text in the language of the current request; anything else as {@code String.valueOf}. */
    public String of(@Nullable Object text) {
        return in(text, LocaleContextHolder.getLocale());
    }

    /** A message code with its arguments in the language of the current request. */
    public String code(String code, Object... args) {
        return format(code, args, LocaleContextHolder.getLocale());
    }

    public String in(@Nullable Object text, Locale locale) {
        if (text instanceof Text t) {
            return format(t.code(), t.argArray(), locale);
        }
        return String.valueOf(text);
    }

    /** The code with its arguments; the code itself (an older French sentence) when no bundle has it. */
    public String format(String code, Object[] args, Locale locale) {
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof Text t ? in(t, locale) : args[i];
        }
        return messages.getMessage(code, resolved, code, locale);
    }

    /** Arguments for a {@link MessageSource}: every {@link Text} made a resolvable it resolves itself. */
    public static Object[] resolvable(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof Text t
                    ? new DefaultMessageSourceResolvable(new String[] {t.code()}, resolvable(t.argArray()), t.code())
                    : args[i];
        }
        return out;
    }

    /** Every {@link Text} inside maps and lists (an API body) replaced by its resolved sentence. */
    public @Nullable Object deep(@Nullable Object value, Locale locale) {
        if (value instanceof Text t) {
            return in(t, locale);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, @Nullable Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, deep(v, locale)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<@Nullable Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deep(v, locale)));
            return copy;
        }
        return value;
    }
}
