/**
 * MicroProfile Rest Client: the {@code ResponseExceptionMapper} that reads an error response into
 * {@code RemoteProblemException}. Loaded only when {@code microprofile-rest-client-api} is present.
 */
package dev.problemjaxrs.internal.microprofile;
