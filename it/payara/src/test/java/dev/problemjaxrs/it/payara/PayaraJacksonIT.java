package dev.problemjaxrs.it.payara;

import dev.problemjaxrs.it.conformance.ConformanceSuite;
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
}
