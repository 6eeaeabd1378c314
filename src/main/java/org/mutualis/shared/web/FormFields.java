package org.mutualis.shared.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.ConversionService;
import org.springframework.validation.BindingResult;

/**
 * A form's fields as its page writes them ({@code ${fields.value('amount')}}): what was typed when
 * it could not be read, else the value written by the form formatters ({@code 1 234,5}, ISO for a
 * date field); and each field's message ({@code ${fields.problem('amount')}}).
 */
public final class FormFields {

    private final BindingResult binding;
    private final ConversionService conversions;
    private final Map<String, String> problems;

    FormFields(BindingResult binding, ConversionService conversions, Map<String, String> problems) {
        this.binding = binding;
        this.conversions = conversions;
        this.problems = problems;
    }

    public String value(String field) {
        Object value;
        try {
            value = binding.getFieldValue(field);
        } catch (RuntimeException e) {
            return "";
        }
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return text;
        }
        String written = conversions.convert(value, String.class);
        return written == null ? "" : written;
    }

    /** The values of a field ticked several times (check boxes of the same name). */
    public List<String> values(String field) {
        Object value;
        try {
            value = binding.getFieldValue(field);
        } catch (RuntimeException e) {
            return List.of();
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        if (value instanceof Object[] many) {
            return Arrays.stream(many).map(String::valueOf).toList();
        }
        return value == null || value.toString().isEmpty()
                ? List.of()
                : List.of(value.toString().split(","));
    }

    /** A ticked box: a true value, or one ticked and sent back. */
    public boolean checked(String field) {
        String value = value(field);
        return value.equals("true") || value.equals("on");
    }

    public @Nullable String problem(String field) {
        return problems.get(field);
    }
}
