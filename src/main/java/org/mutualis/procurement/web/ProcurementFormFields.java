package org.mutualis.procurement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.procurement.ProcurementForm;
import org.mutualis.procurement.ProcurementView;
import org.mutualis.procurement.domain.AwardProcedure;
import org.mutualis.procurement.domain.ExecutionMode;
import org.mutualis.procurement.domain.Milestones;
import org.mutualis.procurement.domain.ProcedureKind;
import org.mutualis.procurement.domain.ThresholdKind;
import org.mutualis.procurement.domain.Violation;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.CollectivityView;

/**
 * The procurement form's fields as typed: what the page shows back when a save is refused, and
 * their conversion to a {@link ProcurementForm} with a French message for each unreadable value.
 * Lots are {@code lotTitle.N}/{@code lotAmount.N}; a member is {@code member.ID} checked, with
 * {@code contractEndsOn.ID}, {@code joinedOn.ID} and {@code deliberationOn.ID}.
 */
final class ProcurementFormFields {

    static final String[] DATES = {
        "needsCensusOn", "specificationsOn", "publicationOn", "awardOn", "notificationOn", "startOn", "endOn"
    };
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ProcurementFormFields() {}

    record Parsed(ProcurementForm form, List<Violation> problems) {}

    /** How many lot rows the form shows: those typed plus two empty ones. */
    static int lotRows(Map<String, String> values) {
        int last = 0;
        for (String key : values.keySet()) {
            if (key.startsWith("lotTitle.") || key.startsWith("lotAmount.")) {
                try {
                    last = Math.max(last, Integer.parseInt(key.substring(key.indexOf('.') + 1)));
                } catch (NumberFormatException e) {
                    // not a lot row
                }
            }
        }
        return Math.max(3, last + 2);
    }

    static Parsed parse(long territoryId, Map<String, String> v, List<CollectivityView> collectivities) {
        List<Violation> problems = new ArrayList<>();
        List<ProcurementForm.LotLine> lots = new ArrayList<>();
        int rows = lotRows(v);
        for (int i = 1; i <= rows; i++) {
            String title = text(v, "lotTitle." + i);
            String amount = text(v, "lotAmount." + i);
            if (title == null && amount == null) {
                continue;
            }
            lots.add(new ProcurementForm.LotLine(
                    title,
                    number(amount, Text.of("procurement.field.lotAmount", String.valueOf(lots.size() + 1)), problems)));
        }
        List<ProcurementForm.MemberLine> members = new ArrayList<>();
        for (CollectivityView c : collectivities) {
            if (text(v, "member." + c.id()) != null) {
                members.add(new ProcurementForm.MemberLine(
                        c.id(),
                        date(
                                v,
                                "contractEndsOn." + c.id(),
                                Text.of("procurement.field.contractEnds", c.name()),
                                problems),
                        date(v, "joinedOn." + c.id(), Text.of("procurement.field.joined", c.name()), problems),
                        date(
                                v,
                                "deliberationOn." + c.id(),
                                Text.of("procurement.field.deliberation", c.name()),
                                problems)));
            }
        }
        Milestones milestones = new Milestones(
                date(v, "needsCensusOn", Text.of("procurements.milestone.needsCensusOn"), problems),
                date(v, "specificationsOn", Text.of("procurements.milestone.specificationsOn"), problems),
                date(v, "publicationOn", Text.of("procurements.milestone.publicationOn"), problems),
                date(v, "awardOn", Text.of("procurements.milestone.awardOn"), problems),
                date(v, "notificationOn", Text.of("procurements.milestone.notificationOn"), problems),
                date(v, "startOn", Text.of("procurements.milestone.startOn"), problems),
                date(v, "endOn", Text.of("procurements.milestone.endOn"), problems));
        BigDecimal maximum = number(text(v, "maximumAmountHt"), Text.of("procurement.field.maximum"), problems);
        BigDecimal months = number(text(v, "durationMonths"), Text.of("procurement.field.duration"), problems);
        Integer duration = null;
        if (months != null) {
            try {
                duration = months.intValueExact();
            } catch (ArithmeticException e) {
                problems.add(Violation.of("input.duration.whole", "procurement.input.duration.whole"));
            }
        }
        ProcurementForm form = new ProcurementForm(
                territoryId,
                v.getOrDefault("subject", ""),
                text(v, "theme"),
                constant(ThresholdKind.class, text(v, "thresholdKind")),
                constant(ProcedureKind.class, text(v, "procedureKind")),
                id(text(v, "coordinatorId")),
                date(v, "conventionSignedOn", Text.of("procurement.field.convention"), problems),
                text(v, "permanentGroup") != null,
                text(v, "multiHolder") != null,
                maximum,
                duration,
                constant(ExecutionMode.class, text(v, "executionMode")),
                text(v, "centralBody"),
                constant(AwardProcedure.class, text(v, "awardProcedure")),
                milestones,
                lots,
                members);
        return new Parsed(form, problems);
    }

    /** A stored procurement as the form's fields. */
    static Map<String, String> of(ProcurementView p) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("subject", p.subject());
        v.put("theme", p.theme());
        v.put("thresholdKind", p.thresholdKind().name());
        v.put("procedureKind", p.procedureKind().name());
        put(v, "coordinatorId", p.coordinatorId());
        put(v, "conventionSignedOn", p.conventionSignedOn());
        if (p.permanentGroup()) {
            v.put("permanentGroup", "true");
        }
        if (p.multiHolder()) {
            v.put("multiHolder", "true");
        }
        put(v, "maximumAmountHt", p.maximumAmountHt() == null ? null : plain(p.maximumAmountHt()));
        put(v, "durationMonths", p.durationMonths());
        put(
                v,
                "executionMode",
                p.executionMode() == null ? null : p.executionMode().name());
        put(v, "centralBody", p.centralBody());
        put(
                v,
                "awardProcedure",
                p.awardProcedure() == null ? null : p.awardProcedure().name());
        Milestones m = p.milestones();
        LocalDate[] dates = {
            m.needsCensusOn(),
            m.specificationsOn(),
            m.publicationOn(),
            m.awardOn(),
            m.notificationOn(),
            m.startOn(),
            m.endOn()
        };
        for (int i = 0; i < DATES.length; i++) {
            put(v, DATES[i], dates[i]);
        }
        for (ProcurementView.LotView lot : p.lots()) {
            v.put("lotTitle." + lot.number(), lot.title());
            v.put("lotAmount." + lot.number(), plain(lot.estimatedAmountHt()));
        }
        for (ProcurementView.MemberView member : p.members()) {
            v.put("member." + member.collectivityId(), "on");
            put(v, "contractEndsOn." + member.collectivityId(), member.contractEndsOn());
            put(v, "joinedOn." + member.collectivityId(), member.joinedOn());
            put(v, "deliberationOn." + member.collectivityId(), member.deliberationOn());
        }
        v.put("version", String.valueOf(p.version()));
        return v;
    }

    /** 90000.00 shows as 90000, 1234.50 as 1234.5. */
    static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private static void put(Map<String, String> v, String key, @Nullable Object value) {
        if (value != null) {
            v.put(key, value.toString());
        }
    }

    static @Nullable String text(Map<String, String> v, String key) {
        String value = v.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable Long id(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static <E extends Enum<E>> @Nullable E constant(Class<E> type, @Nullable String name) {
        if (name == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** A French or plain decimal: spaces as thousands separators, a comma or a point for decimals. */
    static @Nullable BigDecimal number(@Nullable String text, Text field, List<Violation> problems) {
        if (text == null) {
            return null;
        }
        String plain =
                text.replaceAll("[\\s\\u00a0\\u202f€]", "").replace("HT", "").replace(',', '.');
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            problems.add(Violation.of("input.number", "procurement.input.number", field, text));
            return null;
        }
    }

    static @Nullable LocalDate date(Map<String, String> v, String key, Text field, List<Violation> problems) {
        String text = text(v, key);
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, FRENCH) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(Violation.of("input.date", "procurement.input.date", field, text));
            return null;
        }
    }
}
