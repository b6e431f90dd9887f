package dev.problemjaxrs.internal.dropwizard;

import dev.problemjaxrs.internal.ExceptionFamily;
import dev.problemjaxrs.internal.PendingProblem;
import io.dropwizard.jersey.validation.FuzzyEnumParamConverter;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An enum parameter that Dropwizard's {@code FuzzyEnumParamConverter} could not convert. It throws a bodiless
 * {@code BadRequestException} instead of Jersey's {@code ParamException}, naming the parameter only in its
 * message ({@code "query param state must be one of [...]"}, the kind from
 * {@code JerseyParameterNameProvider}); only an exception thrown by that converter is read so.
 */
final class FuzzyEnumFailures implements ExceptionFamily {

    private static final Map<String, Class<? extends Annotation>> KINDS = Map.of("query param", QueryParam.class,
            "header", HeaderParam.class, "cookie", CookieParam.class, "form field", FormParam.class,
            "matrix param", MatrixParam.class, "path param", jakarta.ws.rs.PathParam.class);
    private static final Pattern MESSAGE = Pattern.compile(
            "(query param|path param|header|cookie|form field|matrix param) (.+?) (?:must be one of \\[|is not a valid ).*",
            Pattern.DOTALL);

    @Override
    public PendingProblem translate(Throwable thrown) {
        if (!(thrown instanceof BadRequestException bad) || !thrownByTheConverter(bad) || bad.getMessage() == null) {
            return null;
        }
        Matcher message = MESSAGE.matcher(bad.getMessage());
        if (!message.matches()) {
            return null;
        }
        Class<? extends Annotation> kind = KINDS.get(message.group(1));
        // a path parameter addresses the resource: one that does not convert names no resource
        return kind == jakarta.ws.rs.PathParam.class ? PendingProblem.of(404, bad)
                : PendingProblem.unconverted(kind, message.group(2), bad);
    }

    private static boolean thrownByTheConverter(BadRequestException bad) {
        StackTraceElement[] stack = bad.getStackTrace();
        return stack.length > 0 && stack[0].getClassName().equals(FuzzyEnumParamConverter.class.getName());
    }
}
