package dev.problemjaxrs.internal.naming;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The client-facing reason for a value that does not fit its Java type, in our own words: never a
 * parser's message or a class name. Computed once per type.
 */
public final class Reasons {

    public static final String INVALID = "has an invalid value";
    public static final String UNKNOWN_FIELD = "is not a recognised field";
    public static final String REQUIRED = "is required";
    public static final String NOT_NULL = "must not be null";
    public static final String REPEATED = "must appear only once";

    private static final int MAX_LISTED_CONSTANTS = 20;
    private static final ClassValue<String> BY_CLASS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return reasonFor(type);
        }
    };

    private static final ClassValue<String> BY_CLASS_IN_JSON = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return type.isEnum() ? oneOf(JsonNames.enumValues(type)) : reasonFor(type);
        }
    };

    private Reasons() {
    }

    /**
     * The reason for a JSON value that could not be read as {@code type}: an enum lists the values a
     * client can send (its {@code @JsonProperty} or {@code @JsonValue} renames), not the Java constants.
     */
    public static String mustBeInJson(Type type) {
        Class<?> raw = JsonNames.raw(type);
        return raw == null ? INVALID : BY_CLASS_IN_JSON.get(raw);
    }

    /**
     * How text becomes {@code type} when it is one of the JDK's value types ({@link Conversions}): the
     * conversion whose refusal {@link #mustBe(Type)} words. Null for any other type.
     */
    public static Consumer<String> conversion(Class<?> type) {
        return Conversions.of(type);
    }

    /** The reason for a value that could not be converted to {@code type}. */
    public static String mustBe(Type type) {
        Class<?> raw = JsonNames.raw(type);
        return raw == null ? INVALID : BY_CLASS.get(raw);
    }

    /** The reason for a value that is none of {@code values}, listing them where they are few enough. */
    public static String oneOf(List<String> values) {
        if (values.isEmpty() || values.size() > MAX_LISTED_CONSTANTS) {
            return "must be one of the allowed values";
        }
        return "must be one of: " + String.join(", ", values);
    }

    private static String reasonFor(Class<?> type) {
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class) {
            return "must be an integer";
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class
                || type == BigDecimal.class) {
            return "must be a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type.isEnum()) {
            return oneOf(Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == LocalDate.class) {
            return "must be a date (YYYY-MM-DD)";
        }
        if (type == LocalDateTime.class) {
            return "must be a date and time (YYYY-MM-DDThh:mm:ss)";
        }
        if (type == OffsetDateTime.class || type == ZonedDateTime.class || type == Instant.class) {
            return "must be a date and time with offset (YYYY-MM-DDThh:mm:ssZ)";
        }
        if (type == LocalTime.class) {
            return "must be a time (hh:mm:ss)";
        }
        if (type == Duration.class) {
            return "must be an ISO-8601 duration";
        }
        if (type == String.class || type == char.class || type == Character.class
                || CharSequence.class.isAssignableFrom(type)) {
            return "must be a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        if (type == Optional.class || type == Object.class) {
            return INVALID;
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive() && !type.getName().startsWith("java.")) {
            return "must be an object";
        }
        return INVALID;
    }
}
