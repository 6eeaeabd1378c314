package org.mutualis.programme.domain;

/**
 * The study's three phases, which every action runs through in order: « Phase 0 Lancement »,
 * « Phase 1 Cahier des charges et mise en œuvre », « Phase 2 Communication et Informations ».
 */
public enum Phase {
    LAUNCH,
    SPECIFICATIONS,
    COMMUNICATION;

    /** 0, 1 or 2, as the study numbers them. */
    public int number() {
        return ordinal();
    }

    /** @throws IllegalArgumentException for a number other than 0, 1 or 2 */
    public static Phase of(int number) {
        if (number < 0 || number >= values().length) {
            throw new IllegalArgumentException("phase " + number);
        }
        return values()[number];
    }
}
