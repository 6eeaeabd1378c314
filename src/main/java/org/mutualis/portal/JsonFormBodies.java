package org.mutualis.portal;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.web.FormChecks;
import org.mutualis.shared.web.FormProblems;
import org.mutualis.shared.web.JsonBodyProblems;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdvice;

/**
 * An API body with values the JSON mapper cannot read ({@code "12,5x"} for an amount, {@code
 * "31/02/2026"} for a date) is refused with every wrong field at once, as a page form is: the
 * mapper gathers the unreadable values, the body's Bean Validation rules are checked on the other
 * fields, and one 422 lists them all. A readable body goes on to its controller, which checks
 * access first and then the form ({@link FormChecks}).
 */
@ControllerAdvice(annotations = RestController.class)
class JsonFormBodies implements RequestBodyAdvice {

    private final FormChecks checks;

    JsonFormBodies(FormChecks checks) {
        this.checks = checks;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        JsonBodyProblems.start();
        return input;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        List<Problem> unreadable = JsonBodyProblems.finish();
        if (unreadable.isEmpty()) {
            return body;
        }
        Set<String> named = unreadable.stream().map(Problem::field).collect(Collectors.toSet());
        List<Problem> all = new ArrayList<>(unreadable);
        checks.problems(body).stream().filter(p -> !named.contains(p.field())).forEach(all::add);
        throw FormProblems.rejected(all);
    }

    @Override
    public @Nullable Object handleEmptyBody(
            @Nullable Object body,
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        JsonBodyProblems.finish();
        return body;
    }
}
