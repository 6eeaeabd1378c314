package org.mutualis.servicefinance.domain.sharing;

import org.mutualis.shared.text.Text;

/** A use left off a statement, with the reason (outside the period: it belongs to another statement). */
public record ExcludedUse(Use use, Text reason) {}
