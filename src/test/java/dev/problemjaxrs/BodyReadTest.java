package dev.problemjaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import org.glassfish.jersey.message.GZipEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A body the client sent that cannot be read (not the encoding it claims, broken chunking) is the
 * client's error: a 400, no error line. Sent over a raw socket, which no HTTP client would let us get wrong.
 */
class BodyReadTest {

    @RegisterExtension
    final LogCapture log = new LogCapture();

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> OriginResources.application()
            .register(GZipEncoder.class).register(ProblemFeature.class));

    /** Grizzly refuses broken chunking itself, before any Jakarta REST code runs: a 400 all the same. */
    @Test
    void aBodyWithBrokenChunkingIsAClientError() throws IOException {
        String response = exchange("POST /origin/text HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\nZZ-not-a-size\r\n");
        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        assertTrue(log.at(Level.SEVERE).isEmpty(), () -> log.at(Level.SEVERE).toString());
    }

    /** Where the application decodes request bodies (Jersey's GZipEncoder), an I/O failure while reading. */
    @Test
    void aBodyThatIsNotTheGzipItClaimsIs400() throws IOException {
        String response = exchange("POST /origin/text HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                + "Content-Encoding: gzip\r\nContent-Length: 12\r\nConnection: close\r\n\r\nnot gzipped!");
        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        assertTrue(response.contains("application/problem+json")
                && response.contains("\"detail\":\"The request body could not be read completely.\""), response);
        assertTrue(log.at(Level.SEVERE).isEmpty(), () -> log.at(Level.SEVERE).toString());
    }

    @Test
    void aWellFormedBodyIsStillRead() throws IOException {
        String response = exchange("POST /origin/text HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                + "Content-Length: 5\r\nConnection: close\r\n\r\nhello");
        assertTrue(response.startsWith("HTTP/1.1 200"), response);
        assertEquals("read 5", response.substring(response.indexOf("\r\n\r\n") + 4));
    }

    /** Sends the bytes as they are and reads until the server closes. */
    private static String exchange(String request) throws IOException {
        URI uri = server.uri("/");
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            return received.toString(StandardCharsets.UTF_8);
        }
    }
}
