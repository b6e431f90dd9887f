package dev.problemjaxrs.it.app;

/** An audit export whose entries live in a store that is down: reading them fails while the JSON is written. */
public class AuditExport {

    public String getEntries() {
        throw new IllegalStateException("audit store at 10.0.0.7 unavailable");
    }
}
