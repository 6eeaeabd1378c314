package org.mutualis.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.security.AccountDetails;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The one way tests sign in, in every module: a page or API request signs in with {@code
 * .with(TestUsers.as(user))}, the principal being the one the application builds at sign-in. The
 * user is a real account ({@link #create}: a row of app_user with the known {@link #PASSWORD}, for
 * what needs one: tokens, audit, foreign keys, the sign-in form) or a user without a row ({@link
 * #someone}, {@link #correspondentOf}) for what only reads. {@link WithCurrentUser} is the
 * annotation form, for service tests without MockMvc.
 */
public final class TestUsers {

    /** The password of every account made by {@link #create}: tests may sign in through the form. */
    public static final String PASSWORD = "correct horse battery staple";

    private TestUsers() {}

    /** A name no other test uses, so that tests never depend on each other's data. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A real account of this role, with a unique name and {@link #PASSWORD}. */
    public static CurrentUser create(Accounts accounts, Role role) {
        return create(accounts, role, null);
    }

    /** A real account of this role; a correspondent answers for {@code collectivityId}. */
    public static CurrentUser create(Accounts accounts, Role role, @Nullable Long collectivityId) {
        String name = uniqueName(role.name().toLowerCase(Locale.ROOT));
        return accounts.create(new NewAccount(name, "Test " + name, role, collectivityId, PASSWORD));
    }

    /** A user of this role without an account row (id 0), for requests that only read. */
    public static CurrentUser someone(Role role) {
        String name = "test-" + role.name().toLowerCase(Locale.ROOT);
        return new CurrentUser(0, name, "Test " + name, role, null);
    }

    /** A correspondent of {@code collectivityId} without an account row (id 0). */
    public static CurrentUser correspondentOf(long collectivityId) {
        return new CurrentUser(0, "test-correspondent", "Test correspondent", Role.CORRESPONDENT, collectivityId);
    }

    /** Signs a MockMvc request in as {@code user}. */
    public static RequestPostProcessor as(CurrentUser user) {
        return user(principal(user));
    }

    /** Signs a MockMvc request in as the existing account {@code username} (the demo's, say). */
    public static RequestPostProcessor as(Accounts accounts, String username) {
        return as(accounts.find(username).orElseThrow(() -> new IllegalArgumentException("No account " + username)));
    }

    /** The principal the application builds at sign-in. */
    public static AccountDetails principal(CurrentUser user) {
        return new AccountDetails(user, null, true, false);
    }
}
