/**
 * Tickets by e-mail: the service centre's mailbox read over IMAP ({@link
 * org.mutualis.servicedesk.mail.MailboxReader}, scheduled by {@link
 * org.mutualis.servicedesk.mail.MailboxSchedule} when {@code mutualis.servicedesk.mail.enabled}),
 * each message parsed ({@link org.mutualis.servicedesk.mail.MailParser}: sender, subject, text with
 * HTML turned into text and earlier replies trimmed, attachments) and taken in ({@link
 * org.mutualis.servicedesk.mail.MailDispatcher}): a new ticket from a known correspondent, a
 * follow-up when the subject names a ticket ({@code [#id]}), or a recorded refusal. See
 * docs/servicedesk-mail.md.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.servicedesk.mail;
