package org.mutualis.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * A record mapped from a row by column name ({@code territory_id} → {@code territoryId}), the
 * names read once from the result set's own labels. {@code JdbcClient.query(Record.class)}
 * ({@code SimplePropertyRowMapper}) asks the driver for every property by its Java name first and
 * catches the miss: a {@code SQLException} per column per row, which H2 also writes to its trace
 * file under a lock shared by every connection, so that concurrent pages queue on one file
 * (issue 11: the scenario comparison answered nothing under 50 clients). Same conversions:
 * enums by name, numbers, dates, {@link Instant} from a timestamp.
 */
public final class RecordRows<R extends Record> implements RowMapper<R> {

    private static final Map<Class<?>, RecordRows<?>> MAPPERS = new ConcurrentHashMap<>();
    private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();

    private final Constructor<R> constructor;
    private final String[] columns;
    private final Class<?>[] types;
    /** The column index of each component in the last result set seen (the same for all its rows). */
    private volatile Indexes last = new Indexes(null, new int[0]);

    private record Indexes(Object resultSet, int[] indexes) {}

    private RecordRows(Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        columns = new String[components.length];
        types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            columns[i] = underscored(components[i].getName());
            types[i] = components[i].getType();
        }
        try {
            constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
    }

    /** The mapper of this record type (one per type, shared: it holds no state of a query). */
    @SuppressWarnings("unchecked")
    public static <R extends Record> RecordRows<R> of(Class<R> type) {
        return (RecordRows<R>) MAPPERS.computeIfAbsent(type, t -> new RecordRows<>(type));
    }

    @Override
    public R mapRow(ResultSet rs, int rowNum) throws SQLException {
        int[] indexes = indexes(rs);
        Object[] args = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            args[i] = value(rs, indexes[i], types[i]);
        }
        try {
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "cannot build " + constructor.getDeclaringClass().getSimpleName(), e);
        }
    }

    private int[] indexes(ResultSet rs) throws SQLException {
        Indexes known = last;
        if (known.resultSet() == rs) {
            return known.indexes();
        }
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Integer> byLabel = new HashMap<>();
        for (int c = meta.getColumnCount(); c >= 1; c--) {
            byLabel.put(JdbcUtils.lookupColumnName(meta, c).toLowerCase(Locale.ROOT), c);
        }
        int[] indexes = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            Integer index = byLabel.get(columns[i]);
            if (index == null) {
                index = byLabel.get(columns[i].replace("_", ""));
            }
            if (index == null) {
                throw new SQLException("no column " + columns[i] + " for "
                        + constructor.getDeclaringClass().getSimpleName() + " among " + byLabel.keySet());
            }
            indexes[i] = index;
        }
        last = new Indexes(rs, indexes);
        return indexes;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(ResultSet rs, int index, Class<?> type) throws SQLException {
        if (type.isEnum()) {
            String name = rs.getString(index);
            return name == null ? null : Enum.valueOf((Class<Enum>) type, name.trim());
        }
        if (type == Instant.class) {
            Timestamp at = rs.getTimestamp(index);
            return at == null ? null : at.toInstant();
        }
        Object value = JdbcUtils.getResultSetValue(rs, index, type);
        if (value == null) {
            if (!type.isPrimitive()) {
                return null;
            }
            return type == boolean.class ? Boolean.FALSE : CONVERSIONS.convert(0, type);
        }
        if (type.isPrimitive() || type.isInstance(value)) {
            return value;
        }
        return CONVERSIONS.convert(value, type);
    }

    private static String underscored(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
