/** Rules of the territory module: official code formats, name folding, checks before storing. */
@org.jspecify.annotations.NullMarked
package org.mutualis.territory.domain;
