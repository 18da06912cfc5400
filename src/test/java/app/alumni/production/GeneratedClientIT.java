package app.alumni.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.alumni.client.ApiClient;
import app.alumni.client.ApiException;
import app.alumni.client.api.AdministrationApi;
import app.alumni.client.api.AuthenticationApi;
import app.alumni.client.api.CareersApi;
import app.alumni.client.api.EventsApi;
import app.alumni.client.api.MembersApi;
import app.alumni.client.api.PostsApi;
import app.alumni.client.api.PrivacyApi;
import app.alumni.client.api.SurveysApi;
import app.alumni.client.model.Affiliation;
import app.alumni.client.model.Answer;
import app.alumni.client.model.EventFormat;
import app.alumni.client.model.EventInput;
import app.alumni.client.model.ListingInput;
import app.alumni.client.model.ListingKind;
import app.alumni.client.model.LoginRequest;
import app.alumni.client.model.MemberProfile;
import app.alumni.client.model.NewApplication;
import app.alumni.client.model.NewPost;
import app.alumni.client.model.PasswordChange;
import app.alumni.client.model.PostType;
import app.alumni.client.model.ProfilePatch;
import app.alumni.client.model.QuestionInput;
import app.alumni.client.model.QuestionType;
import app.alumni.client.model.RefreshRequest;
import app.alumni.client.model.RegistrationRequest;
import app.alumni.client.model.RsvpRequest;
import app.alumni.client.model.Survey;
import app.alumni.client.model.SurveyAudience;
import app.alumni.client.model.SurveyInput;
import app.alumni.client.model.SurveyResponse;
import app.alumni.client.model.SurveyStatus;
import app.alumni.client.model.TokenResponse;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;

/**
 * The main flow through the Java client that openapi-generator makes from {@code openapi/openapi.yaml} (compiled with
 * the tests), against the packaged service: the contract is what client teams get, so it must work as generated,
 * 204 operations (whose generated calls accept only problem details), merge patches and file downloads included.
 */
@QuarkusIntegrationTest
@WithTestResource(ProductionEnvironment.class)
class GeneratedClientIT {

    private static final String PASSWORD = "kaze-no-tani-2026";

    @Test
    void theMainFlowWorksThroughTheGeneratedJavaClient() throws Exception {
        ApiClient anonymous = client(null);
        String version = new PrivacyApi(anonymous).getPrivacyPolicy().getVersion();
        String email = "client-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        MemberProfile registered = new AuthenticationApi(anonymous).register(new RegistrationRequest().email(email).password(PASSWORD)
                .fullName("佐藤 海").fullNameKana("サトウ ウミ").displayName("海").affiliation(Affiliation.ALUMNUS)
                .joinedOn("2018-04").leftOn("2024-03").acceptedPrivacyPolicyVersion(version));

        ApiClient hr = client(signIn(ProductionEnvironment.ADMIN_EMAIL, ProductionEnvironment.ADMIN_PASSWORD).getAccessToken());
        new AdministrationApi(hr).approveRegistration(registered.getId());

        TokenResponse first = signIn(email, PASSWORD);
        TokenResponse tokens = new AuthenticationApi(anonymous).refreshTokens(new RefreshRequest().refreshToken(first.getRefreshToken()));
        ApiClient member = client(tokens.getAccessToken());

        // A merge patch sends only what was set: the skills stay.
        MembersApi members = new MembersApi(member);
        members.patchMyProfile(new ProfilePatch().skills(List.of("Java", "SQL")), null);
        MemberProfile patched = members.patchMyProfile(new ProfilePatch().headline("札幌でデータ基盤を作っています"), null);
        assertThat(patched.getHeadline()).isEqualTo("札幌でデータ基盤を作っています");
        assertThat(patched.getSkills()).containsExactly("Java", "SQL");

        PostsApi posts = new PostsApi(member);
        UUID post = posts.createPost(new NewPost().type(PostType.DISCUSSION).body("生成クライアントから投稿しています").tags(List.of("client"))).getId();
        assertThat(posts.listPosts(null, null, 20, null, "client", null).getItems()).extracting(p -> p.getId()).contains(post);

        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(20).truncatedTo(ChronoUnit.HOURS);
        UUID event = new EventsApi(hr).createEvent(new EventInput().title("クライアント勉強会").startsAt(start).endsAt(start.plusHours(1))
                .timeZone("Asia/Tokyo").format(EventFormat.ONLINE).onlineUrl(URI.create("https://meet.example.com/client"))).getId();
        EventsApi events = new EventsApi(member);
        events.rsvpEvent(event, new RsvpRequest().status(RsvpRequest.StatusEnum.GOING));
        File calendar = events.getEventCalendar(event);
        assertThat(Files.readString(calendar.toPath(), StandardCharsets.UTF_8)).startsWith("BEGIN:VCALENDAR").contains(event
                + "@alumni-api");

        UUID job = new CareersApi(hr).createListing(new ListingInput().kind(ListingKind.JOB).title("データエンジニア").description("分析基盤")).getId();
        new CareersApi(member).applyToListing(job, new NewApplication().message("ぜひ").consentToShareProfile(true));
        File csv = new CareersApi(hr).exportApplications(job);
        assertThat(Files.readString(csv.toPath(), StandardCharsets.UTF_8)).contains(email.substring(0, 8));

        Survey survey = new SurveysApi(hr).createSurvey(new SurveyInput().title("近況").anonymous(true).audience(SurveyAudience.ALUMNI)
                .status(SurveyStatus.OPEN).opensAt(OffsetDateTime.now().minusDays(1)).closesAt(OffsetDateTime.now().plusDays(7))
                .questions(List.of(new QuestionInput().type(QuestionType.NPS).prompt("おすすめ度は?").required(true).options(null))));
        SurveyResponse answer = new SurveyResponse().answers(List.of(new Answer().questionId(survey.getQuestions().get(0).getId())
                .value(10)));
        new SurveysApi(member).respondToSurvey(survey.getId(), answer);
        assertThatThrownBy(() -> new SurveysApi(member).respondToSurvey(survey.getId(), answer))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(409));

        // 204 operations: the generated calls send Accept: application/problem+json and must be served.
        posts.deletePost(post);
        new AuthenticationApi(member).changePassword(new PasswordChange().currentPassword(PASSWORD).newPassword("hoshi-to-tsuki-2026"));
        new AuthenticationApi(anonymous).logout(new RefreshRequest().refreshToken(tokens.getRefreshToken()));
        assertThatThrownBy(members::getMyProfile).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(401));
    }

    private static TokenResponse signIn(String email, String password) throws ApiException {
        return new AuthenticationApi(client(null)).login(new LoginRequest().email(email).password(password));
    }

    private static ApiClient client(String accessToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(RestAssured.baseURI + ":" + RestAssured.port);
        if (accessToken != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));
        }
        return client;
    }
}
