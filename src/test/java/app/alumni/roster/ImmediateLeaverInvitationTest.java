package app.alumni.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import app.alumni.support.Api;
import app.alumni.support.Mails;
import app.alumni.support.Smtp;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** With ALUMNI_ROSTER_INVITE_AFTER=PT0S, a leaver who agreed to be contacted is invited as the identity provider reports them. */
@QuarkusTest
@TestProfile(OnboardingProfile.class)
@WithTestResource(value = Smtp.class, scope = TestResourceScope.GLOBAL)
class ImmediateLeaverInvitationTest {

    @Smtp.Server
    GreenMail smtp;

    @Test
    void aDeletedUserWhoAgreedIsInvitedAtOnceAndOneWhoDidNotIsNot() {
        Api.Session hr = Api.admin();
        Api.Client idp = Api.client("scim");
        String number = Rosters.number();
        String home = Api.uniqueEmail("at-once");
        String id = Scim.create(idp, Scim.employee(number, number + "@corp.example.jp", home)).path("id");

        idp.as().delete(Scim.USERS + "/" + id).then().statusCode(204);
        MimeMessage mail = Mails.awaitSubject(smtp, home, "【アルムナイコミュニティ】ご招待のお知らせ");
        assertThat(Mails.token(mail)).isNotBlank();
        Rosters.entry(hr, number).then().body("state", equalTo("INVITED")).body("inviteDueAt", nullValue());

        String other = Rosters.number();
        String quiet = Api.uniqueEmail("quiet");
        Map<String, Object> optedOut = new HashMap<>(Scim.employee(other, other + "@corp.example.jp", quiet));
        optedOut.put(Scim.ALUMNI, Map.of("contactOptIn", false));
        String otherId = Scim.create(idp, optedOut).path("id");
        Scim.patch(idp, otherId, Scim.op("replace", "active", false)).then().statusCode(200);
        Rosters.entry(hr, other).then().body("state", equalTo("NOT_INVITED")).body("inviteDueAt", nullValue());
        assertThat(Mails.settled(smtp, quiet)).isEmpty();
    }
}
