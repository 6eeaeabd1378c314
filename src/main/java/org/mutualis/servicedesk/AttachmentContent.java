package org.mutualis.servicedesk;

/** An attachment's bytes, to download with its sniffed type. */
public record AttachmentContent(String filename, String mediaType, byte[] content) {}
