package dev.problemjaxrs.internal.cxf;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.cxf.jaxrs.JAXRSServiceImpl;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.model.OperationResourceInfo;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;

/**
 * Apache CXF, loaded only when its Jakarta REST front end is present. CXF gives a feature's configuration
 * only the feature's own registrations, not the application's resources; the endpoint serving the current
 * request knows them. Read on a request's thread only: elsewhere nothing is known.
 */
public final class CxfIntegration {

    private CxfIntegration() {
    }

    /** The root resource classes of the CXF endpoint serving the current request; empty off a CXF request. */
    public static Set<Class<?>> resourceClasses() {
        Exchange exchange = currentExchange();
        Set<Class<?>> classes = new LinkedHashSet<>();
        if (exchange != null && exchange.getService() instanceof JAXRSServiceImpl service) {
            for (ClassResourceInfo resource : service.getClassResourceInfos()) {
                classes.add(resource.getServiceClass());
            }
        }
        return classes;
    }

    /**
     * Whether CXF refused the current request before choosing a resource method (none, or only a
     * sub-resource locator, whose sub-resource then had no match). Its own 404, 405, 406 and 415 then carry an {@code Allow} listing the methods of every root resource of the endpoint
     * ({@code JAXRSUtils.createResponse} in CXF 4.2), which says nothing about the addressed resource.
     */
    public static boolean refusedBeforeMatching() {
        Exchange exchange = currentExchange();
        if (exchange == null) {
            return false;
        }
        OperationResourceInfo operation = exchange.get(OperationResourceInfo.class);
        return operation == null || operation.isSubResourceLocator();
    }

    private static Exchange currentExchange() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        return message == null ? null : message.getExchange();
    }
}
