package org.mutualis.census;

import org.mutualis.shared.error.ConflictException;

/** Someone saved the same response since it was opened: nothing was overwritten. */
public class ConcurrentEditException extends ConflictException {

    public ConcurrentEditException(String collectivityName, String updatedBy) {
        super("La réponse de " + collectivityName + " a été modifiée par " + updatedBy
                + " depuis que vous l'avez ouverte. Vos saisies n'ont pas été enregistrées : "
                + "rechargez la page pour voir la nouvelle version, puis refaites vos modifications.");
    }
}
