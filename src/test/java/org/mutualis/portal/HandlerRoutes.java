package org.mutualis.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

/**
 * Every route the application's own controllers answer, read from every {@link
 * RequestMappingHandlerMapping} of the context: springdoc, actuator and Spring's error controller
 * are left out because their handlers live outside {@code org.mutualis}.
 */
final class HandlerRoutes {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    /**
     * One method × one pattern of a handler.
     *
     * @param params the mapping's params condition ({@code invited} for the sign-in page after an
     *     invitation), empty for most
     * @param variables the path variables in order of appearance, with their Java type
     * @param api whether the route answers JSON (a {@code @RestController} or {@code /api/...})
     */
    record Route(
            RequestMethod method,
            String pattern,
            String params,
            Map<String, Class<?>> variables,
            boolean api,
            HandlerMethod handler) {

        /** The name the tables and the reports use: {@code GET /campaigns/{id}/synthesis}. */
        String key() {
            return method + " " + pattern + (params.isEmpty() ? "" : " [" + params + "]");
        }

        /** The pattern with each variable replaced by its value (URL-encoded). */
        String expand(Map<String, String> values) {
            Matcher m = VARIABLE.matcher(pattern);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = values.get(m.group(1));
                if (value == null) {
                    throw new IllegalStateException("No value for {" + m.group(1) + "} in " + key());
                }
                m.appendReplacement(out, Matcher.quoteReplacement(UriUtils.encodePathSegment(value, "UTF-8")));
            }
            m.appendTail(out);
            return out.toString();
        }

        @Override
        public String toString() {
            return key();
        }
    }

    private HandlerRoutes() {}

    static List<Route> all(ApplicationContext context) {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping :
                context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                    mapping.getHandlerMethods().entrySet()) {
                HandlerMethod handler = entry.getValue();
                if (!handler.getBeanType().getPackageName().startsWith("org.mutualis")) {
                    continue;
                }
                RequestMappingInfo info = entry.getKey();
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    // A mapping without a method answers them all: the tables must still name it.
                    methods = Set.of(RequestMethod.values());
                }
                String params = String.join(
                        "&",
                        new TreeSet<>(info.getParamsCondition().getExpressions().stream()
                                .map(Object::toString)
                                .toList()));
                for (String pattern : info.getPatternValues()) {
                    boolean api = pattern.startsWith("/api/")
                            || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                            || handler.hasMethodAnnotation(ResponseBody.class);
                    for (RequestMethod method : methods) {
                        routes.add(new Route(method, pattern, params, variables(handler, pattern), api, handler));
                    }
                }
            }
        }
        routes.sort(Comparator.comparing(Route::pattern).thenComparing(Route::key));
        return routes;
    }

    /** The path variables of the pattern, typed by the handler's {@code @PathVariable} parameters. */
    private static Map<String, Class<?>> variables(HandlerMethod handler, String pattern) {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            PathVariable annotation = parameter.getParameterAnnotation(PathVariable.class);
            if (annotation == null) {
                continue;
            }
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            String name = !annotation.name().isEmpty()
                    ? annotation.name()
                    : !annotation.value().isEmpty() ? annotation.value() : parameter.getParameterName();
            types.put(name, parameter.getParameterType());
        }
        Map<String, Class<?>> ordered = new LinkedHashMap<>();
        Matcher m = VARIABLE.matcher(pattern);
        while (m.find()) {
            // A variable the handler does not read is still in the address: a string will do.
            ordered.put(m.group(1), types.getOrDefault(m.group(1), String.class));
        }
        return ordered;
    }
}
