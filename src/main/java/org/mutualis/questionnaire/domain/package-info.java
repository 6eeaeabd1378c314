/**
 * Plain-Java rules of the questionnaire: catalogue and version checks, cell parsing, answer validation.
 */
@org.springframework.modulith.NamedInterface("domain")
@org.jspecify.annotations.NullMarked
package org.mutualis.questionnaire.domain;
