package org.mutualis.identity;

/** A freshly issued API token. The secret is shown once and never stored: only its hash is kept. */
public record IssuedToken(long id, String name, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[id=" + id + ", name=" + name + "]";
    }
}
