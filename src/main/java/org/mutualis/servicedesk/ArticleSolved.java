package org.mutualis.servicedesk;

/** How many people said the article solved their problem, and whether the reader is one of them. */
public record ArticleSolved(long articleId, long count, boolean byReader) {}
