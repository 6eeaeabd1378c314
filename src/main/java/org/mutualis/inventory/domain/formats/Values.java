package org.mutualis.inventory.domain.formats;

import org.jspecify.annotations.Nullable;

/**
 * The bounds every value read from an agent or an export keeps: texts trimmed, blank ones absent,
 * long ones cut (never a refusal: an agent's 300-character software name is still a software),
 * lists cut at a size no real computer reaches.
 */
final class Values {

    /** Characters of any text kept (a name, a serial, a version). */
    static final int MAX_TEXT = 255;

    /** Software entries kept of one inventory (a big Windows machine lists a few thousand). */
    static final int MAX_SOFTWARE = 20_000;

    /** Screens, licences kept of one inventory. */
    static final int MAX_MONITORS = 64;

    static final int MAX_LICENCES = 512;

    private Values() {}

    /** The text trimmed, without control characters, cut to {@link #MAX_TEXT}; null when blank. */
    static @Nullable String clean(@Nullable String raw) {
        return clean(raw, MAX_TEXT);
    }

    static @Nullable String clean(@Nullable String raw, int max) {
        if (raw == null) {
            return null;
        }
        StringBuilder kept = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\t';
            if (control && kept == null) {
                kept = new StringBuilder(raw.length()).append(raw, 0, i);
            }
            if (kept != null) {
                kept.append(control ? ' ' : c);
            }
        }
        String text = (kept == null ? raw : kept.toString()).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > max) {
            int end = max;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            text = text.substring(0, end).strip();
        }
        return text;
    }

    /** A count in megabytes or so: digits, maybe with a unit or decimals after them; null otherwise. */
    static @Nullable Integer integer(@Nullable String raw) {
        String text = clean(raw);
        if (text == null) {
            return null;
        }
        int end = 0;
        while (end < text.length() && end < 9 && Character.isDigit(text.charAt(end))) {
            end++;
        }
        if (end == 0 || end < text.length() && Character.isDigit(text.charAt(end))) {
            return null;
        }
        return Integer.valueOf(text.substring(0, end));
    }
}
