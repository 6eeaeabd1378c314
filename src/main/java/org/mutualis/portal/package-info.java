/** The home page and the pages shown when something goes wrong. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "territory", "identity", "census"})
@org.jspecify.annotations.NullMarked
package org.mutualis.portal;
