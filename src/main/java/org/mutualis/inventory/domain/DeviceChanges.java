package org.mutualis.inventory.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** What changed from one state of a device to the next, section by section. */
public final class DeviceChanges {

    private DeviceChanges() {}

    public static List<DeviceChange> between(InventoryReport before, InventoryReport after) {
        List<DeviceChange> changes = new ArrayList<>();
        InventorySection hw = InventorySection.HARDWARE;
        field(changes, hw, "name", before.name(), after.name());
        field(changes, hw, "serial", before.serial(), after.serial());
        field(changes, hw, "manufacturer", before.manufacturer(), after.manufacturer());
        field(changes, hw, "model", before.model(), after.model());
        field(changes, hw, "chassis", before.chassis(), after.chassis());
        field(changes, hw, "virtualSystem", before.virtualSystem(), after.virtualSystem());
        field(changes, hw, "memoryMb", text(before.memoryMb()), text(after.memoryMb()));
        field(changes, hw, "biosDate", text(before.biosDate()), text(after.biosDate()));
        field(changes, hw, "purchaseDate", text(before.purchaseDate()), text(after.purchaseDate()));
        OperatingSystem a = before.operatingSystem();
        OperatingSystem b = after.operatingSystem();
        InventorySection os = InventorySection.OPERATING_SYSTEM;
        field(changes, os, "os.name", a == null ? null : a.name(), b == null ? null : b.name());
        field(changes, os, "os.fullName", a == null ? null : a.fullName(), b == null ? null : b.fullName());
        field(changes, os, "os.version", a == null ? null : a.version(), b == null ? null : b.version());
        field(
                changes,
                os,
                "os.kernelVersion",
                a == null ? null : a.kernelVersion(),
                b == null ? null : b.kernelVersion());
        field(changes, os, "os.servicePack", a == null ? null : a.servicePack(), b == null ? null : b.servicePack());
        items(
                changes,
                InventorySection.SOFTWARE,
                before.software(),
                after.software(),
                Software::name,
                s -> s.version());
        items(
                changes,
                InventorySection.MONITORS,
                before.monitors(),
                after.monitors(),
                m -> Objects.toString(m.manufacturer(), "") + " " + Objects.toString(m.caption(), "") + " "
                        + Objects.toString(m.serial(), ""),
                m -> null);
        return changes;
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    private static void field(
            List<DeviceChange> changes,
            InventorySection section,
            String subject,
            @Nullable String before,
            @Nullable String after) {
        if (Objects.equals(before, after)) {
            return;
        }
        DeviceChange.Kind kind = before == null
                ? DeviceChange.Kind.ADDED
                : after == null ? DeviceChange.Kind.REMOVED : DeviceChange.Kind.CHANGED;
        changes.add(new DeviceChange(section, kind, subject, before, after));
    }

    private static <T> void items(
            List<DeviceChange> changes,
            InventorySection section,
            List<T> before,
            List<T> after,
            Function<T, String> key,
            Function<T, @Nullable String> version) {
        Map<String, @Nullable String> was = index(before, key, version);
        Map<String, @Nullable String> is = index(after, key, version);
        for (var e : is.entrySet()) {
            if (!was.containsKey(e.getKey())) {
                changes.add(new DeviceChange(
                        section, DeviceChange.Kind.ADDED, e.getKey().strip(), null, e.getValue()));
            } else if (!Objects.equals(was.get(e.getKey()), e.getValue())) {
                changes.add(new DeviceChange(
                        section, DeviceChange.Kind.CHANGED, e.getKey().strip(), was.get(e.getKey()), e.getValue()));
            }
        }
        for (var e : was.entrySet()) {
            if (!is.containsKey(e.getKey())) {
                changes.add(new DeviceChange(
                        section, DeviceChange.Kind.REMOVED, e.getKey().strip(), e.getValue(), null));
            }
        }
    }

    private static <T> Map<String, @Nullable String> index(
            List<T> items, Function<T, String> key, Function<T, @Nullable String> version) {
        Map<String, @Nullable String> map = new LinkedHashMap<>();
        for (T item : items) {
            String k = key.apply(item);
            String v = version.apply(item);
            // Several versions of one software side by side: keep them together, in order.
            if (!map.containsKey(k)) {
                map.put(k, v);
            } else if (v != null) {
                String x = map.get(k);
                map.put(k, x == null ? v : x + ", " + v);
            }
        }
        return map;
    }
}
