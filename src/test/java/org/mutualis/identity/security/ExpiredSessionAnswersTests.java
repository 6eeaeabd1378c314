package org.mutualis.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Where a form posted after the session expired sends the person back after signing in: the page
 * the form was on, by path only, and only when it is this application's (never another host named
 * by a forged {@code Referer}, never the sign-in page itself). And which requests are a script's.
 */
class ExpiredSessionAnswersTests {

    private static MockHttpServletRequest posted(String referer) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/campaigns/3/responses/7");
        request.setServerName("mutualis.example.fr");
        if (referer != null) {
            request.addHeader("Referer", referer);
        }
        return request;
    }

    @Test
    void theFormPageIsTheSameOriginRefererByPathOnly() {
        assertThat(ExpiredSessionAnswers.formPage(
                        posted("https://mutualis.example.fr/campaigns/3/responses/7?lang=fr")))
                .isEqualTo("/campaigns/3/responses/7?lang=fr");
        assertThat(ExpiredSessionAnswers.formPage(posted("https://evil.example/campaigns/3/responses/7")))
                .isNull();
        assertThat(ExpiredSessionAnswers.formPage(posted("https://mutualis.example.fr//evil.example/x")))
                .isEqualTo("/");
        assertThat(ExpiredSessionAnswers.formPage(posted("https://mutualis.example.fr/login?error")))
                .isNull();
        assertThat(ExpiredSessionAnswers.formPage(posted("not a uri at all ::")))
                .isNull();
        assertThat(ExpiredSessionAnswers.formPage(posted(null))).isNull();
    }

    @Test
    void scriptsAreToldByTheirHeadersOrTheDraftPath() {
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/campaigns/3");
        page.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(ScriptedRequests.INSTANCE.matches(page)).isFalse();

        MockHttpServletRequest htmx = new MockHttpServletRequest("GET", "/campaigns/3/check");
        htmx.addHeader("HX-Request", "true");
        assertThat(ScriptedRequests.INSTANCE.matches(htmx)).isTrue();

        MockHttpServletRequest fetch = new MockHttpServletRequest("POST", "/campaigns/3/responses/7");
        fetch.addHeader("Accept", "application/json");
        assertThat(ScriptedRequests.INSTANCE.matches(fetch)).isTrue();

        assertThat(ScriptedRequests.INSTANCE.matches(
                        new MockHttpServletRequest("POST", "/campaigns/3/responses/7/draft")))
                .isTrue();
    }
}
