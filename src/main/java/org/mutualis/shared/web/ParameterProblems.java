package org.mutualis.shared.web;

import org.mutualis.shared.error.RejectedException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A request parameter or path segment that does not read as its type ({@code ?page=abc}, {@code
 * ?status=XYZ}): a refusal (400) that names it and what was typed, instead of Spring's bare 400
 * with a generic message. A page number is said to be one ({@link
 * org.mutualis.shared.ListPage#number}: numbered from 1).
 */
public final class ParameterProblems {

    /** The request parameter that names a list's page ({@link PageLinks}). */
    static final String PAGE = "page";

    private ParameterProblems() {}

    public static RejectedException refusal(MethodArgumentTypeMismatchException e) {
        String typed = e.getValue() == null ? "" : String.valueOf(e.getValue());
        if (PAGE.equals(e.getName()) || e.getName().endsWith("Page")) {
            return new RejectedException("pagination.invalid", typed);
        }
        return new RejectedException("request.parameter.invalid", e.getName(), typed);
    }
}
