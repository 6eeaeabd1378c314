package org.mutualis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session cookie across several requests, before and during sign-in: each request
 * made through {@link #perform} sends the current {@code SESSION} cookie and keeps the one the
 * application answers with (a new id after sign-in, none after sign-out). The session itself lives
 * where the application keeps it (Spring Session, in the database), as for a real browser.
 */
public final class SessionJar implements RequestPostProcessor {

    private @Nullable String cookie;

    /** Performs the request with this jar's cookie and keeps the cookie of the answer. */
    public ResultActions perform(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
        ResultActions result = mvc.perform(request.with(this));
        Cookie answered = result.andReturn().getResponse().getCookie(BrowserSession.COOKIE);
        if (answered != null) {
            cookie = answered.getMaxAge() == 0 || answered.getValue().isEmpty() ? null : answered.getValue();
        }
        return result;
    }

    /**
     * Checks, with a next request on this jar's cookie, that the session is signed in (the home
     * page answers and names {@code username}, when given): what a browser would see, read from the
     * application's own session store rather than from the test's request.
     */
    public ResultMatcher signedIn(MockMvc mvc, @Nullable String username) {
        return result -> {
            var home = mvc.perform(get("/").with(this)).andReturn().getResponse();
            assertThat(home.getStatus()).as("home page after signing in").isEqualTo(200);
            if (username != null) {
                assertThat(home.getContentAsString()).contains(">" + username + "<");
            }
        };
    }

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        if (cookie != null) {
            List<Cookie> cookies = new ArrayList<>();
            if (request.getCookies() != null) {
                cookies.addAll(List.of(request.getCookies()));
            }
            cookies.add(new Cookie(BrowserSession.COOKIE, cookie));
            request.setCookies(cookies.toArray(Cookie[]::new));
        }
        return request;
    }
}
