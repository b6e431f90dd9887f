package dev.problemjaxrs.internal.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamWriteException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.problemjaxrs.InvalidParameter;
import dev.problemjaxrs.internal.ExceptionFamily;
import dev.problemjaxrs.internal.PendingProblem;
import dev.problemjaxrs.internal.naming.JsonNames;
import dev.problemjaxrs.internal.naming.Reasons;
import java.util.List;

/**
 * Jackson's reading errors: a body that is not JSON is a 400 {@code invalid-json}; JSON of the wrong
 * shape is a 422 naming the field by its JSON path. Both blame the request body, so they stand only if
 * the failure came from reading it. Reasons come from the exception's type and target
 * type, never from its message, which changes between Jackson versions and leaks internals.
 */
final class JacksonExceptions implements ExceptionFamily {

    @Override
    public PendingProblem translate(Throwable thrown) {
        if (!(thrown instanceof JsonProcessingException processing)) {
            return null;
        }
        if (thrown instanceof InvalidDefinitionException definition && isRepeatedMember(definition)) {
            return PendingProblem.validation(List.of(new InvalidParameter(name(definition), Reasons.REPEATED)),
                    thrown).fromRequestBody();
        }
        if (thrown instanceof StreamWriteException || thrown instanceof InvalidDefinitionException
                || processing instanceof JsonMappingException mapping && !(mapping.getProcessor() instanceof JsonParser)) {
            // writing a response, or a type that cannot be bound at all: the server's fault, even while
            // reading a request's body (a body type no JSON could ever fill)
            return PendingProblem.serversFault(thrown);
        }
        if (!(thrown instanceof JsonMappingException mapping)) {
            // JsonParseException, JsonEOFException, StreamConstraintsException and other reading errors
            return PendingProblem.invalidJson(thrown).fromRequestBody();
        }
        if (mapping.getCause() instanceof JsonProcessingException cause && !(cause instanceof InputCoercionException)) {
            // a reading error that a deserializer wrapped with its path: the body is still not JSON
            return PendingProblem.invalidJson(thrown).fromRequestBody();
        }
        JsonParser parser = (JsonParser) mapping.getProcessor();
        if (mapping.getPath().isEmpty() && parser.currentToken() == null) {
            // "no content": an empty body where the resource requires one
            return PendingProblem.invalidJson(thrown).fromRequestBody();
        }
        InvalidParameter invalid = mapping instanceof InvalidTypeIdException typeId
                ? TypeIds.invalid(typeId, parser, path(mapping))
                : new InvalidParameter(name(mapping), reason(mapping, parser));
        return PendingProblem.validation(List.of(invalid), thrown).fromRequestBody();
    }

    /**
     * Jackson 2 reports a member that the JSON object repeats, met after the record or other creator-built
     * object it belongs to was already constructed, as a missing setter: a definition error
     * (jackson-databind#4690, "No fallback setter/field defined for creator property"). That one is thrown
     * without a parser or a cause and its path ends at the member, on the built object itself; the
     * definition errors of a type that cannot be bound carry the parser, or the failure that caused them.
     */
    private static boolean isRepeatedMember(InvalidDefinitionException definition) {
        List<JsonMappingException.Reference> path = definition.getPath();
        if (definition.getProcessor() != null || definition.getCause() != null || path.isEmpty()) {
            return false;
        }
        JsonMappingException.Reference member = path.get(path.size() - 1);
        return member.getFieldName() != null && member.getFrom() != null && !(member.getFrom() instanceof Class);
    }

    private static String reason(JsonMappingException mapping, JsonParser parser) {
        if (mapping.getCause() instanceof InputCoercionException coercion && coercion.getTargetType() != null) {
            // well-formed number out of the target's range
            return Reasons.mustBeInJson(coercion.getTargetType());
        }
        if (mapping instanceof UnrecognizedPropertyException || mapping instanceof IgnoredPropertyException) {
            return Reasons.UNKNOWN_FIELD;
        }
        if (mapping instanceof InvalidNullException) {
            return Reasons.NOT_NULL;
        }
        if (mapping instanceof ValueInstantiationException) {
            return Reasons.INVALID;
        }
        if (mapping instanceof MismatchedInputException mismatch) {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.END_OBJECT) {
                // the object ended without a property the type requires
                return Reasons.REQUIRED;
            }
            if (token == JsonToken.VALUE_NULL) {
                return Reasons.NOT_NULL;
            }
            return mismatch.getTargetType() == null ? Reasons.INVALID : Reasons.mustBeInJson(mismatch.getTargetType());
        }
        return Reasons.INVALID;
    }

    /** The JSON path as the client wrote it: {@code address.zip}, {@code items[2].qty}. */
    private static String name(JsonMappingException mapping) {
        return JsonNames.finish(path(mapping));
    }

    private static StringBuilder path(JsonMappingException mapping) {
        StringBuilder name = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                JsonNames.appendProperty(name, reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                JsonNames.appendIndex(name, reference.getIndex());
            }
        }
        return name;
    }
}
