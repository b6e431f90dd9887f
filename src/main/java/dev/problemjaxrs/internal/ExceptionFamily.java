package dev.problemjaxrs.internal;

/**
 * Recognises one family of exceptions (Jackson's, JSON-B's, Bean Validation's, Jersey's parameter
 * errors) and says which problem each becomes; each optional integration contributes one.
 */
@FunctionalInterface
public interface ExceptionFamily {

    /** The problem for this throwable, or null if it is not of this family. */
    PendingProblem translate(Throwable thrown);
}
