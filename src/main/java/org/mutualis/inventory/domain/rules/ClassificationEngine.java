package org.mutualis.inventory.domain.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.inventory.domain.OperatingSystem;
import org.mutualis.inventory.domain.Software;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;

/**
 * A rule set, compiled once, that classifies inventories.
 *
 * <p>{@link #of(List)} checks and compiles every rule (a pattern that does not compile, a result
 * that is not one of its kind's, a field its kind does not read, a version template naming a group
 * the pattern does not have: the whole set is refused, each wrong rule named by kind and position).
 * {@link #classify(InventoryReport)} then never throws: for each kind the enabled rules are tried
 * by position and the first that matches decides; nothing matching gives {@link DeviceType#UNKNOWN},
 * {@link OsFamily#OTHER} (or {@code UNKNOWN} without an operating system), {@link OfficeSuite#NONE}
 * (or {@code UNKNOWN} without any software). For office suites, every software name and every
 * licence name is classified on its own by the rules of its field; the suites found are kept once
 * each, software first.
 *
 * <p>The engine is immutable and safe to share between threads.
 */
public final class ClassificationEngine {

    /** Texts are matched on their first 500 characters at most. */
    public static final int MAX_TEXT = 500;

    private static final Pattern GROUP = Pattern.compile("\\$(\\d)");
    private static final Pattern ENTERPRISE = Pattern.compile(
            "enterprise|entreprise|education|éducation", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LTSC = Pattern.compile("\\blts[bc]\\b", Pattern.CASE_INSENSITIVE);

    private final List<Rule> rules;
    private final Map<RuleKind, List<Compiled>> byKind;

    private ClassificationEngine(List<Rule> rules, Map<RuleKind, List<Compiled>> byKind) {
        this.rules = rules;
        this.byKind = byKind;
    }

    /**
     * Checks and compiles a rule set.
     *
     * @throws RejectedException listing a problem per wrong rule (field {@code pattern}, {@code
     *     result}, {@code field} or {@code version}, message naming the rule's kind and position)
     */
    public static ClassificationEngine of(List<Rule> rules) {
        List<Problem> problems = new ArrayList<>();
        Map<RuleKind, List<Compiled>> byKind = new EnumMap<>(RuleKind.class);
        for (RuleKind kind : RuleKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        List<Rule> sorted = rules.stream()
                .sorted(Comparator.comparingInt(Rule::position).thenComparingLong(Rule::id))
                .toList();
        for (Rule rule : sorted) {
            Optional<Problem> problem = check(rule);
            if (problem.isPresent()) {
                problems.add(problem.get());
            } else if (rule.enabled()) {
                byKind.get(rule.kind()).add(new Compiled(rule, compile(rule.pattern())));
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems, "inventory.rules.invalid");
        }
        byKind.replaceAll((k, v) -> List.copyOf(v));
        return new ClassificationEngine(sorted, byKind);
    }

    /** Checks one rule: the problem that refuses it, if any. */
    public static Optional<Problem> check(Rule rule) {
        String named = rule.kind().name() + " " + rule.position();
        Pattern pattern;
        try {
            pattern = compile(rule.pattern());
        } catch (PatternSyntaxException e) {
            return Optional.of(
                    Problem.of("pattern", "inventory.rules.pattern.invalid", named, e.getDescription(), e.getIndex()));
        }
        if (rule.pattern().isBlank()) {
            return Optional.of(Problem.of("pattern", "inventory.rules.pattern.blank", named));
        }
        if (!rule.kind().fields().contains(rule.field())) {
            return Optional.of(Problem.of(
                    "field",
                    "inventory.rules.field.invalid",
                    named,
                    rule.field().name()));
        }
        if (!rule.kind().accepts(rule.result())) {
            return Optional.of(Problem.of("result", "inventory.rules.result.invalid", named, rule.result()));
        }
        String version = rule.version();
        if (version != null) {
            int groups = pattern.matcher("").groupCount();
            Matcher m = GROUP.matcher(version);
            while (m.find()) {
                int group = Integer.parseInt(m.group(1));
                if (group > groups) {
                    return Optional.of(Problem.of("version", "inventory.rules.version.group", named, group, groups));
                }
            }
        }
        return Optional.empty();
    }

    private static Pattern compile(String pattern) {
        return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The rules of this set, by position (the disabled ones too). */
    public List<Rule> rules() {
        return rules;
    }

    /** Classifies one inventory; never throws. */
    public Classification classify(InventoryReport report) {
        return new Classification(deviceType(report), isVirtual(report.virtualSystem()), os(report), office(report));
    }

    /** Whether the agent's {@code vmsystem} says a virtual machine: neither blank nor “Physical”. */
    public static boolean isVirtual(@Nullable String virtualSystem) {
        return virtualSystem != null
                && !virtualSystem.isBlank()
                && !virtualSystem.strip().equalsIgnoreCase("physical");
    }

    /**
     * The rule of {@code kind} that classifies one text read from {@code field} (the “try it” box):
     * the first enabled rule of that kind and field that matches, with what it gives.
     */
    public Optional<Trial> tryText(RuleKind kind, RuleField field, String text) {
        String prepared = prepare(field, text);
        for (Compiled c : byKind.get(kind)) {
            if (c.rule().field() == field) {
                Matcher m = c.pattern().matcher(prepared);
                if (m.find()) {
                    return Optional.of(
                            new Trial(c.rule(), prepared, expand(c.rule().version(), m)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What a rule gives for a text it matched.
     *
     * @param rule the rule that matched
     * @param text the text as matched (the chassis normalised)
     * @param version the version label it gives, its template filled; null for none
     */
    public record Trial(Rule rule, String text, @Nullable String version) {}

    private DeviceFinding deviceType(InventoryReport report) {
        Map<RuleField, String> texts = new EnumMap<>(RuleField.class);
        put(texts, RuleField.CHASSIS, report.chassis());
        put(texts, RuleField.MANUFACTURER_MODEL, joined(" ", report.manufacturer(), report.model()));
        put(texts, RuleField.OS_NAME, osName(report.operatingSystem()));
        put(texts, RuleField.OS_BUILD, osBuild(report.operatingSystem()));
        Hit hit = first(RuleKind.DEVICE_TYPE, texts);
        if (hit == null) {
            return new DeviceFinding(DeviceType.UNKNOWN, null);
        }
        return new DeviceFinding(DeviceType.valueOf(hit.compiled().rule().result()), hit.matched());
    }

    private OsFinding os(InventoryReport report) {
        OperatingSystem os = report.operatingSystem();
        String name = osName(os);
        if (os == null || name == null) {
            return new OsFinding(OsFamily.UNKNOWN, null, null, null, null);
        }
        Map<RuleField, String> texts = new EnumMap<>(RuleField.class);
        put(texts, RuleField.OS_NAME, name);
        put(texts, RuleField.OS_BUILD, osBuild(os));
        Hit hit = first(RuleKind.OS, texts);
        String edition = edition(os.fullName());
        if (hit == null) {
            return new OsFinding(OsFamily.OTHER, null, null, edition, null);
        }
        Rule rule = hit.compiled().rule();
        return new OsFinding(
                OsFamily.valueOf(rule.result()),
                rule.product(),
                expand(rule.version(), hit.matcher()),
                edition,
                hit.matched());
    }

    private static @Nullable String edition(@Nullable String fullName) {
        if (fullName == null) {
            return null;
        }
        String text = cut(fullName);
        if (LTSC.matcher(text).find()) {
            return "ltsc";
        }
        if (ENTERPRISE.matcher(text).find()) {
            return "enterprise";
        }
        return null;
    }

    private List<OfficeFinding> office(InventoryReport report) {
        if (report.software().isEmpty() && report.licences().isEmpty()) {
            return List.of(new OfficeFinding(OfficeSuite.UNKNOWN, null, null, null));
        }
        Map<String, OfficeFinding> found = new LinkedHashMap<>();
        for (Software software : report.software()) {
            officeOf(RuleField.SOFTWARE_NAME, software.name(), found);
        }
        for (String licence : report.licences()) {
            officeOf(RuleField.LICENCE_NAME, licence, found);
        }
        if (found.isEmpty()) {
            return List.of(new OfficeFinding(OfficeSuite.NONE, null, null, null));
        }
        return List.copyOf(found.values());
    }

    private void officeOf(RuleField field, @Nullable String name, Map<String, OfficeFinding> found) {
        if (name == null || name.isBlank()) {
            return;
        }
        Hit hit = first(RuleKind.OFFICE, Map.of(field, prepare(field, name)));
        if (hit == null) {
            return;
        }
        Rule rule = hit.compiled().rule();
        OfficeSuite suite = OfficeSuite.valueOf(rule.result());
        if (suite == OfficeSuite.NONE || suite == OfficeSuite.UNKNOWN) {
            return;
        }
        String version = expand(rule.version(), hit.matcher());
        found.putIfAbsent(suite + "|" + version, new OfficeFinding(suite, rule.product(), version, hit.matched()));
    }

    private @Nullable Hit first(RuleKind kind, Map<RuleField, String> texts) {
        for (Compiled c : byKind.get(kind)) {
            String text = texts.get(c.rule().field());
            if (text == null) {
                continue;
            }
            Matcher m = c.pattern().matcher(text);
            if (m.find()) {
                Rule r = c.rule();
                return new Hit(c, m, new MatchedRule(r.id(), r.position(), r.field(), r.pattern(), text));
            }
        }
        return null;
    }

    private static void put(Map<RuleField, String> texts, RuleField field, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            texts.put(field, prepare(field, value));
        }
    }

    /** A text as the rules of {@code field} read it: cut to {@link #MAX_TEXT}; the chassis normalised. */
    public static String prepare(RuleField field, String text) {
        String cut = cut(text);
        if (field == RuleField.CHASSIS) {
            StringBuilder b = new StringBuilder(cut.length());
            cut.toLowerCase(Locale.ROOT)
                    .codePoints()
                    .filter(Character::isLetterOrDigit)
                    .forEach(b::appendCodePoint);
            return b.toString();
        }
        return cut;
    }

    private static String cut(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    private static @Nullable String osName(@Nullable OperatingSystem os) {
        if (os == null) {
            return null;
        }
        if (blank(os.name()) && blank(os.fullName()) && blank(os.version())) {
            return null;
        }
        return String.join(" | ", orEmpty(os.name()), orEmpty(os.fullName()), orEmpty(os.version()));
    }

    private static @Nullable String osBuild(@Nullable OperatingSystem os) {
        if (os == null || blank(os.kernelVersion())) {
            return null;
        }
        String name = blank(os.name()) ? orEmpty(os.fullName()) : orEmpty(os.name());
        return name + " | " + orEmpty(os.kernelVersion());
    }

    private static @Nullable String joined(String separator, @Nullable String a, @Nullable String b) {
        if (blank(a) && blank(b)) {
            return null;
        }
        return (orEmpty(a) + separator + orEmpty(b)).strip();
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    private static @Nullable String expand(@Nullable String template, Matcher m) {
        if (template == null || template.isBlank()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        Matcher g = GROUP.matcher(template);
        int last = 0;
        while (g.find()) {
            b.append(template, last, g.start());
            int group = Integer.parseInt(g.group(1));
            if (group <= m.groupCount() && m.group(group) != null) {
                b.append(m.group(group));
            }
            last = g.end();
        }
        b.append(template.substring(last));
        String label = b.toString().strip();
        return label.isEmpty() ? null : label;
    }

    private record Compiled(Rule rule, Pattern pattern) {}

    private record Hit(Compiled compiled, Matcher matcher, MatchedRule matched) {}
}
