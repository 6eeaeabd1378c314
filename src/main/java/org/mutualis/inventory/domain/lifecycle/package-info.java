/**
 * The end-of-support table (issue 15, item 7), plain Java: {@link
 * org.mutualis.inventory.domain.lifecycle.LifecycleEntry} rows with their sources, and {@link
 * org.mutualis.inventory.domain.lifecycle.LifecycleTable#status} telling whether a product's version
 * is past its end of support, ending within 12 months, supported, or unknown.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.inventory.domain.lifecycle;
