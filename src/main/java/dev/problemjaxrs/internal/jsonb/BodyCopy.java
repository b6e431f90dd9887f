package dev.problemjaxrs.internal.jsonb;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * What the JSON-B reader has read of the request body, kept so that a failure can be explained: at most
 * {@link #MAX_BYTES}; beyond that the copy is given up (and the failure named {@code body}, as before).
 */
final class BodyCopy extends FilterInputStream {

    /** The most of a body that is kept: 1 MiB. */
    static final int MAX_BYTES = 1 << 20;

    private byte[] bytes = new byte[256];
    private int length;
    private boolean complete = true;

    BodyCopy(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            keep(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        int read = super.read(buffer, offset, count);
        if (read > 0) {
            keep(buffer, offset, read);
        }
        return read;
    }

    @Override
    public long skip(long count) throws IOException {
        complete = false; // what is skipped is not kept
        return super.skip(count);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** The body as read so far, or null if it was longer than the limit or partly skipped. */
    byte[] bytes() {
        return complete ? Arrays.copyOf(bytes, length) : null;
    }

    private void keep(byte[] buffer, int offset, int count) {
        if (!complete) {
            return;
        }
        if (length + count > MAX_BYTES) {
            complete = false;
            bytes = null;
            return;
        }
        if (length + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.min(MAX_BYTES, Math.max(bytes.length * 2, length + count)));
        }
        System.arraycopy(buffer, offset, bytes, length, count);
        length += count;
    }
}
