package dev.problemjaxrs.internal.resteasy;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.InterceptorContext;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import org.jboss.resteasy.spi.AsyncWriterInterceptor;
import org.jboss.resteasy.spi.AsyncWriterInterceptorContext;

/**
 * The library's writer interceptor as classic RESTEasy wants one: RESTEasy writes a body asynchronously
 * (its string, byte and buffered JSON writers onto Vert.x's asynchronous stream on Quarkus) only if every
 * writer interceptor can; one that cannot puts every response on the blocking path, at several percent of
 * a small request's cost. A body written asynchronously is watched the same way: the thread's binding ends
 * once the write is handed over, and a failure is logged with the request's trace id when the write
 * completes. It is not held back: RESTEasy's asynchronous writers either buffer the whole body before they
 * write it or cannot fail half-way for reasons of the application's (a sync writer still goes through
 * the blocking interceptor, body held).
 */
@Priority(Priorities.ENTITY_CODER - 500) // as the blocking interceptor: around every other one
@ConstrainedTo(RuntimeType.SERVER)
final class AsyncWrites implements WriterInterceptor, AsyncWriterInterceptor {

    private final WriterInterceptor blocking;
    private final BiConsumer<InterceptorContext, Throwable> failed;
    private final Runnable handedOver;

    AsyncWrites(WriterInterceptor blocking, BiConsumer<InterceptorContext, Throwable> failed, Runnable handedOver) {
        this.blocking = blocking;
        this.failed = failed;
        this.handedOver = handedOver;
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        blocking.aroundWriteTo(context);
    }

    @Override
    public CompletionStage<Void> asyncAroundWriteTo(AsyncWriterInterceptorContext context) {
        CompletionStage<Void> written;
        try {
            written = context.asyncProceed();
        } catch (RuntimeException | Error e) {
            failed.accept(context, e);
            throw e;
        } finally {
            handedOver.run();
        }
        // before RESTEasy's own stages, which map the failure: the response filter then sees it was logged
        return written.whenComplete((ignored, failure) -> {
            if (failure != null) {
                failed.accept(context, failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
            }
        });
    }
}
