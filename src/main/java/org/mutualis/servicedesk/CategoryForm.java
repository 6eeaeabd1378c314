package org.mutualis.servicedesk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A service the centre offers, as a ticket category (a plain list until the service catalogue). */
public record CategoryForm(@NotBlank @Size(max = 200) String label) {}
