package org.mutualis.inventory.domain.rules;

/**
 * The rule that decided a finding, and the text it matched: what a figure shows to explain itself.
 *
 * @param ruleId the rule's id
 * @param position its position among its kind's rules
 * @param field the text it read
 * @param pattern its pattern
 * @param text the text it matched (as matched: the chassis normalised, long texts cut)
 */
public record MatchedRule(long ruleId, int position, RuleField field, String pattern, String text) {}
