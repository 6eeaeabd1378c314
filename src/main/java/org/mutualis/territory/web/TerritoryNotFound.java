package org.mutualis.territory.web;

/** No territory with that id: a 404 on the page and in the API. */
class TerritoryNotFound extends RuntimeException {

    TerritoryNotFound(long id) {
        super("Territoire " + id + " introuvable.");
    }
}
