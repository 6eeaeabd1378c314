package org.mutualis;

import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import org.mutualis.identity.CurrentUser;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A page asked for as someone, with the form's CSRF token, and its body as the browser reads it. */
public final class PageCalls {

    private PageCalls() {}

    public static MockHttpServletResponse call(MockMvc mvc, MockHttpServletRequestBuilder request, CurrentUser user)
            throws Exception {
        return mvc.perform(request.with(as(user)).with(csrf())).andReturn().getResponse();
    }

    public static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
