/** The inventory's pages and API, and the agents' endpoint. */
@org.jspecify.annotations.NullMarked
package org.mutualis.inventory.web;
