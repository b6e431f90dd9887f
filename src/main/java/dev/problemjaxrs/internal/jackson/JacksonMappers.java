package dev.problemjaxrs.internal.jackson;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.problemjaxrs.internal.Mappers;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;

/**
 * One mapper per Jackson exception type that some runtime maps itself: mapper selection takes the
 * nearest type first, so only a mapper for the exact type can beat a built-in one (Jersey's
 * JacksonFeature maps {@code JsonParseException} and {@code JsonMappingException}; Quarkus maps
 * {@code MismatchedInputException}).
 */
final class JacksonMappers {

    private JacksonMappers() {
    }

    static List<Object> all() {
        return List.of(new Processing(), new StreamRead(), new Parse(), new Mapping(), new Mismatch(),
                new Format(), new Unrecognized());
    }

    @Priority(Mappers.PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Processing implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException exception) {
            return Mappers.toResponse(exception);
        }
    }

    @Priority(Mappers.PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class StreamRead implements ExceptionMapper<StreamReadException> {
        @Override
        public Response toResponse(StreamReadException exception) {
            return Mappers.toResponse(exception);
        }
    }

    @Priority(Mappers.PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Parse implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException exception) {
            return Mappers.toResponse(exception);
        }
    }

    @Priority(Mappers.PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Mapping implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException exception) {
            return Mappers.toResponse(exception);
        }
    }

    @Priority(Mappers.PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Mismatch implements ExceptionMapper<MismatchedInputException> {
        @Override
        public Response toResponse(MismatchedInputException exception) {
            return Mappers.toResponse(exception);
        }
    }

    @Priority(Mappers.PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Format implements ExceptionMapper<InvalidFormatException> {
        @Override
        public Response toResponse(InvalidFormatException exception) {
            return Mappers.toResponse(exception);
        }
    }

    @Priority(Mappers.PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Unrecognized implements ExceptionMapper<UnrecognizedPropertyException> {
        @Override
        public Response toResponse(UnrecognizedPropertyException exception) {
            return Mappers.toResponse(exception);
        }
    }
}
