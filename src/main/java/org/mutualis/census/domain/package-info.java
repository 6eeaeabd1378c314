/**
 * Plain-Java rules of the census: the response workflow.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.census.domain;
