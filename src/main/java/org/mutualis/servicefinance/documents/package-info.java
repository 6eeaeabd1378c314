/**
 * The annual statements as documents (état annuel des recours au service, CGCT art. D5211-16): one
 * collectivité's statement as an ODS workbook ({@link org.mutualis.servicefinance.documents.StatementOds})
 * and as a PDF for its council ({@link org.mutualis.servicefinance.documents.StatementPdf}), and
 * the territory's statements of a year as one ZIP of ODS files with a summary, streamed ({@link
 * org.mutualis.servicefinance.documents.StatementsArchive}). They read no clock and no database:
 * the caller passes the statements, the day they are drawn up and the words in the reader's
 * language ({@link org.mutualis.servicefinance.documents.StatementWords}).
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.servicefinance.documents;
