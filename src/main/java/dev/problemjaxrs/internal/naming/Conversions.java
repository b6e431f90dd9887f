package dev.problemjaxrs.internal.naming;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * How text becomes one of the JDK's value types, the same way in Jakarta REST's parameter conversion
 * ({@code valueOf}, {@code fromString}) and in JSON-B's binding of a string: numbers through their
 * wrapper's parser, enums by constant name, {@code UUID.fromString}. A conversion throws a
 * {@code RuntimeException} for text it refuses. Asked only on error paths, to find which value failed.
 */
final class Conversions {

    private Conversions() {
    }

    /** The conversion for {@code type}, or null where it is not one of these types. */
    static Consumer<String> of(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return Integer::parseInt;
        } else if (type == long.class || type == Long.class) {
            return Long::parseLong;
        } else if (type == short.class || type == Short.class) {
            return Short::parseShort;
        } else if (type == byte.class || type == Byte.class) {
            return Byte::parseByte;
        } else if (type == double.class || type == Double.class) {
            return Double::parseDouble;
        } else if (type == float.class || type == Float.class) {
            return Float::parseFloat;
        } else if (type == BigDecimal.class) {
            return BigDecimal::new;
        } else if (type == BigInteger.class) {
            return BigInteger::new;
        } else if (type == UUID.class) {
            return UUID::fromString;
        } else if (type.isEnum()) {
            Set<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.toUnmodifiableSet());
            return value -> {
                if (!names.contains(value)) {
                    throw new IllegalArgumentException("no such constant");
                }
            };
        }
        return null;
    }
}
