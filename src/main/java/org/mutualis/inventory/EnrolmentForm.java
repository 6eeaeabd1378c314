package org.mutualis.inventory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new enrolment: what it is for (« Mairie, postes des agents », « École »). */
public record EnrolmentForm(
        @Nullable @NotBlank @Size(max = 200) String label) {}
