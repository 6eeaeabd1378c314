package org.mutualis.inventory.domain.rules;

import org.jspecify.annotations.Nullable;

/**
 * One normalisation rule, as data.
 *
 * <p>The {@code pattern} is a Java regular expression, matched case-insensitively (Unicode case)
 * <em>anywhere</em> in the field's text ({@code find}, not {@code matches}): anchor it with
 * {@code ^…$} to match a whole text. The rules of a kind are tried by ascending {@code position}
 * (then id), disabled ones skipped; the first that matches decides.
 *
 * @param id the rule's id (0 for one not stored yet)
 * @param kind what it decides
 * @param position its rank among the rules of its kind, smallest first
 * @param field the text it matches
 * @param pattern the case-insensitive regular expression
 * @param result the name of the result: a {@link DeviceType}, an {@link OsFamily} or an {@link
 *     OfficeSuite}, according to {@code kind}
 * @param product the product key it gives ({@code windows}, {@code windows-server}, {@code debian},
 *     {@code microsoft-office}…), for operating systems and office suites; null for device types
 * @param version the version label it gives, a template where {@code $1}…{@code $9} stand for the
 *     pattern's groups ({@code “10 22H2”}, {@code “$1”}); null for none
 * @param enabled whether it is applied
 */
public record Rule(
        long id,
        RuleKind kind,
        int position,
        RuleField field,
        String pattern,
        String result,
        @Nullable String product,
        @Nullable String version,
        boolean enabled) {

    /** The same rule, enabled or not. */
    public Rule withEnabled(boolean value) {
        return new Rule(id, kind, position, field, pattern, result, product, version, value);
    }
}
