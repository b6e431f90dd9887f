package dev.problemjaxrs.internal.jersey;

import dev.problemjaxrs.internal.ExceptionFamily;
import dev.problemjaxrs.internal.ResourceModel;
import dev.problemjaxrs.internal.Translation;
import java.util.List;
import org.glassfish.jersey.server.ParamException;

/** Jersey: loaded only when jersey-server is present. */
public final class JerseyIntegration {

    private JerseyIntegration() {
    }

    /** Parameter conversion failures, also when they reach a mapper other than {@link ParamExceptionMapper}. */
    public static ExceptionFamily family() {
        return thrown -> thrown instanceof ParamException param ? ParamProblems.of(param) : null;
    }

    public static List<Object> mappers(Translation translation) {
        return List.of(new ParamExceptionMapper(translation));
    }

    public static ResourceModel resourceModel() {
        return new JerseyResourceModel();
    }
}
