package org.mutualis.savings.domain;

/** Whether a volume was declared by the collectivité or extrapolated from the respondents. */
public enum VolumeSource {
    DECLARED,
    EXTRAPOLATED
}
