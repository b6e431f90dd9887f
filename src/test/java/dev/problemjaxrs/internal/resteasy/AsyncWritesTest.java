package dev.problemjaxrs.internal.resteasy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.problemjaxrs.LogCapture;
import dev.problemjaxrs.ProblemFeature;
import dev.problemjaxrs.internal.trace.RequestTraceIds;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jboss.resteasy.core.ResteasyContext;
import org.jboss.resteasy.mock.MockDispatcherFactory;
import org.jboss.resteasy.mock.MockHttpRequest;
import org.jboss.resteasy.mock.MockHttpResponse;
import org.jboss.resteasy.spi.AsyncMessageBodyWriter;
import org.jboss.resteasy.spi.AsyncOutputStream;
import org.jboss.resteasy.spi.BlockingAsyncOutputStream;
import org.jboss.resteasy.spi.Dispatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * RESTEasy writes a body asynchronously only if every writer interceptor can: the library's must, and must
 * still end the thread's binding and log a failed write once. Through RESTEasy's own dispatcher, in memory,
 * onto an asynchronous stream as Quarkus's Vert.x transport hands one over.
 */
class AsyncWritesTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @RegisterExtension
    final LogCapture log = new LogCapture();

    /** A body only this writer writes, so the test sees which of its two ways RESTEasy took. */
    record Report(String text, boolean failing) {
    }

    @Path("/reports")
    public static final class Reports {
        @GET
        @Path("/daily")
        @Produces(MediaType.TEXT_PLAIN)
        public Report daily() {
            return new Report("all quiet", false);
        }

        @GET
        @Path("/broken")
        @Produces(MediaType.TEXT_PLAIN)
        public Report broken() {
            return new Report("never sent", true);
        }
    }

    @Provider
    @Produces(MediaType.TEXT_PLAIN)
    public static final class ReportWriter implements AsyncMessageBodyWriter<Report> {

        final List<String> ways = new ArrayList<>();

        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return type == Report.class;
        }

        @Override
        public void writeTo(Report report, Class<?> type, Type genericType, Annotation[] annotations,
                            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
                throws java.io.IOException {
            ways.add("blocking");
            if (report.failing()) {
                throw new IllegalStateException("the report store is down");
            }
            out.write(report.text().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public CompletionStage<Void> asyncWriteTo(Report report, Class<?> type, Type genericType,
                                                  Annotation[] annotations, MediaType mediaType,
                                                  MultivaluedMap<String, Object> headers, AsyncOutputStream out) {
            ways.add("asynchronous");
            if (report.failing()) {
                return CompletableFuture.failedFuture(new IllegalStateException("the report store is down"));
            }
            return out.asyncWrite(report.text().getBytes(StandardCharsets.UTF_8));
        }
    }

    private final ReportWriter writer = new ReportWriter();
    private final Dispatcher dispatcher = MockDispatcherFactory.createDispatcher();

    AsyncWritesTest() {
        dispatcher.getProviderFactory().register(writer);
        dispatcher.getProviderFactory().register(ProblemFeature.class);
        dispatcher.getRegistry().addPerRequestResource(Reports.class);
    }

    @AfterEach
    void leaveRestEasysContext() {
        ResteasyContext.clearContextData();
    }

    private MockHttpResponse get(String path) throws Exception {
        MockHttpRequest request = MockHttpRequest.get(path).accept(MediaType.TEXT_PLAIN)
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01");
        MockHttpResponse response = new MockHttpResponse();
        // the asynchronous stream a Vert.x transport gives RESTEasy; the mock's own is a blocking one
        response.setOutputStream(new BlockingAsyncOutputStream(response.getOutputStream()));
        dispatcher.invoke(request, response);
        return response;
    }

    @Test
    void aBodyRestEasyCanWriteAsynchronouslyIsStillWrittenSoWithTheLibraryInstalled() throws Exception {
        MockHttpResponse response = get("/reports/daily");
        assertEquals(200, response.getStatus());
        assertEquals("all quiet", response.getContentAsString());
        assertEquals(List.of("asynchronous"), writer.ways);
    }

    @Test
    void theThreadsTraceIdIsUnboundOnceTheWriteIsHandedOver() throws Exception {
        get("/reports/daily");
        assertNull(RequestTraceIds.current());
    }

    @Test
    void aFailedAsynchronousWriteIsAProblemAndOneLogLineWithTheTraceId() throws Exception {
        MockHttpResponse response = get("/reports/broken");
        assertEquals(500, response.getStatus());
        assertTrue(String.valueOf(response.getOutputHeaders().getFirst("Content-Type")).startsWith("application/problem+json"),
                String.valueOf(response.getOutputHeaders()));
        assertTrue(response.getContentAsString().contains("\"instance\":\"" + TRACE_ID + "\""),
                response.getContentAsString());
        List<LogRecord> severe = log.at(Level.SEVERE);
        assertEquals(1, severe.size(), severe.stream().map(LogRecord::getMessage).toList().toString());
        assertTrue(severe.get(0).getMessage().contains("writing the response failed [trace " + TRACE_ID + "]"),
                severe.get(0).getMessage());
        assertNull(RequestTraceIds.current());
    }
}
