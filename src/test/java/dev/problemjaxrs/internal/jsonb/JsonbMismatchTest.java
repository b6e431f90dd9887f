package dev.problemjaxrs.internal.jsonb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.problemjaxrs.InvalidParameter;
import jakarta.json.bind.annotation.JsonbProperty;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The walk that names a JSON-B mismatch: JSON-B's names, JSON paths, and its limits. */
class JsonbMismatchTest {

    public record Node(Node child, @JsonbProperty("the_value") Integer value) {
    }

    public record Order(List<Map<String, Integer>> lines, boolean paid, String note) {
    }

    private static InvalidParameter find(String json, Class<?> type) {
        return JsonbMismatch.find(json.getBytes(StandardCharsets.UTF_8), type, null);
    }

    @Test
    void aRenamedPropertyIsNamedByItsJsonbName() {
        assertEquals(new InvalidParameter("child.child.the_value", "must be an integer"),
                find("{\"child\":{\"child\":{\"the_value\":\"x\"}}}", Node.class));
    }

    @Test
    void listElementsAndMapValuesAreIndexed() {
        assertEquals(new InvalidParameter("lines[1][qty]", "must be an integer"),
                find("{\"lines\":[{\"qty\":1},{\"qty\":\"two\"}]}", Order.class));
    }

    @Test
    void whatJsonbAcceptsIsNotClaimed() {
        // a number where a string is declared, an integer as a string, an unknown property: JSON-B binds them
        assertNull(find("{\"note\":5,\"lines\":[{\"qty\":\"3\"}],\"unknown\":{\"a\":[1]},\"paid\":true}", Order.class));
    }

    @Test
    void nothingDeeperThanTheNestingLimitIsWalked() {
        int depth = JsonbMismatch.MAX_DEPTH + 10;
        String deep = "{\"child\":".repeat(depth) + "{\"the_value\":\"x\"}" + "}".repeat(depth);
        assertNull(find(deep, Node.class));
        String shallow = "{\"child\":".repeat(3) + "{\"the_value\":\"x\"}" + "}".repeat(3);
        assertEquals("child.child.child.the_value", find(shallow, Node.class).name());
    }

    @Test
    void jsonThatDoesNotParseNamesNothing() {
        assertNull(find("{\"child\":", Node.class));
    }
}
