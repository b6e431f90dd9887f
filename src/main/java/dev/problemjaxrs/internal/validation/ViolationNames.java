package dev.problemjaxrs.internal.validation;

import dev.problemjaxrs.internal.naming.JsonNames;
import dev.problemjaxrs.internal.naming.JaxRsResources;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.function.UnaryOperator;

/**
 * The name a client knows an input by, from a violation's path ({@code create.arg0.address.zip}):
 * a parameter by the name in its Jakarta REST annotation, found from the parameter's index; a body
 * field by its JSON path ({@code address.zip}, {@code items[2].qty}); a constraint on the body as a
 * whole by {@code body}; a cross-parameter constraint by {@code parameters}.
 */
final class ViolationNames {

    static final String CROSS_PARAMETER = "parameters";

    private ViolationNames() {
    }

    /**
     * True if the violation is on the request body itself and the body is absent: Jackson gives a null
     * entity for an empty body, so a required body that was not sent shows up as a null body parameter.
     */
    static boolean isMissingBody(ConstraintViolation<?> violation) {
        if (violation.getInvalidValue() != null) {
            return false;
        }
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        Path.Node first = nodes.hasNext() ? nodes.next() : null;
        Path.Node second = nodes.hasNext() ? nodes.next() : null;
        if (first == null || first.getKind() != ElementKind.METHOD || second == null
                || second.getKind() != ElementKind.PARAMETER || nodes.hasNext()) {
            return false;
        }
        Method method = JaxRsResources.find(violation.getRootBeanClass(), first.getName(),
                first.as(Path.MethodNode.class).getParameterTypes());
        int index = second.as(Path.ParameterNode.class).getParameterIndex();
        return method != null && index < JaxRsResources.parameters(method).size()
                && JaxRsResources.parameters(method).get(index).kind() == JaxRsResources.Kind.BODY;
    }

    /** @param defaultNaming the application's naming of JSON properties a class does not name itself */
    static String name(ConstraintViolation<?> violation, UnaryOperator<String> defaultNaming) {
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        if (!nodes.hasNext()) {
            return JsonNames.BODY;
        }
        Path.Node first = nodes.next();
        StringBuilder name = new StringBuilder();
        Type current;
        if (first.getKind() == ElementKind.METHOD || first.getKind() == ElementKind.CONSTRUCTOR) {
            if (!nodes.hasNext()) {
                return JsonNames.BODY;
            }
            Path.Node second = nodes.next();
            if (second.getKind() == ElementKind.CROSS_PARAMETER) {
                return CROSS_PARAMETER;
            }
            if (second.getKind() != ElementKind.PARAMETER || first.getKind() != ElementKind.METHOD) {
                return JsonNames.BODY;
            }
            Method method = JaxRsResources.find(violation.getRootBeanClass(), first.getName(),
                    first.as(Path.MethodNode.class).getParameterTypes());
            int index = second.as(Path.ParameterNode.class).getParameterIndex();
            if (method == null || index >= JaxRsResources.parameters(method).size()) {
                return JsonNames.BODY;
            }
            JaxRsResources.Parameter parameter = JaxRsResources.parameters(method).get(index);
            switch (parameter.kind()) {
                case BODY, CONTEXT -> current = parameter.type();
                case BEAN -> {
                    return beanParameter(parameter.type(), nodes);
                }
                default -> {
                    return parameter.name();
                }
            }
        } else {
            // a bean validated by application code: its properties are its JSON names
            current = violation.getRootBeanClass();
            current = appendNode(name, first, current, defaultNaming);
        }
        while (nodes.hasNext()) {
            current = appendNode(name, nodes.next(), current, defaultNaming);
        }
        return JsonNames.finish(name);
    }

    /** Appends one node's segment and returns the type the next node lives in. */
    private static Type appendNode(StringBuilder name, Path.Node node, Type current,
                                   UnaryOperator<String> defaultNaming) {
        if (node.isInIterable()) {
            current = JsonNames.elementType(current);
            Object index = node.getIndex() != null ? node.getIndex() : node.getKey();
            if (index != null) {
                JsonNames.appendIndex(name, index);
            }
        }
        if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
            JsonNames.Property property = JsonNames.property(JsonNames.raw(current), node.getName());
            JsonNames.appendProperty(name, property.jsonName(defaultNaming));
            return property.type();
        }
        return current;
    }

    private static String beanParameter(Type beanType, Iterator<Path.Node> nodes) {
        if (!nodes.hasNext()) {
            return JsonNames.BODY;
        }
        Path.Node node = nodes.next();
        Class<?> raw = JsonNames.raw(beanType);
        JaxRsResources.Parameter field = raw == null || node.getName() == null ? null
                : JaxRsResources.beanProperty(raw, node.getName());
        return field != null && field.name() != null ? field.name()
                : node.getName() != null ? node.getName() : JsonNames.BODY;
    }
}
