package dev.problemjaxrs.it.quarkus.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

/**
 * A validated body bean whose property has no name of its own: Quarkus's ObjectMapper, a CDI bean
 * configured by {@code quarkus.jackson.property-naming-strategy}, reads {@code maxRetries} as
 * {@code max_retries}, while Bean Validation reports the Java name.
 */
@Path("/retry-policies")
public class RetryPolicies {

    public static class RetryPolicy {
        @Min(0)
        public int maxRetries;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public String create(@Valid RetryPolicy policy) {
        return Integer.toString(policy.maxRetries);
    }
}
