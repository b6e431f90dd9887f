package dev.problemjaxrs.it.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client would send: any method token, any
 * request target, repeated headers, any body bytes. One request per connection.
 */
public final class RawHttp {

    /** A response as read off the wire; header names lower-cased. */
    public record Response(int status, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final int TIMEOUT_MILLIS = 30_000;
    private static final int MAX_RESPONSE = 4 * 1024 * 1024;

    private final URI base;

    public RawHttp(URI base) {
        this.base = base;
    }

    /** The base URI's path without its trailing slash, to prefix request targets with. */
    public String prefix() {
        String path = base.getRawPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /**
     * @param target  the request target exactly as it goes on the wire (prefix it with {@link #prefix()})
     * @param headers name, value, ...; Host and Connection are added
     */
    public Response send(String method, String target, byte[] body, String... headers) {
        return send(true, method, target, body, headers);
    }

    /**
     * As {@link #send}, but a body shorter than its {@code Content-Length} is followed by nothing, the
     * connection left open: a client that stalled. The answer comes when the server stops waiting.
     */
    public Response sendStalled(String method, String target, byte[] body, String... headers) {
        return send(false, method, target, body, headers);
    }

    private Response send(boolean endShortBody, String method, String target, byte[] body, String... headers) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes((method + " " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nConnection: close\r\n").getBytes(StandardCharsets.ISO_8859_1));
            for (int i = 0; i < headers.length; i += 2) {
                request.writeBytes((headers[i] + ": " + headers[i + 1] + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            // a request that frames its own body (Transfer-Encoding, Content-Length) sends it exactly as given
            boolean framed = false;
            boolean announcedLength = false;
            for (int i = 0; i < headers.length; i += 2) {
                framed |= headers[i].equalsIgnoreCase("Transfer-Encoding");
                announcedLength |= headers[i].equalsIgnoreCase("Content-Length");
            }
            framed |= announcedLength;
            boolean halfClose = announcedLength && endShortBody;
            if (body != null && !framed) {
                request.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                request.writeBytes(body);
            }
            // written while the answer is read: a server may answer before it has read a large body and then
            // close the connection, which can reset it before a client that is still writing reads the answer
            CompletableFuture<Void> written = CompletableFuture.runAsync(() -> {
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write(request.toByteArray());
                    out.flush();
                    if (halfClose) {
                        // nothing more will come: a body shorter than announced ends here, not at a timeout
                        socket.shutdownOutput();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            try {
                return read(socket.getInputStream(), method.equals("HEAD"));
            } catch (IOException e) {
                written.handle((ok, failure) -> failure).join();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + abbreviate(target), e);
        }
    }

    private static Response read(InputStream in, boolean head) throws IOException {
        byte[] all = readAll(in, head);
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            throw new IOException("no complete response head in " + all.length + " bytes");
        }
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        byte[] body = head ? new byte[0] : java.util.Arrays.copyOfRange(all, end + 4, all.length);
        List<String> encoding = headers.get("transfer-encoding");
        if (!head && encoding != null && encoding.get(0).equalsIgnoreCase("chunked")) {
            body = dechunk(body);
        }
        return new Response(status, headers, body);
    }

    /**
     * Reads until the response is complete by its own framing, or the server closes: a server may keep
     * the connection open after its answer (Grizzly, until its read timeout, when it did not read all of a
     * stalled body).
     */
    private static byte[] readAll(InputStream in, boolean head) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_RESPONSE) {
                throw new IOException("response larger than " + MAX_RESPONSE + " bytes");
            }
            if (complete(out.toByteArray(), head)) {
                break;
            }
        }
        return out.toByteArray();
    }

    private static boolean complete(byte[] received, boolean head) {
        int end = indexOf(received, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            return false;
        }
        String lowerHead = new String(received, 0, end, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String status = lowerHead.length() > 12 ? lowerHead.substring(9, 12) : "";
        if (head || status.startsWith("1") || status.equals("204") || status.equals("304")) {
            return true;
        }
        int bodyBytes = received.length - end - 4;
        for (String line : lowerHead.split("\r\n")) {
            if (line.startsWith("content-length:")) {
                return bodyBytes >= Integer.parseInt(line.substring("content-length:".length()).trim());
            }
            if (line.startsWith("transfer-encoding:") && line.contains("chunked")) {
                return new String(received, end + 4, bodyBytes, StandardCharsets.ISO_8859_1).endsWith("\r\n0\r\n\r\n")
                        || bodyBytes == 5 && new String(received, end + 4, 5, StandardCharsets.ISO_8859_1).equals("0\r\n\r\n");
            }
        }
        return false;
    }

    private static byte[] dechunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int position = 0;
        while (true) {
            int lineEnd = indexOf(java.util.Arrays.copyOfRange(chunked, position, chunked.length),
                    "\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (lineEnd < 0) {
                throw new IOException("truncated chunked body");
            }
            String size = new String(chunked, position, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int length = Integer.parseInt(size, 16);
            position += lineEnd + 2;
            if (length == 0) {
                return out.toByteArray();
            }
            out.write(chunked, position, length);
            position += length + 2;
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
