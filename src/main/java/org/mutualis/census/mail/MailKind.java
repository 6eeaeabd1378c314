package org.mutualis.census.mail;

/** The census e-mails a territory may word its own way. */
public enum MailKind {
    INVITATION,
    REMINDER;

    /** The kind in a URL: {@code invitation}, {@code reminder}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
