package org.mutualis.identity.web;

import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.CurrentUsers;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives every controller method that declares a {@link CurrentUser} parameter the signed-in
 * person, so handlers pass the reader on to the services instead of looking it up themselves.
 * Nobody signed in: {@link org.springframework.security.access.AccessDeniedException} (sign-in
 * page or 401), as {@link CurrentUsers#require()} says. The API documentation does not list it as
 * a request parameter.
 */
class CurrentUserArguments implements HandlerMethodArgumentResolver {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }

    private final CurrentUsers users;

    CurrentUserArguments(CurrentUsers users) {
        this.users = users;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentUser.class;
    }

    @Override
    public CurrentUser resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            @Nullable WebDataBinderFactory binderFactory) {
        return users.require();
    }
}
