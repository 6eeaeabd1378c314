/**
 * The one exception vocabulary of every module.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.shared.error;
