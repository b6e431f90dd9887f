package dev.problemjaxrs.internal.jersey;

/** Jersey's client: loaded only when jersey-client is present. */
public final class JerseyClient {

    private JerseyClient() {
    }

    /** Takes the served request's trace id along into asynchronous invocations. */
    public static Object traceIdInterceptor() {
        return new TraceIdOnCallerThread();
    }
}
