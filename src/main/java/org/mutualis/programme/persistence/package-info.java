/** The programme's tables, on JdbcClient. */
@org.jspecify.annotations.NullMarked
package org.mutualis.programme.persistence;
