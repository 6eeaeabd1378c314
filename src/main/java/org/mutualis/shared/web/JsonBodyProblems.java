package org.mutualis.shared.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The unreadable values of one JSON request body, gathered while it is read so that every wrong
 * field is named at once, as a page does. Outside a body being read (no {@link #start()}), the JSON
 * mapper refuses the first unreadable value as usual.
 */
public final class JsonBodyProblems {

    private static final String KEY = JsonBodyProblems.class.getName();

    private JsonBodyProblems() {}

    /** From now on, this request's unreadable values are gathered instead of failing the read. */
    public static void start() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(KEY, new ArrayList<Problem>(), RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** What was gathered since {@link #start()}, in reading order; gathering stops. */
    public static List<Problem> finish() {
        List<Problem> found = gathered();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(KEY, RequestAttributes.SCOPE_REQUEST);
        }
        return found == null ? List.of() : List.copyOf(found);
    }

    /** @return false when nothing is being gathered: the caller refuses the value itself */
    static boolean add(Problem problem) {
        List<Problem> found = gathered();
        if (found == null) {
            return false;
        }
        found.add(problem);
        return true;
    }

    @SuppressWarnings("unchecked")
    private static @Nullable List<Problem> gathered() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : (List<Problem>) request.getAttribute(KEY, RequestAttributes.SCOPE_REQUEST);
    }

    /**
     * A body the JSON mapper could not read: the field, its label and its value when the mapper
     * says which (with whatever was gathered before it stopped), 422; otherwise a JSON that is not
     * one, 400. Never an empty answer.
     */
    public static RejectedException refusal(Throwable unreadable) {
        List<Problem> problems = new ArrayList<>(finish());
        MismatchedInputException mismatch = cause(unreadable, MismatchedInputException.class);
        if (mismatch == null || mismatch.getPath().isEmpty()) {
            return problems.isEmpty() ? new RejectedException("form.json.unreadable") : FormProblems.rejected(problems);
        }
        StringBuilder field = new StringBuilder();
        Class<?> owner = null;
        String property = "";
        for (JacksonException.Reference reference : mismatch.getPath()) {
            Object from = reference.from();
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
                owner = from instanceof Class<?> c ? c : from == null ? null : from.getClass();
                property = reference.getPropertyName();
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        var label = FormProblems.label(owner, property.isEmpty() ? field.toString() : property);
        if (mismatch instanceof InvalidFormatException invalid) {
            problems.add(FormProblems.unreadable(
                    field.toString(), mismatch.getTargetType(), label, String.valueOf(invalid.getValue())));
        } else {
            problems.add(Problem.of(field.toString(), "form.unexpected", label));
        }
        return FormProblems.rejected(problems);
    }

    private static <T extends Throwable> @Nullable T cause(@Nullable Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
