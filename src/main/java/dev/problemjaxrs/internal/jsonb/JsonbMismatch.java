package dev.problemjaxrs.internal.jsonb;

import dev.problemjaxrs.InvalidParameter;
import dev.problemjaxrs.internal.naming.JsonNames;
import dev.problemjaxrs.internal.naming.Reasons;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.Optional;

/**
 * Finds the first value of a JSON document that cannot bind to the target type, the way JSON-B binds it:
 * properties by their JSON-B names ({@code @JsonbProperty} honoured), unknown properties ignored. Walks
 * the document once with JSON-P's streaming parser, at most {@link #MAX_DEPTH} levels deep (the nesting
 * limit of the JSON readers), and claims only what JSON-B certainly refuses: a value of another JSON
 * kind, a string that is no constant of an enum, no number, UUID or ISO date ({@link BindingCheck}), a
 * polymorphic value without a known alias ({@link JsonbSubtypes}).
 * Never reads a message.
 */
final class JsonbMismatch {

    static final int MAX_DEPTH = 1000;

    /** Whether JSON-B 3's polymorphism annotations are there to be honoured ({@link JsonbSubtypes}). */
    static final boolean POLYMORPHISM = present("jakarta.json.bind.annotation.JsonbTypeInfo");

    private static final ClassValue<List<JsonNames.Property>> PROPERTIES = new ClassValue<>() {
        @Override
        protected List<JsonNames.Property> computeValue(Class<?> type) {
            return properties(type);
        }
    };

    private JsonbMismatch() {
    }

    /**
     * The first mistyped value's name and reason, or null if none is found (the failure was something else).
     *
     * @param naming the application's naming of the properties a class does not name itself, or null
     */
    static InvalidParameter find(byte[] json, Type target, UnaryOperator<String> naming) {
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(json))) {
            if (!parser.hasNext()) {
                return null;
            }
            return walk(parser, parser.next(), target, new StringBuilder(), 0,
                    naming == null ? UnaryOperator.identity() : naming);
        } catch (RuntimeException e) {
            // JSON that does not parse, or nests deeper than the limit (ours or the JSON-P provider's own,
            // Parsson's 1,000): nothing to name
            return null;
        }
    }

    private static InvalidParameter walk(JsonParser parser, Event event, Type type, StringBuilder name, int depth,
                                         UnaryOperator<String> naming) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("nested too deep");
        }
        Class<?> raw = JsonNames.raw(type);
        if (raw == Optional.class) {
            type = JsonNames.elementType(type);
            raw = JsonNames.raw(type);
        }
        if (raw == null || raw == Object.class || event == Event.VALUE_NULL) {
            skip(parser, event);
            return null;
        }
        JsonbSubtypes.Polymorphic polymorphic = POLYMORPHISM ? JsonbSubtypes.of(raw) : null;
        if (polymorphic != null) {
            return walkPolymorphic(parser, event, raw, polymorphic, name, depth, naming);
        }
        if (!BindingCheck.fits(parser, event, raw)) {
            return new InvalidParameter(JsonNames.finish(name), Reasons.mustBe(type));
        }
        if (event == Event.START_ARRAY) {
            Type element = JsonNames.elementType(type);
            int index = 0;
            for (Event next = parser.next(); next != Event.END_ARRAY; next = parser.next()) {
                int mark = name.length();
                JsonNames.appendIndex(name, index++);
                InvalidParameter found = walk(parser, next, element, name, depth + 1, naming);
                if (found != null) {
                    return found;
                }
                name.setLength(mark);
            }
        } else if (event == Event.START_OBJECT) {
            return walkObject(parser, type, raw, name, depth, naming);
        }
        return null;
    }

    /**
     * A value of a polymorphic type: an object whose type key names one of the type's aliases, walked on
     * as that subtype. Without the key, only an interface or abstract type certainly fails.
     */
    private static InvalidParameter walkPolymorphic(JsonParser parser, Event event, Class<?> raw,
                                                    JsonbSubtypes.Polymorphic polymorphic, StringBuilder name,
                                                    int depth, UnaryOperator<String> naming) {
        if (event != Event.START_OBJECT) {
            return new InvalidParameter(JsonNames.finish(name), Reasons.mustBeInJson(raw));
        }
        JsonObject object = parser.getObject();
        JsonValue alias = object.get(polymorphic.key());
        Class<?> subtype = alias instanceof JsonString text ? polymorphic.subtypes().get(text.getString()) : null;
        if (subtype == null && (alias != null || raw.isInterface() || Modifier.isAbstract(raw.getModifiers()))) {
            JsonNames.appendProperty(name, polymorphic.key());
            return new InvalidParameter(JsonNames.finish(name),
                    alias == null ? Reasons.REQUIRED : Reasons.oneOf(polymorphic.aliases()));
        }
        try (JsonParser value = Json.createParserFactory(null).createParser(object)) {
            Event start = value.next();
            return subtype == null || subtype == raw ? walkObject(value, raw, raw, name, depth + 1, naming)
                    : walk(value, start, subtype, name, depth + 1, naming);
        }
    }

    /** The properties of an object, the parser just past its start. */
    private static InvalidParameter walkObject(JsonParser parser, Type type, Class<?> raw, StringBuilder name,
                                               int depth, UnaryOperator<String> naming) {
        boolean map = Map.class.isAssignableFrom(raw);
        Map<String, Type> properties = map ? Map.of() : byJsonName(PROPERTIES.get(raw), naming);
        for (Event next = parser.next(); next != Event.END_OBJECT; next = parser.next()) {
            String key = parser.getString();
            Event value = parser.next();
            Type propertyType = map ? JsonNames.elementType(type) : properties.get(key);
            if (propertyType == null) {
                skip(parser, value);
                continue;
            }
            int mark = name.length();
            if (map) {
                JsonNames.appendIndex(name, key);
            } else {
                JsonNames.appendProperty(name, key);
            }
            InvalidParameter found = walk(parser, value, propertyType, name, depth + 1, naming);
            if (found != null) {
                return found;
            }
            name.setLength(mark);
        }
        return null;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, JsonbMismatch.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static void skip(JsonParser parser, Event event) {
        if (event == Event.START_OBJECT) {
            parser.skipObject();
        } else if (event == Event.START_ARRAY) {
            parser.skipArray();
        }
    }

    /** A class's JSON-B properties: its instance fields, renamed by {@code @JsonbProperty}. */
    private static List<JsonNames.Property> properties(Class<?> type) {
        List<JsonNames.Property> properties = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                        && !field.isSynthetic()) {
                    properties.add(JsonNames.property(type, field.getName()));
                }
            }
        }
        return List.copyOf(properties);
    }

    /** The properties by the names a client writes, under the application's naming where a class sets none. */
    private static Map<String, Type> byJsonName(List<JsonNames.Property> properties, UnaryOperator<String> naming) {
        Map<String, Type> named = new HashMap<>();
        for (JsonNames.Property property : properties) {
            named.putIfAbsent(property.jsonName(naming), property.type());
        }
        return named;
    }
}
