package org.mutualis.questionnaire;

import java.util.List;

/**
 * A group of SHARE indicators (OS, office suites) compared with the devices that carry them.
 *
 * @param deviceIndicators counts whose sum is the number of devices (desktops + laptops)
 * @param maxPerDevice how many members one device may carry: 1 for an OS, 2 for office suites
 *     (one PC may carry both Office 2003 and OpenOffice)
 */
public record ShareGroupDef(
        String code, String labelFr, String labelEn, List<String> deviceIndicators, int maxPerDevice) {

    public ShareGroupDef {
        deviceIndicators = List.copyOf(deviceIndicators);
    }
}
