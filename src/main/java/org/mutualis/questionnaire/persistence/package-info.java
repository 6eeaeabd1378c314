/**
 * Questionnaire versions and the catalogue files.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.questionnaire.persistence;
