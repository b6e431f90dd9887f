/**
 * The client side, registered by {@code ProblemFeature} on a Jakarta REST {@code Client}: error responses
 * read into {@code RemoteProblemException} ({@code ErrorResponseFilter}, {@code RemoteProblemReader}, body
 * read capped at 64 KiB), and the served request's trace id carried to the next service as
 * {@code traceparent} ({@code TraceparentFilter}). Nothing here is registered on a server, and nothing on a
 * client unless the application registers the feature.
 */
package dev.problemjaxrs.internal.client;
