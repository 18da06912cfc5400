package app.alumni.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The schemas of the OpenAPI document as client generators need them:
 * <ul>
 * <li>plain formats inline ({@code string}/{@code uuid}, {@code date-time}, {@code date}, a pattern for year-months),
 * never components named after Java types;</li>
 * <li>pages named after their items ({@code EventPage}, not {@code PageEventView});</li>
 * <li>every property a response always carries is {@code required}, so generated types are not all optional;</li>
 * <li>a Jackson {@code JsonNode} is any JSON value (no type);</li>
 * <li>JSON merge-patch bodies are their own schemas ({@code EventPatch}): nothing required, lists nullable, nested
 * objects patched in turn, so a generated client's patch never sends fields its caller did not set.</li>
 * </ul>
 */
final class OpenApiSchemas {

    static final String PREFIX = "#/components/schemas/";
    /** Free text: anything but control characters (tab, line feed and carriage return are fine); enforced on input. */
    static final String TEXT_PATTERN = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$";
    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    static final String YEAR_MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    private static final String ANY_JSON = PREFIX + "JsonNode";
    /** The media types of JSON merge patches; other PATCH bodies (SCIM's PatchOp) are documents of their own. */
    private static final Set<String> MERGE_PATCH_TYPES = Set.of("application/json", HttpNames.MERGE_PATCH_JSON);
    private static final Pattern PAGE = Pattern.compile("Page([A-Z][A-Za-z]*?)(View)?");
    /** The keywords a patch variant copies from its original. */
    private static final List<String> KEYWORDS = List.of("type", "format", "description", "items", "maxItems", "minItems",
            "uniqueItems", "maxLength", "minLength", "pattern", "enum", "minimum", "maximum", "examples", "$ref", "anyOf");

    /** Java types SmallRye turns into components, and the inline schema each stands for. */
    private record Inline(String format, String pattern, int maxLength) {
        void applyTo(Schema schema, boolean nullable) {
            List<SchemaType> types = new ArrayList<>(List.of(SchemaType.STRING));
            if (nullable) {
                types.add(SchemaType.NULL);
            }
            schema.setRef(null);
            schema.setAnyOf(null);
            schema.setType(types);
            schema.setFormat(format);
            schema.setPattern(pattern);
            schema.setMaxLength(maxLength);
            if (maxLength == 36) {
                schema.setMinLength(36);
            }
        }
    }

    private static final Map<String, Inline> JAVA_TYPES = Map.of(
            "UUID", new Inline("uuid", UUID_PATTERN, 36),
            "OffsetDateTime", new Inline("date-time", null, 35),
            "LocalDate", new Inline("date", null, 10),
            "YearMonth", new Inline(null, YEAR_MONTH_PATTERN, 7));

    private OpenApiSchemas() {
    }

    /** {@code PageEventView} → {@code EventPage}; other names stay. */
    static String rename(String component) {
        Matcher page = PAGE.matcher(component);
        return page.matches() ? page.group(1) + "Page" : component;
    }

    /** Applied to every schema of the document (by {@link OpenApiFilter#filterSchema}). */
    static Schema clean(Schema schema) {
        Schema values = schema.getAdditionalPropertiesSchema();
        if (values != null && values.getType() != null && values.getType().contains(SchemaType.INTEGER) && values.getMaximum() == null) {
            // Counts by key (HR's figures by status, say): never negative, within JSON's safe integers.
            values.setMinimum(BigDecimal.ZERO);
            values.setMaximum(BigDecimal.valueOf(9007199254740991L));
        }
        if (ANY_JSON.equals(schema.getRef())) {
            // A Jackson JsonNode is any JSON value: a schema without a type, not a component of the node's getters.
            schema.setRef(null);
            schema.setType(null);
            schema.setItems(null);
            return schema;
        }
        Inline inline = inlineOf(schema.getRef());
        boolean nullable = schema.getType() != null && schema.getType().contains(SchemaType.NULL);
        if (inline != null) {
            inline.applyTo(schema, nullable);
            return schema;
        }
        if (schema.getAnyOf() != null && schema.getAnyOf().size() == 2 && schema.getAnyOf().stream().anyMatch(OpenApiSchemas::isNull)) {
            Schema other = schema.getAnyOf().stream().filter(s -> !isNull(s)).findFirst().orElseThrow();
            Inline nullableInline = inlineOf(other.getRef());
            if (nullableInline != null) {
                nullableInline.applyTo(schema, true);
                return schema;
            }
            if (other.getRef() == null && other.getType() != null) {
                // A nullable plain value (already inlined): one schema with the null type.
                List<SchemaType> types = new ArrayList<>(other.getType());
                types.add(SchemaType.NULL);
                schema.setAnyOf(null);
                schema.setType(types);
                schema.setFormat(other.getFormat());
                schema.setPattern(other.getPattern());
                schema.setMaxLength(other.getMaxLength());
                schema.setMinLength(other.getMinLength());
                return schema;
            }
            // A nullable reference: the reference and null, nothing beside them.
            schema.setType(null);
            schema.setPattern(null);
            schema.setMaxLength(null);
            schema.setFormat(null);
            return schema;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(PREFIX.length());
            schema.setRef(PREFIX + rename(name));
            // SmallRye copies the Java field's string-ness beside an enum's reference; the reference says it all.
            schema.setPattern(null);
            schema.setMaxLength(null);
            if (nullable) {
                schema.setType(null);
                Schema reference = OASFactory.createSchema().ref(schema.getRef());
                schema.setRef(null);
                schema.setAnyOf(new ArrayList<>(List.of(reference, OASFactory.createSchema().addType(SchemaType.NULL))));
            } else {
                schema.setType(null);
            }
            return schema;
        }
        List<SchemaType> types = schema.getType();
        if (nullable && schema.getEnumeration() != null && !schema.getEnumeration().contains(null)) {
            // A nullable enumeration must list null among its values, or validators refuse the null it allows.
            schema.addEnumeration(null);
        }
        if (types == null || !types.contains(SchemaType.STRING)) {
            return schema;
        }
        if ("uuid".equals(schema.getFormat())) {
            schema.maxLength(36).minLength(36).pattern(UUID_PATTERN);
        } else if ("date-time".equals(schema.getFormat())) {
            schema.maxLength(35);
        } else if ("date".equals(schema.getFormat())) {
            schema.maxLength(10);
        }
        if (schema.getFormat() == null && schema.getPattern() == null && schema.getEnumeration() == null && schema.getConstValue() == null
                && schema.getAnyOf() == null) {
            schema.pattern(TEXT_PATTERN);
        }
        return schema;
    }

    /** Applied once to the whole document, after {@link #clean} has seen every schema. */
    static void complete(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Map<String, Schema> renamed = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> {
            if (!JAVA_TYPES.containsKey(name)) {
                renamed.put(rename(name), schema);
            }
        });
        patchVariants(openAPI, renamed);
        requireWhatResponsesAlwaysCarry(openAPI, renamed);
        // What the patch variants replaced (PostEdit, say) is no longer used anywhere.
        Set<String> used = new HashSet<>();
        reachFromOperations(openAPI, renamed, used, used);
        reach(OASFactory.createSchema().ref(PREFIX + "Problem"), renamed, used); // error responses are added afterwards
        renamed.keySet().retainAll(used);
        openAPI.getComponents().setSchemas(renamed);
    }

    // ------------------------------------------------------------------ merge-patch bodies

    private static void patchVariants(OpenAPI openAPI, Map<String, Schema> schemas) {
        forEachOperation(openAPI, (method, operation) -> {
            if (method != PathItem.HttpMethod.PATCH || operation.getRequestBody() == null || operation.getRequestBody()
                    .getContent() == null) {
                return;
            }
            for (Map.Entry<String, MediaType> media : operation.getRequestBody().getContent().getMediaTypes().entrySet()) {
                Schema body = media.getValue().getSchema();
                if (!MERGE_PATCH_TYPES.contains(media.getKey())) {
                    continue;
                }
                if (body != null && body.getRef() != null) {
                    body.setRef(PREFIX + patchOf(body.getRef().substring(PREFIX.length()), schemas));
                }
            }
        });
    }

    /** The merge-patch variant of an object schema (made once), or the schema itself when it needs none. */
    private static String patchOf(String name, Map<String, Schema> schemas) {
        Schema original = schemas.get(name);
        if (!needsPatch(original, schemas)) {
            return name;
        }
        String patchName = patchName(name);
        if (schemas.containsKey(patchName)) {
            return patchName;
        }
        Schema patch = copy(original);
        patch.setRequired(null);
        // The merged result is read strictly: a property the schema does not name is a 400.
        patch.setAdditionalPropertiesBoolean(Boolean.FALSE);
        schemas.put(patchName, patch);
        Map<String, Schema> properties = new LinkedHashMap<>();
        original.getProperties().forEach((property, schema) -> properties.put(property, patchProperty(schema, schemas)));
        patch.setProperties(properties);
        String description = original.getDescription() == null ? "" : original.getDescription() + " ";
        patch.setDescription(description + "As a JSON merge patch (RFC 7396): send only what changes; absent fields stay as they are, "
                + "`null` clears an optional field, lists are replaced whole.");
        return patchName;
    }

    private static Schema patchProperty(Schema property, Map<String, Schema> schemas) {
        Schema patched = copy(property);
        patched.setDefaultValue(null);
        if (property.getRef() != null) {
            patched.setRef(PREFIX + patchOf(property.getRef().substring(PREFIX.length()), schemas));
        } else if (property.getAnyOf() != null) {
            List<Schema> anyOf = new ArrayList<>();
            for (Schema option : property.getAnyOf()) {
                anyOf.add(option.getRef() == null ? option
                        : OASFactory.createSchema().ref(PREFIX + patchOf(option.getRef().substring(PREFIX.length()), schemas)));
            }
            patched.setAnyOf(anyOf);
        } else if (property.getType() != null && property.getType().contains(SchemaType.ARRAY)
                && !property.getType().contains(SchemaType.NULL)) {
            // Absent means "unchanged": a generator must not default a list to [] and wipe it.
            List<SchemaType> types = new ArrayList<>(property.getType());
            types.add(SchemaType.NULL);
            patched.setType(types);
        }
        return patched;
    }

    /** An object schema with required properties, non-nullable lists, or nested objects that need patching in turn. */
    private static boolean needsPatch(Schema schema, Map<String, Schema> schemas) {
        if (schema == null || schema.getProperties() == null) {
            return false;
        }
        if (schema.getRequired() != null && !schema.getRequired().isEmpty()) {
            return true;
        }
        for (Schema property : schema.getProperties().values()) {
            if (property.getType() != null && property.getType().contains(SchemaType.ARRAY) && !property.getType()
                    .contains(SchemaType.NULL)) {
                return true;
            }
            List<Schema> targets = property.getAnyOf() != null ? property.getAnyOf() : List.of(property);
            for (Schema target : targets) {
                if (target.getRef() != null && needsPatch(schemas.get(target.getRef().substring(PREFIX.length())), schemas)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String patchName(String name) {
        if (name.startsWith("Editable")) {
            name = name.substring("Editable".length());
        }
        for (String suffix : List.of("Input", "Edit", "Patch")) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length()) + "Patch";
            }
        }
        return name + "Patch";
    }

    private static Schema copy(Schema original) {
        Schema copy = OASFactory.createSchema();
        for (String keyword : KEYWORDS) {
            Object value = original.get(keyword);
            if (value != null) {
                copy.set(keyword, value instanceof List<?> list ? new ArrayList<>(list) : value);
            }
        }
        return copy;
    }

    // ------------------------------------------------------------------ required response properties

    /**
     * Response objects always carry their non-nullable properties (absent or null is declared nullable), so those are
     * required. Schemas that requests use as well, and schemas that state their own {@code required}, are left alone.
     */
    private static void requireWhatResponsesAlwaysCarry(OpenAPI openAPI, Map<String, Schema> schemas) {
        Set<String> inRequests = new HashSet<>();
        Set<String> inResponses = new HashSet<>();
        reachFromOperations(openAPI, schemas, inRequests, inResponses);
        for (String name : inResponses) {
            Schema schema = schemas.get(name);
            if (inRequests.contains(name) || schema == null || schema.getProperties() == null || schema.getRequired() != null) {
                continue;
            }
            List<String> required = new ArrayList<>();
            schema.getProperties().forEach((property, propertySchema) -> {
                if (!isNullable(propertySchema)) {
                    required.add(property);
                }
            });
            schema.setRequired(required.isEmpty() ? null : required);
        }
    }

    /** The component names the operations use: in parameters and request bodies, and in responses. */
    private static void reachFromOperations(OpenAPI openAPI, Map<String, Schema> schemas, Set<String> inRequests, Set<String> inResponses) {
        forEachOperation(openAPI, (method, operation) -> {
            if (operation.getRequestBody() != null) {
                reach(operation.getRequestBody().getContent(), schemas, inRequests);
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> reach(p.getSchema(), schemas, inRequests));
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> reach(r.getContent(), schemas, inResponses));
            }
        });
    }

    private static void reach(Content content, Map<String, Schema> schemas, Set<String> names) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> reach(m.getSchema(), schemas, names));
        }
    }

    private static void reach(Schema schema, Map<String, Schema> schemas, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(PREFIX.length());
            if (names.add(name)) {
                reach(schemas.get(name), schemas, names);
            }
            return;
        }
        reach(schema.getItems(), schemas, names);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> reach(p, schemas, names));
        }
        for (List<Schema> options : new ArrayList<>(Arrays.asList(schema.getAnyOf(), schema.getAllOf(), schema.getOneOf()))) {
            if (options != null) {
                options.forEach(o -> reach(o, schemas, names));
            }
        }
        reach(schema.getAdditionalPropertiesSchema(), schemas, names);
    }

    private static boolean isNullable(Schema schema) {
        return (schema.getType() != null && schema.getType().contains(SchemaType.NULL))
                || (schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(OpenApiSchemas::isNull));
    }

    private static boolean isNull(Schema schema) {
        return schema.getRef() == null && schema.getType() != null && schema.getType().equals(List.of(SchemaType.NULL));
    }

    private static Inline inlineOf(String ref) {
        return ref != null && ref.startsWith(PREFIX) ? JAVA_TYPES.get(ref.substring(PREFIX.length())) : null;
    }

    static void forEachOperation(OpenAPI openAPI, BiConsumer<PathItem.HttpMethod, Operation> action) {
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach(action));
        }
    }
}
