package dev.problemjaxrs.internal.client;

import dev.problemjaxrs.Problem;
import dev.problemjaxrs.internal.trace.RequestTraceIds;
import dev.problemjaxrs.internal.trace.RequestView;
import dev.problemjaxrs.internal.trace.TraceSource;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The client side: the error filter on a successful response (one status check), reading a 422 problem
 * document into a {@code RemoteProblemException} (body read, streaming parse, the exception with its stack
 * trace), and the traceparent filter on a request made while serving one. Contexts are
 * {@link Proxy java.lang.reflect.Proxy} stubs, so the filters' numbers are an upper bound.
 */
@State(Scope.Thread)
public class ClientBench {

    private static final byte[] PROBLEM = """
            {"type":"https://example.com/errors/account#validation","title":"Bad Request",
             "detail":"The request failed due to validation errors",
             "invalid_parameters":[{"name":"address.zip","reason":"must be 5 digits"},
              {"name":"display_name","reason":"must not be blank"}],
             "instance":"4bf92f3577b34da6a3ce929d0e0e4736"}""".getBytes(StandardCharsets.UTF_8);

    private ErrorResponseFilter errorFilter;
    private TraceparentFilter traceparentFilter;
    private RemoteProblemReader reader;
    private RequestTraceIds traceIds;
    private ClientRequestContext request;
    private ClientResponseContext ok;
    private final MultivaluedHashMap<String, Object> requestHeaders = new MultivaluedHashMap<>();
    private final MultivaluedHashMap<String, String> responseHeaders = new MultivaluedHashMap<>();

    @Setup
    public void setUp() {
        reader = new RemoteProblemReader(status -> Problem.builder().title("Bad Request").build());
        errorFilter = new ErrorResponseFilter(reader, false);
        traceparentFilter = new TraceparentFilter();
        traceIds = new RequestTraceIds(TraceSource.HEADERS, RequestView.STANDARD, null, null);
        traceIds.bind("4bf92f3577b34da6a3ce929d0e0e4736");
        responseHeaders.add("Content-Type", "application/problem+json");
        request = proxy(ClientRequestContext.class, (p, method, args) -> switch (method.getName()) {
            case "getHeaders" -> requestHeaders;
            case "getProperty" -> null;
            default -> throw new UnsupportedOperationException(method.getName());
        });
        ok = proxy(ClientResponseContext.class, (p, method, args) -> switch (method.getName()) {
            case "getStatus" -> 200;
            default -> throw new UnsupportedOperationException(method.getName());
        });
    }

    @TearDown
    public void tearDown() {
        traceIds.unbind();
    }

    /** Must cost next to nothing: one status check. */
    @Benchmark
    public void errorFilterOn2xx() {
        errorFilter.filter(request, ok);
    }

    /** A 422 problem with two invalid parameters, from bytes to the exception a caller catches. */
    @Benchmark
    public Object readProblem() {
        return reader.read(422, responseHeaders, new ByteArrayInputStream(PROBLEM));
    }

    /** An outgoing request on a thread serving a request: the traceparent with a fresh parent id. */
    @Benchmark
    public Object traceparentFilter() {
        requestHeaders.clear();
        traceparentFilter.filter(request);
        return requestHeaders.getFirst("traceparent");
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(ClientBench.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
