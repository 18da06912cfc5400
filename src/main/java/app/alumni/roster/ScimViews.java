package app.alumni.roster;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The bodies of the SCIM 2.0 endpoints (RFC 7643, RFC 7644). Attribute names are case-insensitive on the way in (RFC
 * 7643 §2.1); absent values are left out on the way out.
 */
final class ScimViews {

    static final String MEDIA_TYPE = "application/scim+json";
    static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String ALUMNI_USER = "urn:ietf:params:scim:schemas:extension:alumni:2.0:User";
    static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
    static final String SERVICE_PROVIDER_CONFIG = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
    static final String RESOURCE_TYPE = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
    static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

    private ScimViews() {
    }

    @Schema(name = "ScimUser", description = "A SCIM User: a current employee the company's identity provider provisions, kept in the "
            + "alumni roster. The enterprise extension's `employeeNumber` is the roster key. Addresses typed `work` are not kept (they "
            + "stop working when the person leaves); a `home` or `other` address is the roster's, where HR's invitation goes.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
    record ScimUser(
            @Size(max = 3) @Schema(maxItems = 3, example = "[\"urn:ietf:params:scim:schemas:core:2.0:User\"]")
            List<@Size(max = 100) String> schemas,
            @Schema(readOnly = true, format = "uuid", maxLength = 36, description = "Assigned by the service.") String id,
            @Size(max = 254) @Schema(maxLength = 254, description = "The identity provider's own id of the user.",
                    example = "a1b2c3d4-0000-4000-8000-00000000abcd")
            String externalId,
            @NotBlank @Size(max = 254) @Schema(maxLength = 254, required = true, description = "Unique, compared ignoring case.",
                    example = "hanako.yamada@corp.example.jp")
            String userName,
            @Valid ScimName name,
            @Size(max = 100) @Schema(maxLength = 100, description = "Used as the name when `name` is absent.", example = "山田 花子")
            String displayName,
            @Schema(description = "False when the person left the company. Default true.") Boolean active,
            @Size(max = 10) @Schema(maxItems = 10) List<@Valid ScimEmail> emails,
            @Valid @JsonProperty(ENTERPRISE_USER) @Schema(name = ENTERPRISE_USER) ScimEnterpriseUser enterprise,
            @Valid @JsonProperty(ALUMNI_USER) @Schema(name = ALUMNI_USER) ScimAlumniUser alumni,
            @Schema(readOnly = true) ScimMeta meta) {
    }

    @Schema(name = "ScimName", description = "The person's name: `formatted`, or family and given name (joined family name first, "
            + "as Japanese names are written).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
    record ScimName(
            @Size(max = 100) @Schema(maxLength = 100, example = "山田 花子") String formatted,
            @Size(max = 50) @Schema(maxLength = 50, example = "山田") String familyName,
            @Size(max = 50) @Schema(maxLength = 50, example = "花子") String givenName) {
    }

    @Schema(name = "ScimEmail", description = "An e-mail address of the user.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
    record ScimEmail(
            @NotBlank @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") @Size(max = 254)
            @Schema(format = "email", maxLength = 254, required = true, example = "hanako@example.jp")
            String value,
            @Size(max = 20) @Schema(maxLength = 20, description = "`work` (not kept), `home` or `other`.", example = "home") String type,
            Boolean primary) {
    }

    @Schema(name = "ScimEnterpriseUser", description = "RFC 7643 §4.3: `employeeNumber` (required here: the roster key) and "
            + "`department` (the roster's last department).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
    record ScimEnterpriseUser(
            @Size(max = 32) @Schema(maxLength = 32, example = "E012345") String employeeNumber,
            @Size(max = 100) @Schema(maxLength = 100, example = "開発本部") String department) {
    }

    @Schema(name = "ScimAlumniUser", description = "This service's extension: what HR's records say for the alumni community. Left "
            + "as it is when a request does not carry the extension.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
    record ScimAlumniUser(
            @Size(max = 100) @Schema(maxLength = 100, example = "ヤマダ ハナコ") String fullNameKana,
            @Schema(description = "Agreed to hear from the company after leaving (HR's invitation is sent then).") Boolean contactOptIn,
            @Schema(description = "Said they might come back.") Boolean rehireInterest) {
    }

    @Schema(name = "ScimMeta", description = "Resource metadata.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScimMeta(
            @Schema(maxLength = 40, example = "User") String resourceType,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime created,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime lastModified,
            @Schema(format = "uri", maxLength = 300) String location,
            @Schema(maxLength = 30, description = "The entity tag (`If-Match`).", example = "W/\"3\"") String version) {
    }

    @Schema(name = "ScimUserList", description = "A page of users (RFC 7644 §3.4.2).")
    record ScimUserList(
            @Schema(maxItems = 1, required = true) List<@Size(max = 100) String> schemas,
            @Schema(required = true, minimum = "0", maximum = "2147483647") int totalResults,
            @Schema(required = true, minimum = "1", maximum = "2147483647") int startIndex,
            @Schema(required = true, minimum = "0", maximum = "200") int itemsPerPage,
            @JsonProperty("Resources") @Schema(name = "Resources", maxItems = 200, required = true) List<ScimUser> resources) {
    }

    @Schema(name = "ScimPatchRequest", description = "RFC 7644 §3.5.2: operations applied in order, all or none.")
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
    record ScimPatchRequest(
            @Schema(maxItems = 1, required = true, example = "[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"]")
            List<@Size(max = 100) String> schemas,
            @JsonProperty("Operations") @Schema(name = "Operations", maxItems = 100, required = true) List<ScimPatchOperation> operations) {
    }

    @Schema(name = "ScimPatchOperation", description = "`add`, `replace` or `remove` (any case). `path` is an attribute "
            + "(`active`, `name.givenName`, `urn:…:enterprise:2.0:User:department`) or `emails[type eq \"home\"].value`; without "
            + "a path, `value` is an object of attributes.")
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
    record ScimPatchOperation(
            @Schema(maxLength = 10, required = true, example = "replace") String op,
            @Schema(maxLength = 200, example = "active") String path,
            @Schema(description = "The new value: a string, boolean, object or array.", example = "false") JsonNode value) {
    }

    @Schema(name = "ScimError", description = "RFC 7644 §3.12: a SCIM error.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScimErrorBody(
            @Schema(maxItems = 1, required = true) List<@Size(max = 100) String> schemas,
            @Schema(maxLength = 3, required = true, example = "409", description = "The HTTP status, as a string.") String status,
            @Schema(maxLength = 20, example = "uniqueness", description = "`invalidFilter`, `uniqueness`, `invalidSyntax`, `invalidPath`, "
                    + "`noTarget`, `invalidValue`, `mutability` or `tooMany`.")
            String scimType,
            @Schema(maxLength = 500, example = "userName is taken.") String detail) {
    }

    @Schema(name = "ScimServiceProviderConfig", description = "RFC 7643 §5: what this SCIM service supports.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScimServiceProviderConfig(
            @Schema(maxItems = 1, required = true) List<@Size(max = 100) String> schemas,
            @Schema(format = "uri", maxLength = 200) String documentationUri,
            @Schema(required = true) ScimSupport patch,
            @Schema(required = true) ScimBulkSupport bulk,
            @Schema(required = true) ScimFilterSupport filter,
            @Schema(required = true) ScimSupport changePassword,
            @Schema(required = true) ScimSupport sort,
            @Schema(required = true) ScimSupport etag,
            @Schema(maxItems = 1, required = true) List<ScimAuthenticationScheme> authenticationSchemes,
            @Schema(required = true) ScimMeta meta) {
    }

    @Schema(name = "ScimSupport", description = "Whether a feature is supported.")
    record ScimSupport(@Schema(required = true) boolean supported) {
    }

    @Schema(name = "ScimBulkSupport", description = "Bulk operations (not supported).")
    record ScimBulkSupport(
            @Schema(required = true) boolean supported,
            @Schema(required = true, minimum = "0", maximum = "0") int maxOperations,
            @Schema(required = true, minimum = "0", maximum = "0") int maxPayloadSize) {
    }

    @Schema(name = "ScimFilterSupport", description = "Filtering: `userName eq` and `externalId eq`.")
    record ScimFilterSupport(
            @Schema(required = true) boolean supported,
            @Schema(required = true, minimum = "1", maximum = "200") int maxResults) {
    }

    @Schema(name = "ScimAuthenticationScheme", description = "How the identity provider authenticates.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScimAuthenticationScheme(
            @Schema(maxLength = 40, required = true) String type,
            @Schema(maxLength = 100, required = true) String name,
            @Schema(maxLength = 500, required = true) String description,
            @Schema(format = "uri", maxLength = 200) String specUri,
            @Schema(required = true) boolean primary) {
    }

    @Schema(name = "ScimResourceType", description = "RFC 7643 §6: a resource type (here only `User`).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScimResourceType(
            @Schema(maxItems = 1, required = true) List<@Size(max = 100) String> schemas,
            @Schema(maxLength = 40, required = true) String id,
            @Schema(maxLength = 40, required = true) String name,
            @Schema(maxLength = 40, required = true) String endpoint,
            @Schema(maxLength = 200) String description,
            @Schema(maxLength = 100, required = true) String schema,
            @Schema(maxItems = 5) List<ScimSchemaExtension> schemaExtensions,
            @Schema(required = true) ScimMeta meta) {
    }

    @Schema(name = "ScimSchemaExtension", description = "An extension schema of a resource type.")
    record ScimSchemaExtension(
            @Schema(maxLength = 100, required = true) String schema,
            @Schema(required = true) boolean required) {
    }

    @Schema(name = "ScimResourceTypeList", description = "The resource types.")
    record ScimResourceTypeList(
            @Schema(maxItems = 1, required = true) List<@Size(max = 100) String> schemas,
            @Schema(required = true, minimum = "0", maximum = "10") int totalResults,
            @Schema(required = true, minimum = "1", maximum = "1") int startIndex,
            @Schema(required = true, minimum = "0", maximum = "10") int itemsPerPage,
            @JsonProperty("Resources") @Schema(name = "Resources", maxItems = 10, required = true) List<ScimResourceType> resources) {
    }

    @Schema(name = "ScimSchema", description = "RFC 7643 §7: a schema and the attributes this service supports of it.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScimSchemaDefinition(
            @Schema(maxItems = 1, required = true) List<@Size(max = 100) String> schemas,
            @Schema(maxLength = 100, required = true) String id,
            @Schema(maxLength = 40, required = true) String name,
            @Schema(maxLength = 200) String description,
            @Schema(maxItems = 20, required = true) List<ScimAttribute> attributes,
            @Schema(required = true) ScimMeta meta) {
    }

    @Schema(name = "ScimAttribute", description = "An attribute of a schema.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScimAttribute(
            @Schema(maxLength = 40, required = true) String name,
            @Schema(maxLength = 20, required = true, example = "string") String type,
            @Schema(required = true) boolean multiValued,
            @Schema(maxLength = 300) String description,
            @Schema(required = true) boolean required,
            @Schema(required = true) boolean caseExact,
            @Schema(maxLength = 20, required = true, example = "readWrite") String mutability,
            @Schema(maxLength = 20, required = true, example = "default") String returned,
            @Schema(maxLength = 20, required = true, example = "none") String uniqueness,
            @Schema(maxItems = 10) List<ScimAttribute> subAttributes) {
    }

    @Schema(name = "ScimSchemaList", description = "The schemas.")
    record ScimSchemaList(
            @Schema(maxItems = 1, required = true) List<@Size(max = 100) String> schemas,
            @Schema(required = true, minimum = "0", maximum = "10") int totalResults,
            @Schema(required = true, minimum = "1", maximum = "1") int startIndex,
            @Schema(required = true, minimum = "0", maximum = "10") int itemsPerPage,
            @JsonProperty("Resources") @Schema(name = "Resources", maxItems = 10, required = true) List<ScimSchemaDefinition> resources) {
    }
}
