package app.alumni.common;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API's front matter in the OpenAPI document: info, servers, tags and the bearer-token security scheme. */
@OpenAPIDefinition(
        info = @Info(title = "Alumni API", version = "1.0.0",
                description = """
                        Members-only community for a company's former employees (アルムナイ) and current employees: \
                        registration verified by HR, profiles and the alumni directory, posts and the feed, events, careers \
                        and the re-hire talent pool, surveys and feedback.

                        Conventions: JSON in UTF-8 (strictly well-formed; control characters refused in text, query \
                        parameters and paths); errors are RFC 9457 problem+json in English or Japanese by \
                        `Accept-Language`, 400s name each invalid field in `errors`; collections are keyset-paginated \
                        (`limit`, `cursor` → `{items, nextCursor}`); every PATCH is a JSON merge patch (RFC 7396) honouring \
                        `If-Match` (412 when stale); downloads (CSV, iCalendar) are operations of their own. Request bodies \
                        take up to 64 KiB, 256 KiB for posts, comments, events, listings and surveys (413 beyond). \
                        Responses are `Cache-Control: no-store` but for the privacy policy and the JWK set. Health, metrics \
                        and this document are served on the management port in production.""",
                contact = @Contact(name = "Alumni API team", email = "alumni-api@example.com"),
                license = @License(name = "Proprietary", identifier = "LicenseRef-Proprietary")),
        servers = @Server(url = "/", description = "This service, in whichever environment (local, staging or production) serves this "
                + "document"),
        tags = {
                @Tag(name = "Authentication", description = "Registration, sign-in, tokens and passwords."),
                @Tag(name = "Members", description = "Profiles and the alumni directory."),
                @Tag(name = "Posts", description = "Company announcements and member discussions: the feed, comments and reactions."),
                @Tag(name = "Events", description = "Online and in-person gatherings: proposals, RSVP with waitlist, attendance and "
                        + "calendars."),
                @Tag(name = "Careers", description = "Job listings, business collaborations, applications and the re-hire talent pool."),
                @Tag(name = "Surveys", description = "Questionnaires HR runs, one response per member, anonymous when asked, results and "
                        + "CSV export."),
                @Tag(name = "Conversations", description = "Private conversations between members: only their participants read them."),
                @Tag(name = "Groups", description = "Smaller circles (a department, a region, a cohort, an interest): official ones by HR, "
                        + "others proposed by members; closed groups keep their content to their members."),
                @Tag(name = "Feedback", description = "The feedback box: ideas and requests from members, with HR's replies."),
                @Tag(name = "Moderation", description = "Reports of posts, comments and messages, and hiding or restoring them."),
                @Tag(name = "Administration", description = "HR's verification of registrations and management of accounts."),
                @Tag(name = "Privacy", description = "The privacy policy's versions and members' consents, HR's audit log of reads of "
                        + "personal data and administrative actions, and each member's view of who read their data."),
                @Tag(name = "Roster", description = "HR's record of who left the company: imported from the HR database, matched against "
                        + "registrations."),
                @Tag(name = "SCIM", description = "SCIM 2.0 (RFC 7643/7644) for the company's identity provider: current employees "
                        + "provisioned into the roster, and the leaver flow when it deactivates or deletes them."),
                @Tag(name = "Webhooks", description = "Signed events pushed to HR's systems as things happen, with retries and a delivery "
                        + "log."),
                @Tag(name = "Notifications", description = "What happened that concerns me: in the app, as a live stream, and by e-mail as "
                        + "each member prefers.") },
        security = @SecurityRequirement(name = "bearerAuth"))
@SecurityScheme(securitySchemeName = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Access token from `POST /api/v1/auth/login`: an RS256 JWT valid for 15 minutes, issued and checked following "
                + "RFC8725 (JWT best current practices): fixed algorithm, `iss` and `aud` verified, public keys at "
                + "`/.well-known/jwks.json`.")
@SecurityScheme(securitySchemeName = OpenApiFilter.HR_ADMIN_SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "The `/api/v1/admin` operations: the access token of a member who is an HR admin (the same token as `bearerAuth`, "
                + "from `POST /api/v1/auth/login`; the role is read from the account on every request). An RS256 JWT issued and checked "
                + "following RFC8725.")
public class OpenApiDefinition extends Application {
}
