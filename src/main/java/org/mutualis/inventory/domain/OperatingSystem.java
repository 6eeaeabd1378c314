package org.mutualis.inventory.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The operating system as the agent reports it, before any rule: {@code name} (“Windows”,
 * “Debian”), {@code fullName} (“Microsoft Windows 10 Professionnel”), {@code version} (“22H2”,
 * “12”; FusionInventory 2.6 reports “2009” for every Windows 10 from 20H2), {@code kernelVersion}
 * (on Windows the build, “10.0.19045”), {@code servicePack}.
 */
public record OperatingSystem(
        @Nullable String name,
        @Nullable String fullName,
        @Nullable String version,
        @Nullable String kernelName,
        @Nullable String kernelVersion,
        @Nullable String architecture,
        @Nullable String servicePack,
        @Nullable LocalDate installDate) {}
