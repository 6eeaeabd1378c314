package org.mutualis.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.text.FrenchDates;
import org.mutualis.shared.text.FrenchDecimals;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON side of {@link FormFormats}: a {@code BigDecimal} (or {@code Integer}) reads a JSON
 * number or a French number string, a {@code LocalDate} an ISO or French date string; a blank
 * string is no value.
 * Output is untouched (numbers stay JSON numbers, dates ISO).
 */
final class JsonFormValues {

    private JsonFormValues() {}

    static JacksonModule module() {
        SimpleModule module = new SimpleModule("mutualis-form-values");
        module.addDeserializer(
                BigDecimal.class,
                new FormValue<>(BigDecimal.class, FrenchDecimals::parse, JsonFormValues::decimal, null));
        module.addDeserializer(
                LocalDate.class, new FormValue<>(LocalDate.class, FrenchDates::parse, JsonFormValues::other, null));
        module.addDeserializer(
                Integer.class, new FormValue<>(Integer.class, FrenchDecimals::parseWhole, JsonFormValues::whole, null));
        return module;
    }

    /** How a type reads a JSON token that is not a string (a number, or a refusal). */
    @FunctionalInterface
    private interface OtherToken<T> {
        @Nullable
        T read(FormValue<T> self, JsonParser p, DeserializationContext ctxt);
    }

    private static @Nullable BigDecimal decimal(FormValue<BigDecimal> self, JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDecimalValue();
        }
        return other(self, p, ctxt);
    }

    private static @Nullable Integer whole(FormValue<Integer> self, JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return p.getIntValue();
        }
        if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            return self.deserializeText(p, ctxt, p.getText());
        }
        return other(self, p, ctxt);
    }

    @SuppressWarnings("unchecked")
    private static <T> @Nullable T other(FormValue<T> self, JsonParser p, DeserializationContext ctxt) {
        return (T) ctxt.handleUnexpectedToken(self.type, p);
    }

    /** A value read from a string with one of the parsers of {@code shared.text}. */
    private static final class FormValue<T> extends ValueDeserializer<T> {

        private final Class<T> type;
        private final Function<String, T> parse;
        private final OtherToken<T> otherToken;
        /** The record component being read, to name it in the problem; null for a bare value. */
        private final @Nullable BeanProperty property;

        FormValue(Class<T> type, Function<String, T> parse, OtherToken<T> otherToken, @Nullable BeanProperty property) {
            this.type = type;
            this.parse = parse;
            this.otherToken = otherToken;
            this.property = property;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property) {
            return new FormValue<>(type, parse, otherToken, property);
        }

        @Override
        public @Nullable T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return otherToken.read(this, p, ctxt);
            }
            return deserializeText(p, ctxt, p.getString());
        }

        /** A value typed as text: blank is none, unreadable is gathered (or refused). */
        @Nullable
        T deserializeText(JsonParser p, DeserializationContext ctxt, String text) {
            if (text.isBlank()) {
                return null;
            }
            try {
                return parse.apply(text);
            } catch (RuntimeException e) {
                String field = path(p.streamReadContext());
                var label = property == null
                        ? FormProblems.label(null, field)
                        : FormProblems.label(property.getMember().getDeclaringClass(), property.getName());
                if (JsonBodyProblems.add(FormProblems.unreadable(field, type, label, text))) {
                    return null;
                }
                @SuppressWarnings("unchecked")
                T refused = (T) ctxt.handleWeirdStringValue(type, text, "not a value Mutualis reads");
                return refused;
            }
        }
    }

    /** Where the parser stands, as a page names a field: {@code offer.amount}, {@code [2].minPopulation}. */
    static String path(@Nullable TokenStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            } else if (c.currentName() != null) {
                parts.push("." + c.currentName());
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }
}
