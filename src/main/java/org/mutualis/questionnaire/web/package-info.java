/**
 * Questionnaire pages and JSON API.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.questionnaire.web;
