/**
 * The knowledge base's plain-Java core: French text analysis for the search (accents, case, stop
 * words, plurals and feminine folded: {@link org.mutualis.servicedesk.domain.kb.FrenchAnalyzer}) and
 * Markdown rendered to sanitized HTML ({@link org.mutualis.servicedesk.domain.kb.SafeMarkdown},
 * commonmark then jsoup's Safelist). No Spring, no SQL.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.servicedesk.domain.kb;
