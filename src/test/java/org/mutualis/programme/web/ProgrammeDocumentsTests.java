package org.mutualis.programme.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.procurement.ProcurementFixture;
import org.mutualis.programme.ActionForm;
import org.mutualis.programme.ActionView;
import org.mutualis.programme.ProgrammeFeeds;
import org.mutualis.programme.ProgrammeFixture;
import org.mutualis.programme.ProgrammeView;
import org.mutualis.programme.Programmes;
import org.mutualis.programme.TaskView;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Gantt chart as served (SVG, PDF, the page and its table) and the calendar feed, read back:
 * the rows, the task labels, the today line, A3 landscape pages, events a calendar can parse.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class ProgrammeDocumentsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Programmes programmes;

    @Autowired
    ProgrammeFeeds feeds;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    Accounts accounts;

    ProcurementFixture.Loaded t;
    ProgrammeView programme;
    ActionView action;
    CurrentUser analyst;
    CurrentUser botsorhel;

    /** An action planned from a month ago: today falls inside the chart and its first tasks are late. */
    @BeforeEach
    void programmeAroundToday() {
        t = ProcurementFixture.territory(territories, campaigns, files);
        analyst = TestUsers.create(accounts, Role.ANALYST);
        botsorhel = TestUsers.create(accounts, Role.CORRESPONDENT, t.id(BOTSORHEL));
        ProgrammeView empty = ProgrammeFixture.empty(programmes, t.territory().id());
        LocalDate start = LocalDate.now().minusDays(40);
        long actionId = programmes.addAction(
                empty.programme().id(),
                new ActionForm(
                        empty.stages().get(0).id(),
                        null,
                        "Marché groupé <postes> & écrans",
                        start.getYear(),
                        start.getYear() + 1,
                        null,
                        null,
                        null,
                        null,
                        null,
                        start),
                analyst);
        programme = programmes.view(empty.programme().id(), analyst);
        action = programme.action(actionId).orElseThrow();
    }

    @Test
    void theSvgHasARowPerTaskWithItsLabelTheTodayLineAndLateTasksMarked() throws Exception {
        byte[] svg = mvc.perform(
                        get("/programmes/{id}/gantt.svg", programme.programme().id())
                                .with(as(botsorhel)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        Document document =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        List<Element> tasks = byClass(document, "g", "gantt-task");
        assertThat(tasks).hasSize(action.tasks().size());
        String text = document.getDocumentElement().getTextContent();
        for (TaskView task : action.tasks()) {
            assertThat(text).contains(task.title());
        }
        assertThat(text).contains("Marché groupé <postes> & écrans");
        assertThat(byClass(document, "*", "gantt-today")).isNotEmpty();
        long late = action.tasks().stream().filter(task -> task.state().late()).count();
        assertThat(late).isPositive();
        assertThat(tasks.stream().filter(g -> g.getAttribute("class").contains("gantt-late")))
                .hasSize((int) late);
        assertThat(byClass(document, "*", "gantt-dependency"))
                .hasSize(action.tasks().size() - 1);
    }

    @Test
    void thePdfIsA3LandscapeWithTheTaskLabelsAsText() throws Exception {
        byte[] pdf = mvc.perform(
                        get("/programmes/{id}/gantt.pdf", programme.programme().id())
                                .with(as(analyst)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            boolean turned = document.getPage(0).getRotation() % 180 != 0;
            float across = turned ? box.getHeight() : box.getWidth();
            float down = turned ? box.getWidth() : box.getHeight();
            // A3 landscape: the long side across
            assertThat(across).isCloseTo(PDRectangle.A3.getHeight(), org.assertj.core.data.Offset.offset(1f));
            assertThat(down).isCloseTo(PDRectangle.A3.getWidth(), org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Entretiens de cadrage").contains("Rédaction du cahier des charges");
        }
    }

    @Test
    void thePageShowsTheChartAndTheSameRowsAsAnAccessibleTable() throws Exception {
        String html = mvc.perform(
                        get("/programmes/{id}/gantt", programme.programme().id())
                                .with(as(botsorhel)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("<svg").contains("role=\"img\"").contains("id=\"gantt-table\"");
        // every task in the table: a row header per task, stage, action and phase
        int rows = action.tasks().size() + 1 + 1 + 3;
        assertThat(html.split("<th scope=\"row\"", -1)).hasSize(rows + 1);
        assertThat(html).doesNotContain("<postes>");
    }

    @Test
    void aCorrespondentOfAnotherTerritoryGetsNoChart() throws Exception {
        ProcurementFixture.Loaded other = ProcurementFixture.territory(territories, campaigns, files);
        CurrentUser foreign = TestUsers.create(accounts, Role.CORRESPONDENT, other.id(BOTSORHEL));

        for (String path :
                List.of("/programmes/{id}/gantt", "/programmes/{id}/gantt.svg", "/programmes/{id}/gantt.pdf")) {
            assertThat(mvc.perform(get(path, programme.programme().id()).with(as(foreign)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(path)
                    .isEqualTo(404);
        }
    }

    @Test
    void theCalendarFeedParsesAndCarriesTheMilestonesUntilItIsRevoked() throws Exception {
        ProgrammeFeeds.IssuedFeed issued = feeds.create(null, botsorhel);
        String path = issued.url().substring(issued.url().indexOf("/feeds/"));

        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        Calendar calendar =
                new CalendarBuilder().build(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)));
        List<VEvent> events = calendar.getComponents("VEVENT");
        TaskView committee =
                action.tasks().stream().filter(TaskView::milestone).findFirst().orElseThrow();
        assertThat(events).anySatisfy(e -> {
            assertThat(value(e, "UID")).isEqualTo("programme-task-" + committee.id() + "@mutualis");
            assertThat(value(e, "SUMMARY")).contains(committee.title());
            assertThat(value(e, "DTSTART"))
                    .isEqualTo(committee.plannedEnd().toString().replace("-", ""));
        });

        feeds.revoke(issued.feed().id(), botsorhel);

        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/feeds/cal_unknown.ics"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse("");
    }

    private static List<Element> byClass(Document document, String tag, String cssClass) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(e);
            }
        }
        return found;
    }
}
