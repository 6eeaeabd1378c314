package org.mutualis.savings.domain;

/** The theme of a priced item, as the study groups its offers. */
public enum ItemTheme {
    TELECOM,
    PRINTING,
    HARDWARE,
    SOFTWARE,
    SERVICES
}
