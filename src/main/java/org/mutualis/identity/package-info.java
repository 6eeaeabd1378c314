/**
 * Identity: accounts, roles and their scope (a correspondent sees one collectivité), form sign-in,
 * sign-in through OpenID Connect providers such as ProConnect ({@link
 * org.mutualis.identity.FederatedSignIns}, on invitation), personal API tokens and the audit log.
 *
 * <p>Public API: {@link org.mutualis.identity.CurrentUser} (the reader, with the role predicates
 * every access rule is written with; controllers receive it as a method argument), {@link
 * org.mutualis.identity.CurrentUsers} (who is signed in, for code outside a request handler), {@link
 * org.mutualis.identity.Accounts} (create and find accounts, issue and revoke tokens, audit) and
 * their records. Sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "territory"})
@org.jspecify.annotations.NullMarked
package org.mutualis.identity;
