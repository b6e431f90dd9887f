/**
 * Naming the client's inputs the way the client wrote them: parameters by their Jakarta REST annotation,
 * body fields by their JSON path and renames, and reasons in our own words from the target type. A leaf:
 * nothing here knows about problems or responses; results are cached per class, never per application.
 */
package dev.problemjaxrs.internal.naming;
