package org.mutualis.inventory.domain.rules;

import java.util.List;

/**
 * What the rules say of one inventory.
 *
 * @param device the device type
 * @param virtual whether it is a virtual machine: the agent's {@code vmsystem} is neither blank nor
 *     “Physical”
 * @param os the operating system
 * @param office the office suites found, each once (a computer may carry two); never empty: a single
 *     {@link OfficeSuite#NONE} when software is listed but no suite, a single {@link
 *     OfficeSuite#UNKNOWN} when the inventory lists no software and no licence
 */
public record Classification(DeviceFinding device, boolean virtual, OsFinding os, List<OfficeFinding> office) {

    public Classification {
        office = List.copyOf(office);
    }
}
