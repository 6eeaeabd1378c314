package org.mutualis.inventory.domain.rules;

/** The family of an operating system. */
public enum OsFamily {
    WINDOWS,
    WINDOWS_SERVER,
    MACOS,
    LINUX,
    CHROMEOS,
    /** A thin client's own system (IGEL OS, HP ThinPro, Windows CE or Embedded). */
    THIN_CLIENT_OS,
    /** An operating system no rule recognised. */
    OTHER,
    /** The inventory says nothing of the operating system. */
    UNKNOWN
}
