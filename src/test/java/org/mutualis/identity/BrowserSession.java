package org.mutualis.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A real session, as a browser holds one: signed in through the sign-in form, kept by the
 * application in its session store (Spring Session, in the database), and sent back with each
 * request as the {@code SESSION} cookie. Unlike {@link TestUsers#as}, nothing is set up around the
 * application: a session it ended is refused on the next request.
 */
public final class BrowserSession implements RequestPostProcessor {

    public static final String COOKIE = "SESSION";

    private final Cookie cookie;
    private final @Nullable String landing;

    private BrowserSession(Cookie cookie, @Nullable String landing) {
        this.cookie = cookie;
        this.landing = landing;
    }

    /** Signs in through the form; fails when the application opens no session. */
    public static BrowserSession signIn(MockMvc mvc, String username, String password) throws Exception {
        var response = mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn()
                .getResponse();
        Cookie cookie = response.getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isEmpty()) {
            throw new AssertionError("No session after signing in as " + username + ": " + response.getStatus() + " → "
                    + response.getRedirectedUrl());
        }
        return new BrowserSession(cookie, response.getRedirectedUrl());
    }

    /** Where the sign-in sent the browser. */
    public @Nullable String landing() {
        return landing;
    }

    /** The cookie's value, for an HTTP client. */
    public String cookieValue() {
        return cookie.getValue();
    }

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        List<Cookie> cookies = new ArrayList<>();
        if (request.getCookies() != null) {
            cookies.addAll(List.of(request.getCookies()));
        }
        cookies.add(new Cookie(COOKIE, cookie.getValue()));
        request.setCookies(cookies.toArray(Cookie[]::new));
        return request;
    }
}
