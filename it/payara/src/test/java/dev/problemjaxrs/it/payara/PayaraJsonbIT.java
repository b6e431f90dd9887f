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
}
