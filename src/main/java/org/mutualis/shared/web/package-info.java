/**
 * One way to read a form, for pages and the API alike: {@link org.mutualis.shared.web.FormFormats}
 * registers the French decimal and date of {@code shared.text} once for page binding and in the
 * JSON mapper; {@link org.mutualis.shared.web.FormProblems} turns what could not be read or
 * validated into {@link org.mutualis.shared.error.Problem}s with message codes ({@code
 * form.decimal.invalid}, {@code form.date.invalid}, {@code form.required}, …) naming the field;
 * {@link org.mutualis.shared.web.ProblemMessages} writes them in the reader's language for a page.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.shared.web;
