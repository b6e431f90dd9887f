package dev.problemjaxrs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.problemjaxrs.LogCapture;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a server error leaves in the log: one line with the trace id, the stack once per failure and
 * 10 s, and in a burst at most the configured number of lines per second, the rest counted.
 */
class ErrorLogTest {

    private static final long MS = 1_000_000L;

    @RegisterExtension
    final LogCapture log = new LogCapture();

    private final AtomicLong clock = new AtomicLong(1_000 * MS);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /accounts/a1b2                                  | /accounts/a1b2
            '/a\\r\\nERROR forged line'                     | '/a??ERROR forged line'
            '/a\\u2028b\\u0000c'                            | '/a?b?c'
            """)
    void controlCharactersAndLineSeparatorsAreReplaced(String value, String logged) {
        assertEquals(unescape(logged), ErrorLog.sanitize(unescape(value)));
    }

    @Test
    void longValuesAreCut() {
        assertEquals("x".repeat(256) + "...", ErrorLog.sanitize("x".repeat(10_000)));
        assertEquals("-", ErrorLog.sanitize(null));
    }

    @Test
    void theStackIsPrintedOncePer10SecondsPerFailureAndEveryLineHasItsTraceId() {
        ErrorLog errors = new ErrorLog(100, clock::get);
        IllegalStateException failure = new IllegalStateException("boom");
        errors.serverError("trace-1", "GET", "/boom", 500, failure);
        clock.addAndGet(9_999 * MS);
        errors.serverError("trace-2", "GET", "/boom", 500, failure);
        clock.addAndGet(1 * MS);
        errors.serverError("trace-3", "GET", "/boom", 500, failure);

        List<LogRecord> lines = log.at(Level.SEVERE);
        assertEquals(3, lines.size());
        assertEquals("problem-jaxrs: 500 for GET /boom [trace trace-1]", lines.get(0).getMessage());
        assertLogged(failure, lines.get(0).getThrown());
        assertEquals("problem-jaxrs: 500 for GET /boom [trace trace-2]: java.lang.IllegalStateException"
                + " (repeated; stack printed in the last 10 s)", lines.get(1).getMessage());
        assertNull(lines.get(1).getThrown());
        assertLogged(failure, lines.get(2).getThrown());
    }

    @Test
    void beyondTheBurstLimitOccurrencesAreCountedAndTheNextLineCarriesTheCount() {
        ErrorLog errors = new ErrorLog(3, clock::get);
        IllegalStateException failure = new IllegalStateException("boom");
        for (int i = 1; i <= 10; i++) {
            errors.serverError("trace-" + i, "GET", "/boom", 500, failure);
            clock.addAndGet(50 * MS);
        }
        assertEquals(3, log.at(Level.SEVERE).size(), "3 lines in the first second, 7 counted");

        clock.addAndGet(500 * MS); // the second that started with the first line is over
        errors.serverError("trace-11", "GET", "/boom", 500, failure);
        List<LogRecord> lines = log.at(Level.SEVERE);
        assertEquals(4, lines.size());
        assertTrue(lines.get(3).getMessage().startsWith("problem-jaxrs: 500 for GET /boom [trace trace-11]: "),
                lines.get(3).getMessage());
        assertTrue(lines.get(3).getMessage().endsWith(
                "; 7 more like it before this line were not logged one by one (over 3 a second)"),
                lines.get(3).getMessage());

        errors.serverError("trace-12", "GET", "/boom", 500, failure);
        assertFalse(log.at(Level.SEVERE).get(4).getMessage().contains("more like it"), "the count is reported once");
    }

    @ParameterizedTest(name = "{0} then {1}")
    @CsvSource(delimiter = '|', textBlock = """
            500 IllegalStateException | 500 IllegalArgumentException
            500 IllegalStateException | 503 IllegalStateException
            500 -                     | 502 -
            """)
    void eachFailureHasItsOwnBudgetAndItsOwnStack(String first, String second) {
        ErrorLog errors = new ErrorLog(1, clock::get);
        serverError(errors, first, "trace-a");
        serverError(errors, second, "trace-b");
        serverError(errors, first, "trace-c");
        List<LogRecord> lines = log.at(Level.SEVERE);
        assertEquals(2, lines.size(), () -> lines.stream().map(LogRecord::getMessage).toList().toString());
        assertTrue(lines.get(1).getMessage().contains("[trace trace-b]"), lines.get(1).getMessage());
        if (!second.endsWith("-")) {
            assertNotNull(lines.get(1).getThrown(), "a different failure prints its own stack");
        }
    }

    @Test
    void aBurstLimitBelowOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ErrorLog(0));
    }

    private static void serverError(ErrorLog errors, String failure, String traceId) {
        String[] parts = failure.split(" ");
        Throwable cause = switch (parts[1]) {
            case "IllegalStateException" -> new IllegalStateException();
            case "IllegalArgumentException" -> new IllegalArgumentException();
            default -> null;
        };
        errors.serverError(traceId, "GET", "/x", Integer.parseInt(parts[0]), cause);
    }

    private static String unescape(String text) {
        return text.replace("\\r", "\r").replace("\\n", "\n").replace("\\u2028", "\u2028").replace("\\u0000", "\u0000");
    }

    /** The log shows a sanitised copy: the same class name, message and frames. */
    private static void assertLogged(Throwable original, Throwable logged) {
        assertEquals(original.toString(), logged.toString());
        assertEquals(java.util.List.of(original.getStackTrace()), java.util.List.of(logged.getStackTrace()));
    }

    @org.junit.jupiter.api.Test
    void noMessageInALoggedStackCanStartALineOrSteerATerminal() {
        java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong();
        ErrorLog errors = new ErrorLog(100, clock::get);
        NumberFormatException forged = new NumberFormatException("For input string: \"1\r\nSEVERE: forged line\u001b[2J"
                + "\u202eevil\u2028\"");
        errors.serverError("trace-1", "GET", "/x", 500, new IllegalStateException("wrapped", forged));
        Throwable logged = log.at(Level.SEVERE).get(0).getThrown();
        java.io.StringWriter printed = new java.io.StringWriter();
        logged.printStackTrace(new java.io.PrintWriter(printed));
        String firstLines = printed.toString().lines().filter(l -> !l.startsWith("\t")).toList().toString();
        assertEquals("[java.lang.IllegalStateException: wrapped, Caused by: java.lang.NumberFormatException: For input"
                + " string: \"1??SEVERE: forged line?[2J?evil?\"]", firstLines);
    }
}
