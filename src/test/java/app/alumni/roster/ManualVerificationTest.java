package app.alumni.roster;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** With ALUMNI_REGISTRATION_AUTO_APPROVE=NEVER, HR verifies every registration, even one the roster vouches for. */
@QuarkusTest
@TestProfile(OnboardingProfile.class)
class ManualVerificationTest {

    @Test
    void aMatchingRegistrationWaitsForHrButShowsItsMatch() {
        Api.Session hr = Api.admin();
        String number = Rosters.number();
        RosterMatchTest.entry(hr, number, "北村 真一", "キタムラ シンイチ", "2020-12");
        String id = Api.register(RosterMatchTest.registration(number, "北村 真一", null, "2020-12")).then().statusCode(201)
                .body("status", equalTo("PENDING")).extract().path("id");
        hr.as().get("/api/v1/admin/registrations/" + id).then().statusCode(200).body("rosterMatch.status", equalTo("MATCHED"))
                .body("approvedByRule", equalTo(null));
        Rosters.entry(hr, number).then().body("state", equalTo("REGISTERED"));
        hr.as().post("/api/v1/admin/registrations/" + id + "/approve").then().statusCode(200).body("status", equalTo("ACTIVE"));
        Rosters.entry(hr, number).then().body("state", equalTo("ACTIVE")).body("memberId", equalTo(id));
    }
}
