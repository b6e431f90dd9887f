package dev.problemjaxrs.internal;

/** Recognises one family of exceptions; each optional integration contributes one. */
@FunctionalInterface
public interface Translator {

    /** The problem for this throwable, or null if it is not of this translator's family. */
    PendingProblem translate(Throwable thrown);
}
