package org.mutualis.servicefinance.domain.costs;

import org.mutualis.shared.text.Text;

/**
 * The paragraphs of CGCT art. D5211-16 that the engines apply; each one's wording is a message
 * ({@code servicefinance.rules.article.<NAME>}), quoted in every refusal and note it causes.
 */
public enum LegalRule {
    /** Reimbursement = unit operating cost × units of operation recorded. */
    REIMBURSEMENT,
    /** The convention holds a forecast of the use of the service, in units of operation. */
    FORECAST,
    /** Staff, supplies, renewal of goods, service contracts — nothing not strictly related. */
    CHARGES,
    /** From the last administrative accounts, updated by the year's budget. */
    ACCOUNTS,
    /** Told to the beneficiaries before their budget; the first year, within three months of signing. */
    COMMUNICATION,
    /** An annual statement lists each use of the service converted into units. */
    STATEMENT,
    /** Reimbursed at intervals set by the convention, never longer than one year. */
    PERIODICITY;

    public String code() {
        return "servicefinance.rules.article." + name();
    }

    /** The article's wording, in the reader's language. */
    public Text text() {
        return Text.of(code());
    }
}
