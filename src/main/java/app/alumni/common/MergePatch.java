package app.alumni.common;

import java.io.IOException;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON merge patch (RFC 7396) onto a record: the current state is written as JSON, the patch merged in, and the
 * result read back strictly (unknown fields are errors) and validated, so PATCH has the same rules as create.
 */
@ApplicationScoped
public class MergePatch {

    private final ObjectMapper json;
    private final Validator validator;

    MergePatch(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalid("body", "validation.merge-patch-object");
        }
        JsonNode merged = merge(json.valueToTree(current), patch);
        T updated;
        try {
            updated = json.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(merged);
        } catch (UnrecognizedPropertyException e) {
            throw ProblemException.invalid(ProblemMappers.jsonPath(e.getPath()), "validation.unknown-field");
        } catch (IOException e) {
            String field = e instanceof JsonMappingException jme ? ProblemMappers.jsonPath(jme.getPath()) : "body";
            throw ProblemException.invalid(field.isEmpty() ? "body" : field, "validation.invalid-value");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(updated);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return updated;
    }

    /** RFC 7396: objects merge member by member, {@code null} removes, anything else replaces. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : ((ObjectNode) patch).objectNode();
        patch.fields().forEachRemaining(entry -> {
            if (entry.getValue().isNull()) {
                result.remove(entry.getKey());
            } else {
                result.set(entry.getKey(), merge(result.get(entry.getKey()), entry.getValue()));
            }
        });
        return result;
    }
}
