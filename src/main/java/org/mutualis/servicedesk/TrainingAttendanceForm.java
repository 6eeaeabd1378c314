package org.mutualis.servicedesk;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The attendance of a session, one mark per registration with a seat. */
public record TrainingAttendanceForm(@Nullable List<TrainingAttendanceMark> marks) {}
