package org.mutualis.servicefinance;

import org.mutualis.shared.ListPage;

/**
 * One page of a territory's conventions as the reader may see them (a correspondent: their own
 * collectivité's), found by collectivité name or code ({@code query}, empty for all).
 */
public record ConventionList(long territoryId, String territoryName, String query, ListPage<ConventionView> page) {}
