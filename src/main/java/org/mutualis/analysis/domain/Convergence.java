package org.mutualis.analysis.domain;

import java.util.List;

/**
 * Collectivités already using the same publisher in one domain: the study's "convergence" idea,
 * the natural candidates for a shared package, interfaces and support (Morlaix and Morlaix
 * Communauté shared their finance package in 2012).
 *
 * @param collectivityCodes at least two, in the territory's order
 */
public record Convergence(String domain, String publisherKey, String publisher, List<String> collectivityCodes) {}
