package dev.problemjaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The public values reject bad input when built, not when rendered. */
class ProblemValueTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void aTitleIsRequired(String title) {
        assertThrows(IllegalArgumentException.class, () -> Problem.builder().title(title));
    }

    @Test
    void buildingWithoutTitleFails() {
        assertThrows(IllegalStateException.class, () -> Problem.builder().type("https://x.example/e").build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a uri", "https://x.example/a b", "::", " "})
    void aTypeMustBeAUriReference(String type) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Problem.builder().type(type));
        assertTrue(e.getMessage().startsWith("Problem type"), e.getMessage());
    }

    @Test
    void relativeTypesAreUriReferences() {
        assertEquals(URI.create("/errors#x"), Problem.builder().type("/errors#x").title("t").build().type().orElseThrow());
    }

    @Test
    void invalidParametersAreCopiedAndUnmodifiable() {
        Problem.Builder builder = Problem.builder().title("t").invalidParameter("a", "is required");
        Problem problem = builder.build();
        builder.invalidParameter("b", "is required");
        assertEquals(List.of(InvalidParameter.of("a", "is required")), problem.invalidParameters());
        assertThrows(UnsupportedOperationException.class, () -> problem.invalidParameters().add(null));
    }

    @Test
    void toBuilderDerivesAnEqualCopy() {
        Problem problem = Problem.builder().type("https://x.example/e").title("t").detail("d")
                .invalidParameter("a", "r").build();
        assertEquals(problem, problem.toBuilder().build());
        assertEquals(problem.hashCode(), problem.toBuilder().build().hashCode());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void invalidParameterNeedsNameAndReason(String text) {
        assertThrows(IllegalArgumentException.class, () -> InvalidParameter.of(text, "r"));
        assertThrows(IllegalArgumentException.class, () -> InvalidParameter.of("n", text));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 200, 302, 399, 600, -1})
    void aProblemExceptionNeedsAnErrorStatus(int status) {
        Problem problem = Problem.builder().title("t").build();
        assertThrows(IllegalArgumentException.class, () -> new ProblemException(status, problem));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Content-Type", "content-length", "Set-Cookie", " "})
    void aProblemExceptionCannotSetBodyOrCookieHeaders(String header) {
        Problem problem = Problem.builder().title("t").build();
        assertThrows(IllegalArgumentException.class,
                () -> new ProblemException(400, problem, Map.of(header, List.of("x"))));
    }

    @Test
    void aProblemExceptionCapturesNoStackUnlessItHasACause() {
        Problem problem = Problem.builder().title("t").build();
        assertEquals(0, new ProblemException(400, problem).getStackTrace().length);
        assertTrue(new ProblemException(500, problem, Map.of(), new RuntimeException()).getStackTrace().length > 0);
    }
}
