/** Rules and secrets of the identity module, plain Java. */
@org.jspecify.annotations.NullMarked
package org.mutualis.identity.domain;
