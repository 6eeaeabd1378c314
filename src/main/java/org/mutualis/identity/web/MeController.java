package org.mutualis.identity.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who this token signs in, so that a script can check its token. */
@RestController
class MeController {

    record Me(
            long id,
            String username,
            String displayName,
            Role role,
            @Nullable Long collectivityId,
            List<Long> collectivityIds) {}

    MeController() {}

    @GetMapping("/api/me")
    Me me(CurrentUser user) {
        return new Me(
                user.id(),
                user.username(),
                user.displayName(),
                user.role(),
                user.collectivityId(),
                user.collectivityIds());
    }
}
