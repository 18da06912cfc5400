package app.alumni.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import app.alumni.support.Concurrently;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class RegistrationTest {

    @Test
    void registersAPendingMemberWithLocation() {
        var body = Api.registration(Api.uniqueEmail("reg"));
        var response = Api.register(body);
        String id = response.then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("PENDING"))
                .body("roles", empty())
                .body("email", equalTo(body.get("email")))
                .body("fullName", equalTo("山田 花子"))
                .body("fullNameKana", equalTo("ヤマダ ハナコ"))
                .body("tenure.joinedOn", equalTo("2015-04"))
                .body("tenure.leftOn", equalTo("2021-03"))
                .body("tenure.departments", containsInAnyOrder("開発本部"))
                .body("privacyPolicyVersion", equalTo(Api.POLICY_VERSION))
                .body("privacy.showEmail", equalTo(false))
                .body("privacy.showCareer", equalTo(true))
                .body("$", not(hasKey("password")))
                .body("$", not(hasKey("passwordHash")))
                .extract().path("id");
        assertThat(id).hasSize(36);
        // On the configured public URL, never on the Host the request named.
        assertThat(response.header("Location")).isEqualTo("https://alumni.example.com/api/v1/members/" + id);
    }

    @Test
    void rejectsInvalidFieldsWithOneErrorEach() {
        Map<String, Object> body = Api.registration("not-an-email");
        body.put("password", "short");
        body.remove("fullName");
        body.put("displayName", "");
        body.put("acceptedPrivacyPolicyVersion", "1999-01-01");
        body.put("affiliation", "ALUMNUS");
        body.put("employeeNumber", "E 01<script>");
        Api.register(body).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:alumni:problem:validation-error"))
                .body("status", equalTo(400))
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("fullName"))
                .body("errors.field", hasItem("displayName"))
                .body("errors.field", hasItem("employeeNumber"));

        // Bean validation passed: the service's rules answer field by field.
        body = Api.registration(Api.uniqueEmail("rules"));
        body.put("password", "short-pw");
        body.put("acceptedPrivacyPolicyVersion", "1999-01-01");
        body.put("joinedOn", "2022-04");
        body.put("leftOn", "2021-03");
        Api.register(body).then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("password", "acceptedPrivacyPolicyVersion", "leftOn"));
    }

    @Test
    void enforcesPasswordRules() {
        String email = Api.uniqueEmail("pw");
        var body = Api.registration(email);
        body.put("password", email);
        Api.register(body).then().statusCode(400).body("errors[0].field", equalTo("password"))
                .body("errors[0].message", containsString("e-mail"));
        body.put("password", "password123");
        Api.register(body).then().statusCode(400).body("errors[0].field", equalTo("password"))
                .body("errors[0].message", containsString("common"));
        body.put("password", "PassWord123");
        Api.register(body).then().statusCode(400).body("errors[0].message", containsString("common"));
        body.put("password", "x".repeat(65));
        Api.register(body).then().statusCode(400).body("errors[0].message", containsString("at most"));
    }

    @Test
    void alumniNeedALeavingMonthAndEmployeesMustNotHaveOne() {
        var alumnus = Api.registration(Api.uniqueEmail("noleft"));
        alumnus.remove("leftOn");
        Api.register(alumnus).then().statusCode(400).body("errors.field", containsInAnyOrder("leftOn"));
        var employee = Api.registration(Api.uniqueEmail("emp"));
        employee.put("affiliation", "EMPLOYEE");
        Api.register(employee).then().statusCode(400).body("errors.field", containsInAnyOrder("leftOn"));
        employee.remove("leftOn");
        Api.register(employee).then().statusCode(201).body("affiliation", equalTo("EMPLOYEE"));
    }

    @Test
    void rejectsUnreadableBodies() {
        given().contentType(ContentType.JSON).body("{not json").post("/api/v1/auth/register").then()
                .statusCode(400).contentType("application/problem+json");
        var body = Api.registration(Api.uniqueEmail("enum"));
        body.put("affiliation", "CEO");
        Api.register(body).then().statusCode(400).body("errors[0].field", equalTo("affiliation"));
        body.put("affiliation", "ALUMNUS");
        body.put("joinedOn", "April 2015");
        Api.register(body).then().statusCode(400).body("errors[0].field", equalTo("joinedOn"));
        given().contentType(ContentType.TEXT).body("hello").post("/api/v1/auth/register").then()
                .statusCode(415).contentType("application/problem+json");
    }

    @Test
    void emailIsUniqueIgnoringCase() {
        String email = Api.uniqueEmail("dup");
        Api.registered(Api.registration(email));
        Api.register(Api.registration(email.toUpperCase())).then()
                .statusCode(409)
                .body("type", equalTo("urn:alumni:problem:email-already-registered"));
    }

    @Test
    void concurrentRegistrationsOfOneAddressCreateOneAccount() throws Exception {
        String email = Api.uniqueEmail("race");
        List<Integer> codes = Concurrently.run(8, 8, i -> Api.register(Api.registration(i % 2 == 0 ? email : email.toUpperCase()))
                .statusCode());
        assertThat(codes).containsOnly(201, 409);
        assertThat(codes).filteredOn(c -> c == 201).hasSize(1);
    }

    @Test
    void answersInJapaneseWhenAsked() {
        var body = Api.registration(Api.uniqueEmail("ja"));
        body.put("password", "short");
        given().contentType(ContentType.JSON).header("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.5").body(body)
                .post("/api/v1/auth/register").then()
                .statusCode(400)
                .header("Content-Language", "ja")
                .body("title", equalTo("リクエストの内容が正しくありません"))
                .body("errors[0].message", containsString("文字以上"));
    }

    @Test
    void privacyPolicyIsPublicInBothLanguages() {
        given().header("Accept-Language", "ja").get("/api/v1/privacy-policy").then()
                .statusCode(200)
                .body("version", equalTo(Api.POLICY_VERSION))
                .body("language", equalTo("ja"))
                .body("text", containsString("プライバシーポリシー"));
        given().header("Accept-Language", "en-US").get("/api/v1/privacy-policy").then()
                .statusCode(200)
                .body("language", equalTo("en"))
                .body("text", containsString("Privacy policy"))
                .body("missing", nullValue());
    }
}
