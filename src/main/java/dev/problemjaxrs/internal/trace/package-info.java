/**
 * Trace ids, the first step of every request: W3C {@code traceparent} and request-id parsing, fresh ids,
 * the request property that carries the id through the rest of the pipeline, the logging MDCs it is
 * put in (each framework's class touched only when it is present), and how a runtime's
 * request is read cheaply on the path every request takes. A leaf: nothing here
 * knows about problems or responses.
 */
package dev.problemjaxrs.internal.trace;
