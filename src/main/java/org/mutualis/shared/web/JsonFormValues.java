package org.mutualis.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
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
        module.addDeserializer(BigDecimal.class, new Decimal(null));
        module.addDeserializer(LocalDate.class, new Date(null));
        module.addDeserializer(Integer.class, new Whole(null));
        return module;
    }

    /** A value read from a string with one of the parsers of {@code shared.text}. */
    private abstract static class FormValue<T> extends ValueDeserializer<T> {

        /** The record component being read, to name it in the problem; null for a bare value. */
        final @Nullable BeanProperty property;

        FormValue(@Nullable BeanProperty property) {
            this.property = property;
        }

        abstract T parse(String text);

        abstract @Nullable T fromOtherToken(JsonParser p, DeserializationContext ctxt);

        abstract Class<T> type();

        @Override
        public @Nullable T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return fromOtherToken(p, ctxt);
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
                return parse(text);
            } catch (RuntimeException e) {
                String field = path(p.streamReadContext());
                var label = property == null
                        ? FormProblems.label(null, field)
                        : FormProblems.label(property.getMember().getDeclaringClass(), property.getName());
                if (JsonBodyProblems.add(FormProblems.unreadable(field, type(), label, text))) {
                    return null;
                }
                @SuppressWarnings("unchecked")
                T refused = (T) ctxt.handleWeirdStringValue(type(), text, "not a value Mutualis reads");
                return refused;
            }
        }
    }

    private static final class Decimal extends FormValue<BigDecimal> {

        Decimal(@Nullable BeanProperty property) {
            super(property);
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property) {
            return new Decimal(property);
        }

        @Override
        BigDecimal parse(String text) {
            return FrenchDecimals.parse(text);
        }

        @Override
        @Nullable
        BigDecimal fromOtherToken(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                return p.getDecimalValue();
            }
            return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
        }

        @Override
        Class<BigDecimal> type() {
            return BigDecimal.class;
        }
    }

    private static final class Whole extends FormValue<Integer> {

        Whole(@Nullable BeanProperty property) {
            super(property);
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property) {
            return new Whole(property);
        }

        @Override
        Integer parse(String text) {
            return FrenchDecimals.parseWhole(text);
        }

        @Override
        @Nullable
        Integer fromOtherToken(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return p.getIntValue();
            }
            if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                return deserializeText(p, ctxt, p.getText());
            }
            return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
        }

        @Override
        Class<Integer> type() {
            return Integer.class;
        }
    }

    private static final class Date extends FormValue<LocalDate> {

        Date(@Nullable BeanProperty property) {
            super(property);
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property) {
            return new Date(property);
        }

        @Override
        LocalDate parse(String text) {
            return FrenchDates.parse(text);
        }

        @Override
        @Nullable
        LocalDate fromOtherToken(JsonParser p, DeserializationContext ctxt) {
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }

        @Override
        Class<LocalDate> type() {
            return LocalDate.class;
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
