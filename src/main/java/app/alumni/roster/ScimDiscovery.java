package app.alumni.roster;

import java.util.List;
import java.util.Optional;

import app.alumni.common.PublicLinks;
import app.alumni.roster.ScimViews.ScimAttribute;
import app.alumni.roster.ScimViews.ScimAuthenticationScheme;
import app.alumni.roster.ScimViews.ScimBulkSupport;
import app.alumni.roster.ScimViews.ScimFilterSupport;
import app.alumni.roster.ScimViews.ScimMeta;
import app.alumni.roster.ScimViews.ScimResourceType;
import app.alumni.roster.ScimViews.ScimSchemaDefinition;
import app.alumni.roster.ScimViews.ScimSchemaExtension;
import app.alumni.roster.ScimViews.ScimServiceProviderConfig;
import app.alumni.roster.ScimViews.ScimSupport;

/**
 * What the SCIM service supports (RFC 7643 §5-7), for identity providers that read it: PATCH and ETags yes, bulk,
 * sorting and password changes no; the User resource type with the enterprise and this service's extension; and the
 * attributes this service keeps of each schema.
 */
final class ScimDiscovery {

    static final String BASE = "/scim/v2";

    private ScimDiscovery() {
    }

    static ScimServiceProviderConfig serviceProviderConfig(PublicLinks links) {
        return new ScimServiceProviderConfig(List.of(ScimViews.SERVICE_PROVIDER_CONFIG), null, new ScimSupport(true),
                new ScimBulkSupport(false, 0, 0), new ScimFilterSupport(true, ScimService.MAX_COUNT), new ScimSupport(false),
                new ScimSupport(false), new ScimSupport(true),
                List.of(new ScimAuthenticationScheme("oauthbearertoken", "OAuth Bearer Token",
                        "An access token of an API client with the scim scope, from the token endpoint /api/v1/oauth/token by the client "
                                + "credentials grant.",
                        "https://www.rfc-editor.org/info/rfc6750", true)),
                meta("ServiceProviderConfig", links.url(BASE + "/ServiceProviderConfig")));
    }

    static List<ScimResourceType> resourceTypes(PublicLinks links) {
        return List.of(new ScimResourceType(List.of(ScimViews.RESOURCE_TYPE), "User", "User", "/Users",
                "Current employees, kept in the alumni roster", ScimViews.CORE_USER,
                List.of(new ScimSchemaExtension(ScimViews.ENTERPRISE_USER, true), new ScimSchemaExtension(ScimViews.ALUMNI_USER, false)),
                meta("ResourceType", links.url(BASE + "/ResourceTypes/User"))));
    }

    static Optional<ScimResourceType> resourceType(String id, PublicLinks links) {
        return resourceTypes(links).stream().filter(t -> t.id().equals(id)).findFirst();
    }

    static List<ScimSchemaDefinition> schemas(PublicLinks links) {
        return List.of(
                schema(ScimViews.CORE_USER, "User", "User Account", links, List.of(
                        new ScimAttribute("userName", "string", false, "Unique identifier for the user.", true, false, "readWrite",
                                "default", "server", null),
                        new ScimAttribute("externalId", "string", false, "The identity provider's id of the user.", false, true,
                                "readWrite", "default", "none", null),
                        new ScimAttribute("name", "complex", false, "The name (family name first when joined).", false, false,
                                "readWrite", "default", "none", List.of(
                                        string("formatted", "The full name."), string("familyName", "The family name."),
                                        string("givenName", "The given name."))),
                        string("displayName", "The name, when name is absent."),
                        attribute("active", "boolean", "False once the person left the company."),
                        new ScimAttribute("emails", "complex", true, "Addresses; a work address is not kept.", false, false, "readWrite",
                                "default", "none", List.of(string("value", "The address."), string("type", "work, home or other."),
                                        attribute("primary", "boolean", "The preferred address."))))),
                schema(ScimViews.ENTERPRISE_USER, "EnterpriseUser", "Enterprise User", links, List.of(
                        new ScimAttribute("employeeNumber", "string", false, "The roster key.", true, false, "readWrite", "default",
                                "server", null),
                        string("department", "The department (the roster's last department)."))),
                schema(ScimViews.ALUMNI_USER, "AlumniUser", "What HR's records say for the alumni community", links, List.of(
                        string("fullNameKana", "The reading of the name, in katakana."),
                        attribute("contactOptIn", "boolean", "Agreed to hear from the company after leaving."),
                        attribute("rehireInterest", "boolean", "Said they might come back."))));
    }

    static Optional<ScimSchemaDefinition> schema(String id, PublicLinks links) {
        return schemas(links).stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static ScimSchemaDefinition schema(String id, String name, String description, PublicLinks links,
            List<ScimAttribute> attributes) {
        return new ScimSchemaDefinition(List.of(ScimViews.SCHEMA), id, name, description, attributes,
                meta("Schema", links.url(BASE + "/Schemas/" + id)));
    }

    private static ScimAttribute string(String name, String description) {
        return attribute(name, "string", description);
    }

    private static ScimAttribute attribute(String name, String type, String description) {
        return new ScimAttribute(name, type, false, description, false, false, "readWrite", "default", "none", null);
    }

    private static ScimMeta meta(String resourceType, String location) {
        return new ScimMeta(resourceType, null, null, location, null);
    }
}
