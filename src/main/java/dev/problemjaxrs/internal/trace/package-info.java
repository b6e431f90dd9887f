/**
 * Trace ids, the first step of every request: W3C {@code traceparent} and request-id parsing, fresh ids,
 * and the request property that carries the id through the rest of the pipeline. A leaf: nothing here
 * knows about problems or responses.
 */
package dev.problemjaxrs.internal.trace;
