@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "territory", "identity"})
@org.jspecify.annotations.NullMarked
package org.mutualis.census;
