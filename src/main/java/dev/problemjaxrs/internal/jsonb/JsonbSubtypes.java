package dev.problemjaxrs.internal.jsonb;

import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON-B 3's polymorphic types: a type annotated {@code @JsonbTypeInfo} is read as the subtype whose
 * alias its JSON object names under the type key. Touched only where JSON-B 3's annotations are
 * present ({@link JsonbMismatch#POLYMORPHISM}).
 */
final class JsonbSubtypes {

    /** A polymorphic type's key and its subtypes by alias, in declaration order. */
    record Polymorphic(String key, Map<String, Class<?>> subtypes) {

        List<String> aliases() {
            return List.copyOf(subtypes.keySet());
        }
    }

    private static final Polymorphic NONE = new Polymorphic("", Map.of());

    private static final ClassValue<Polymorphic> BY_CLASS = new ClassValue<>() {
        @Override
        protected Polymorphic computeValue(Class<?> type) {
            // declared only: the annotation is not inherited, and a subtype names its own subtypes
            JsonbTypeInfo info = type.getDeclaredAnnotation(JsonbTypeInfo.class);
            if (info == null) {
                return NONE;
            }
            Map<String, Class<?>> subtypes = new LinkedHashMap<>();
            for (JsonbSubtype subtype : info.value()) {
                subtypes.putIfAbsent(subtype.alias(), subtype.type());
            }
            return new Polymorphic(info.key(), Collections.unmodifiableMap(subtypes));
        }
    };

    private JsonbSubtypes() {
    }

    /** The type's polymorphism, or null if it has none of its own. */
    static Polymorphic of(Class<?> type) {
        Polymorphic polymorphic = BY_CLASS.get(type);
        return polymorphic == NONE ? null : polymorphic;
    }
}
