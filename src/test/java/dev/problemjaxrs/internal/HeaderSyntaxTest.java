package dev.problemjaxrs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderSyntaxTest {

    @ParameterizedTest(name = "Accept: [{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            application/json                                  | true
            */*                                               | true
            text/*;q=0.5, */*;q=0.1                           | true
            text/html, application/xhtml+xml, application/xml;q=0.9, image/avif, */*;q=0.8 | true
            application/json; charset="utf-8"                 | true
            text/plain;q=1.000                                | true
            a/b, , c/d                                        | true
            x/y/z                                             | false
            application/json;q=abc                            | false
            application/json;q=1.5                            | false
            application/json;q=0.1234                         | false
            */json                                            | false
            ;;;                                               | false
            application/json;;                                | false
            application                                       | false
            text/plain; charset="unterminated                 | false
            text/html extra                                   | false
            """)
    void acceptFollowsRfc9110(String value, boolean valid) {
        assertEquals(valid, HeaderSyntax.isAccept(value));
    }

    @ParameterizedTest(name = "Content-Type: [{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            application/json                   | true
            application/json; charset=UTF-8    | true
            multipart/form-data; boundary="a b"| true
            foo                                | false
            */*                                | false
            text/*                             | false
            application/json;;                 | false
            application/json, text/plain       | false
            """)
    void contentTypeIsOneConcreteMediaType(String value, boolean valid) {
        assertEquals(valid, HeaderSyntax.isMediaType(value));
    }
}
