package org.mutualis.census.mail;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What the acknowledgement of a transmitted response tells: who transmitted what, when, where it
 * stands and where to see it.
 *
 * @param at when it was transmitted, Paris time
 * @param status the response's state in words
 * @param answered how many questions have an answer (NC included)
 * @param questions how many questions the campaign asks
 * @param responseUrl the absolute address of the response's page
 * @param pdfUrl the absolute address of its PDF copy
 */
public record ReceiptMail(
        String campaignName,
        String territoryName,
        String collectivityName,
        String transmittedBy,
        LocalDateTime at,
        String status,
        int answered,
        int questions,
        @Nullable LocalDate closesOn,
        String responseUrl,
        String pdfUrl) {}
