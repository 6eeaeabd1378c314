package org.mutualis.inventory.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.inventory.domain.OperatingSystem;

class ClassificationPropertiesTests {

    private static final ClassificationEngine DEFAULTS = ClassificationEngine.of(DefaultRules.all());

    @Property
    void classificationNeverThrowsForAnyStrings(@ForAll("reports") InventoryReport report) {
        Classification c = DEFAULTS.classify(report);
        assertThat(c.office()).isNotEmpty();
        assertThat(c.device().type()).isNotNull();
    }

    @Property
    void theFirstMatchingRuleByPositionWins(
            @ForAll("chassisWords") String chassis, @ForAll @IntRange(min = 1, max = 5) int rules) {
        // Every rule matches everything: the smallest position decides, whatever the list's order.
        List<Rule> set = new ArrayList<>();
        DeviceType[] types = DeviceType.values();
        for (int i = 0; i < rules; i++) {
            set.add(new Rule(
                    i + 1,
                    RuleKind.DEVICE_TYPE,
                    100 - i * 10,
                    RuleField.CHASSIS,
                    ".*",
                    types[i].name(),
                    null,
                    null,
                    true));
        }
        java.util.Collections.shuffle(set);
        DeviceFinding device = ClassificationEngine.of(set)
                .classify(Reports.withChassis(chassis))
                .device();
        assertThat(device.rule().position()).isEqualTo(100 - (rules - 1) * 10);
        assertThat(device.type()).isEqualTo(types[rules - 1]);
    }

    @Property
    void disablingARuleNeverChangesDevicesItDidNotMatch(
            @ForAll("reports") InventoryReport report, @ForAll @IntRange(min = 0, max = 200) int index) {
        List<Rule> all = DefaultRules.all();
        int i = index % all.size();
        Classification before = DEFAULTS.classify(report);
        List<Rule> changed = new ArrayList<>(all);
        Rule disabled = changed.get(i);
        changed.set(i, disabled.withEnabled(false));
        Classification after = ClassificationEngine.of(changed).classify(report);
        boolean decided = decidedBy(before, disabled);
        if (!decided) {
            assertThat(after).isEqualTo(before);
        }
    }

    private static boolean decidedBy(Classification c, Rule rule) {
        List<MatchedRule> matched = new ArrayList<>();
        if (c.device().rule() != null) {
            matched.add(c.device().rule());
        }
        if (c.os().rule() != null) {
            matched.add(c.os().rule());
        }
        c.office().stream().filter(o -> o.rule() != null).forEach(o -> matched.add(o.rule()));
        // An office rule may match a software whose finding another suite's hides: an office rule
        // that matches any of the report's names counts as deciding.
        boolean officeMatch = rule.kind() == RuleKind.OFFICE;
        return officeMatch
                || matched.stream()
                        .anyMatch(m ->
                                m.position() == rule.position() && m.pattern().equals(rule.pattern()));
    }

    @Provide
    Arbitrary<String> chassisWords() {
        return Arbitraries.of("Desktop", "Notebook", "Docking Station", "Other", "Rack Mount Chassis", "zz");
    }

    @Provide
    Arbitrary<InventoryReport> reports() {
        Arbitrary<String> text = Arbitraries.oneOf(
                        Arbitraries.strings().ofMaxLength(40),
                        Arbitraries.of(
                                "Windows",
                                "Microsoft Windows 10 Professionnel",
                                "10.0.19045",
                                "6.1.7601",
                                "Debian GNU/Linux 12 (bookworm)",
                                "HP t640 Thin Client",
                                "Notebook",
                                "Docking Station",
                                "Main Server Chassis",
                                "Microsoft Office Professionnel Plus 2016",
                                "LibreOffice 7.6",
                                "Microsoft 365 Apps",
                                "$1 \\ (("),
                        Arbitraries.strings().ofLength(700))
                .injectNull(0.2);
        Arbitrary<OperatingSystem> os = Combinators.combine(text, text, text, text)
                .as((a, b, c, d) -> new OperatingSystem(a, b, c, null, d, null, null, null))
                .injectNull(0.2);
        Arbitrary<List<String>> names = Arbitraries.oneOf(
                        Arbitraries.strings().ofMaxLength(30),
                        Arbitraries.of(
                                "Microsoft Office Standard 2010",
                                "Office 16 Click-to-Run Licensing Component",
                                "OpenOffice 4.1"))
                .list()
                .ofMaxSize(4);
        return Combinators.combine(text, text, text, text, os, names, names)
                .as((manufacturer, model, chassis, vm, system, software, licences) ->
                        Reports.computer(manufacturer, model, chassis, vm, system, software, licences));
    }
}
