/** The renewal reminders' schedule. */
@org.jspecify.annotations.NullMarked
package org.mutualis.servicefinance.mail;
