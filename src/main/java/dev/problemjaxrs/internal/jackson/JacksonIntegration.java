package dev.problemjaxrs.internal.jackson;

import dev.problemjaxrs.internal.ExceptionFamily;
import dev.problemjaxrs.internal.Translation;
import java.util.List;

/** Jackson's exceptions: loaded only when jackson-databind is present. */
public final class JacksonIntegration {

    private JacksonIntegration() {
    }

    public static ExceptionFamily family() {
        return new JacksonExceptions();
    }

    public static List<Object> mappers(Translation translation) {
        return JacksonMappers.all(translation);
    }
}
