package dev.problemjaxrs.internal.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemjaxrs.internal.ExceptionFamily;
import dev.problemjaxrs.internal.Translation;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Jackson's exceptions: loaded only when jackson-databind is present. */
public final class JacksonIntegration {

    private JacksonIntegration() {
    }

    public static ExceptionFamily family() {
        return new JacksonExceptions();
    }

    /**
     * The application's ObjectMapper-wide naming of JSON properties; null if it sets none.
     *
     * @param find the application's object of a type, or null where it configured none
     */
    public static UnaryOperator<String> defaultNaming(Function<Class<?>, Object> find) {
        return DefaultNaming.of((ObjectMapper) find.apply(ObjectMapper.class));
    }

    public static List<Object> mappers(Translation translation) {
        return JacksonMappers.all(translation);
    }
}
