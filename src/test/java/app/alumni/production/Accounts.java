package app.alumni.production;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

import app.alumni.support.Mails;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Members of the packaged service, made the way people become members: register, HR approves, the address is verified. */
final class Accounts {

    static final String PASSWORD = "umi-to-sora-2025";

    /** A signed-in member: id, access token and address. */
    record Account(String id, String token, String email) {
    }

    private Accounts() {
    }

    static String hrToken() {
        return signIn(ProductionEnvironment.ADMIN_EMAIL, ProductionEnvironment.ADMIN_PASSWORD).path("accessToken");
    }

    static Account member(GreenMail smtp, String hr, String displayName) {
        String version = given().get("/api/v1/privacy-policy").then().statusCode(200).extract().path("version");
        String email = "member-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        String id = given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD, "fullName", "山本 " + displayName,
                "fullNameKana", "ヤマモト", "displayName", displayName, "affiliation", "ALUMNUS", "joinedOn", "2015-04", "leftOn", "2022-03",
                "acceptedPrivacyPolicyVersion", version)).post("/api/v1/auth/register").then().statusCode(201).extract().path("id");
        as(hr).post("/api/v1/admin/registrations/" + id + "/approve").then().statusCode(200);
        MimeMessage verification = Mails.awaitSubject(smtp, email, "【アルムナイコミュニティ】メールアドレスの確認");
        given().contentType(ContentType.JSON).body(Map.of("token", Mails.token(verification))).post("/api/v1/auth/verify-email").then()
                .statusCode(204);
        return new Account(id, signIn(email, PASSWORD).path("accessToken"), email);
    }

    static Response signIn(String email, String password) {
        Response r = given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password)).post("/api/v1/auth/login");
        r.then().statusCode(200);
        return r;
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).header("Accept-Language", "ja");
    }
}
