package dev.problemjaxrs.it.app;

import java.util.List;
import java.util.Map;

/** Implements {@link AuditApi}; no annotations of its own. */
public class AuditResource implements AuditApi {

    @Override
    public Map<String, Object> search(String apiKey, String actor, Paging paging) {
        return Map.of("entries", List.of(), "page", paging.page(), "page_size", paging.pageSize());
    }

    @Override
    public Map<String, Object> summary(String apiKey) {
        return null;
    }
}
