package org.mutualis.inventory.domain.formats;

/**
 * Reads a decoded agent body: JSON (its first non-blank character is {@code {}) as GLPI Agent's
 * CONTACT or inventory, XML ({@code <}) as an OCS / FusionInventory PROLOG or INVENTORY, with no
 * DTD nor external entity.
 */
public final class AgentMessages {

    private AgentMessages() {}

    /**
     * @throws org.mutualis.shared.error.RejectedException when the body is neither, is malformed, or
     *     is a message the inventory does not take (a network discovery, a printer), with where it
     *     went wrong
     */
    public static AgentMessage read(byte[] decoded) {
        throw new UnsupportedOperationException("formats: to be written");
    }
}
