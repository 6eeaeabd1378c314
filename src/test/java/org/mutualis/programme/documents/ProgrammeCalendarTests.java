package org.mutualis.programme.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

/** The programme's iCalendar feed, parsed back with ical4j as a calendar client would. */
class ProgrammeCalendarTests {

    private static final Instant STAMP = Instant.parse("2027-02-20T08:30:00Z");
    private static final String LONG =
            "Rassembler les contrats d’assurance de chaque commune, vérifier les échéances, les franchises et les"
                    + " garanties ; noter ce qui manque, relancer, puis classer le tout.";

    private static List<CalendarItem> items() {
        return List.of(
                CalendarItem.allDay(
                        "programme-task-1@mutualis",
                        "Recenser les contrats, lot 1; assurance",
                        LONG,
                        LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 3, 5),
                        URI.create("https://mutualis.example/programme/tasks/1"),
                        List.of("Étape 1", "Phase 0")),
                CalendarItem.allDay(
                        "programme-task-2@mutualis",
                        "Jalon : fin de la phase 0",
                        null,
                        LocalDate.of(2027, 4, 1),
                        null,
                        null,
                        List.of("Jalon")),
                CalendarItem.meeting(
                        "programme-meeting-7@mutualis",
                        "Comité de pilotage",
                        "Salle du conseil",
                        LocalDateTime.of(2027, 3, 10, 14, 0),
                        Duration.ofMinutes(90),
                        null,
                        List.of()),
                CalendarItem.meeting(
                        "programme-meeting-8@mutualis",
                        "Comité de pilotage (été)",
                        null,
                        LocalDateTime.of(2027, 7, 7, 9, 30),
                        Duration.ofHours(2),
                        null,
                        List.of()));
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError(name));
    }

    private static Map<String, VEvent> events(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(e -> value(e, "UID"), e -> e));
    }

    @Test
    void publishesANamedCalendar() throws Exception {
        String ics = ProgrammeCalendar.write("Programme Morlaix", items(), STAMP);
        Calendar calendar = parse(ics);
        assertThat(value(calendar, "PRODID")).isEqualTo(ProgrammeCalendar.PRODUCT);
        assertThat(value(calendar, "VERSION")).isEqualTo("2.0");
        assertThat(value(calendar, "METHOD")).isEqualTo("PUBLISH");
        assertThat(value(calendar, "CALSCALE")).isEqualTo("GREGORIAN");
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Programme Morlaix");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).hasSize(1);
    }

    @Test
    void eachEventHasItsUidStampAndSummary() throws Exception {
        Calendar calendar = parse(ProgrammeCalendar.write("Programme", items(), STAMP));
        Map<String, VEvent> events = events(calendar);
        assertThat(events)
                .containsOnlyKeys(
                        "programme-task-1@mutualis",
                        "programme-task-2@mutualis",
                        "programme-meeting-7@mutualis",
                        "programme-meeting-8@mutualis");
        for (VEvent event : events.values()) {
            assertThat(event.getDateStamp().orElseThrow().getDate()).isEqualTo(STAMP);
        }
        VEvent task = events.get("programme-task-1@mutualis");
        assertThat(value(task, "SUMMARY")).isEqualTo("Recenser les contrats, lot 1; assurance");
        assertThat(value(task, "DESCRIPTION")).isEqualTo(LONG + "\n\nhttps://mutualis.example/programme/tasks/1");
        assertThat(value(task, "URL")).isEqualTo("https://mutualis.example/programme/tasks/1");
        assertThat(value(task, "CATEGORIES")).isEqualTo("Étape 1,Phase 0");
        assertThat(value(task, "TRANSP")).isEqualTo("TRANSPARENT");
    }

    @Test
    void allDayEventsEndTheDayAfterTheirLastDay() throws Exception {
        Map<String, VEvent> events = events(parse(ProgrammeCalendar.write("Programme", items(), STAMP)));
        VEvent task = events.get("programme-task-1@mutualis");
        Temporal start = task.getStartDate().orElseThrow().getDate();
        Temporal end = task.getEndDate().orElseThrow().getDate();
        assertThat(start).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(end).isEqualTo(LocalDate.of(2027, 3, 6));
        assertThat(task.getStartDate()
                        .orElseThrow()
                        .getParameter("VALUE")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("DATE");
        VEvent milestone = events.get("programme-task-2@mutualis");
        assertThat((Temporal) milestone.getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat((Temporal) milestone.getEndDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2027, 4, 2));
        assertThat(milestone.getProperty("DESCRIPTION")).isEmpty();
        assertThat(value(milestone, "CATEGORIES")).isEqualTo("Jalon");
    }

    @Test
    void meetingsAreAtTheirTimeInParis() throws Exception {
        String ics = ProgrammeCalendar.write("Programme", items(), STAMP);
        Map<String, VEvent> events = events(parse(ics));
        VEvent winter = events.get("programme-meeting-7@mutualis");
        assertThat(winter.getStartDate()
                        .orElseThrow()
                        .getParameter("TZID")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Europe/Paris");
        ZonedDateTime start =
                (ZonedDateTime) winter.getStartDate().orElseThrow().getDate();
        ZonedDateTime end = (ZonedDateTime) winter.getEndDate().orElseThrow().getDate();
        assertThat(start.toInstant()).isEqualTo(Instant.parse("2027-03-10T13:00:00Z"));
        assertThat(end.toInstant()).isEqualTo(Instant.parse("2027-03-10T14:30:00Z"));
        VEvent summer = events.get("programme-meeting-8@mutualis");
        ZonedDateTime summerStart =
                (ZonedDateTime) summer.getStartDate().orElseThrow().getDate();
        assertThat(summerStart.toInstant()).isEqualTo(Instant.parse("2027-07-07T07:30:00Z"));
        assertThat(value(summer, "TRANSP")).isEqualTo("OPAQUE");
        assertThat(ics).contains("DTSTART;TZID=Europe/Paris:20270310T140000\r\n");
    }

    @Test
    void linesAreFoldedAt75OctetsAndEndInCrLf() {
        String ics = ProgrammeCalendar.write("Programme", items(), STAMP);
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).contains("\r\n ");
    }

    @Test
    void withoutMeetingsThereIsNoTimeZone() throws Exception {
        Calendar calendar = parse(ProgrammeCalendar.write("Programme", items().subList(0, 2), STAMP));
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).isEmpty();
        assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(2);
        Calendar empty = parse(ProgrammeCalendar.write("Programme", List.of(), STAMP));
        assertThat(empty.<VEvent>getComponents("VEVENT")).isEmpty();
    }

    @Test
    void anItemIsAllDayOrAMeeting() {
        assertThatThrownBy(() -> new CalendarItem(
                        "x",
                        "x",
                        null,
                        LocalDate.of(2027, 1, 1),
                        null,
                        LocalDateTime.of(2027, 1, 1, 9, 0),
                        Duration.ofHours(1),
                        null,
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CalendarItem.allDay(
                        "x", "x", null, LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 1), null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CalendarItem.meeting(
                        "x", "x", null, LocalDateTime.of(2027, 1, 1, 9, 0), Duration.ZERO, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
