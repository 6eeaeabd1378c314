/**
 * Awards through {@code JdbcClient}.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.assessment.persistence;
