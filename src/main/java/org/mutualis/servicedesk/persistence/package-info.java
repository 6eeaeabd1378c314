/** The service desk's tables, on JdbcClient. */
@org.jspecify.annotations.NullMarked
package org.mutualis.servicedesk.persistence;
