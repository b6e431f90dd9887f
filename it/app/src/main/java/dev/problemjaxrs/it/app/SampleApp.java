package dev.problemjaxrs.it.app;

import java.util.Map;
import java.util.Set;

/** What every runtime deploys, and the demo's configuration. */
public final class SampleApp {

    /** The standard's own documentation as type base, so the examples are reproduced exactly. */
    public static final String TYPE_BASE = "https://developer.vonage.com/api-errors";

    private SampleApp() {
    }

    /** Resources and providers of the sample API (the library itself is registered by each runtime). */
    public static Set<Class<?>> classes() {
        return Set.of(SecretsApi.class, AuditResource.class, WebhooksResource.class, CredentialsFilter.class, BillingApi.class,
                BillingApi.InvoiceMissingMapper.class, BillingApi.FrozenAccountFilter.class);
    }

    /** The properties that make the problems read like the standard's examples. */
    public static Map<String, Object> properties() {
        return Map.of("problemjaxrs.type.base", TYPE_BASE,
                "problemjaxrs.type.validation", SecretsApi.SECRETS_TYPE + "#validation");
    }
}
