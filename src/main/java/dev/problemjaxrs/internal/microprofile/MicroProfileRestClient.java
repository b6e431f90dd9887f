package dev.problemjaxrs.internal.microprofile;

import dev.problemjaxrs.internal.client.RemoteProblemReader;

/** MicroProfile Rest Client: loaded only when its API is present. */
public final class MicroProfileRestClient {

    private MicroProfileRestClient() {
    }

    /** The response exception mapper that reads error responses as the client filter does. */
    public static Object mapper(RemoteProblemReader reader) {
        return new ProblemResponseExceptionMapper(reader);
    }
}
