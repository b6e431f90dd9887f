package dev.problemjaxrs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values from the request go into log lines: one line each, bounded, whatever the client sent. */
class ErrorLogTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /accounts/a1b2                                  | /accounts/a1b2
            '/a\\r\\nERROR forged line'                     | '/a??ERROR forged line'
            '/a\\u2028b\\u0000c'                            | '/a?b?c'
            """)
    void controlCharactersAndLineSeparatorsAreReplaced(String value, String logged) {
        assertEquals(unescape(logged), ErrorLog.sanitize(unescape(value)));
    }

    @org.junit.jupiter.api.Test
    void longValuesAreCut() {
        assertEquals("x".repeat(256) + "...", ErrorLog.sanitize("x".repeat(10_000)));
        assertEquals("-", ErrorLog.sanitize(null));
    }

    private static String unescape(String text) {
        return text.replace("\\r", "\r").replace("\\n", "\n").replace("\\u2028", "\u2028").replace("\\u0000", "\u0000");
    }
}
