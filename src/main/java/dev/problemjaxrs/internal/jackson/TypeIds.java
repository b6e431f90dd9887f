package dev.problemjaxrs.internal.jackson;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import dev.problemjaxrs.InvalidParameter;
import dev.problemjaxrs.internal.naming.JsonNames;
import dev.problemjaxrs.internal.naming.Reasons;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A polymorphic value ({@code @JsonTypeInfo}) whose type id is unknown or missing, named at its type
 * property as the client writes it ({@code figures[1].kind}). The reason lists the ids the client can
 * send where the application names every subtype ({@code @JsonSubTypes} names, {@code @JsonTypeName});
 * ids that are Java class names are never listed.
 */
final class TypeIds {

    private TypeIds() {
    }

    /** @param path the failure's JSON path, up to the polymorphic value */
    static InvalidParameter invalid(InvalidTypeIdException failure, JsonParser parser, StringBuilder path) {
        DeserializationConfig config = config(parser.getCodec());
        AnnotatedClass base = config == null || failure.getBaseType() == null ? null
                : config.introspectClassAnnotations(failure.getBaseType()).getClassInfo();
        JsonTypeInfo info = base == null ? null : base.getAnnotation(JsonTypeInfo.class);
        String property = typeProperty(info);
        JsonToken token = parser.currentToken();
        if (failure.getTypeId() == null && token != JsonToken.END_OBJECT) {
            // not the object whose property the id was to be
            return new InvalidParameter(JsonNames.finish(path), property == null ? Reasons.INVALID
                    : Reasons.mustBeInJson(failure.getBaseType().getRawClass()));
        }
        if (property == null && info == null && failure.getTypeId() != null && token != null && token.isScalarValue()) {
            // a mapper's default typing, without annotations: the parser stopped at the id's property
            property = currentName(parser);
        }
        if (property != null) {
            JsonNames.appendProperty(path, property);
        }
        if (failure.getTypeId() == null) {
            return new InvalidParameter(JsonNames.finish(path), Reasons.REQUIRED);
        }
        List<String> ids = info != null && info.use() == JsonTypeInfo.Id.NAME ? namedIds(config, base) : List.of();
        return new InvalidParameter(JsonNames.finish(path), ids.isEmpty() ? Reasons.INVALID : Reasons.oneOf(ids));
    }

    private static String currentName(JsonParser parser) {
        try {
            return parser.currentName();
        } catch (IOException e) {
            // a parser that cannot say where it stopped: the value is named without its property
            return null;
        }
    }

    /** The property that carries the id, where the id is a property of the value's object. */
    private static String typeProperty(JsonTypeInfo info) {
        if (info == null || info.include() != JsonTypeInfo.As.PROPERTY
                && info.include() != JsonTypeInfo.As.EXISTING_PROPERTY) {
            return null;
        }
        return info.property().isEmpty() ? info.use().getDefaultPropertyName() : info.property();
    }

    /** The id of every concrete subtype, or none if one has no name of its own. */
    private static List<String> namedIds(DeserializationConfig config, AnnotatedClass base) {
        Set<String> ids = new LinkedHashSet<>();
        for (NamedType subtype : config.getSubtypeResolver().collectAndResolveSubtypesByTypeId(config, base)) {
            if (subtype.getType().isInterface() || Modifier.isAbstract(subtype.getType().getModifiers())) {
                continue;
            }
            if (!subtype.hasName()) {
                return List.of();
            }
            ids.add(subtype.getName());
        }
        return List.copyOf(ids);
    }

    /** The reading mapper's configuration, whose annotations include its mix-ins; null if unknown. */
    private static DeserializationConfig config(ObjectCodec codec) {
        if (codec instanceof ObjectMapper mapper) {
            return mapper.getDeserializationConfig();
        }
        return codec instanceof ObjectReader reader ? reader.getConfig() : null;
    }
}
