/**
 * Several instances on one database: scheduled work runs on one instance at a time (ShedLock,
 * {@link org.mutualis.shared.instances.Instances}), and work that every instance must wait for
 * holds a row lock ({@link org.mutualis.shared.instances.InstanceLocks}).
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.shared.instances;
