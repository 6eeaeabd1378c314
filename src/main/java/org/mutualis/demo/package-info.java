/**
 * The Morlaix 2012 demo: the study's territory, its Infrastructure & Réseaux census with the
 * answers of the 8 respondents and the study's exclusion, and documented demo accounts. Loaded
 * once, on the first start with {@code mutualis.demo.enabled=true} (Spring profile {@code demo}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "territory", "census", "identity"})
@org.jspecify.annotations.NullMarked
package org.mutualis.demo;
