package app.alumni.production;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import app.alumni.support.Mails;
import app.alumni.support.Receiver;
import app.alumni.support.Smtp;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The packaged jar in the prod profile, started the way the README says (keys in PEM files, configuration only
 * through environment variables): a newcomer's whole path through the community, end to end.
 */
@QuarkusIntegrationTest
@WithTestResource(ProductionEnvironment.class)
@WithTestResource(value = Smtp.class, scope = TestResourceScope.GLOBAL)
class MainFlowIT {

    @Smtp.Server
    GreenMail smtp;

    private static final String PASSWORD = Accounts.PASSWORD;

    @Test
    void aNewcomerWalksTheMainFlow() throws Exception {
        String version = given().get("/api/v1/privacy-policy").then().statusCode(200).extract().path("version");

        // Register, and HR (the bootstrap admin from ALUMNI_BOOTSTRAP_ADMIN_*) approves.
        String email = "sora-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        Response registered = given().contentType(ContentType.JSON).body(Map.of(
                "email", email, "password", PASSWORD, "fullName", "青木 空", "fullNameKana", "アオキ ソラ", "displayName", "空",
                "affiliation", "ALUMNUS", "joinedOn", "2016-04", "leftOn", "2023-09", "lastDepartment", "開発本部",
                "acceptedPrivacyPolicyVersion", version)).post("/api/v1/auth/register");
        registered.then().statusCode(201).header("Location", startsWith(ProductionEnvironment.PUBLIC_BASE_URL + "/api/v1/members/"))
                .body("status", equalTo("PENDING"));
        String memberId = registered.path("id");
        String hr = signIn(ProductionEnvironment.ADMIN_EMAIL, ProductionEnvironment.ADMIN_PASSWORD).path("accessToken");
        as(hr).get("/api/v1/admin/registrations?status=PENDING&limit=100").then().statusCode(200).body("items.id", hasItem(memberId));
        as(hr).post("/api/v1/admin/registrations/" + memberId + "/approve").then().statusCode(200).body("status", equalTo("ACTIVE"));
        // The verification mail went out over SMTP, with a link to the web app (ALUMNI_WEB_APP_URL).
        MimeMessage verification = Mails.awaitSubject(smtp, email, "【アルムナイコミュニティ】メールアドレスの確認");
        assertThat(Mails.text(verification)).contains(ProductionEnvironment.WEB_APP_URL + "/verify-email?token=");
        given().contentType(ContentType.JSON).body(Map.of("token", Mails.token(verification))).post("/api/v1/auth/verify-email").then()
                .statusCode(204);
        Mails.awaitSubject(smtp, email, "【アルムナイコミュニティ】登録が承認されました");

        // Sign in, refresh (rotation), read and edit the profile with If-Match.
        Response tokens = signIn(email, PASSWORD);
        Response refreshed = given().contentType(ContentType.JSON).body(Map.of("refreshToken", tokens.path("refreshToken")))
                .post("/api/v1/auth/refresh");
        refreshed.then().statusCode(200);
        String token = refreshed.path("accessToken");
        String etag = as(token).get("/api/v1/members/me").then().statusCode(200)
                .header("Cache-Control", containsString("no-store")).extract().header("ETag");
        as(token).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag)
                .body(Map.of("headline", "福岡でSREをしています", "skills", List.of("Kubernetes", "Go")))
                .patch("/api/v1/members/me").then().statusCode(200).body("headline", equalTo("福岡でSREをしています"));

        // HR's reads and decisions are on the audit log (append-only in the database), and the member sees HR's reads.
        as(hr).get("/api/v1/admin/audit-log?targetId=" + memberId).then().statusCode(200)
                .body("items.action", hasItem("registration.approve")).body("items[0].actor.role", equalTo("HR_ADMIN"));
        as(token).get("/api/v1/members/me/access-log").then().statusCode(200).body("items.action", hasItem("registration-queue.read"));
        as(token).get("/api/v1/members/me/consents").then().statusCode(200).body("items[0].policyVersion", equalTo(version));

        // HR announces: the member is notified in the app and by mail, with a one-click unsubscribe link on the public API URL.
        String announcement = as(hr).contentType(ContentType.JSON).body(Map.of("type", "ANNOUNCEMENT", "title", "アルムナイ向けの新制度",
                "body", "詳しくは本文をご覧ください。", "category", "COMPANY_NEWS")).post("/api/v1/posts").then().statusCode(201).extract()
                .path("id");
        MimeMessage notified = Mails.awaitSubject(smtp, email, "会社からのお知らせ「アルムナイ向けの新制度」が届きました");
        assertThat(Mails.header(notified, "List-Unsubscribe"))
                .startsWith("<" + ProductionEnvironment.PUBLIC_BASE_URL + "/api/v1/unsubscribe/");
        as(token).get("/api/v1/notifications").then().statusCode(200).body("items[0].type", equalTo("ANNOUNCEMENT_PUBLISHED"))
                .body("items[0].subject.id", equalTo(announcement));

        // Post, and find it in the feed.
        String post = as(token).contentType(ContentType.JSON)
                .body(Map.of("type", "DISCUSSION", "body", "福岡で**もくもく会**をやりませんか?", "tags", List.of("福岡")))
                .post("/api/v1/posts").then().statusCode(201).extract().path("id");
        as(token).get("/api/v1/posts?q=もくもく").then().statusCode(200).body("items.id", hasItem(post));

        // An event: HR publishes, the member answers, and gets it as iCalendar and through the subscription URL.
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(30).truncatedTo(ChronoUnit.HOURS);
        String event = as(hr).contentType(ContentType.JSON).body(Map.of("title", "アルムナイ交流会", "description", "近況を語り合いましょう。",
                "startsAt", start.toString(), "endsAt", start.plusHours(2).toString(), "timeZone", "Asia/Tokyo", "format", "ONLINE",
                "onlineUrl", "https://meet.example.com/alumni", "capacity", 30))
                .post("/api/v1/events").then().statusCode(201).extract().path("id");
        as(token).contentType(ContentType.JSON).body(Map.of("status", "GOING")).put("/api/v1/events/" + event + "/rsvp")
                .then().statusCode(200).body("status", equalTo("GOING"));
        String ics = as(token).accept("text/calendar").get("/api/v1/events/" + event + "/calendar.ics").then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent vevent = (VEvent) calendar.getComponents("VEVENT").get(0);
        assertThat(vevent.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(event + "@alumni-api");
        String feed = as(token).header("Host", "evil.example.net").get("/api/v1/members/me/calendar-feed").then().statusCode(200)
                .extract().path("url");
        assertThat(feed).startsWith(ProductionEnvironment.PUBLIC_BASE_URL + "/api/v1/calendar-feeds/");
        given().get(feed.substring(ProductionEnvironment.PUBLIC_BASE_URL.length())).then().statusCode(200).body(containsString(event));

        // A job: HR posts it, the member applies.
        String job = as(hr).contentType(ContentType.JSON).body(Map.of("kind", "JOB", "title", "バックエンドエンジニア", "description", "決済基盤の開発",
                "employmentType", "FULL_TIME", "workStyle", "HYBRID")).post("/api/v1/jobs").then().statusCode(201).extract().path("id");
        as(token).contentType(ContentType.JSON).body(Map.of("message", "また一緒に働きたいです。", "consentToShareProfile", true))
                .post("/api/v1/jobs/" + job + "/applications").then().statusCode(201).body("status", equalTo("SUBMITTED"));

        // A survey: HR opens it, the member answers once.
        Response survey = as(hr).contentType(ContentType.JSON).body(Map.of("title", "近況アンケート", "anonymous", true, "audience", "ALUMNI",
                "status", "OPEN", "opensAt", OffsetDateTime.now().minusDays(1).toString(), "closesAt", OffsetDateTime.now().plusDays(7)
                        .toString(),
                "questions", List.of(Map.of("type", "NPS", "prompt", "このコミュニティを友人に勧めたいですか?", "required", true))))
                .post("/api/v1/surveys");
        survey.then().statusCode(201);
        String questionId = survey.path("questions[0].id");
        Map<String, Object> answers = Map.of("answers", List.of(Map.of("questionId", questionId, "value", 9)));
        as(token).contentType(ContentType.JSON).body(answers).post("/api/v1/surveys/" + survey.path("id") + "/responses").then()
                .statusCode(201);
        as(token).contentType(ContentType.JSON).body(answers).post("/api/v1/surveys/" + survey.path("id") + "/responses").then()
                .statusCode(409);

        // Signing out ends the sign-in: its refresh token and its access token stop working at once.
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshed.path("refreshToken"))).post("/api/v1/auth/logout")
                .then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshed.path("refreshToken"))).post("/api/v1/auth/refresh")
                .then().statusCode(401);
        as(token).get("/api/v1/members/me").then().statusCode(401);

        // A forgotten password: the mailed link sets a new one.
        given().contentType(ContentType.JSON).body(Map.of("email", email)).post("/api/v1/auth/password-reset").then().statusCode(202);
        MimeMessage reset = Mails.awaitSubject(smtp, email, "【アルムナイコミュニティ】パスワードの再設定");
        given().contentType(ContentType.JSON).body(Map.of("token", Mails.token(reset), "newPassword", "kumo-no-ue-2026"))
                .post("/api/v1/auth/password-reset/confirm").then().statusCode(204);
        String again = signIn(email, "kumo-no-ue-2026").then().body("tokenType", equalTo("Bearer")).extract().path("accessToken");

        // The member takes their data out: produced in the background, downloaded with their token.
        String export = as(again).post("/api/v1/members/me/exports").then().statusCode(202).extract().path("id");
        long deadline = System.currentTimeMillis() + 30_000;
        while (!"READY".equals(as(again).get("/api/v1/members/me/exports/" + export).then().statusCode(200).extract().path("status"))) {
            assertThat(System.currentTimeMillis()).as("the export is ready in time").isLessThan(deadline);
            Thread.sleep(200);
        }
        as(again).get("/api/v1/members/me/exports/" + export + "/download").then().statusCode(200)
                .body("data.profile.email", equalTo(email)).body("data.posts[0].id", equalTo(post));

        // The member leaves: the account is erased at once, what they wrote stays as by a former member.
        as(again).contentType(ContentType.JSON).body(Map.of("password", "kumo-no-ue-2026", "content", "KEEP_ANONYMOUS"))
                .post("/api/v1/members/me/deletion").then().statusCode(204);
        as(again).get("/api/v1/members/me").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "kumo-no-ue-2026")).post("/api/v1/auth/login").then()
                .statusCode(401);
        as(hr).get("/api/v1/posts/" + post).then().statusCode(200).body("author.formerMember", equalTo(true));
        as(hr).get("/api/v1/admin/registrations/" + memberId).then().statusCode(200).body("status", equalTo("DELETED"));
    }

    @Test
    void anHrSystemIntegratesWithAClientOfItsOwn() throws Exception {
        String hr = signIn(ProductionEnvironment.ADMIN_EMAIL, ProductionEnvironment.ADMIN_PASSWORD).path("accessToken");
        Response created = as(hr).contentType(ContentType.JSON)
                .body(Map.of("name", "人事データベース", "scopes", List.of("members:read", "webhooks:manage", "stats:read")))
                .post("/api/v1/admin/api-clients");
        created.then().statusCode(201).header("Location", startsWith(ProductionEnvironment.PUBLIC_BASE_URL + "/api/v1/admin/api-clients/"));
        String token = given().auth().preemptive().basic(created.path("clientId"), created.path("clientSecret"))
                .formParam("grant_type", "client_credentials").post("/api/v1/oauth/token").then().statusCode(200)
                .header("Cache-Control", "no-store").body("scope", equalTo("members:read webhooks:manage stats:read")).extract()
                .path("access_token");
        as(token).get("/api/v1/admin/registrations?limit=5").then().statusCode(200);
        as(token).get("/api/v1/admin/stats/overview").then().statusCode(200).body("months.size()", equalTo(12));
        as(token).accept("text/csv").get("/api/v1/admin/stats/cohorts?by=leftYear").then().statusCode(200)
                .body(startsWith("\uFEFFleftYear,suppressed,members"));
        as(token).get("/api/v1/members/me").then().statusCode(403).body("type", equalTo("urn:alumni:problem:members-only"));

        // The client subscribes to registrations; the next one reaches it, signed (Standard Webhooks).
        try (Receiver receiver = new Receiver()) {
            Response webhook = as(token).contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "events", List.of("member.registered"), "active", true))
                    .post("/api/v1/admin/webhooks");
            webhook.then().statusCode(201);
            String email = "umi-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
            String member = given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD, "fullName", "青木 海",
                    "displayName", "海", "affiliation", "ALUMNUS", "joinedOn", "2016-04", "leftOn", "2023-09", "lastDepartment", "開発本部",
                    "acceptedPrivacyPolicyVersion", given().get("/api/v1/privacy-policy").path("version")))
                    .post("/api/v1/auth/register").then().statusCode(201)
                    .extract().path("id");
            Receiver.Received event = receiver.await(r -> r.body().contains(member), 1).get(0);
            assertThat(event.verifies(webhook.path("secret"))).isTrue();
            assertThat(event.body()).contains("\"type\":\"member.registered\"").doesNotContain(email);
            as(token).delete("/api/v1/admin/webhooks/" + webhook.path("webhook.id")).then().statusCode(204);
        }
        as(hr).delete("/api/v1/admin/api-clients/" + created.path("clientId")).then().statusCode(204);
        as(token).get("/api/v1/admin/registrations?limit=5").then().statusCode(401);
    }

    @Test
    void aKnownAlumnusJoinsInOneStepThroughTheRoster() {
        String hr = signIn(ProductionEnvironment.ADMIN_EMAIL, ProductionEnvironment.ADMIN_PASSWORD).path("accessToken");
        Response created = as(hr).contentType(ContentType.JSON).body(Map.of("name", "人事DB連携", "scopes", List.of("roster:write")))
                .post("/api/v1/admin/api-clients");
        String client = given().auth().preemptive().basic(created.path("clientId"), created.path("clientSecret"))
                .formParam("grant_type", "client_credentials").post("/api/v1/oauth/token").then().statusCode(200).extract()
                .path("access_token");
        // The HR database exports Shift_JIS with Japanese headers, as Excel saves it.
        String number = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String csv = "社員番号,氏名,氏名カナ,退職年月,案内希望\r\n" + number + ",石井 陸,イシイ リク,2022/06/30,はい\r\n";
        as(client).config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false))).contentType("text/csv")
                .body(csv.getBytes(Charset.forName("windows-31j"))).post("/api/v1/admin/roster/imports").then().statusCode(200)
                .body("applied", equalTo(true)).body("created", equalTo(1));

        String email = "riku-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        String member = given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD, "fullName", "石井陸",
                "displayName", "陸", "affiliation", "ALUMNUS", "employeeNumber", number, "joinedOn", "2018-04", "leftOn", "2022-06",
                "acceptedPrivacyPolicyVersion", given().get("/api/v1/privacy-policy").path("version")))
                .post("/api/v1/auth/register").then().statusCode(201).body("status", equalTo("ACTIVE")).extract().path("id");
        as(client).get("/api/v1/admin/roster/" + number).then().statusCode(200).body("state", equalTo("ACTIVE"))
                .body("memberId", equalTo(member));
        as(hr).delete("/api/v1/admin/api-clients/" + created.path("clientId")).then().statusCode(204);

        // HR invites another leaver; the mailed link (to ALUMNI_WEB_APP_URL) makes joining one step.
        String invited = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String address = "nagi-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        as(hr).contentType(ContentType.JSON).body(Map.of("fullName", "石井 凪", "leftOn", "2023-03", "email", address, "contactOptIn", true))
                .put("/api/v1/admin/roster/" + invited).then().statusCode(201);
        as(hr).contentType(ContentType.JSON).body(Map.of("employeeNumbers", List.of(invited))).post("/api/v1/admin/invitations").then()
                .statusCode(200).body("invited", equalTo(1));
        MimeMessage invitation = Mails.awaitSubject(smtp, address, "【アルムナイコミュニティ】ご招待のお知らせ");
        assertThat(Mails.text(invitation)).contains(ProductionEnvironment.WEB_APP_URL + "/join?token=");
        String token = Mails.token(invitation);
        given().get("/api/v1/invitations/" + token).then().statusCode(200).body("fullName", equalTo("石井 凪"));
        given().contentType(ContentType.JSON).body(Map.of("email", address, "password", PASSWORD, "fullName", "石井 凪",
                "displayName", "凪", "affiliation", "ALUMNUS", "leftOn", "2023-03", "invitationToken", token,
                "acceptedPrivacyPolicyVersion", given().get("/api/v1/privacy-policy").path("version")))
                .post("/api/v1/auth/register").then().statusCode(201).body("status", equalTo("ACTIVE"));
    }

    @Test
    void theIdentityProviderReportsLeavers() {
        String hr = signIn(ProductionEnvironment.ADMIN_EMAIL, ProductionEnvironment.ADMIN_PASSWORD).path("accessToken");
        Response created = as(hr).contentType(ContentType.JSON).body(Map.of("name", "Entra ID", "scopes", List.of("scim")))
                .post("/api/v1/admin/api-clients");
        String idp = given().auth().preemptive().basic(created.path("clientId"), created.path("clientSecret"))
                .formParam("grant_type", "client_credentials").post("/api/v1/oauth/token").then().statusCode(200).extract()
                .path("access_token");
        RestAssuredConfig asGiven = RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false));
        String enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

        // A current employee, provisioned; they join the community as an employee, vouched for by the roster.
        String number = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String user = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" + number + "@corp.example.org\","
                + "\"name\":{\"familyName\":\"森\",\"givenName\":\"湊\"},\"active\":true,\"" + enterprise
                + "\":{\"employeeNumber\":\"" + number + "\"}}";
        String id = as(idp).config(asGiven).contentType("application/scim+json").body(user.getBytes(StandardCharsets.UTF_8))
                .post("/scim/v2/Users").then().statusCode(201).contentType(startsWith("application/scim+json"))
                .header("Location", startsWith(ProductionEnvironment.PUBLIC_BASE_URL + "/scim/v2/Users/"))
                .body("name.formatted", equalTo("森 湊")).extract().path("id");
        String email = "minato-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD, "fullName", "森 湊",
                "displayName", "湊", "affiliation", "EMPLOYEE", "employeeNumber", number,
                "acceptedPrivacyPolicyVersion", given().get("/api/v1/privacy-policy").path("version")))
                .post("/api/v1/auth/register").then().statusCode(201).body("status", equalTo("ACTIVE"));
        String member = signIn(email, PASSWORD).path("accessToken");

        // They leave: Azure's PATCH makes them an alumnus.
        String deactivate = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]}";
        as(idp).config(asGiven).contentType("application/scim+json").body(deactivate).patch("/scim/v2/Users/" + id).then()
                .statusCode(200).body("active", equalTo(false));
        as(member).get("/api/v1/members/me").then().statusCode(200).body("affiliation", equalTo("ALUMNUS"));

        // A leaver with no account who agreed to hear from the company: invited at once (ALUMNI_ROSTER_INVITE_AFTER=PT0S).
        String other = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String home = "aoi-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        String leaver = "{\"userName\":\"" + other + "@corp.example.org\",\"displayName\":\"森 葵\",\"emails\":[{\"value\":\"" + home
                + "\",\"type\":\"home\"}],\"" + enterprise + "\":{\"employeeNumber\":\"" + other + "\"},"
                + "\"urn:ietf:params:scim:schemas:extension:alumni:2.0:User\":{\"contactOptIn\":true}}";
        String otherId = as(idp).config(asGiven).contentType("application/scim+json").body(leaver.getBytes(StandardCharsets.UTF_8))
                .post("/scim/v2/Users").then().statusCode(201).extract().path("id");
        as(idp).delete("/scim/v2/Users/" + otherId).then().statusCode(204);
        MimeMessage invitation = Mails.awaitSubject(smtp, home, "【アルムナイコミュニティ】ご招待のお知らせ");
        assertThat(Mails.text(invitation)).contains("森 葵 様").contains(ProductionEnvironment.WEB_APP_URL + "/join?token=");
        as(hr).delete("/api/v1/admin/api-clients/" + created.path("clientId")).then().statusCode(204);
    }

    @Test
    void theApiPortServesOnlyTheApi() {
        for (String path : List.of("/q/health", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/")) {
            given().get(path).then().statusCode(404);
        }
        String management = "http://localhost:" + ProductionEnvironment.managementPort();
        given().baseUri(management).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri(management).get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().baseUri(management).get("/q/openapi").then().statusCode(200).body(containsString("openapi: 3.1"));
    }

    @Test
    void membersTalkPrivatelyAndMeetInAClosedGroup() {
        String hr = Accounts.hrToken();
        Accounts.Account aki = Accounts.member(smtp, hr, "亜紀");
        Accounts.Account ren = Accounts.member(smtp, hr, "蓮");

        // A conversation: the other is told by mail who wrote, never what; HR cannot read it.
        String conversation = as(aki.token()).contentType(ContentType.JSON).body(Map.of("participantIds", List.of(ren.id()), "message",
                "お久しぶりです。ここだけの話があります")).post("/api/v1/conversations").then().statusCode(201).extract().path("id");
        MimeMessage mail = Mails.awaitSubject(smtp, ren.email(), "亜紀さんからメッセージが届きました");
        assertThat(Mails.text(mail)).contains(ProductionEnvironment.WEB_APP_URL + "/conversations/" + conversation)
                .doesNotContain("ここだけの話");
        as(ren.token()).get("/api/v1/conversations").then().statusCode(200).body("items[0].id", equalTo(conversation))
                .body("items[0].unreadCount", equalTo(1));
        as(hr).get("/api/v1/conversations/" + conversation + "/messages").then().statusCode(404);

        // A closed group: Aki asks to join, HR accepts; what Aki posts there stays with the group's members and HR.
        String group = as(hr).contentType(ContentType.JSON).body(Map.of("name", "開発本部OB会 " + UUID.randomUUID().toString()
                .substring(0, 8), "kind", "DEPARTMENT", "visibility", "CLOSED")).post("/api/v1/groups").then().statusCode(201)
                .body("official", equalTo(true)).extract().path("id");
        as(aki.token()).post("/api/v1/groups/" + group + "/members").then().statusCode(201).body("status", equalTo("PENDING"));
        as(hr).post("/api/v1/groups/" + group + "/members/" + aki.id() + "/accept").then().statusCode(200);
        String word = "同窓" + UUID.randomUUID().toString().substring(0, 8);
        String post = as(aki.token()).contentType(ContentType.JSON).body(Map.of("type", "DISCUSSION", "body", "OB会の連絡です " + word,
                "groupId", group)).post("/api/v1/posts").then().statusCode(201).extract().path("id");
        as(aki.token()).get("/api/v1/posts?q=" + word).then().statusCode(200).body("items.id", equalTo(List.of(post)));
        as(hr).get("/api/v1/groups/" + group + "/posts").then().statusCode(200).body("items.id", equalTo(List.of(post)));
        as(ren.token()).get("/api/v1/posts?q=" + word).then().statusCode(200).body("items", equalTo(List.of()));
        as(ren.token()).get("/api/v1/posts/" + post).then().statusCode(404);
        as(ren.token()).get("/api/v1/groups/" + group + "/posts").then().statusCode(403);
    }

    private static Response signIn(String email, String password) {
        return Accounts.signIn(email, password);
    }

    private static RequestSpecification as(String token) {
        return Accounts.as(token);
    }
}
