package dev.problemjaxrs.internal;

import jakarta.ws.rs.core.Response;

/**
 * What every exception mapper of the library shares: the hand-over to the application's
 * {@link Translation}. Each subclass still declares {@code implements ExceptionMapper<ItsType>} itself:
 * Quarkus REST reads the exception type from the mapper class's own interfaces only (3.27,
 * {@code FeatureContextImpl}), not from a generic superclass. Each carries its own
 * {@code @Priority(Translation.MAPPER_PRIORITY)} and {@code @ConstrainedTo(SERVER)} too: runtimes read
 * those from the concrete class.
 */
public abstract class TranslatingMapper {

    private final Translation translation;

    protected TranslatingMapper(Translation translation) {
        this.translation = translation;
    }

    protected final Response translate(Throwable exception) {
        return translation.toResponse(exception);
    }
}
