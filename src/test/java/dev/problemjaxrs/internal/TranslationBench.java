package dev.problemjaxrs.internal;

import dev.problemjaxrs.Problem;
import dev.problemjaxrs.ProblemException;
import dev.problemjaxrs.ProblemType;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Exception to {@code Response}: what every mapper of the library does. The exceptions are built once:
 * creating a {@code NotFoundException} (stack trace, Jersey's response) is the runtime's cost, paid
 * with or without the library. {@link #newProblemException} shows what application code pays to throw
 * its own problem for control flow.
 */
@State(Scope.Thread)
public class TranslationBench {

    private static final ProblemType MAXIMUM_SECRETS = ProblemType.of(403,
            "https://example.com/errors/secrets#maximum-secrets-allowed", "Maximum number of secrets already met");

    private final Translation translation = new Translation(List.of(),
            new ProblemRenderer(Settings.from(Map.of()), ResourceModel.UNKNOWN));
    private NotFoundException notFound;
    private ProblemException problem;
    private Problem custom;

    @Setup
    public void setUp() {
        notFound = new NotFoundException();
        custom = Problem.builder().type("https://example.com/errors/secrets#maximum-secrets-allowed")
                .title("Maximum number of secrets already met")
                .detail("This account has reached maximum number of '2' allowed secrets").build();
        problem = new ProblemException(403, custom);
    }

    @Benchmark
    public Response notFoundToResponse() {
        return translation.toResponse(notFound);
    }

    @Benchmark
    public Response problemExceptionToResponse() {
        return translation.toResponse(problem);
    }

    @Benchmark
    public ProblemException newProblemException() {
        return new ProblemException(403, custom);
    }

    /** A condition of the application's catalog raised with its occurrence's detail. */
    @Benchmark
    public ProblemException newCatalogException() {
        return MAXIMUM_SECRETS.exception("This account has reached maximum number of '2' allowed secrets");
    }
}
