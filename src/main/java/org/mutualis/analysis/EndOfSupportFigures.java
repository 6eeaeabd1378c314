package org.mutualis.analysis;

import java.util.Optional;
import org.mutualis.identity.CurrentUser;

/**
 * What another module knows of a territory's machines past or near their end of support, in units
 * and euros, for the synthesis page's « Fin de support » section. The analysis module declares it
 * and shows it when a bean exists (the inventory module implements it); the analysis never depends
 * on who implements it.
 */
public interface EndOfSupportFigures {

    /**
     * The territory's figures as this reader may see them (a correspondent: their own collectivité);
     * empty when the reader sees none or the territory has no inventoried machine.
     */
    Optional<EndOfSupportSummary> of(long territoryId, CurrentUser reader);
}
