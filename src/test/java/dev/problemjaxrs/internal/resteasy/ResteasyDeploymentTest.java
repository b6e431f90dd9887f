package dev.problemjaxrs.internal.resteasy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.core.ResteasyContext;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.core.providerfactory.ResteasyProviderFactoryImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a feature found by RESTEasy's scan cannot get from its configuration, read from RESTEasy's own
 * context as RESTEasy fills it: the HTTP-level proof is it/wildfly and it/liberty, which deploy by scanning.
 */
class ResteasyDeploymentTest {

    @Path("/audit")
    interface AuditApi {
        @GET
        String summary();
    }

    /** Takes its {@code @Path} from the interface: RESTEasy's registry keeps the interface, the deployment this class. */
    static final class AuditResource implements AuditApi {
        @Override
        public String summary() {
            return "";
        }
    }

    @Path("/listed")
    static final class ListedResource {
    }

    private final ResteasyProviderFactoryImpl configuration = new ResteasyProviderFactoryImpl();

    @AfterEach
    void leaveRestEasysContext() {
        ResteasyContext.clearContextData();
    }

    @Test
    void aScannedFeatureReadsTheApplicationsPropertiesWhileRestEasyDeploysIt() {
        Application application = new Application() {
            @Override
            public Map<String, Object> getProperties() {
                return Map.of("problemjaxrs.type.base", "https://example.com/errors");
            }
        };
        ResteasyContext.pushContext(Application.class, application);
        assertEquals(Map.of("problemjaxrs.type.base", "https://example.com/errors"),
                ResteasyDeployment.of(configuration).orElseThrow().applicationProperties());
    }

    @Test
    void theResourceClassesAreTheDeploymentsScannedAndListedOnesNotTheirInterfaces() {
        ResteasyDeploymentImpl deployment = new ResteasyDeploymentImpl();
        deployment.setScannedResourceClasses(List.of(AuditResource.class.getName(), "com.example.Gone"));
        deployment.getActualResourceClasses().add(ListedResource.class);
        ResteasyContext.pushContext(org.jboss.resteasy.spi.ResteasyDeployment.class, deployment);
        assertEquals(Set.of(AuditResource.class, ListedResource.class),
                ResteasyDeployment.of(configuration).orElseThrow().resourceClasses());
    }

    @Test
    void outsideRestEasysContextNothingIsRead() {
        ResteasyDeployment resteasy = ResteasyDeployment.of(configuration).orElseThrow();
        assertEquals(Map.of(), resteasy.applicationProperties());
        assertEquals(Set.of(), resteasy.resourceClasses());
    }

    @Test
    void aRuntimeThatCannotReachRestEasyHasNoDeployment() {
        // a class of the boot class loader, as far from RESTEasy as any runtime's configuration can be
        assertTrue(ResteasyDeployment.of(new Object()).isEmpty());
    }
}
