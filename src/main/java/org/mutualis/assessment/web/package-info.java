/**
 * Pages and JSON API of the assessment.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.assessment.web;
