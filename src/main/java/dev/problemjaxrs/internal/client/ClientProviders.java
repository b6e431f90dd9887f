package dev.problemjaxrs.internal.client;

import java.util.List;

/** What {@code ProblemFeature} registers on a client. */
public final class ClientProviders {

    private ClientProviders() {
    }

    /** Whether a registered provider instance is one of these: the feature is installed already. */
    public static boolean isOurs(Object provider) {
        return provider instanceof ErrorResponseFilter;
    }

    /**
     * @param reader        reads error responses
     * @param propagateTrace whether outgoing requests carry the served request's trace id
     */
    public static List<Object> of(RemoteProblemReader reader, boolean propagateTrace) {
        return propagateTrace ? List.of(new ErrorResponseFilter(reader), new TraceparentFilter())
                : List.of(new ErrorResponseFilter(reader));
    }
}
