package dev.problemjaxrs.it.payara;

import dev.problemjaxrs.it.conformance.ConformanceSuite;
import dev.problemjaxrs.it.conformance.RequestTargets;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtendWith;

/** What both Payara applications share: one Payara Micro for the test JVM and its web container's rules. */
@ExtendWith(PayaraExtension.class)
abstract class PayaraSuite extends ConformanceSuite {

    /**
     * Payara's web container refuses, with an empty 400 and before the application is called, a path
     * whose percent-encoding decodes to a NUL or to bytes that are not UTF-8; Jersey's servlet layer
     * answers an unparseable Content-Type with its XHTML 400. No provider can answer either.
     */
    @Override
    protected Duration bodyReadTimeout() {
        return PayaraMicro.READ_TIMEOUT;
    }

    @Override
    protected boolean containerRejects(String rawTarget, String contentType) {
        RequestTargets.DecodedPath path = RequestTargets.decodePath(rawTarget, true);
        return RequestTargets.unparseableMediaType(contentType) || path.hasNul() || !path.validUtf8();
    }
}
