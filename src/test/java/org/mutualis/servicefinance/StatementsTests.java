package org.mutualis.servicefinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.domain.sharing.Statement;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The territory's statements on the demo's invented 2015: the list (a correspondent reads their own
 * row only), the ZIP of workbooks for the staff, and a statement for the period a convention sets —
 * never over a year (CGCT D5211-16).
 */
@MutualisDbTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "mutualis.demo.enabled=true")
class StatementsTests {

    /** Morlaix Communauté, the demo's EPCI. */
    static final String MORLAIX_COMMUNAUTE = "242900835";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Territories territories;

    @Autowired
    Statements statements;

    @Test
    void theListAddsUpToTheTerritorysStatementsAndACorrespondentReadsOnlyTheirRow() throws Exception {
        TerritorySummary territory = territory();
        BigDecimal drawn = statements.territory(territory.id(), 2015).stream()
                .map(Statement::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        StatementList all = statements.list(territory.id(), 2015, account("analyste"));
        assertThat(all.refused()).isEmpty();
        assertThat(all.total()).isEqualByComparingTo(drawn).isPositive();
        assertThat(all.rows())
                .hasSize(territories.collectivities(territory.id()).size());
        assertThat(all.rows().stream()
                        .map(StatementList.Row::total)
                        .filter(t -> t != null)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(all.total());
        assertThat(all.rows())
                .filteredOn(r -> r.name().equals("Botsorhel"))
                .singleElement()
                .satisfies(r -> assertThat(r.total()).isEqualByComparingTo("665.50"));

        StatementList mine = statements.list(null, 2015, account("botsorhel"));
        assertThat(mine.rows()).extracting(StatementList.Row::name).containsExactly("Botsorhel");
        assertThat(mine.total()).isNull();
        String page = mvc.perform(get("/servicefinance/statements?year=2015").with(as(account("botsorhel"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Botsorhel", "665,50 €").doesNotContain("Morlaix (29151)", "statements.zip");
    }

    @Test
    void theStaffDownloadsEveryStatementAsOneArchiveAndACorrespondentCannot() throws Exception {
        TerritorySummary territory = territory();
        List<Statement> drawn = statements.territory(territory.id(), 2015);

        byte[] zip = mvc.perform(get("/servicefinance/statements.zip")
                        .param("territory", String.valueOf(territory.id()))
                        .param("year", "2015")
                        .with(as(account("elu"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string(
                                "Content-Disposition", org.hamcrest.Matchers.containsString("etats-annuels-2015-")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        // the summary, then one workbook per collectivité that used the service
        assertThat(names).hasSize(drawn.size() + 1).contains("29014-botsorhel.ods");

        CurrentUser secretary = account("botsorhel");
        assertThatThrownBy(() -> statements.archive(null, 2015, secretary)).isInstanceOf(ForbiddenException.class);
        mvc.perform(get("/servicefinance/statements.zip?year=2015").with(as(secretary)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aStatementCoversThePeriodItsConventionSetsNeverOverAYear() {
        CurrentUser secretary = account("botsorhel");
        long botsorhel = collectivity("Botsorhel").id();
        Statement year = statements.of(botsorhel, 2015, secretary).statement();

        // A first half-year: the uses of the second half are left off, each with its reason.
        Statement half = statements
                .of(botsorhel, null, LocalDate.of(2015, 1, 1), LocalDate.of(2015, 6, 30), secretary)
                .statement();
        assertThat(half.period().end()).isEqualTo(LocalDate.of(2015, 6, 30));
        assertThat(half.lines())
                .allSatisfy(l -> assertThat(l.use().date()).isBeforeOrEqualTo(LocalDate.of(2015, 6, 30)));
        assertThat(half.lines().size() + half.excluded().size())
                .isEqualTo(year.lines().size());
        assertThat(half.total()).isLessThanOrEqualTo(year.total());

        // Over a year: refused with the article's rule; one end only: refused, naming the missing one.
        RejectedException over = catchThrowableOfType(
                RejectedException.class,
                () -> statements.of(botsorhel, null, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 1, 1), secretary));
        assertThat(over.problems()).extracting(Problem::code).containsExactly("servicefinance.rules.period.overYear");
        RejectedException backwards = catchThrowableOfType(
                RejectedException.class,
                () -> statements.of(botsorhel, null, LocalDate.of(2015, 6, 1), LocalDate.of(2015, 1, 1), secretary));
        assertThat(backwards.problems()).extracting(Problem::code).containsExactly("servicefinance.rules.period.order");
        RejectedException half2 = catchThrowableOfType(
                RejectedException.class,
                () -> statements.of(botsorhel, null, LocalDate.of(2015, 1, 1), null, secretary));
        assertThat(half2.problems()).extracting(Problem::field).containsExactly("to");
    }

    @Test
    void thePeriodReachesThePageAndItsDocuments() throws Exception {
        CurrentUser secretary = account("botsorhel");
        long botsorhel = collectivity("Botsorhel").id();
        String page = mvc.perform(get("/servicefinance/collectivities/" + botsorhel + "/statement")
                        .param("from", "2015-01-01")
                        .param("to", "2015-06-30")
                        .with(as(secretary)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("du 01/01/2015 au 30/06/2015", "from=2015-01-01");
        mvc.perform(get("/servicefinance/collectivities/" + botsorhel + "/statement.ods")
                        .param("from", "2015-01-01")
                        .param("to", "2015-06-30")
                        .with(as(secretary)))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.containsString("etat-2015-01-01-2015-06-30-29014")));
        mvc.perform(get("/api/servicefinance/collectivities/" + botsorhel + "/statement")
                        .param("from", "2015-01-01")
                        .param("to", "2016-03-01")
                        .with(as(secretary)))
                .andExpect(status().is4xxClientError());
    }

    private CollectivityView collectivity(String name) {
        return territories.collectivities(territory().id()).stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private TerritorySummary territory() {
        return territories.all().stream()
                .filter(t -> t.epciSiren().equals(MORLAIX_COMMUNAUTE) && t.referenceYear() == 2012)
                .findFirst()
                .orElseThrow();
    }

    private CurrentUser account(String username) {
        return accounts.find(username).orElseThrow();
    }
}
