package dev.problemjaxrs.it.liberty;

import dev.problemjaxrs.it.app.SampleApp;
import dev.problemjaxrs.it.conformance.Http;
import dev.problemjaxrs.it.conformance.ProblemResponse;
import dev.problemjaxrs.it.conformance.ServerProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The library in WEB-INF/lib found by Liberty's scan, application {@code /scanned}: installed with the
 * application's properties, its details drawn from the resources Liberty deployed. The conformance suite
 * runs on {@code /listed}: Liberty's scan leaves out two of the sample's resources.
 */
@ExtendWith(LibertyExtension.class)
class LibertyScanningIT {

    private Http http;

    @BeforeEach
    void connect(ServerProcess liberty) {
        http = new Http(liberty.uri(Liberty.CONTEXT_ROOT + "/scanned/"));
    }

    @Test
    void aScannedFeatureReadsTheApplicationsProperties() {
        ProblemResponse.of(http.get("/no/such/route")).status(404).type(SampleApp.TYPE_BASE + "#not-found");
    }

    @Test
    void aScannedApplicationsResourcesGive406ItsFullDetail() {
        ProblemResponse.of(http.get("/accounts/abcd1234/secrets", "Accept", "application/xml")).status(406)
                .detail("Invalid Accept header provided. Must be one of the following: 'application/json'");
    }

    /**
     * Liberty's servlet container initializer (RESTfulServletContainerInitializer, a
     * ResteasyServletInitializer) deploys a scanned class only if it carries {@code @Path} itself: it skips
     * interfaces and never looks at the classes implementing them. The sample's AuditResource takes its
     * {@code @Path} from AuditApi, so the scanned application answers 404, as a problem. Should Liberty
     * start deploying it, this test says so.
     */
    @Test
    void aResourceWhosePathIsOnItsInterfaceIsNotDeployedByLibertysScan() {
        ProblemResponse.of(http.get("/accounts/abcd1234/audit/summary")).status(404)
                .type(SampleApp.TYPE_BASE + "#not-found");
    }
}
