package dev.problemjaxrs.internal.jersey;

import dev.problemjaxrs.internal.ExceptionFamily;
import dev.problemjaxrs.internal.PendingProblem;
import dev.problemjaxrs.internal.ResourceModel;
import dev.problemjaxrs.internal.Translation;
import java.util.List;
import org.glassfish.jersey.server.ParamException;
import org.glassfish.jersey.server.internal.LocalizationMessages;

/** Jersey: loaded only when jersey-server is present. */
public final class JerseyIntegration {

    /** Jersey's message for a form parameter read from a body that is no form, localised once, not per failure. */
    private static final String FORM_PARAM_OF_NO_FORM = LocalizationMessages.FORM_PARAM_CONTENT_TYPE_ERROR();

    private JerseyIntegration() {
    }

    /**
     * Parameter conversion failures, also when they reach a mapper other than {@link ParamExceptionMapper};
     * and a form parameter read from a body that is no form, which Jersey reports as an
     * {@code IllegalStateException} with its own message ({@code FormParamValueParamProvider}): the
     * request's Content-Type, a 415.
     */
    public static ExceptionFamily family() {
        return thrown -> {
            if (thrown instanceof ParamException param) {
                return ParamProblems.of(param);
            }
            if (thrown instanceof IllegalStateException
                    && FORM_PARAM_OF_NO_FORM.equals(thrown.getMessage())) {
                return PendingProblem.of(415, thrown);
            }
            return null;
        };
    }

    public static List<Object> mappers(Translation translation) {
        return List.of(new ParamExceptionMapper(translation));
    }

    public static ResourceModel resourceModel() {
        return new JerseyResourceModel();
    }
}
