package dev.problemjaxrs.internal.jackson;

import dev.problemjaxrs.internal.Translator;
import java.util.List;

/** Jackson's exceptions: loaded only when jackson-databind is present. */
public final class JacksonIntegration {

    private JacksonIntegration() {
    }

    public static Translator translator() {
        return new JacksonTranslator();
    }

    public static List<Object> mappers() {
        return JacksonMappers.all();
    }
}
