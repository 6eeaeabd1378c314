/** The governance documents: a meeting's minutes and the decisions register, as PDF and ODS. */
@org.jspecify.annotations.NullMarked
package org.mutualis.programme.documents;
