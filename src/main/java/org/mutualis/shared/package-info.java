/**
 * Small value types shared by every module, and {@link org.mutualis.shared.NumberDisplay}, the one
 * way pages write numbers, percentages and euros in the reader's language.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package org.mutualis.shared;
