package org.mutualis.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.WithSecurityContext;

/**
 * Runs a test as a signed-in Mutualis user without touching the database, for any module's
 * MockMvc or service tests: {@code @WithCurrentUser(role = Role.CORRESPONDENT, collectivityId = 12)}.
 * {@link CurrentUsers#require()} then returns that user. The account does not exist in the
 * database: when a test needs a real row (a foreign key to app_user), create one with {@link
 * Accounts#create(NewAccount)} and use {@code SecurityMockMvcRequestPostProcessors.user(...)}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@WithSecurityContext(factory = WithCurrentUserFactory.class)
public @interface WithCurrentUser {

    String username() default "test-user";

    Role role() default Role.ANALYST;

    /** The correspondent's collectivité; leave at -1 for other roles. */
    long collectivityId() default -1;

    long id() default 0;
}
