/**
 * The one way to read and write French numbers, amounts and dates: {@link
 * org.mutualis.shared.text.FrenchDecimals} and {@link org.mutualis.shared.text.FrenchDates}, plain
 * Java, used by the page formatters and the JSON mapper alike ({@code org.mutualis.shared.web}).
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.shared.text;
