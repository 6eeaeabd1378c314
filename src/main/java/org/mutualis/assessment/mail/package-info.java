/**
 * The French text of the e-mails that announce a published assessment; sent through the census's
 * outbox ({@code census.Mails}).
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.assessment.mail;
