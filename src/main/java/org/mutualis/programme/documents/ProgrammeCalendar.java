package org.mutualis.programme.documents;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The programme as an iCalendar feed (RFC 5545, {@code text/calendar}) that Thunderbird, Outlook or a phone
 * subscribe to: {@code PRODID}, {@code VERSION:2.0}, {@code CALSCALE:GREGORIAN}, {@code METHOD:PUBLISH}, the
 * calendar's name ({@code X-WR-CALNAME}), a refresh hint of an hour ({@code REFRESH-INTERVAL}, {@code
 * X-PUBLISHED-TTL}), the {@code VTIMEZONE} of Europe/Paris when a meeting needs it, then one {@code VEVENT} per
 * {@link CalendarItem} with its {@code UID}, {@code DTSTAMP}, {@code SUMMARY}, dates ({@code VALUE=DATE} and an
 * exclusive {@code DTEND} for all-day events; {@code TZID=Europe/Paris} for meetings), {@code DESCRIPTION}
 * (followed by the link, which Outlook does not show otherwise), {@code URL} and {@code CATEGORIES}. Lines are
 * folded at 75 octets (not inside a character) and end in CRLF.
 */
public final class ProgrammeCalendar {

    /** The time zone of meetings. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** The product id of the feed. */
    public static final String PRODUCT = "-//Mutualis//Programme de mutualisation//FR";

    private static final int LINE_OCTETS = 75;
    private static final int UNFOLDED = 1_000_000;

    private ProgrammeCalendar() {}

    /**
     * The feed.
     *
     * @param name the calendar's name, as subscribers list it
     * @param items its events, in any order
     * @param stamp when the feed is written (from the Clock bean): every event's {@code DTSTAMP}
     */
    public static String write(String name, List<CalendarItem> items, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", PARIS.getId()));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), Duration.ofHours(1)));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        if (items.stream().anyMatch(item -> item.startTime() != null)) {
            TimeZone paris =
                    TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(PARIS.getId());
            calendar.add(paris.getVTimeZone());
        }
        DtStamp dtStamp = new DtStamp(stamp);
        for (CalendarItem item : items) {
            calendar.add(event(item, dtStamp));
        }
        StringWriter out = new StringWriter(512 + items.size() * 400);
        try {
            new CalendarOutputter(false, UNFOLDED).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Cannot write the programme calendar", e);
        }
        return fold(out.toString());
    }

    /** Lines cut at 75 octets (RFC 5545 §3.1; ical4j counts characters), never inside a character. */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 40);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int c = line.codePointAt(i);
                int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
                if (octets + size > LINE_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(c);
                octets += size;
                i += Character.charCount(c);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }

    private static VEvent event(CalendarItem item, DtStamp stamp) {
        VEvent event = new VEvent(false);
        event.add(new Uid(item.uid()));
        event.add(stamp);
        LocalDate startDay = item.startDay();
        LocalDateTime startTime = item.startTime();
        Duration duration = item.duration();
        if (startDay != null) {
            LocalDate last = item.endDay() == null ? startDay : item.endDay();
            event.add(new DtStart<>(startDay));
            event.add(new DtEnd<>(last.plusDays(1)));
            event.add(ImmutableTransp.TRANSPARENT);
        } else if (startTime != null && duration != null) {
            ZonedDateTime start = startTime.atZone(PARIS);
            event.add(new DtStart<>(start));
            event.add(new DtEnd<>(start.plus(duration)));
            event.add(ImmutableTransp.OPAQUE);
        }
        event.add(new Summary(item.summary()));
        URI url = item.url();
        String description = item.description();
        if (description != null || url != null) {
            String text = description == null ? "" : description;
            if (url != null) {
                text = text.isEmpty() ? url.toString() : text + "\n\n" + url;
            }
            event.add(new Description(text));
        }
        if (url != null) {
            event.add(new Url(url));
        }
        if (!item.categories().isEmpty()) {
            event.add(new Categories(new TextList(item.categories())));
        }
        return event;
    }
}
