package org.mutualis.inventory.domain.formats;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One part of an inventory, whatever its language: a JSON object (keys in lower case, {@code
 * chassis_type}) or an XML element (tags in upper case, {@code CHASSIS_TYPE}). Callers give the
 * JSON key; the XML side upper-cases it.
 */
interface Section {

    /** The first of these keys that holds a non-blank text, cleaned (see {@link Values#clean}). */
    @Nullable
    String text(String... keys);

    /** The first part of that name, if any. */
    @Nullable
    Section child(String key);

    /** Every part of that name (a JSON array, sibling XML elements), at most {@code max}. */
    List<Section> children(String key, int max);

    default boolean has(String key) {
        return child(key) != null || !children(key, 1).isEmpty();
    }
}
