package app.alumni.roster;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.alumni.roster.ScimViews.ScimPatchOperation;

/**
 * RFC 7644 §3.5.2 PATCH, applied to a user's JSON as GET shows it: {@code add}, {@code replace} and {@code remove}
 * (in any case: Azure sends {@code Replace}), with paths {@code attribute}, {@code attribute.sub}, {@code
 * urn:…:attribute} and {@code attribute[type eq "home"].sub}, or without a path and an object of attributes (keys may
 * be paths themselves). Attribute names are compared ignoring case. The result is then checked and written as a PUT.
 */
final class ScimPatch {

    static final int MAX_OPERATIONS = 100;
    private static final List<String> EXTENSIONS = List.of(ScimViews.ENTERPRISE_USER, ScimViews.ALUMNI_USER);
    /** {@code urn:…:}, attribute, {@code [filter]}, {@code .sub}. */
    private static final Pattern PATH = Pattern.compile(
            "^(?:(urn:[^\\[]+):)?([A-Za-z][\\w$-]*)(?:\\[([^]]+)])?(?:\\.([A-Za-z][\\w$-]*))?$");
    private static final Pattern VALUE_FILTER = Pattern.compile("^\\s*([A-Za-z][\\w$-]*)\\s+eq\\s+(?:\"([^\"]*)\"|(true|false))\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Booleans some identity providers send as strings ({@code "False"}). */
    private static final List<String> BOOLEANS = List.of("active", "primary", "contactOptIn", "rehireInterest");

    private enum Op {
        ADD,
        REPLACE,
        REMOVE
    }

    private ScimPatch() {
    }

    /** Applies the operations in order to {@code user}, in place. */
    static void apply(ObjectNode user, List<ScimPatchOperation> operations) {
        for (ScimPatchOperation operation : operations) {
            if (operation == null || operation.op() == null) {
                throw ScimException.invalidValue("scim.invalid-op");
            }
            Op op;
            try {
                op = Op.valueOf(operation.op().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ScimException.invalidValue("scim.invalid-op");
            }
            JsonNode value = operation.value();
            if (op != Op.REMOVE && (value == null || value.isMissingNode())) {
                throw ScimException.invalidValue("scim.patch-value");
            }
            String path = operation.path() == null ? null : operation.path().strip();
            if (path == null || path.isEmpty()) {
                if (op == Op.REMOVE) {
                    throw ScimException.noTarget("");
                }
                if (!value.isObject()) {
                    throw ScimException.invalidValue("scim.patch-value");
                }
                for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext();) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    at(user, op, field.getKey(), field.getValue());
                }
            } else {
                at(user, op, path, value);
            }
        }
        normalizeBooleans(user);
    }

    private static void at(ObjectNode user, Op op, String path, JsonNode value) {
        String extension = extension(path);
        if (extension != null) {
            if (op == Op.REMOVE) {
                user.remove(key(user, extension));
                return;
            }
            if (!value.isObject()) {
                throw ScimException.invalidValue("scim.patch-value");
            }
            value.fields().forEachRemaining(f -> at(user, op, extension + ":" + f.getKey(), f.getValue()));
            return;
        }
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            throw ScimException.invalidPath(path);
        }
        ObjectNode container = container(user, m.group(1), op, path);
        if (container == null) {
            return;
        }
        String attribute = key(container, m.group(2));
        String filter = m.group(3);
        String sub = m.group(4);
        if (filter != null) {
            filtered(container, attribute, filter, sub, op, value, path);
        } else if (sub != null) {
            JsonNode parent = container.get(attribute);
            if (parent == null || parent.isNull()) {
                if (op == Op.REMOVE) {
                    return;
                }
                parent = container.putObject(attribute);
            }
            if (!(parent instanceof ObjectNode object)) {
                throw ScimException.invalidPath(path);
            }
            if (op == Op.REMOVE) {
                object.remove(key(object, sub));
            } else {
                object.set(key(object, sub), value);
            }
        } else if (op == Op.REMOVE) {
            container.remove(attribute);
        } else {
            JsonNode existing = container.get(attribute);
            if (op == Op.ADD && existing instanceof ArrayNode array) {
                if (value.isArray()) {
                    array.addAll((ArrayNode) value);
                } else {
                    array.add(value);
                }
            } else if (existing instanceof ObjectNode object && value.isObject()) {
                // A complex attribute: the sub-attributes given replace theirs, the others stay (RFC 7644 §3.5.2.3).
                value.fields().forEachRemaining(f -> object.set(key(object, f.getKey()), f.getValue()));
            } else {
                container.set(attribute, value);
            }
        }
    }

    /** {@code attribute[filter]} and {@code attribute[filter].sub}: the matching values of a multi-valued attribute. */
    private static void filtered(ObjectNode container, String attribute, String filter, String sub, Op op, JsonNode value, String path) {
        Matcher f = VALUE_FILTER.matcher(filter);
        if (!f.matches()) {
            throw ScimException.invalidPath(path);
        }
        JsonNode existing = container.get(attribute);
        if (existing == null || existing.isNull()) {
            if (op == Op.REMOVE) {
                return;
            }
            existing = container.putArray(attribute);
        }
        if (!(existing instanceof ArrayNode array)) {
            throw ScimException.invalidPath(path);
        }
        List<ObjectNode> matching = new ArrayList<>();
        for (JsonNode element : array) {
            if (element instanceof ObjectNode object && matches(object, f)) {
                matching.add(object);
            }
        }
        if (op == Op.REMOVE) {
            for (int i = array.size() - 1; i >= 0; i--) {
                JsonNode element = array.get(i);
                if (matching.stream().anyMatch(o -> o == element)) {
                    if (sub == null) {
                        array.remove(i);
                    } else {
                        ((ObjectNode) element).remove(key((ObjectNode) element, sub));
                    }
                }
            }
            return;
        }
        if (matching.isEmpty()) {
            // Azure replaces emails[type eq "work"].value of a user without one: the value is added.
            ObjectNode added = array.addObject();
            added.set(f.group(1), f.group(3) != null ? BooleanNode.valueOf(Boolean.parseBoolean(f.group(3)))
                    : JsonNodeFactory.instance.textNode(f.group(2)));
            matching.add(added);
        }
        for (ObjectNode object : matching) {
            if (sub != null) {
                object.set(key(object, sub), value);
            } else if (value.isObject()) {
                value.fields().forEachRemaining(v -> object.set(key(object, v.getKey()), v.getValue()));
            } else {
                throw ScimException.invalidValue("scim.patch-value");
            }
        }
    }

    private static boolean matches(ObjectNode element, Matcher filter) {
        JsonNode actual = element.get(key(element, filter.group(1)));
        if (actual == null) {
            return false;
        }
        return actual.asText().equalsIgnoreCase(filter.group(3) != null ? filter.group(3) : filter.group(2));
    }

    /** The object a path's attribute is in: the user, or one of its extensions (created for add and replace). */
    private static ObjectNode container(ObjectNode user, String urn, Op op, String path) {
        if (urn == null || urn.equalsIgnoreCase(ScimViews.CORE_USER)) {
            return user;
        }
        String extension = extension(urn);
        if (extension == null) {
            throw ScimException.invalidPath(path);
        }
        JsonNode existing = user.get(key(user, extension));
        if (existing instanceof ObjectNode object) {
            return object;
        }
        return op == Op.REMOVE ? null : user.putObject(extension);
    }

    /** The extension schema a path names (ignoring case), or null. */
    private static String extension(String path) {
        return EXTENSIONS.stream().filter(path::equalsIgnoreCase).findFirst().orElse(null);
    }

    /** The name an object has for an attribute (compared ignoring case), or the attribute when it has none. */
    private static String key(ObjectNode object, String attribute) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (name.equalsIgnoreCase(attribute)) {
                return name;
            }
        }
        return attribute;
    }

    /** {@code "True"} and {@code "false"} as booleans, wherever a boolean attribute is (some providers send strings). */
    static void normalizeBooleans(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode v = field.getValue();
                if (v.isTextual() && BOOLEANS.stream().anyMatch(field.getKey()::equalsIgnoreCase)
                        && (v.asText().equalsIgnoreCase("true") || v.asText().equalsIgnoreCase("false"))) {
                    field.setValue(BooleanNode.valueOf(v.asText().equalsIgnoreCase("true")));
                } else {
                    normalizeBooleans(v);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(ScimPatch::normalizeBooleans);
        }
    }
}
