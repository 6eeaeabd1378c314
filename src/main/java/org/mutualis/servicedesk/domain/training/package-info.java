/**
 * The trainings' rules in plain Java: seats and the waiting list of a session ({@link
 * org.mutualis.servicedesk.domain.training.SeatAllocation}), and how many training days a session
 * counts for ({@link org.mutualis.servicedesk.domain.training.TrainingDuration}).
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.servicedesk.domain.training;
