package dev.problemjaxrs;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Records what the library logs during each test: {@code @RegisterExtension final LogCapture log = ...}. */
public final class LogCapture extends Handler implements BeforeEachCallback, AfterEachCallback {

    private static final String LOGGER = "dev.problemjaxrs";
    private final List<LogRecord> records = new ArrayList<>();

    private Level previousLevel;
    private boolean previousUseParentHandlers;

    @Override
    public void beforeEach(ExtensionContext context) {
        Logger logger = Logger.getLogger(LOGGER);
        previousLevel = logger.getLevel();
        previousUseParentHandlers = logger.getUseParentHandlers();
        logger.setLevel(Level.ALL);
        logger.setUseParentHandlers(false);
        logger.addHandler(this);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Logger logger = Logger.getLogger(LOGGER);
        logger.removeHandler(this);
        // back to what logging.properties said (OFF in the tests), not to the root's level: resetting to
        // null made every later test print the failures it provokes on purpose
        logger.setUseParentHandlers(previousUseParentHandlers);
        logger.setLevel(previousLevel);
    }

    /** The records of exactly this level, in order. */
    public List<LogRecord> at(Level level) {
        synchronized (records) {
            return records.stream().filter(r -> r.getLevel().equals(level)).toList();
        }
    }

    @Override
    public void publish(LogRecord record) {
        synchronized (records) {
            records.add(record);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
