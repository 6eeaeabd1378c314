package org.mutualis.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sessions of {@link JdbcIndexedSessionRepository}, whose last access is written at most once
 * per thirtieth of the idle timeout (one minute for the 30 minutes of a session), not on every
 * request. Spring Session otherwise updates the session's row on every page and every script's
 * request: a write, and on PostgreSQL a committed transaction, for each read (a sixth of a simple
 * page's time under load, docs/benchmarks.md). A session therefore ends after between 29 and 30
 * minutes without a request instead of exactly 30; attribute changes (sign-in, CSRF token, flash
 * messages) are written as before, at once.
 *
 * <p>Within one request, a session is read from the database once: Spring Session's filter looks
 * the requested session up again when it commits it at the end of the request (a second query and
 * deserialisation of every attribute, for a session it already holds). {@link #oneReadPerRequest}
 * opens a scope around that filter in which a repeated {@code findById} of the same id gets the
 * session already read, unless it was deleted or its id changed meanwhile. Outside a request
 * (scheduled clean-up, {@link OpenSessions}) every call reads the database.
 *
 * <p>The repository Spring Boot configures stays the bean (its settings, the customizers of {@link
 * SessionAttributeUpserts}, {@link ExpiredSessions}); a proxy of it hands out the sessions wrapped
 * and saves what they wrap.
 */
@Configuration(proxyBeanMethods = false)
class SessionTouches {

    /** The longest a stored last access may lag behind the real one. */
    static final Duration MAX_LAG = Duration.ofMinutes(1);

    @Bean
    static BeanPostProcessor touchSessionsOncePerLag() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof JdbcIndexedSessionRepository)) {
                    return bean;
                }
                ProxyFactory proxy = new ProxyFactory(bean);
                proxy.setProxyTargetClass(true);
                proxy.addAdvice((MethodInterceptor) SessionTouches::invoke);
                return proxy.getProxy(bean.getClass().getClassLoader());
            }
        };
    }

    /**
     * The request's scope of {@link #READ}: before Spring Session's own filter, so that its
     * commit at the end of the request is inside.
     */
    @Bean
    static FilterRegistrationBean<OncePerRequestFilter> oneReadPerRequest() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new ReadScope());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setName("sessionReadOncePerRequest");
        return registration;
    }

    /** The session this thread's request has read: set only inside {@link ReadScope}. */
    private static final ThreadLocal<Session @Nullable []> READ = new ThreadLocal<>();

    /** Opens and closes the scope of {@link #READ} around the rest of the request. */
    static final class ReadScope extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Session[] previous = READ.get();
            READ.set(new Session[1]);
            try {
                chain.doFilter(request, response);
            } finally {
                if (previous == null) {
                    READ.remove();
                } else {
                    READ.set(previous);
                }
            }
        }
    }

    private static @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        String method = invocation.getMethod().getName();
        Object[] arguments = invocation.getArguments();
        if (method.equals("save") && arguments.length == 1 && arguments[0] instanceof Touched touched) {
            arguments[0] = touched.inner;
        }
        Session[] read = READ.get();
        if (read != null) {
            if (method.equals("findById")
                    && read[0] != null
                    && read[0].getId().equals(arguments[0])
                    && !read[0].isExpired()) {
                return read[0];
            }
            if (method.equals("deleteById")) {
                read[0] = null;
            }
        }
        Object result = invocation.proceed();
        return switch (method) {
            case "createSession" -> result instanceof Session session ? new Touched(session) : result;
            case "findById" -> {
                Session found = result instanceof Session session ? new Touched(session) : null;
                if (read != null) {
                    read[0] = found;
                }
                yield found;
            }
            case "findByIndexNameAndIndexValue", "findByPrincipalName" -> wrapped(result);
            default -> result;
        };
    }

    private static @Nullable Object wrapped(@Nullable Object result) {
        if (!(result instanceof Map<?, ?> found)) {
            return result;
        }
        Map<Object, Object> wrapped = new LinkedHashMap<>();
        found.forEach((id, session) -> wrapped.put(id, session instanceof Session s ? new Touched(s) : session));
        return wrapped;
    }

    /** How long the stored last access may lag for a session of this idle timeout. */
    static Duration lag(Duration maxInactive) {
        Duration share = maxInactive.dividedBy(30);
        return share.compareTo(MAX_LAG) < 0 ? share : MAX_LAG;
    }

    /** A stored session whose last access moves only when it has lagged long enough. */
    private static final class Touched implements Session {

        private final Session inner;

        Touched(Session inner) {
            this.inner = inner;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            Instant stored = inner.getLastAccessedTime();
            if (lastAccessedTime.isBefore(stored)
                    || Duration.between(stored, lastAccessedTime).compareTo(lag(inner.getMaxInactiveInterval())) >= 0) {
                inner.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return inner.getId();
        }

        @Override
        public String changeSessionId() {
            return inner.changeSessionId();
        }

        @Override
        public <T> @Nullable T getAttribute(String attributeName) {
            return inner.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return inner.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            inner.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            inner.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return inner.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return inner.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            inner.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return inner.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return inner.isExpired();
        }
    }
}
