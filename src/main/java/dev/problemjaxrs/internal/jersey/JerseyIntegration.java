package dev.problemjaxrs.internal.jersey;

import dev.problemjaxrs.internal.ResourceModel;
import dev.problemjaxrs.internal.Translator;
import java.util.List;
import org.glassfish.jersey.server.ParamException;

/** Jersey: loaded only when jersey-server is present. */
public final class JerseyIntegration {

    private JerseyIntegration() {
    }

    /** Parameter conversion failures that reach a mapper other than {@link ParamExceptionMapper}. */
    public static Translator translator() {
        return thrown -> thrown instanceof ParamException param ? ParamProblems.of(param) : null;
    }

    public static List<Object> mappers() {
        return List.of(new ParamExceptionMapper());
    }

    public static ResourceModel resourceModel() {
        return new JerseyResourceModel();
    }

}
