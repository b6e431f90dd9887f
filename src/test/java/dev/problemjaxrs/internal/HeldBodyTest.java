package dev.problemjaxrs.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HeldBodyTest {

    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final HeldBody body = new HeldBody(sent);

    @Test
    void nothingReachesTheRuntimeBeforeTheBodyIsComplete() throws IOException {
        body.write("{\"entries\":".getBytes(StandardCharsets.UTF_8));
        body.write('[');
        assertEquals(0, sent.size(), "a writer failing now leaves nothing behind");
        body.release();
        assertEquals("{\"entries\":[", sent.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFlushSendsWhatIsHeldAndEndsHolding() throws IOException {
        body.write('a');
        body.flush();
        body.write('b');
        assertEquals("ab", sent.toString(StandardCharsets.UTF_8));
    }

    @Test
    void pastTheLimitBytesPassStraightThroughInOrder() throws IOException {
        byte[] large = new byte[HeldBody.LIMIT + 10];
        Arrays.fill(large, (byte) 'x');
        body.write('a');
        body.write(large, 0, large.length);
        body.write('z');
        byte[] expected = new byte[large.length + 2];
        expected[0] = 'a';
        System.arraycopy(large, 0, expected, 1, large.length);
        expected[expected.length - 1] = 'z';
        assertArrayEquals(expected, sent.toByteArray());
    }

    @Test
    void closingSendsTheRestButLeavesTheRuntimesStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream target = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        HeldBody held = new HeldBody(target);
        held.write('a');
        held.close();
        assertEquals("a", target.toString(StandardCharsets.UTF_8));
        assertEquals(false, closed[0]);
    }
}
