package org.mutualis.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.WithSecurityContext;

/**
 * The annotation form of {@link TestUsers#as}: runs a test as a signed-in Mutualis user without
 * touching the database, for service tests that call {@link CurrentUsers#require()}: {@code
 * @WithCurrentUser(role = Role.CORRESPONDENT, collectivityId = 12)}. MockMvc requests sign in with
 * {@code .with(TestUsers.as(user))} instead; when a test needs a real row (a foreign key to
 * app_user), it creates one with {@link TestUsers#create}.
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
