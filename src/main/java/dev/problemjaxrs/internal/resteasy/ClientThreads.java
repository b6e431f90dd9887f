package dev.problemjaxrs.internal.resteasy;

import dev.problemjaxrs.internal.trace.RequestTraceIds;
import java.util.Map;
import org.jboss.resteasy.spi.Dispatcher;
import org.jboss.resteasy.spi.ResteasyProviderFactory;
import org.jboss.resteasy.spi.concurrent.ThreadContext;
import org.jboss.resteasy.spi.concurrent.ThreadContexts;

/**
 * RESTEasy's client makes an asynchronous call ({@code async()}, {@code rx()}, {@code submit()}, a
 * MicroProfile Rest Client's {@code CompletionStage} method) on a thread of its executor, and runs the
 * call's filters there, where the served request's trace id is not bound. Its executor captures the thread
 * contexts of the caller's thread when the call is handed over, and restores them on its own: the
 * {@code ThreadContexts} of the caller's RESTEasy context, else those named in {@code META-INF/services}.
 * This adds the trace id's context to the ones every served request's context holds (the dispatcher's
 * default context objects), so no service file is needed: one would break every asynchronous call on a
 * server that hides RESTEasy's classes from applications (Open Liberty). Loaded only where this library's
 * class loader sees RESTEasy's SPI.
 */
final class ClientThreads {

    private static final TraceIdContext TRACE_ID = new TraceIdContext();

    private ClientThreads() {
    }

    /**
     * Installs the trace id's context in the deployment RESTEasy is configuring on this thread.
     *
     * @return false outside a RESTEasy deployment
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static boolean carryTraceIds() {
        Dispatcher dispatcher = ResteasyProviderFactory.getInstance().getContextData(Dispatcher.class);
        if (dispatcher == null) {
            return false;
        }
        Map defaults = dispatcher.getDefaultContextObjects();
        synchronized (defaults) {
            Object existing = defaults.get(ThreadContexts.class);
            // a new collection starts with the service-loaded contexts, which it then replaces
            ThreadContexts contexts = existing instanceof ThreadContexts own ? own : new ThreadContexts();
            contexts.add(TRACE_ID);
            defaults.put(ThreadContexts.class, contexts);
        }
        return true;
    }

    /** The trace id bound to the caller's thread, bound on the executor's for the call. */
    private static final class TraceIdContext implements ThreadContext<String> {

        /** Whether this thread's binding was made here, so that a call run on the caller's thread keeps its own. */
        private static final ThreadLocal<Boolean> ADOPTED = new ThreadLocal<>();

        @Override
        public String capture() {
            return RequestTraceIds.current();
        }

        @Override
        public void push(String traceId) {
            if (RequestTraceIds.adopt(traceId)) {
                ADOPTED.set(Boolean.TRUE);
            }
        }

        @Override
        public void reset(String traceId) {
            if (ADOPTED.get() != null) {
                ADOPTED.remove();
                RequestTraceIds.release();
            }
        }
    }
}
