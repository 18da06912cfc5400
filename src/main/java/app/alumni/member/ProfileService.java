package app.alumni.member;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.io.IOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.alumni.common.ETags;
import app.alumni.common.ProblemMappers;
import app.alumni.common.ProblemException;

/** Reading and editing profiles. */
@ApplicationScoped
public class ProfileService {

    private final ObjectMapper json;
    private final ObjectReader strictReader;
    private final Validator validator;

    ProfileService(ObjectMapper json, Validator validator) {
        this.json = json;
        this.strictReader = json.readerFor(EditableProfile.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.validator = validator;
    }

    @Transactional
    public Member get(UUID id) {
        Member m = Member.findById(id);
        if (m == null) {
            throw ProblemException.notFound();
        }
        return m;
    }

    /** A member as another caller may see them: only active members, except for HR admins ({@code hrView}) who see everyone. */
    @Transactional
    public Member visibleTo(UUID id, boolean hrView) {
        Member m = Member.findById(id);
        if (m == null || (!hrView && m.status != MemberStatus.ACTIVE)) {
            throw ProblemException.notFound();
        }
        return m;
    }

    /** Applies an RFC 7396 merge patch to the owner's editable profile, honouring {@code If-Match}. */
    @Transactional
    public Member patch(UUID id, JsonNode mergePatch, String ifMatch) {
        if (mergePatch == null || !mergePatch.isObject()) {
            throw ProblemException.invalid("body", "validation.merge-patch-object");
        }
        Member m = RegistrationService.lock(id);
        ETags.check(ifMatch, m.version);
        JsonNode merged = merge(json.valueToTree(EditableProfile.of(m)), mergePatch);
        EditableProfile updated;
        try {
            updated = strictReader.readValue(merged);
        } catch (UnrecognizedPropertyException e) {
            throw ProblemException.invalid(ProblemMappers.jsonPath(e.getPath()), "validation.unknown-field");
        } catch (IOException e) {
            String field = e instanceof JsonMappingException jme ? ProblemMappers.jsonPath(jme.getPath()) : "body";
            throw ProblemException.invalid(field, "validation.invalid-value");
        }
        Set<ConstraintViolation<EditableProfile>> violations = validator.validate(updated);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        var tenure = updated.tenure();
        if (tenure != null && tenure.joinedOn() != null && tenure.leftOn() != null && tenure.leftOn().isBefore(tenure.joinedOn())) {
            throw ProblemException.invalid("tenure.leftOn", "validation.left-before-joined");
        }
        updated.applyTo(m);
        m.touch();
        return m;
    }

    /** RFC 7396: objects merge member by member, {@code null} removes, anything else replaces. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : ((ObjectNode) patch).objectNode();
        patch.fields().forEachRemaining(entry -> {
            if (entry.getValue().isNull()) {
                result.putNull(entry.getKey());
            } else {
                result.set(entry.getKey(), merge(result.get(entry.getKey()), entry.getValue()));
            }
        });
        return result;
    }
}
