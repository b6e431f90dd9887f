package dev.problemjaxrs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.problemjaxrs.LeakProbe;
import dev.problemjaxrs.internal.naming.JaxRsResources;
import dev.problemjaxrs.internal.naming.JsonNames;
import dev.problemjaxrs.internal.naming.Reasons;
import dev.problemjaxrs.internal.validation.ValidationIntegration;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.QueryParam;
import java.lang.ref.WeakReference;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A shared jar (a container's lib/, a domain library, Quarkus dev-mode reloads) must not keep a dropped
 * application alive: after the library's caches have seen the application's classes (parameter names,
 * JSON names, reasons, resource checks, violation names and messages), its class loader is collected.
 *
 * <p>The caches are exercised directly: a Jersey server started from the test's class loader keeps
 * application classes reachable by itself (measured: it does so without this library too), which in a
 * real deployment goes away with the application, Jersey included.
 */
class RedeployTest {

    @Test
    void aDroppedApplicationsClassLoaderIsCollected() throws Exception {
        WeakReference<ClassLoader> loader = useAndDrop();
        for (int i = 0; i < 100 && loader.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(loader.get(), "the application's class loader is still reachable");
    }

    private static WeakReference<ClassLoader> useAndDrop() throws Exception {
        ClassLoader loader = new RedefiningLoader(name -> name.startsWith(LeakProbe.class.getName()), name -> false);
        Class<?> resource = loader.loadClass(LeakProbe.class.getName());
        Class<?> body = loader.loadClass(LeakProbe.class.getName() + "$Body");
        Method get = resource.getMethod("get", int.class);
        Method post = resource.getMethod("post", body);

        assertTrue(JaxRsResources.isResource(resource));
        assertEquals("limit", JaxRsResources.parameters(get).get(0).name());
        assertEquals(get, JaxRsResources.find(resource, "get", List.of(int.class)));
        assertEquals(int.class, JaxRsResources.typeOf(get, QueryParam.class, "limit"));
        assertEquals(int.class, JsonNames.property(body, "size").type());
        assertEquals("must be an object", Reasons.mustBe(body));

        ExceptionFamily violations = ValidationIntegration.family(java.util.function.UnaryOperator::identity);
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Object probe = resource.getConstructor().newInstance();
            Object invalid = body.getConstructor().newInstance();
            var found = factory.getValidator().forExecutables().validateParameters(probe, post, new Object[] {invalid});
            PendingProblem pending = violations.translate(new ConstraintViolationException(found));
            assertTrue(pending.toString().contains("InvalidParameter[name=name, reason=must not be blank]"),
                    pending.toString());
        }
        return new WeakReference<>(loader);
    }
}
