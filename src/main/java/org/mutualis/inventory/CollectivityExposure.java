package org.mutualis.inventory;

import org.mutualis.territory.CollectivityView;

/** A collectivité's end-of-support exposure in units and euros, and the census figures behind its euros. */
public record CollectivityExposure(CollectivityView collectivity, ExposureCosts costs, CensusPrices prices) {}
