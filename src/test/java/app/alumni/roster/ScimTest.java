package app.alumni.roster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import app.alumni.support.Api;
import app.alumni.support.Concurrently;
import app.alumni.support.Mails;
import app.alumni.support.Smtp;
import app.alumni.support.TestClock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * SCIM 2.0 as the company's identity provider drives it: discovery, lookups by filter, creation, PUT and PATCH in the
 * shapes Azure AD and Okta send, deletion, and the leaver flow end to end (roster, member, invitation mail).
 */
@QuarkusTest
@WithTestResource(value = Smtp.class, scope = TestResourceScope.GLOBAL)
class ScimTest {

    @Smtp.Server
    GreenMail smtp;

    @Inject
    TestClock clock;

    @Inject
    Leavers leavers;

    private static Api.Client idp;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Api.Client idp() {
        if (idp == null) {
            idp = Api.client("scim");
        }
        return idp;
    }

    private static String thisMonth() {
        return YearMonth.now(ZoneId.of("Asia/Tokyo")).toString();
    }

    @Test
    void discoveryDescribesWhatIsSupported() {
        idp().as().get("/scim/v2/ServiceProviderConfig").then().statusCode(200).contentType(startsWith(Scim.MEDIA_TYPE))
                .body("schemas", contains("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"))
                .body("patch.supported", equalTo(true)).body("etag.supported", equalTo(true)).body("bulk.supported", equalTo(false))
                .body("filter.maxResults", equalTo(200)).body("authenticationSchemes[0].type", equalTo("oauthbearertoken"));
        idp().as().get("/scim/v2/ResourceTypes").then().statusCode(200).body("totalResults", equalTo(1))
                .body("Resources[0].endpoint", equalTo("/Users"))
                .body("Resources[0].schemaExtensions.schema", hasItem(Scim.ENTERPRISE));
        idp().as().get("/scim/v2/ResourceTypes/User").then().statusCode(200).body("schema", equalTo(
                "urn:ietf:params:scim:schemas:core:2.0:User"));
        idp().as().get("/scim/v2/Schemas").then().statusCode(200).body("totalResults", equalTo(3));
        idp().as().get("/scim/v2/Schemas/" + Scim.ENTERPRISE).then().statusCode(200)
                .body("attributes.find { it.name == 'employeeNumber' }.required", equalTo(true));
        idp().as().get("/scim/v2/Schemas/urn:example:nothing").then().statusCode(404).contentType(startsWith(Scim.MEDIA_TYPE))
                .body("schemas", contains("urn:ietf:params:scim:api:messages:2.0:Error")).body("status", equalTo("404"));
    }

    @Test
    void onlyClientsWithTheScimScopeGetIn() {
        given().get(Scim.USERS).then().statusCode(401);
        Api.admin().as().get(Scim.USERS).then().statusCode(403);
        Api.client("roster:write").as().get(Scim.USERS).then().statusCode(403)
                .body("type", equalTo("urn:alumni:problem:insufficient-scope"));
        given().get("/scim/v2/ServiceProviderConfig").then().statusCode(401);
    }

    @Test
    void anIdentityProviderCreatesFindsAndReadsAUser() {
        Api.Session hr = Api.admin();
        String number = Rosters.number();
        String userName = number.toLowerCase() + "@corp.example.jp";
        String home = Api.uniqueEmail("home");
        Response created = Scim.create(idp(), Scim.employee(number, userName, home));
        created.then().statusCode(201).contentType(startsWith(Scim.MEDIA_TYPE)).header("ETag", notNullValue())
                .header("Location", startsWith("http")).body("userName", equalTo(userName)).body("active", equalTo(true))
                .body("name.formatted", equalTo("高橋 " + number)).body("name.familyName", equalTo("高橋"))
                .body("emails.value", contains(home)).body("'" + Scim.ENTERPRISE + "'.employeeNumber", equalTo(number))
                .body("meta.resourceType", equalTo("User")).body("meta.version", equalTo(created.header("ETag")));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/scim/v2/Users/" + id);

        // Azure looks a user up by userName (any case) or externalId before creating it.
        idp().as().queryParam("filter", "userName eq \"" + userName.toUpperCase() + "\"").get(Scim.USERS).then().statusCode(200)
                .body("schemas", contains("urn:ietf:params:scim:api:messages:2.0:ListResponse")).body("totalResults", equalTo(1))
                .body("Resources[0].id", equalTo(id));
        idp().as().queryParam("filter", "externalId eq \"ext-" + number + "\"").get(Scim.USERS).then().body("totalResults", equalTo(1));
        idp().as().queryParam("filter", "userName eq \"nobody-" + number + "\"").get(Scim.USERS).then().statusCode(200)
                .body("totalResults", equalTo(0)).body("Resources", empty());
        idp().as().queryParam("filter", "displayName co \"高橋\"").get(Scim.USERS).then().statusCode(400)
                .contentType(startsWith(Scim.MEDIA_TYPE)).body("scimType", equalTo("invalidFilter"));
        idp().as().get(Scim.USERS + "/" + id).then().statusCode(200).header("ETag", equalTo(created.header("ETag")))
                .body("externalId", equalTo("ext-" + number));

        // In the roster: a current employee (no leaving date), the private address kept, the work address not.
        Rosters.entry(hr, number).then().statusCode(200).body("scimUserName", equalTo(userName)).body("leftOn", nullValue())
                .body("email", equalTo(home)).body("lastDepartment", equalTo("開発本部")).body("contactOptIn", equalTo(true))
                .body("state", equalTo("NOT_INVITED"));
    }

    @Test
    void attributeNamesAreComparedIgnoringCase() {
        Api.Session hr = Api.admin();
        String number = Rosters.number();
        String body = "{\"USERNAME\": \"" + number + "@corp.example.jp\", \"Name\": {\"FamilyName\": \"中村\", \"GIVENNAME\": \"光\"},"
                + " \"Active\": \"true\", \"" + Scim.ENTERPRISE.toLowerCase() + "\": {\"EmployeeNumber\": \"" + number + "\"}}";
        Scim.create(idp(), body).then().statusCode(201).body("userName", equalTo(number + "@corp.example.jp"))
                .body("name.formatted", equalTo("中村 光")).body("active", equalTo(true));
        Rosters.entry(hr, number).then().statusCode(200).body("fullName", equalTo("中村 光"));
    }

    @Test
    void aListPagesByPosition() {
        for (int i = 0; i < 3; i++) {
            String number = Rosters.number();
            Scim.create(idp(), Scim.employee(number, number + "@corp.example.jp", Api.uniqueEmail("page"))).then().statusCode(201);
        }
        int total = idp().as().get(Scim.USERS).then().statusCode(200).extract().path("totalResults");
        assertThat(total).isGreaterThanOrEqualTo(3);
        idp().as().queryParam("startIndex", 2).queryParam("count", 2).get(Scim.USERS).then().statusCode(200)
                .body("startIndex", equalTo(2)).body("itemsPerPage", equalTo(2)).body("Resources.size()", equalTo(2))
                .body("totalResults", equalTo(total));
        idp().as().queryParam("count", 0).get(Scim.USERS).then().statusCode(200).body("itemsPerPage", equalTo(0))
                .body("totalResults", equalTo(total));
        idp().as().queryParam("startIndex", total + 1).get(Scim.USERS).then().statusCode(200).body("itemsPerPage", equalTo(0));
        idp().as().queryParam("count", 1000).get(Scim.USERS).then().statusCode(200)
                .body("itemsPerPage", equalTo(Math.min(total, 200)));
        idp().as().queryParam("count", "many").get(Scim.USERS).then().statusCode(400).body("scimType", equalTo("invalidValue"));
    }

    @Test
    void invalidUsersAreRefusedWithScimErrors() {
        String number = Rosters.number();
        Map<String, Object> noNumber = new HashMap<>(Scim.employee(number, number + "@corp.example.jp", Api.uniqueEmail("x")));
        noNumber.remove(Scim.ENTERPRISE);
        Scim.create(idp(), noNumber).then().statusCode(400).contentType(startsWith(Scim.MEDIA_TYPE))
                .body("scimType", equalTo("invalidValue")).body("status", equalTo("400")).body("detail", containsString("employeeNumber"));
        Map<String, Object> noUserName = new HashMap<>(Scim.employee(number, number + "@corp.example.jp", Api.uniqueEmail("x")));
        noUserName.remove("userName");
        Scim.create(idp(), noUserName).then().statusCode(400).body("scimType", equalTo("invalidValue"))
                .body("detail", startsWith("userName"));
        Map<String, Object> noName = new HashMap<>(Scim.employee(number, number + "@corp.example.jp", Api.uniqueEmail("x")));
        noName.remove("name");
        Scim.create(idp(), noName).then().statusCode(400).body("scimType", equalTo("invalidValue"));
        Scim.create(idp(), "{\"userName\": ").then().statusCode(400).body("scimType", equalTo("invalidSyntax"));
        given().auth().oauth2(idp().accessToken()).header("Accept-Language", "ja").config(Rosters.AS_GIVEN).contentType(Scim.MEDIA_TYPE)
                .body("[]").post(Scim.USERS)
                .then().statusCode(400).body("detail", equalTo("本文が JSON オブジェクトではありません。"));
        Map<String, Object> badNumber = new HashMap<>(Scim.employee(number, number + "@corp.example.jp", Api.uniqueEmail("x")));
        badNumber.put(Scim.ENTERPRISE, Map.of("employeeNumber", "E 12/34"));
        Scim.create(idp(), badNumber).then().statusCode(400).body("scimType", equalTo("invalidValue"));
        idp().as().get(Scim.USERS + "/" + UUID.randomUUID()).then().statusCode(404).body("status", equalTo("404"));
        idp().as().get(Scim.USERS + "/not-a-uuid").then().statusCode(404).contentType(startsWith(Scim.MEDIA_TYPE));
    }

    @Test
    void userNameExternalIdAndEmployeeNumberAreUnique() throws Exception {
        String number = Rosters.number();
        String userName = number + "@corp.example.jp";
        Scim.create(idp(), Scim.employee(number, userName, Api.uniqueEmail("u"))).then().statusCode(201);
        Scim.create(idp(), Scim.employee(Rosters.number(), userName.toLowerCase(), Api.uniqueEmail("u"))).then().statusCode(409)
                .body("scimType", equalTo("uniqueness"));
        Scim.create(idp(), Scim.employee(number, "other-" + userName, Api.uniqueEmail("u"))).then().statusCode(409)
                .body("scimType", equalTo("uniqueness"));
        Map<String, Object> sameExternal = new HashMap<>(Scim.employee(Rosters.number(), "x" + userName, Api.uniqueEmail("u")));
        sameExternal.put("externalId", "ext-" + number);
        Scim.create(idp(), sameExternal).then().statusCode(409).body("scimType", equalTo("uniqueness"));

        // A provider that retries a create at once: one user, the other request 409.
        String twice = Rosters.number();
        Map<String, Object> body = Scim.employee(twice, twice + "@corp.example.jp", Api.uniqueEmail("twice"));
        List<Callable<Integer>> calls = List.of(() -> Scim.create(idp(), body).statusCode(), () -> Scim.create(idp(), body).statusCode());
        assertThat(Concurrently.run(2, calls)).containsExactlyInAnyOrder(201, 409);
        idp().as().queryParam("filter", "userName eq \"" + twice + "@corp.example.jp\"").get(Scim.USERS).then()
                .body("totalResults", equalTo(1));
    }

    @Test
    void putReplacesWhatTheProviderOwnsAndGuardsTheVersion() {
        Api.Session hr = Api.admin();
        String number = Rosters.number();
        String home = Api.uniqueEmail("put");
        Response created = Scim.create(idp(), Scim.employee(number, number + "@corp.example.jp", home));
        String id = created.path("id");
        String etag = created.header("ETag");

        // Okta's PUT: the whole user, here without the private address or this service's extension.
        Map<String, Object> okta = Map.of("schemas", List.of("urn:ietf:params:scim:schemas:core:2.0:User"),
                "userName", number + "@corp.example.jp", "name", Map.of("formatted", "高橋 太郎"), "active", true,
                "emails", List.of(Map.of("value", number + "@corp.example.jp", "type", "work", "primary", true)),
                Scim.ENTERPRISE, Map.of("employeeNumber", number, "department", "営業本部"));
        Scim.as(idp(), okta).header("If-Match", "\"999\"").put(Scim.USERS + "/" + id).then().statusCode(412)
                .contentType(startsWith(Scim.MEDIA_TYPE)).body("status", equalTo("412"));
        String newTag = Scim.as(idp(), okta).header("If-Match", etag).put(Scim.USERS + "/" + id).then().statusCode(200)
                .body("name.formatted", equalTo("高橋 太郎")).body("externalId", nullValue()).extract().header("ETag");
        assertThat(newTag).isNotEqualTo(etag);
        Rosters.entry(hr, number).then().body("fullName", equalTo("高橋 太郎")).body("lastDepartment", equalTo("営業本部"))
                .body("email", equalTo(home)).body("contactOptIn", equalTo(true));

        Map<String, Object> renumbered = new HashMap<>(okta);
        renumbered.put(Scim.ENTERPRISE, Map.of("employeeNumber", Rosters.number()));
        Scim.as(idp(), renumbered).put(Scim.USERS + "/" + id).then().statusCode(400).body("scimType", equalTo("mutability"));
        Scim.as(idp(), okta).put(Scim.USERS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void patchAppliesOperationsAsAzureAndOktaSendThem() {
        Api.Session hr = Api.admin();
        String number = Rosters.number();
        String id = Scim.create(idp(), Scim.employee(number, number + "@corp.example.jp", Api.uniqueEmail("patch"))).path("id");
        String personal = Api.uniqueEmail("personal");

        Scim.patch(idp(), id,
                Scim.op("Replace", "name.givenName", "次郎"),
                Scim.op("replace", "emails[type eq \"home\"].value", personal),
                Scim.op("Add", Scim.ENTERPRISE + ":department", "人事部"),
                Scim.op("replace", Scim.ALUMNI + ":rehireInterest", "True"),
                Scim.op("replace", null, Map.of("displayName", "高橋 次郎", "name.familyName", "髙橋")))
                .then().statusCode(200).body("name.givenName", equalTo("次郎")).body("name.familyName", equalTo("髙橋"))
                .body("active", equalTo(true));
        Rosters.entry(hr, number).then().body("email", equalTo(personal)).body("lastDepartment", equalTo("人事部"))
                .body("rehireInterest", equalTo(true)).body("fullName", equalTo("高橋 " + number));

        Scim.patch(idp(), id, Scim.op("delete", "active", false)).then().statusCode(400).body("scimType", equalTo("invalidValue"));
        Scim.patch(idp(), id, Scim.op("replace", "phoneNumbers[value co \"1\"]", "x")).then().statusCode(400)
                .body("scimType", equalTo("invalidPath"));
        Scim.patch(idp(), id, Map.of("op", "remove")).then().statusCode(400).body("scimType", equalTo("noTarget"));
        Scim.patch(idp(), id, Scim.op("remove", "userName", "")).then().statusCode(400).body("scimType", equalTo("invalidValue"));
        Scim.as(idp(), Map.of("Operations", List.of(Scim.op("replace", "active", false)))).patch(Scim.USERS + "/" + id).then()
                .statusCode(400).body("scimType", equalTo("invalidValue"));
        // Refused operations changed nothing.
        idp().as().get(Scim.USERS + "/" + id).then().body("active", equalTo(true)).body("userName", equalTo(number + "@corp.example.jp"));
    }

    @Test
    void anEmployeeMemberWhoLeavesBecomesAnAlumnusAndLosesStaffRoles() {
        Api.Session hr = Api.admin();
        String number = Rosters.number();
        String id = Scim.create(idp(), Scim.employee(number, number + "@corp.example.jp", Api.uniqueEmail("leaver"))).path("id");

        // The employee joins the community: the identity provider's entry vouches for them (no leaving date on either side).
        Map<String, Object> registration = Api.registration(Api.uniqueEmail("employee"));
        registration.put("affiliation", "EMPLOYEE");
        registration.remove("leftOn");
        registration.put("employeeNumber", number);
        registration.put("fullName", "高橋 " + number);
        registration.remove("fullNameKana");
        String memberId = Api.register(registration).then().statusCode(201).body("status", equalTo("ACTIVE")).extract().path("id");
        hr.as().contentType(ContentType.JSON).body(Map.of("roles", List.of("EMPLOYEE", "MODERATOR")))
                .patch("/api/v1/admin/members/" + memberId).then().statusCode(200);
        Api.Session member = Api.signIn((String) registration.get("email"), Api.PASSWORD);

        // Azure deactivates the user: `active` as the string "False".
        Scim.patch(idp(), id, Scim.op("Replace", "active", "False")).then().statusCode(200).body("active", equalTo(false));

        member.as().get("/api/v1/members/me").then().statusCode(200).body("affiliation", equalTo("ALUMNUS"))
                .body("roles", contains("ALUMNUS"));
        JsonPath registrationView = hr.as().get("/api/v1/admin/registrations/" + memberId).then().statusCode(200).extract().jsonPath();
        assertThat(registrationView.getString("leftOn")).isEqualTo(thisMonth());
        Rosters.entry(hr, number).then().body("leftOn", equalTo(thisMonth())).body("memberId", equalTo(memberId))
                .body("state", equalTo("ACTIVE")).body("inviteDueAt", nullValue());
        // The moderator role ended with the employment.
        member.as().get("/api/v1/moderation/reports").then().statusCode(403);

        // Reactivated by mistake and deactivated again: the entry follows, the member stays an alumnus.
        Scim.patch(idp(), id, Scim.op("replace", null, Map.of("active", true))).then().statusCode(200).body("active", equalTo(true));
        Rosters.entry(hr, number).then().body("leftOn", nullValue());
        member.as().get("/api/v1/members/me").then().body("affiliation", equalTo("ALUMNUS"));
    }

    @Test
    void aLeaverWhoAgreedToBeContactedIsInvitedThirtyDaysLater() {
        Api.Session hr = Api.admin();
        String number = Rosters.number();
        String home = Api.uniqueEmail("later");
        String id = Scim.create(idp(), Scim.employee(number, number + "@corp.example.jp", home)).path("id");

        // A filter invites leavers only: not yet.
        String department = "部署" + number;
        Scim.patch(idp(), id, Scim.op("replace", Scim.ENTERPRISE + ":department", department)).then().statusCode(200);
        Map<String, Object> filter = Map.of("filter", Map.of("contactOptIn", true, "department", department), "dryRun", true);
        hr.as().contentType(ContentType.JSON).body(filter).post("/api/v1/admin/invitations").then().statusCode(200)
                .body("invited", equalTo(0));

        Scim.patch(idp(), id, Scim.op("replace", "active", false)).then().statusCode(200);
        hr.as().contentType(ContentType.JSON).body(filter).post("/api/v1/admin/invitations").then().statusCode(200)
                .body("invited", equalTo(1));
        String due = Rosters.entry(hr, number).then().body("leftOn", equalTo(thisMonth())).body("state", equalTo("NOT_INVITED"))
                .extract().path("inviteDueAt");
        assertThat(OffsetDateTime.parse(due)).isBetween(OffsetDateTime.now().plusDays(29), OffsetDateTime.now().plusDays(31));
        leavers.inviteDue();
        assertThat(Mails.to(smtp, home)).isEmpty();

        clock.advance(Duration.ofDays(31));
        leavers.inviteDue();
        MimeMessage mail = awaitInvitation(home);
        assertThat(Mails.text(mail)).contains("高橋 " + number + " 様").contains("/join?token=");
        Rosters.entry(hr, number).then().body("state", equalTo("INVITED")).body("inviteDueAt", nullValue());
        hr.as().queryParam("kind", "HR").queryParam("status", "SENT").get("/api/v1/admin/invitations").then().statusCode(200)
                .body("items.find { it.employeeNumber == '" + number + "' }.invitedBy", nullValue())
                .body("items.find { it.employeeNumber == '" + number + "' }.email", equalTo(home));
        leavers.inviteDue();
        assertThat(Mails.settled(smtp, home)).hasSize(1);
    }

    /**
     * The invitation's mail. A first attempt the SMTP server does not answer in time (after another test restarted it)
     * is retried a minute later on the service's clock, which is advanced here rather than waited for.
     */
    private MimeMessage awaitInvitation(String address) {
        try {
            return Mails.awaitSubject(smtp, address, "【アルムナイコミュニティ】ご招待のお知らせ");
        } catch (AssertionError firstAttemptFailed) {
            clock.advance(Duration.ofMinutes(2));
            return Mails.awaitSubject(smtp, address, "【アルムナイコミュニティ】ご招待のお知らせ");
        }
    }

    @Test
    void aDeletedUserStaysInTheRosterAndCanBeHiredAgain() {
        Api.Session hr = Api.admin();
        String number = Rosters.number();
        String userName = number + "@corp.example.jp";
        Map<String, Object> optedOut = new HashMap<>(Scim.employee(number, userName, Api.uniqueEmail("deleted")));
        optedOut.put(Scim.ALUMNI, Map.of("contactOptIn", false));
        String id = Scim.create(idp(), optedOut).path("id");

        idp().as().header("If-Match", "\"999\"").delete(Scim.USERS + "/" + id).then().statusCode(412);
        idp().as().delete(Scim.USERS + "/" + id).then().statusCode(204);
        idp().as().get(Scim.USERS + "/" + id).then().statusCode(404);
        idp().as().delete(Scim.USERS + "/" + id).then().statusCode(404);
        idp().as().queryParam("filter", "userName eq \"" + userName + "\"").get(Scim.USERS).then().body("totalResults", equalTo(0));
        Rosters.entry(hr, number).then().statusCode(200).body("leftOn", equalTo(thisMonth())).body("scimUserName", nullValue())
                .body("inviteDueAt", nullValue());

        // Hired again: the provider creates the user anew, and the roster's entry is theirs again, as an employee.
        String again = Scim.create(idp(), Scim.employee(number, userName, Api.uniqueEmail("again"))).then().statusCode(201)
                .body("active", equalTo(true)).extract().path("id");
        assertThat(again).isEqualTo(id);
        Rosters.entry(hr, number).then().body("leftOn", nullValue()).body("scimUserName", equalTo(userName));
    }
}
