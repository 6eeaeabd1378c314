package org.mutualis.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The synthesis page hands its chart data to {@code static/js/charts.js} without an inline script
 * (the Content-Security-Policy forbids them), in a way the browser reads back as JSON: an attribute,
 * whose entities the browser decodes (a script element's text it would not, and JSON.parse would
 * fail on {@code &quot;}).
 */
@MutualisDbTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "mutualis.demo.enabled=true")
class SynthesisChartDataTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Accounts accounts;

    @Test
    void theChartDataReadsBackAsJsonAsABrowserWouldReadIt() throws Exception {
        long campaign = campaigns.all().stream()
                .filter(c -> c.name().equals("Infrastructure & Réseaux 2012"))
                .findFirst()
                .orElseThrow()
                .id();
        String page = mvc.perform(get("/campaigns/{c}/synthesis", campaign).with(as(accounts, "elu")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher attribute = Pattern.compile("id=\"chart-data\"[^>]*data-charts=\"([^\"]*)\"")
                .matcher(page);
        assertThat(attribute.find()).as("the data-charts attribute").isTrue();
        // What the browser's getAttribute gives charts.js: the attribute with its entities decoded.
        JsonNode data = JsonMapper.builder().build().readTree(HtmlUtils.htmlUnescape(attribute.group(1)));
        assertThat(data.path("shares").path("os").path("labels").toString()).contains("Windows XP");
        assertThat(data.path("shares").path("os").path("values").size()).isPositive();
        for (String id : new String[] {"chart-os", "chart-office"}) {
            assertThat(page).contains("<canvas id=\"" + id + "\"");
        }
        assertThat(page).contains("src=\"/js/charts.js\"");
    }
}
