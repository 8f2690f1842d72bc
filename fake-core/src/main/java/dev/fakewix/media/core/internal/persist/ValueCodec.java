package dev.fakewix.media.core.internal.persist;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The model's values as JSON trees (maps, lists, strings, numbers, booleans) and back: records by component name,
 * enums by name, {@link Instant} and {@link Duration} in ISO-8601, a sealed interface's record with an {@code "@type"}
 * naming it. Written by name rather than by position so that a data directory stays readable when a record gains a
 * component (read as {@code null}, {@code 0} or {@code false}) or loses one (ignored).
 *
 * <pre>{@code
 * Object json = ValueCodec.encode(file);                        // a Map<String, Object>
 * FileDescriptor back = ValueCodec.decode(json, FileDescriptor.class);
 * }</pre>
 *
 * <p>Thread-safe. A value the codec cannot read back (a malformed tree) is an {@link IllegalArgumentException}.
 */
@API(status = API.Status.INTERNAL)
public final class ValueCodec {
    private static final String TYPE_KEY = "@type";

    /** A record class's components and canonical constructor, looked up once. */
    private static final class Shape {
        private final RecordComponent[] components;
        private final Method[] accessors;
        private final Constructor<?> constructor;

        Shape(RecordComponent[] components, Method[] accessors, Constructor<?> constructor) {
            this.components = components;
            this.accessors = accessors;
            this.constructor = constructor;
        }

        RecordComponent[] components() {
            return components;
        }

        Method[] accessors() {
            return accessors;
        }

        Constructor<?> constructor() {
            return constructor;
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].trySetAccessible();
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.trySetAccessible();
                return new Shape(components, accessors, constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record without its canonical constructor: " + type, e);
            }
        }
    };

    private ValueCodec() {}

    /** The JSON tree of {@code value}; {@code null} stays {@code null}. */
    public static Object encode(Object value) {
        return value == null ? null : encode(value, value.getClass());
    }

    /**
     * The JSON tree of {@code value} to be read back as a {@code declared}: a record of a sealed interface names its
     * kind ({@code encode(readiness, Readiness.class)}).
     */
    public static Object encode(Object value, Class<?> declared) {
        if (value == null
                || value instanceof String
                || value instanceof Boolean
                || value instanceof Long
                || value instanceof Integer
                || value instanceof Double) {
            return value;
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant i) {
            return i.toString();
        }
        if (value instanceof Duration d) {
            return d.toString();
        }
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            c.forEach(v -> out.add(encode(v)));
            return out;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), encode(v)));
            return out;
        }
        Class<?> type = value.getClass();
        if (type.isRecord()) {
            Shape shape = SHAPES.get(type);
            Map<String, Object> out = new LinkedHashMap<>();
            if (type != declared) {
                out.put(TYPE_KEY, type.getSimpleName());
            }
            for (int i = 0; i < shape.components().length; i++) {
                Object component;
                try {
                    component = shape.accessors()[i].invoke(value);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + shape.components()[i] + " of " + type, e);
                }
                if (component != null) {
                    out.put(shape.components()[i].getName(), encode(component, shape.components()[i].getType()));
                }
            }
            return out;
        }
        throw new IllegalArgumentException("no JSON form for " + type.getName());
    }

    /** Reads back what {@link #encode} wrote for a value of {@code type}. */
    public static <T> T decode(Object json, Class<T> type) {
        @SuppressWarnings("unchecked")
        T value = (T) decode(json, (Type) type, type.getSimpleName());
        return value;
    }

    private static Object decode(Object json, Type type, String where) {
        if (type instanceof ParameterizedType p) {
            return decodeGeneric(json, p, where);
        }
        Class<?> c = (Class<?>) type;
        if (json == null) {
            return defaultOf(c);
        }
        if (c == String.class) {
            return cast(json, String.class, where);
        }
        if (c == boolean.class || c == Boolean.class) {
            return cast(json, Boolean.class, where);
        }
        if (c == long.class || c == Long.class) {
            return cast(json, Number.class, where).longValue();
        }
        if (c == int.class || c == Integer.class) {
            return Math.toIntExact(cast(json, Number.class, where).longValue());
        }
        if (c == double.class || c == Double.class) {
            return cast(json, Number.class, where).doubleValue();
        }
        if (c == float.class || c == Float.class) {
            return cast(json, Number.class, where).floatValue();
        }
        if (c == Instant.class) {
            return Instant.parse(cast(json, String.class, where));
        }
        if (c == Duration.class) {
            return Duration.parse(cast(json, String.class, where));
        }
        if (c.isEnum()) {
            return enumValue(c, cast(json, String.class, where), where);
        }
        if (c == Object.class) {
            return json;
        }
        Map<?, ?> map = cast(json, Map.class, where);
        Class<?> concrete = c;
        if (!c.isRecord()) {
            concrete = permitted(c, map.get(TYPE_KEY), where);
        }
        return record(concrete, map, where);
    }

    private static Object record(Class<?> type, Map<?, ?> map, String where) {
        Shape shape = SHAPES.get(type);
        Object[] args = new Object[shape.components().length];
        for (int i = 0; i < args.length; i++) {
            RecordComponent component = shape.components()[i];
            args[i] =
                    decode(map.get(component.getName()), component.getGenericType(), where + "." + component.getName());
        }
        try {
            return shape.constructor().newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(where + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot make a " + type.getName(), e);
        }
    }

    private static Object decodeGeneric(Object json, ParameterizedType p, String where) {
        Class<?> raw = (Class<?>) p.getRawType();
        if (json == null) {
            return raw == Map.class ? Map.of() : raw == Set.class ? Set.of() : List.of();
        }
        Type[] args = p.getActualTypeArguments();
        if (Map.class.isAssignableFrom(raw)) {
            Map<String, Object> out = new LinkedHashMap<>();
            Map<?, ?> map = cast(json, Map.class, where);
            map.forEach((k, v) -> out.put(String.valueOf(k), decode(v, args[1], where + "." + k)));
            return out;
        }
        List<?> list = cast(json, List.class, where);
        Collection<Object> out = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(decode(list.get(i), args[0], where + "[" + i + "]"));
        }
        return out;
    }

    private static Class<?> permitted(Class<?> type, Object name, String where) {
        Class<?>[] permitted = type.getPermittedSubclasses();
        if (permitted == null
                || (!Modifier.isInterface(type.getModifiers()) && !Modifier.isAbstract(type.getModifiers()))) {
            throw new IllegalArgumentException(where + ": no JSON form for " + type.getName());
        }
        for (Class<?> p : permitted) {
            if (p.getSimpleName().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException(where + ": '" + name + "' is not a kind of " + type.getSimpleName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name, String where) {
        try {
            return Enum.valueOf((Class) type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": '" + name + "' is not a " + type.getSimpleName(), e);
        }
    }

    private static Object defaultOf(Class<?> c) {
        if (!c.isPrimitive()) {
            return null;
        }
        if (c == boolean.class) {
            return false;
        }
        if (c == long.class) {
            return 0L;
        }
        if (c == double.class) {
            return 0.0;
        }
        if (c == float.class) {
            return 0.0f;
        }
        return c == char.class ? (char) 0 : c == byte.class ? (byte) 0 : c == short.class ? (short) 0 : 0;
    }

    private static <T> T cast(Object json, Class<T> type, String where) {
        if (!type.isInstance(json)) {
            throw new IllegalArgumentException(where + ": expected " + type.getSimpleName() + ", found " + json);
        }
        return type.cast(json);
    }
}
