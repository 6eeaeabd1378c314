/**
 * The assessment as PDF and ODS.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.assessment.documents;
