package org.mutualis.inventory.domain.rules;

import java.util.Set;

/** What a rule decides, and which fields of an inventory it may read. */
public enum RuleKind {
    /** The device type ({@link DeviceType}). */
    DEVICE_TYPE(Set.of(RuleField.CHASSIS, RuleField.MANUFACTURER_MODEL, RuleField.OS_NAME, RuleField.OS_BUILD)),
    /** The operating system ({@link OsFamily}, a product key, a version label). */
    OS(Set.of(RuleField.OS_NAME, RuleField.OS_BUILD)),
    /** An office suite ({@link OfficeSuite}, a product key, a version label). */
    OFFICE(Set.of(RuleField.SOFTWARE_NAME, RuleField.LICENCE_NAME));

    private final Set<RuleField> fields;

    RuleKind(Set<RuleField> fields) {
        this.fields = fields;
    }

    /** The fields a rule of this kind may match. */
    public Set<RuleField> fields() {
        return fields;
    }

    /** Whether {@code result} names one of this kind's results ({@code DESKTOP}, {@code WINDOWS}…). */
    public boolean accepts(String result) {
        return switch (this) {
            case DEVICE_TYPE -> isName(DeviceType.class, result);
            case OS -> isName(OsFamily.class, result);
            case OFFICE -> isName(OfficeSuite.class, result);
        };
    }

    /** The results a rule of this kind may give, for a form's choices. */
    public java.util.List<String> results() {
        Class<? extends Enum<?>> type = switch (this) {
            case DEVICE_TYPE -> DeviceType.class;
            case OS -> OsFamily.class;
            case OFFICE -> OfficeSuite.class;
        };
        return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static <E extends Enum<E>> boolean isName(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
