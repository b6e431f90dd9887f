package dev.problemjaxrs.it.app;

import dev.problemjaxrs.ProblemFeature;
import java.util.List;
import java.util.Map;

/** Implements {@link AuditApi}; no annotations of its own. */
public class AuditResource implements AuditApi {

    @Override
    public Map<String, Object> search(String apiKey, String actor, Paging paging) {
        // as an audit trail records it: the trace id that joins this answer to the server's logs
        return Map.of("entries", List.of(), "page", paging.page(), "page_size", paging.pageSize(),
                "trace_id", ProblemFeature.currentTraceId().orElse("none"));
    }

    @Override
    public AuditExport export(String apiKey) {
        return new AuditExport();
    }

    @Override
    public Map<String, Object> summary(String apiKey) {
        return null;
    }
}
