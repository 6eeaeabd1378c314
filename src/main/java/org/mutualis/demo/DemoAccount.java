package org.mutualis.demo;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.Role;

/**
 * The demo's accounts, documented in the README. The demo listens on 127.0.0.1 only; these
 * passwords exist nowhere else (a production start creates its administrator with a one-time
 * password instead).
 */
record DemoAccount(
        String username,
        String displayName,
        Role role,
        @Nullable String collectivityCode,
        String password) {

    static final List<DemoAccount> ALL = List.of(
            new DemoAccount("admin", "Administratrice DSI (démo)", Role.ADMIN, null, "demo-admin-2012"),
            new DemoAccount("analyste", "Analyste (démo)", Role.ANALYST, null, "demo-analyste-2012"),
            new DemoAccount(
                    "botsorhel",
                    "Correspondante de Botsorhel (démo)",
                    Role.CORRESPONDENT,
                    "29014",
                    "demo-botsorhel-2012"),
            new DemoAccount(
                    "morlaix", "Correspondant de Morlaix (démo)", Role.CORRESPONDENT, "29151", "demo-morlaix-2012"),
            new DemoAccount("elu", "Vice-président au numérique (démo)", Role.ELECTED, null, "demo-elu-2012"),
            new DemoAccount(
                    "technicien",
                    "Technicien du centre de services (démo)",
                    Role.TECHNICIAN,
                    null,
                    "demo-technicien-2012"));
}
