package dev.problemjaxrs.internal.jackson;

import dev.problemjaxrs.internal.ExceptionFamily;
import dev.problemjaxrs.internal.Translation;
import jakarta.ws.rs.core.Configuration;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** Jackson's exceptions: loaded only when jackson-databind is present. */
public final class JacksonIntegration {

    private JacksonIntegration() {
    }

    public static ExceptionFamily family() {
        return new JacksonExceptions();
    }

    /**
     * The application's ObjectMapper-wide naming of JSON properties, found on first use.
     *
     * @param cdi whether CDI's API is present, to look for an ObjectMapper bean
     */
    public static Supplier<UnaryOperator<String>> defaultNaming(Configuration configuration, boolean cdi) {
        return new DefaultNaming(configuration, cdi);
    }

    public static List<Object> mappers(Translation translation) {
        return JacksonMappers.all(translation);
    }
}
