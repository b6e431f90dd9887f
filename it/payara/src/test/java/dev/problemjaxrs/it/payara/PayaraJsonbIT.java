package dev.problemjaxrs.it.payara;

import dev.problemjaxrs.it.conformance.ConformanceSuite;
import dev.problemjaxrs.it.conformance.RequestTargets;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The suite on Payara Micro, application {@code /jsonb}: Payara's default JSON-B (Yasson). */
@ExtendWith(PayaraExtension.class)
class PayaraJsonbIT extends ConformanceSuite {

    private static URI base;

    @BeforeAll
    static void locate(PayaraMicro payara) {
        base = payara.uri("/jsonb/");
    }

    @Override
    protected URI baseUri() {
        return base;
    }

    /**
     * JSON-B cannot name the mistyped field: Yasson reports {@code "age":"old"} only in the message of a
     * {@code JsonbException} (no path, no target type), which is not for clients. The library therefore
     * names the body as a whole, and the suite asserts exactly that. The {@code /jackson} application of
     * the same WAR names {@code age}, which also shows that its JSON feature does not leak into this one.
     */
    @Override
    protected boolean namesMistypedFields() {
        return false;
    }

    /**
     * Payara's web container refuses, with an empty 400 and before the application is called, a path
     * whose percent-encoding decodes to a NUL or to bytes that are not UTF-8; Jersey's servlet layer
     * answers an unparseable Content-Type with its XHTML 400. No provider can answer either.
     */
    @Override
    protected boolean containerRejects(String rawTarget, String contentType) {
        return RequestTargets.unparseableMediaType(contentType)
                || RequestTargets.pathDecodesToNulOrInvalidUtf8(rawTarget, false, true);
    }
}
