/**
 * The census module's e-mails: invitations and reminders, composed as French plain text and sent
 * through the configured SMTP server ({@code spring.mail.*}, {@code mutualis.mail.from}).
 * Internal to the census module.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.census.mail;
