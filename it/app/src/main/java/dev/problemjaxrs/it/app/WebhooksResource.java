package dev.problemjaxrs.it.app;

import java.util.List;
import java.util.Map;

/** Implements {@link WebhooksApi}; no annotations of its own. */
public class WebhooksResource implements WebhooksApi {

    @Override
    public Map<String, Object> list(String apiKey) {
        return Map.of("webhooks", List.of());
    }

    @Override
    public Map<String, Object> create(String apiKey, Map<String, Object> hook) {
        return hook;
    }

    @Override
    public Webhook hook(String apiKey, String hookId) {
        return new Webhook(hookId);
    }
}
