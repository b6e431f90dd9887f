package dev.problemjaxrs.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The start of a response body, held back until it is complete, flushed or past {@link #LIMIT}: a writer
 * that fails half-way then leaves nothing behind that the problem answering the failure could be appended
 * to. For runtimes that keep a failed writer's bytes in their buffer when they map the failure (classic
 * RESTEasy on Vert.x sends {@code {}} and the problem as one body). Past the limit, or once the
 * application flushes, the bytes pass straight through: the runtime would have committed the response by
 * then, and a failure can only cut the body short.
 */
final class HeldBody extends OutputStream {

    /** About what a runtime buffers before it commits a response. */
    static final int LIMIT = 8192;

    private final OutputStream target;
    private ByteArrayOutputStream held = new ByteArrayOutputStream(256);

    HeldBody(OutputStream target) {
        this.target = target;
    }

    @Override
    public void write(int b) throws IOException {
        if (held != null && held.size() < LIMIT) {
            held.write(b);
        } else {
            release();
            target.write(b);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (held != null && held.size() + length <= LIMIT) {
            held.write(bytes, offset, length);
        } else {
            release();
            target.write(bytes, offset, length);
        }
    }

    @Override
    public void flush() throws IOException {
        release();
        target.flush();
    }

    /** The body is complete: what is still held goes out. Closing the target stays the runtime's job. */
    @Override
    public void close() throws IOException {
        release();
    }

    /** Sends what is held and stops holding. */
    void release() throws IOException {
        if (held != null) {
            ByteArrayOutputStream bytes = held;
            held = null;
            bytes.writeTo(target);
        }
    }
}
