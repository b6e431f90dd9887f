package dev.problemjaxrs.internal.jsonb;

import dev.problemjaxrs.internal.naming.Reasons;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One JSON value against one Java type, as JSON-B's default binding takes it, for {@link JsonbMismatch}:
 * refused only where JSON-B certainly refuses it; a type that JSON-B binds by rules of its own passes.
 */
final class BindingCheck {

    private BindingCheck() {
    }

    /** Whether JSON-B can bind this JSON value to {@code type}; true where the library cannot be sure. */
    static boolean fits(JsonParser parser, Event event, Class<?> type) {
        boolean structure = event == Event.START_OBJECT || event == Event.START_ARRAY;
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return event == Event.START_ARRAY;
        }
        if (Map.class.isAssignableFrom(type)) {
            return event == Event.START_OBJECT;
        }
        Consumer<String> parse = scalar(type);
        if (parse != null) {
            if (structure) {
                return false;
            }
            if (event == Event.VALUE_STRING) {
                return parses(parse, parser.getString());
            }
            // numbers, true and false: only an enum or a date certainly refuses them
            return !type.isEnum() && !isTemporal(type);
        }
        if (type == String.class || type == Boolean.class || type == boolean.class || type == Character.class
                || type == char.class) {
            return !structure;
        }
        if (type.isPrimitive() || type.getName().startsWith("java.") || type.isInterface()) {
            return true; // bound by JSON-B's own rules, which the library does not repeat
        }
        return event == Event.START_OBJECT; // a bean or record
    }

    private static boolean parses(Consumer<String> parse, String value) {
        try {
            parse.accept(value);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** How a string becomes this type in JSON-B's default binding; null for types not checked here. */
    private static Consumer<String> scalar(Class<?> type) {
        if (type == LocalDate.class) {
            return LocalDate::parse;
        } else if (type == LocalDateTime.class) {
            return LocalDateTime::parse;
        } else if (type == LocalTime.class) {
            return LocalTime::parse;
        } else if (type == OffsetDateTime.class) {
            return OffsetDateTime::parse;
        } else if (type == ZonedDateTime.class) {
            return ZonedDateTime::parse;
        } else if (type == Instant.class) {
            return Instant::parse;
        } else if (type == Duration.class) {
            return Duration::parse;
        }
        return Reasons.conversion(type);
    }

    private static boolean isTemporal(Class<?> type) {
        return type.getName().startsWith("java.time.");
    }
}
