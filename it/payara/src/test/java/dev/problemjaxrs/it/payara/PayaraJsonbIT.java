package dev.problemjaxrs.it.payara;

import java.net.URI;
import org.junit.jupiter.api.BeforeAll;

/** The suite on Payara Micro, application {@code /jsonb}: Payara's default JSON-B (Yasson). */
class PayaraJsonbIT extends PayaraSuite {

    private static URI base;

    @BeforeAll
    static void locate(PayaraMicro payara) {
        base = payara.uri("/jsonb/");
    }

    @Override
    protected URI baseUri() {
        return base;
    }

    /** PayaraMicro starts the server with PROBLEMJAXRS_TITLE_LOOP_DETECTED set: MicroProfile Config maps it. */
    @Override
    protected String loopTitle() {
        return "Loop found";
    }
}
