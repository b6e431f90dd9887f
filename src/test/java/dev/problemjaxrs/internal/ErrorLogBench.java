package dev.problemjaxrs.internal;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What logging a 500 costs, written as the load benchmark's servers write it: JUL's defaults
 * (SimpleFormatter, flushed after every record, as ConsoleHandler does) into a real file. The same
 * exception repeats, so after the first call (and then once per 10 s) the line comes without a stack.
 * {@link #serverErrorLine} logs every call (a burst limit nothing reaches): what one line costs a
 * single thread, before any contention on the handler's lock. {@link #serverErrorInBurst} has the
 * default limit of 100 lines a second, so nearly every call is only counted: what a request pays in a
 * storm of the same failure.
 */
@State(Scope.Benchmark)
public class ErrorLogBench {

    /** The highest limit the setting accepts, above what one thread can log in a second. */
    private final ErrorLog everyLine = new ErrorLog(1_000_000);
    private final ErrorLog defaults = new ErrorLog(100);
    private final IllegalStateException failure = new IllegalStateException("boom");
    private Path file;
    private FileOutputStream out;
    private Handler handler;
    private Logger logger;

    @Setup
    public void setUp() throws IOException {
        file = Files.createTempFile("problem-jaxrs-errorlog", ".log");
        // appending, so that truncating between iterations moves the write position back to 0
        out = new FileOutputStream(file.toFile(), true);
        handler = new StreamHandler(out, new SimpleFormatter()) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        logger = Logger.getLogger("dev.problemjaxrs");
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
    }

    /** Keeps the file small: at a few µs a line, an iteration writes tens of MB. */
    @Setup(Level.Iteration)
    public void truncate() throws IOException {
        try (FileChannel channel = FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(0);
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        logger.removeHandler(handler);
        handler.close();
        out.close();
        Files.deleteIfExists(file);
    }

    @Benchmark
    public void serverErrorLine() {
        everyLine.serverError("4bf92f3577b34da6a3ce929d0e0e4736", "GET", "/boom", 500, failure);
    }

    @Benchmark
    public void serverErrorInBurst() {
        defaults.serverError("4bf92f3577b34da6a3ce929d0e0e4736", "GET", "/boom", 500, failure);
    }
}
