package org.mutualis.shared.web;

import jakarta.validation.ConstraintViolation;
import java.beans.Introspector;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.FrenchDecimals;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * What a form could not read or accept, as {@link Problem}s with message codes of the bundles
 * ({@code messages.properties}), each naming its field through a label: the code {@code
 * <record>.<field>} (for example {@code thresholdForm.amountHt}), else the field's name. Pages and
 * the API build them here, from a {@link BindingResult} or an unreadable JSON value, so that they
 * say the same thing.
 */
public final class FormProblems {

    /** The detail of the refusal; the problems say what is wrong, field by field. */
    public static final String REFUSED = "form.refused";

    private FormProblems() {}

    /** Every field's first problem, in the binder's order (unreadable values first), then the others. */
    public static List<Problem> of(BindingResult result) {
        Object target = result.getTarget();
        return of(result, target == null ? null : target.getClass());
    }

    /**
     * The same, for a form whose record could not be built (so the binding has no target): {@code
     * form} names the fields of its nested records ({@code rows[0].minPopulation}).
     */
    public static List<Problem> of(BindingResult result, @Nullable Class<?> form) {
        List<Problem> problems = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        for (FieldError error : result.getFieldErrors()) {
            if (named.add(error.getField())) {
                problems.add(problem(result, form, error));
            }
        }
        for (ObjectError error : result.getGlobalErrors()) {
            problems.add(Problem.of(null, String.valueOf(error.getDefaultMessage())));
        }
        return problems;
    }

    /** The refusal of a form: 422 with its problems on the API, the form shown again on a page. */
    public static RejectedException rejected(List<Problem> problems) {
        return new RejectedException(problems, REFUSED);
    }

    /** A value that is not of its field's type: a decimal, a date, a whole number or a choice. */
    public static Problem unreadable(
            String field, @Nullable Class<?> type, MessageSourceResolvable label, String text) {
        return Problem.of(field, unreadableCode(type), label, text);
    }

    /**
     * The field's name for messages: {@code <record>.<property>} of the record that declares it, then
     * the property alone.
     *
     * @param owner the record (or class) declaring the property; null when unknown
     * @param field the property, or a path whose last part is the property
     */
    public static MessageSourceResolvable label(@Nullable Class<?> owner, String field) {
        String property = field.replaceAll("\\[[^]]*]", "");
        property = property.substring(property.lastIndexOf('.') + 1);
        String[] codes = owner == null
                ? new String[] {property}
                : new String[] {Introspector.decapitalize(owner.getSimpleName()) + "." + property, property};
        return new DefaultMessageSourceResolvable(codes, property);
    }

    /**
     * The class declaring the last property of a path such as {@code offer.amount} or {@code
     * lots[1].amount}, read from the record components or fields of {@code root}; null when the
     * path leads nowhere known.
     */
    public static @Nullable Class<?> owner(@Nullable Class<?> root, String path) {
        Class<?> current = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1 && current != null; i++) {
            String name = parts[i].replaceAll("\\[[^]]*]", "");
            Type type = declaredType(current, name);
            boolean indexed = parts[i].contains("[");
            current = indexed ? elementClass(type) : rawClass(type);
        }
        return current;
    }

    private static Problem problem(BindingResult result, @Nullable Class<?> form, FieldError error) {
        String field = error.getField();
        Class<?> owner = field.contains(".") || field.contains("[") ? owner(form, field) : form;
        MessageSourceResolvable label = owner == null && !field.contains(".")
                ? new DefaultMessageSourceResolvable(new String[] {result.getObjectName() + "." + field, field}, field)
                : label(owner, field);
        if (error.isBindingFailure()) {
            return unreadable(field, result.getFieldType(field), label, text(error.getRejectedValue()));
        }
        String constraint = error.getCode() == null ? "" : error.getCode();
        Map<String, Object> attributes = error.contains(ConstraintViolation.class)
                ? error.unwrap(ConstraintViolation.class)
                        .getConstraintDescriptor()
                        .getAttributes()
                : Map.of();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> Problem.of(field, "form.required", label);
            case "Size", "Length" -> Problem.of(field, "form.size", label, attributes.getOrDefault("max", ""));
            case "PositiveOrZero" -> Problem.of(field, "form.negative", label, text(error.getRejectedValue()));
            case "Positive" -> Problem.of(field, "form.positive", label, text(error.getRejectedValue()));
            case "Min", "DecimalMin" -> Problem.of(field, "form.min", label, attributes.getOrDefault("value", ""));
            case "Max", "DecimalMax" -> Problem.of(field, "form.max", label, attributes.getOrDefault("value", ""));
            default -> Problem.of(field, "form.invalid", label, text(error.getRejectedValue()));
        };
    }

    private static String unreadableCode(@Nullable Class<?> type) {
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "form.decimal.invalid";
        }
        if (type == LocalDate.class) {
            return "form.date.invalid";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "form.whole.invalid";
        }
        return "form.invalid";
    }

    /** The value as typed, or as the French formatter writes it. */
    private static String text(@Nullable Object value) {
        if (value instanceof String[] values) {
            return String.join(", ", values);
        }
        if (value instanceof BigDecimal decimal) {
            return FrenchDecimals.format(decimal);
        }
        return value == null ? "" : value.toString();
    }

    private static @Nullable Type declaredType(Class<?> type, String name) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return component.getGenericType();
                }
            }
            return null;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    return f.getGenericType();
                }
            }
        }
        return null;
    }

    private static @Nullable Class<?> elementClass(@Nullable Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments();
            return rawClass(arguments[arguments.length - 1]);
        }
        Class<?> raw = rawClass(type);
        return raw != null && raw.isArray() ? raw.getComponentType() : null;
    }

    private static @Nullable Class<?> rawClass(@Nullable Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return rawClass(parameterized.getRawType());
        }
        return null;
    }
}
