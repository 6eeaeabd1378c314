package org.mutualis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.programme.ActionView;
import org.mutualis.programme.ProgrammeFeeds;
import org.mutualis.programme.ProgrammeView;
import org.mutualis.programme.Programmes;
import org.mutualis.programme.TaskView;
import org.mutualis.programme.domain.TaskKind;
import org.mutualis.programme.domain.TaskStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The demo's programme: the study's four stages and ten actions, the hardware action following its
 * census, its award and its publication, and a calendar feed that Thunderbird would read with the
 * programme's milestones and the steering committee's meetings of 2012.
 */
@MutualisDbTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "mutualis.demo.enabled=true")
class ProgrammeDemoTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Programmes programmes;

    @Autowired
    ProgrammeFeeds feeds;

    @Test
    void theStudysProgrammeIsTiedToTheDemosCensusProcurementAndPublishedAssessment() {
        CurrentUser elected = accounts.find("elu").orElseThrow();
        ProgrammeView view = programmes.view(
                programmes.list(null, elected).programmes().get(0).programme().id(), elected);

        assertThat(view.stages()).hasSize(4);
        assertThat(view.actions()).hasSize(10);
        ActionView hardware = view.actions()
                .filter(a -> a.title().contains("matériel informatique") && a.firstYear() == 2012)
                .findFirst()
                .orElseThrow();
        assertThat(hardware.campaignName()).isEqualTo("Infrastructure & Réseaux 2012");
        assertThat(hardware.procurementSubject()).startsWith("Matériel informatique 2012");
        assertThat(status(hardware, TaskKind.NEEDS_CENSUS)).isEqualTo(TaskStatus.DONE);
        assertThat(status(hardware, TaskKind.SUPPLIER_CHOICE)).isEqualTo(TaskStatus.DONE);
        assertThat(status(hardware, TaskKind.ASSESSMENT_WRITING)).isEqualTo(TaskStatus.DONE);
        assertThat(status(hardware, TaskKind.ASSESSMENT_DIFFUSION)).isEqualTo(TaskStatus.DONE);
        assertThat(view.lateTasks()).isNotEmpty();
    }

    @Test
    void theCalendarFeedParsesWithTheDemosMilestonesAndMeetings() throws Exception {
        CurrentUser morlaix = accounts.find("morlaix").orElseThrow();
        ProgrammeFeeds.IssuedFeed issued = feeds.create(null, morlaix);
        String path = issued.url().substring(issued.url().indexOf("/feeds/"));

        String ics = mvc.perform(MockMvcRequestBuilders.get(path))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");

        ProgrammeView view = programmes.view(
                programmes.list(null, morlaix).programmes().get(0).programme().id(), morlaix);
        List<TaskView> milestones = view.tasks().filter(TaskView::milestone).toList();
        assertThat(milestones).hasSize(10);
        for (TaskView m : milestones) {
            assertThat(events)
                    .anySatisfy(e -> assertThat(value(e, "UID")).isEqualTo("programme-task-" + m.id() + "@mutualis"));
        }
        assertThat(events)
                .filteredOn(e -> value(e, "UID").startsWith("programme-meeting-"))
                .extracting(e -> value(e, "DTSTART"))
                .containsExactlyInAnyOrder("20120309T140000", "20120518T140000");
    }

    private static TaskStatus status(ActionView action, TaskKind kind) {
        return action.tasks().stream()
                .filter(t -> t.kind() == kind)
                .findFirst()
                .orElseThrow()
                .state()
                .status();
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse("");
    }
}
