package dev.problemjaxrs.internal.jackson;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.problemjaxrs.internal.TranslatingMapper;
import dev.problemjaxrs.internal.Translation;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;

/**
 * One mapper per Jackson exception type that some runtime maps itself: mapper selection takes the
 * nearest type first, so only a mapper for the exact type can beat a built-in one (Jersey's
 * JacksonFeature maps {@code JsonParseException} and {@code JsonMappingException}; Quarkus REST maps
 * {@code MismatchedInputException} and {@code InvalidDefinitionException}).
 */
final class JacksonMappers {

    private JacksonMappers() {
    }

    static List<Object> all(Translation translation) {
        return List.of(new Processing(translation), new StreamRead(translation), new Parse(translation),
                new Mapping(translation), new Mismatch(translation), new Format(translation),
                new Unrecognized(translation), new Definition(translation));
    }

    @Priority(Translation.MAPPER_PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Processing extends TranslatingMapper implements ExceptionMapper<JsonProcessingException> {
        Processing(Translation translation) {
            super(translation);
        }

        @Override
        public Response toResponse(JsonProcessingException exception) {
            return translate(exception);
        }
    }

    @Priority(Translation.MAPPER_PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class StreamRead extends TranslatingMapper implements ExceptionMapper<StreamReadException> {
        StreamRead(Translation translation) {
            super(translation);
        }

        @Override
        public Response toResponse(StreamReadException exception) {
            return translate(exception);
        }
    }

    @Priority(Translation.MAPPER_PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Parse extends TranslatingMapper implements ExceptionMapper<JsonParseException> {
        Parse(Translation translation) {
            super(translation);
        }

        @Override
        public Response toResponse(JsonParseException exception) {
            return translate(exception);
        }
    }

    @Priority(Translation.MAPPER_PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Mapping extends TranslatingMapper implements ExceptionMapper<JsonMappingException> {
        Mapping(Translation translation) {
            super(translation);
        }

        @Override
        public Response toResponse(JsonMappingException exception) {
            return translate(exception);
        }
    }

    @Priority(Translation.MAPPER_PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Mismatch extends TranslatingMapper implements ExceptionMapper<MismatchedInputException> {
        Mismatch(Translation translation) {
            super(translation);
        }

        @Override
        public Response toResponse(MismatchedInputException exception) {
            return translate(exception);
        }
    }

    @Priority(Translation.MAPPER_PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Format extends TranslatingMapper implements ExceptionMapper<InvalidFormatException> {
        Format(Translation translation) {
            super(translation);
        }

        @Override
        public Response toResponse(InvalidFormatException exception) {
            return translate(exception);
        }
    }

    @Priority(Translation.MAPPER_PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Unrecognized extends TranslatingMapper implements ExceptionMapper<UnrecognizedPropertyException> {
        Unrecognized(Translation translation) {
            super(translation);
        }

        @Override
        public Response toResponse(UnrecognizedPropertyException exception) {
            return translate(exception);
        }
    }

    @Priority(Translation.MAPPER_PRIORITY)
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class Definition extends TranslatingMapper implements ExceptionMapper<InvalidDefinitionException> {
        Definition(Translation translation) {
            super(translation);
        }

        @Override
        public Response toResponse(InvalidDefinitionException exception) {
            return translate(exception);
        }
    }
}
