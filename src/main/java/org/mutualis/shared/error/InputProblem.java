package org.mutualis.shared.error;

/** One thing wrong in a form or an API body: the field and a French message. */
public record InputProblem(String field, String message) {}
