/**
 * The questionnaire: the catalogue of indicators of the four themes, questionnaire versions and the rules an answer must follow. Public API: {@link org.mutualis.questionnaire.Questionnaires}, {@link org.mutualis.questionnaire.Catalogue} and the records of this package.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "spreadsheet", "identity"})
@org.jspecify.annotations.NullMarked
package org.mutualis.questionnaire;
