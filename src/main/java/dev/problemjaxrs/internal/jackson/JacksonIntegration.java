package dev.problemjaxrs.internal.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemjaxrs.internal.ExceptionFamily;
import dev.problemjaxrs.internal.ProviderContexts;
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

    /** The application's ObjectMapper-wide naming of JSON properties, found on first use; null if none. */
    public static Supplier<UnaryOperator<String>> defaultNaming(Configuration configuration) {
        return ProviderContexts.naming(configuration, ObjectMapper.class, DefaultNaming::of);
    }

    public static List<Object> mappers(Translation translation) {
        return JacksonMappers.all(translation);
    }
}
