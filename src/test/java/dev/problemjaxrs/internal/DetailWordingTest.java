package dev.problemjaxrs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A 405's detail names the client's method only when it is a short token that cannot break the quotes. */
class DetailWordingTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            PUT                                   | Request method 'PUT' not supported
            PROPFIND                              | Request method 'PROPFIND' not supported
            M-SEARCH                              | Request method 'M-SEARCH' not supported
            AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA      | Request method 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' not supported
            AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA     | Request method not supported
            PU'T                                  | Request method not supported
            'GET /x'                              | Request method not supported
            'GET\"'                               | Request method not supported
            G{T                                   | Request method not supported
            ''                                    | Request method not supported
            null                                  | Request method not supported
            """)
    void theMethodIsQuotedOnlyWhenItIsAShortToken(String method, String detail) {
        assertEquals(detail, DetailWording.methodDetail(method));
    }
}
