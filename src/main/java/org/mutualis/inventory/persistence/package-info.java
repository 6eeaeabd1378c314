/** The inventory's stores, on JdbcClient. */
@org.jspecify.annotations.NullMarked
package org.mutualis.inventory.persistence;
