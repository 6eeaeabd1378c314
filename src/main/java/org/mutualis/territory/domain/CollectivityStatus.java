package org.mutualis.territory.domain;

/** Whether a commune still exists, or was merged into a commune nouvelle (déléguée / associée). */
public enum CollectivityStatus {
    ACTIVE,
    MERGED
}
