package org.mutualis.shared;

/** What a collectivité is: a commune, the EPCI administration itself, or another body. */
public enum CollectivityKind {
    COMMUNE,
    EPCI,
    OTHER;

    public static CollectivityKind parse(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "commune" -> COMMUNE;
            case "epci" -> EPCI;
            case "other", "autre" -> OTHER;
            default -> throw new IllegalArgumentException(text);
        };
    }
}
