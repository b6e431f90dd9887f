package dev.problemjaxrs.it.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.problemjaxrs.testing.ProblemContract;

/** The contract of every error response, {@link ProblemContract}, checked on a response read off the wire. */
final class ProblemInvariants {

    private ProblemInvariants() {
    }

    /** Checks a response to any method but HEAD; returns its body. */
    static JsonNode check(RawHttp.Response response, String context) {
        return contract(response, context, false).body();
    }

    /** Checks a response, without a body if {@code head}; returns how many invariants were checked. */
    static int count(RawHttp.Response response, String context, boolean head) {
        return contract(response, context, head).invariants();
    }

    private static ProblemContract.Result contract(RawHttp.Response response, String context, boolean head) {
        String where = context != null ? context : response.status() + " " + response.headers() + " " + response.text();
        int bodyless = 0;
        if (head) {
            assertEquals(0, response.body().length, "a response to HEAD has no body: " + where);
            bodyless = 1;
        }
        ProblemContract.Result result = ProblemContract.standard().check(response.status(), response::header,
                head ? null : response.text(), where);
        return new ProblemContract.Result(result.body(), result.invariants() + bodyless);
    }
}
