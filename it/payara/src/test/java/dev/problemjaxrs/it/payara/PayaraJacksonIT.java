package dev.problemjaxrs.it.payara;

import dev.problemjaxrs.it.conformance.ConformanceSuite;
import dev.problemjaxrs.it.conformance.RequestTargets;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The suite on Payara Micro, application {@code /jackson}: the Jackson feature Payara ships. */
@ExtendWith(PayaraExtension.class)
class PayaraJacksonIT extends ConformanceSuite {

    private static URI base;

    @BeforeAll
    static void locate(PayaraMicro payara) {
        base = payara.uri("/jackson/");
    }

    @Override
    protected URI baseUri() {
        return base;
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
