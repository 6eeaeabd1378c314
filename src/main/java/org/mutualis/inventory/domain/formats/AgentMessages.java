package org.mutualis.inventory.domain.formats;

import org.mutualis.shared.error.RejectedException;

/**
 * Reads a decoded agent body: JSON (its first non-blank character is an opening brace) as GLPI Agent's
 * CONTACT or inventory, XML ({@code <}) as an OCS / FusionInventory PROLOG or INVENTORY, with no
 * DTD nor external entity.
 *
 * <p>Values are trimmed (blank ones absent) and cut to 255 characters, lists to sizes no computer
 * reaches (20,000 software); a date no format reads is left out. A body that is not valid UTF-8 is
 * read as ISO-8859-1, as old Windows agents write it.
 */
public final class AgentMessages {

    private AgentMessages() {}

    /**
     * @throws org.mutualis.shared.error.RejectedException when the body is neither, is malformed, or
     *     is a message the inventory does not take (a network discovery, a printer), with where it
     *     went wrong
     */
    public static AgentMessage read(byte[] decoded) {
        int start = BodyText.start(decoded);
        if (start >= decoded.length) {
            throw new RejectedException("inventory.message.empty");
        }
        if (decoded[start] == '{') {
            return JsonMessages.read(decoded, start);
        }
        if (decoded[start] == '<') {
            return XmlMessages.read(BodyText.text(decoded));
        }
        throw new RejectedException("inventory.message.unknownFormat");
    }
}
