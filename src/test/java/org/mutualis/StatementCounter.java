package org.mutualis;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread prepares while it runs a piece of code: a test
 * imports {@link Wrapping} (the application's DataSource then hands out counting connections) and
 * asks {@link #count} (or {@link #statements}, their SQL). Other threads (sessions' clean-up, scheduled jobs) are not counted.
 */
public final class StatementCounter {

    private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();
    private static final Set<String> PREPARING = Set.of("prepareStatement", "createStatement", "prepareCall");

    private StatementCounter() {}

    /** Code run while counting. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** How many statements this thread prepared while running {@code work}. */
    public static int count(Work work) throws Exception {
        return statements(work).size();
    }

    /** The SQL of each statement this thread prepared while running {@code work}, in order. */
    public static List<String> statements(Work work) throws Exception {
        List<String> prepared = new ArrayList<>();
        COUNTING.set(prepared);
        try {
            work.run();
            return prepared;
        } finally {
            COUNTING.remove();
        }
    }

    /** The application's DataSource, counting. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Wrapping {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && !(bean instanceof Counting)
                            ? new Counting(dataSource)
                            : bean;
                }
            };
        }
    }

    static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(obtainTargetDataSource().getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(obtainTargetDataSource().getConnection(username, password));
        }

        private static Connection counting(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                List<String> prepared = COUNTING.get();
                if (prepared != null && PREPARING.contains(method.getName())) {
                    prepared.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : "");
                }
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getTargetException();
                }
            };
            return (Connection) Proxy.newProxyInstance(
                    StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        }
    }
}
