package org.mutualis.servicefinance;

import org.mutualis.assessment.ObtainedSaving;
import org.mutualis.shared.text.Text;

/**
 * One saving a collectivité obtained in the year from a group procurement, with how its amount was
 * placed in the year (the assessment's annual saving × the months of the year ÷ 12, or a one-off
 * purchase in the year its contract begins; NC said as such).
 */
public record SavingLine(ObtainedSaving saving, Text formula) {}
