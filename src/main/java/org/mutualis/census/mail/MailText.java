package org.mutualis.census.mail;

/** A plain-text e-mail, ready to send. */
public record MailText(String subject, String body) {}
