/**
 * The one way to read and write French numbers, amounts and dates.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.shared.text;
