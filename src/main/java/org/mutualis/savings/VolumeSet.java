package org.mutualis.savings;

import java.util.List;
import org.mutualis.savings.domain.CollectivityVolume;

/**
 * Every collectivité's volume and current price of an item in a campaign, and who was left out.
 *
 * @param exclusions sentences (message codes) naming each collectivité left out and why
 * @param notes how the prices and extrapolated volumes were obtained
 */
public record VolumeSet(
        List<CollectivityVolume> volumes,
        List<org.mutualis.shared.text.Text> exclusions,
        List<org.mutualis.shared.text.Text> notes) {

    public VolumeSet {
        volumes = List.copyOf(volumes);
        exclusions = List.copyOf(exclusions);
        notes = List.copyOf(notes);
    }
}
