package app.alumni.roster;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.alumni.support.Api;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** An identity provider's SCIM calls, as Azure AD (Entra ID) and Okta send them. */
final class Scim {

    static final String MEDIA_TYPE = "application/scim+json";
    static final String USERS = "/scim/v2/Users";
    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String ALUMNI = "urn:ietf:params:scim:schemas:extension:alumni:2.0:User";
    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Scim() {
    }

    /** A new employee as Azure AD provisions one: work address, enterprise extension, and here a private address too. */
    static Map<String, Object> employee(String number, String userName, String privateEmail) {
        return Map.ofEntries(
                // What this service does not keep is accepted and left out.
                Map.entry("title", "エンジニア"),
                Map.entry("phoneNumbers", List.of(Map.of("value", "+81-3-0000-0000", "type", "work"))),
                Map.entry("preferredLanguage", "ja-JP"),
                Map.entry("schemas", List.of("urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE)),
                Map.entry("userName", userName),
                Map.entry("externalId", "ext-" + number),
                Map.entry("active", true),
                Map.entry("name", Map.of("familyName", "高橋", "givenName", number)),
                Map.entry("emails", List.of(Map.of("value", userName, "type", "work", "primary", true),
                        Map.of("value", privateEmail, "type", "home"))),
                Map.entry(ENTERPRISE, Map.of("employeeNumber", number, "department", "開発本部", "manager", Map.of("value", "m-1"))),
                Map.entry(ALUMNI, Map.of("contactOptIn", true)));
    }

    static RequestSpecification as(Api.Client idp, Object body) {
        return idp.as().config(Rosters.AS_GIVEN).contentType(MEDIA_TYPE).body(bytes(body));
    }

    static Response create(Api.Client idp, Object body) {
        return as(idp, body).post(USERS);
    }

    static Response patch(Api.Client idp, String id, Object... operations) {
        return as(idp, Map.of("schemas", List.of(PATCH_OP), "Operations", List.of(operations))).patch(USERS + "/" + id);
    }

    static Map<String, Object> op(String op, String path, Object value) {
        return path == null ? Map.of("op", op, "value", value) : Map.of("op", op, "path", path, "value", value);
    }

    static byte[] bytes(Object body) {
        if (body instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
