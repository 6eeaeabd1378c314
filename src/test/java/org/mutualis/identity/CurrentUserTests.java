package org.mutualis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CurrentUserTests {

    private static CurrentUser as(Role role, Long collectivity) {
        return new CurrentUser(1, "u", "U", role, collectivity);
    }

    @Test
    void staffReadAndEditEveryCollectivity() {
        for (Role role : new Role[] {Role.ADMIN, Role.ANALYST}) {
            CurrentUser user = as(role, null);
            assertThat(user.isStaff()).isTrue();
            assertThat(user.canRead(7)).isTrue();
            assertThat(user.canEdit(7)).isTrue();
        }
    }

    @Test
    void correspondentReadsAndEditsOnlyTheirCollectivity() {
        CurrentUser user = as(Role.CORRESPONDENT, 7L);
        assertThat(user.isStaff()).isFalse();
        assertThat(user.canRead(7)).isTrue();
        assertThat(user.canEdit(7)).isTrue();
        assertThat(user.canRead(8)).isFalse();
        assertThat(user.canEdit(8)).isFalse();
    }

    @Test
    void aCorrespondentOfSeveralCollectivitiesReadsAndEditsThemAllAndNoOther() {
        CurrentUser user = as(Role.CORRESPONDENT, 7L).withCollectivities(java.util.List.of(9L, 7L, 11L));
        assertThat(user.collectivityIds()).containsExactly(7L, 9L, 11L);
        assertThat(user.collectivityId()).isEqualTo(7L);
        for (long own : new long[] {7, 9, 11}) {
            assertThat(user.isOwn(own)).isTrue();
            assertThat(user.canRead(own)).isTrue();
            assertThat(user.canEdit(own)).isTrue();
        }
        assertThat(user.canRead(8)).isFalse();
        assertThat(user.canEdit(8)).isFalse();
        // An elected official given collectivités (never happens) still only reads.
        assertThat(as(Role.ELECTED, null)
                        .withCollectivities(java.util.List.of(9L))
                        .canEdit(9))
                .isFalse();
    }

    @Test
    void anOlderSessionWithoutTheListKeepsItsOneCollectivity() {
        @SuppressWarnings("NullAway")
        CurrentUser restored = new CurrentUser(1, "u", "U", Role.CORRESPONDENT, 7L, nullList());
        assertThat(restored.collectivityIds()).containsExactly(7L);
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<Long> nullList() {
        return (java.util.List<Long>) (Object) null;
    }

    @Test
    void correspondentWithoutScopeSeesNothing() {
        CurrentUser user = as(Role.CORRESPONDENT, null);
        assertThat(user.canRead(7)).isFalse();
        assertThat(user.canEdit(7)).isFalse();
    }

    @Test
    void electedReadsEverythingAndEditsNothing() {
        CurrentUser user = as(Role.ELECTED, null);
        assertThat(user.isStaff()).isFalse();
        assertThat(user.canRead(7)).isTrue();
        assertThat(user.canEdit(7)).isFalse();
    }

    @Test
    void rolesAreSpringAuthorities() {
        assertThat(Role.ADMIN.authority()).isEqualTo("ROLE_ADMIN");
        assertThat(Role.CORRESPONDENT.authority()).isEqualTo("ROLE_CORRESPONDENT");
    }

    @Test
    void eachRoleHasItsPredicate() {
        assertThat(as(Role.ADMIN, null).isAdministrator()).isTrue();
        assertThat(as(Role.ANALYST, null).isAdministrator()).isFalse();
        assertThat(as(Role.CORRESPONDENT, 7L).isCorrespondent()).isTrue();
        assertThat(as(Role.ELECTED, null).isElected()).isTrue();
        assertThat(as(Role.ELECTED, null).isCorrespondent()).isFalse();
        // Every collectivité's answers, hence a figure's detail: everyone but the correspondents.
        assertThat(as(Role.ADMIN, null).seesEveryCollectivity()).isTrue();
        assertThat(as(Role.ANALYST, null).seesEveryCollectivity()).isTrue();
        assertThat(as(Role.ELECTED, null).seesEveryCollectivity()).isTrue();
        assertThat(as(Role.CORRESPONDENT, 7L).seesEveryCollectivity()).isFalse();
        assertThat(as(Role.CORRESPONDENT, 7L).isOwn(7)).isTrue();
        assertThat(as(Role.CORRESPONDENT, 7L).isOwn(8)).isFalse();
    }
}
