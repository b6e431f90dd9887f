package dev.problemjaxrs.it.app;

/** A stored secret: only its id and creation time are ever returned. */
public record Secret(String id, String created) {
}
