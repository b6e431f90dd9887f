package dev.problemjaxrs.internal;

import dev.problemjaxrs.InvalidParameter;
import java.util.List;

/**
 * A complete problem document, exactly what goes on the wire.
 *
 * @param detail may be null
 */
record ProblemDocument(String type, String title, String detail, List<InvalidParameter> invalidParameters,
                              String instance) {

    ProblemDocument {
        invalidParameters = List.copyOf(invalidParameters);
    }
}
