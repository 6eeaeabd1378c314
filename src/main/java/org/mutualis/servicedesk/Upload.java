package org.mutualis.servicedesk;

/** A file someone attaches to a ticket (web form, API or e-mail), before its type is sniffed. */
public record Upload(String filename, byte[] content) {}
