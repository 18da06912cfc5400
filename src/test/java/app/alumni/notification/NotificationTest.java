package app.alumni.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import app.alumni.member.NoticeType;
import app.alumni.support.Api;
import app.alumni.support.Mails;
import app.alumni.support.Notifications;
import app.alumni.support.Smtp;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** In-app notifications of each kind, their reading, and the instant mails with one-click unsubscribe. */
@QuarkusTest
@WithTestResource(value = Smtp.class, scope = TestResourceScope.GLOBAL)
class NotificationTest {

    @Smtp.Server
    GreenMail smtp;

    static List<Map<String, Object>> notifications(Api.Session who) {
        return Notifications.of(who);
    }

    static Map<String, Object> await(Api.Session who, String type, String subjectId) {
        return Notifications.await(who, type, subjectId);
    }

    /** Waits until every notice fired so far has reached its audience. */
    static void settle() {
        Instant deadline = Instant.now().plusSeconds(15);
        while (QuarkusTransaction.requiringNew().call(() -> QueuedNotice.count("fannedOutAt is null")) > 0) {
            assertThat(Instant.now()).isBefore(deadline);
            pause();
        }
    }

    static List<Map<String, Object>> about(Api.Session who, String subjectId) {
        settle();
        Predicate<Map<String, Object>> matches = n -> subjectId.equals(((Map<?, ?>) n.get("subject")).get("id"));
        return notifications(who).stream().filter(matches).toList();
    }

    static String post(Api.Session author, Map<String, Object> body) {
        return author.as().contentType(ContentType.JSON).body(body).post("/api/v1/posts").then().statusCode(201).extract().path("id");
    }

    static String comment(Api.Session author, String post, String parent) {
        Map<String, Object> body = parent == null ? Map.of("body", "いいですね") : Map.of("body", "ぜひ", "parentId", parent);
        return author.as().contentType(ContentType.JSON).body(body).post("/api/v1/posts/" + post + "/comments").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void commentsAndRepliesTellTheirAuthorsButNobodyOfTheirOwnAction() {
        Api.Session author = Api.activeMember();
        Api.Session commenter = Api.activeMember();
        Api.Session replier = Api.activeMember();
        String post = post(author, Map.of("type", "DISCUSSION", "body", "福岡でもくもく会をやりませんか?\n土曜の午後に。"));

        String first = comment(commenter, post, null);
        Map<String, Object> n = await(author, "POST_COMMENTED", post);
        assertThat(n.get("text")).isEqualTo("花子 commented on your post “福岡でもくもく会をやりませんか? 土曜の午後に。”");
        assertThat(((Map<?, ?>) n.get("actor")).get("id")).isEqualTo(commenter.id());
        assertThat(n.get("subject")).isEqualTo(Map.of("kind", "POST", "id", post, "title", "福岡でもくもく会をやりませんか? 土曜の午後に。"));
        assertThat(n.get("readAt")).isNull();
        assertThat(n).doesNotContainKey("email");

        // A reply tells the comment's author; the post's author hears of it as a comment.
        comment(replier, post, first);
        await(commenter, "COMMENT_REPLIED", post);
        settle();
        assertThat(about(author, post)).extracting(m -> m.get("type")).containsExactly("POST_COMMENTED", "POST_COMMENTED");

        // Commenting on one's own post, replying to one's own comment: nobody is told of their own action.
        comment(author, post, null);
        comment(commenter, post, first);
        assertThat(about(author, post)).hasSize(3);
        assertThat(about(commenter, post)).hasSize(1);
        assertThat(about(replier, post)).isEmpty();

        // Japanese on request.
        RestAssured.given().auth().oauth2(author.accessToken()).header("Accept-Language", "ja").get("/api/v1/notifications").then()
                .statusCode(200)
                .body("items[0].text", equalTo("花子さんがあなたの投稿「福岡でもくもく会をやりませんか? 土曜の午後に。」にコメントしました"));
    }

    @Test
    void reactionsCollapseIntoOneUnreadNotificationPerPost() {
        Api.Session author = Api.activeMember();
        String post = post(author, Map.of("type", "DISCUSSION", "body", "近況報告です"));
        List<Api.Session> fans = List.of(Api.activeMember(), Api.activeMember(), Api.activeMember());
        for (Api.Session fan : fans) {
            fan.as().put("/api/v1/posts/" + post + "/reactions/LIKE").then().statusCode(200);
        }
        // The same reaction again changes nothing; the author's own reaction tells nobody.
        fans.get(0).as().put("/api/v1/posts/" + post + "/reactions/LIKE").then().statusCode(200);
        author.as().put("/api/v1/posts/" + post + "/reactions/LIKE").then().statusCode(200);

        List<Map<String, Object>> reacted = about(author, post);
        assertThat(reacted).hasSize(1);
        assertThat(reacted.get(0).get("count")).isEqualTo(3);
        assertThat(reacted.get(0).get("text")).isEqualTo("花子 reacted to your post “近況報告です” (3 reactions)");

        author.as().post("/api/v1/notifications/" + reacted.get(0).get("id") + "/read").then().statusCode(204);
        fans.get(1).as().put("/api/v1/posts/" + post + "/reactions/CELEBRATE").then().statusCode(200);
        List<Map<String, Object>> after = about(author, post);
        assertThat(after).hasSize(2);
        assertThat(after.get(0).get("count")).isEqualTo(1);
        assertThat(after.get(0).get("readAt")).isNull();
        assertThat(after.get(1).get("readAt")).isNotNull();
    }

    @Test
    void readingCountingAndPaging() {
        Api.Session author = Api.activeMember();
        Api.Session other = Api.activeMember();
        for (int i = 0; i < 3; i++) {
            String post = post(author, Map.of("type", "DISCUSSION", "body", "投稿 " + i));
            comment(other, post, null);
        }
        settle();
        author.as().get("/api/v1/notifications/unread-count").then().statusCode(200).body("count", equalTo(3));

        var first = author.as().queryParam("limit", 2).get("/api/v1/notifications").then().statusCode(200).body("items", hasSize(2))
                .extract();
        String cursor = first.path("nextCursor");
        author.as().queryParam("limit", 2).queryParam("cursor", cursor).get("/api/v1/notifications").then().statusCode(200)
                .body("items", hasSize(1)).body("nextCursor", equalTo(null));

        String id = first.path("items[0].id");
        author.as().post("/api/v1/notifications/" + id + "/read").then().statusCode(204);
        author.as().post("/api/v1/notifications/" + id + "/read").then().statusCode(204);
        author.as().get("/api/v1/notifications/unread-count").then().statusCode(200).body("count", equalTo(2));
        author.as().queryParam("unreadOnly", true).get("/api/v1/notifications").then().statusCode(200).body("items", hasSize(2));

        // Another member's notification does not exist for them.
        other.as().post("/api/v1/notifications/" + id + "/read").then().statusCode(404);
        author.as().post("/api/v1/notifications/" + UUID.randomUUID() + "/read").then().statusCode(404);
        author.as().post("/api/v1/notifications/not-an-id/read").then().statusCode(400);

        author.as().post("/api/v1/notifications/read-all").then().statusCode(204);
        author.as().get("/api/v1/notifications/unread-count").then().statusCode(200).body("count", equalTo(0));
        author.as().queryParam("limit", 0).get("/api/v1/notifications").then().statusCode(400);
        RestAssured.given().get("/api/v1/notifications").then().statusCode(401);
        RestAssured.given().get("/api/v1/notifications/unread-count").then().statusCode(401);
    }

    @Test
    void announcementsReachEveryoneInTheAppAndByMailWithOneClickUnsubscribe() throws Exception {
        Api.Session hr = Api.admin();
        Api.Session member = Api.activeMember();
        Api.Session pending = Api.pendingMember();
        String first = post(hr, Map.of("type", "ANNOUNCEMENT", "title", "年末年始の営業について", "body", "12/29〜1/3 は休業です。",
                "category", "COMPANY_NEWS"));

        await(member, "ANNOUNCEMENT_PUBLISHED", first);
        assertThat(about(hr, first)).isEmpty();
        MimeMessage mail = Mails.awaitSubject(smtp, member.email(), "会社からのお知らせ「年末年始の営業について」が届きました");
        assertThat(Mails.text(mail)).contains("https://app.alumni.example.com/posts/" + first);
        // Pending members are not notified.
        assertThat(Mails.settled(smtp, pending.email())).extracting(Mails::subject).doesNotContain(Mails.subject(mail));

        String unsubscribe = Mails.header(mail, "List-Unsubscribe");
        assertThat(unsubscribe).startsWith("<https://alumni.example.com/api/v1/unsubscribe/").endsWith(">");
        assertThat(Mails.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        String path = unsubscribe.substring("<https://alumni.example.com".length(), unsubscribe.length() - 1);

        RestAssured.given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "Yes").post(path).then().statusCode(400);
        RestAssured.given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click")
                .post("/api/v1/unsubscribe/no-such-token").then().statusCode(404);
        RestAssured.given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click").post(path).then().statusCode(204);
        RestAssured.given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click").post(path).then().statusCode(204);
        member.as().get("/api/v1/members/me/notification-preferences").then().statusCode(200)
                .body("types.ANNOUNCEMENT_PUBLISHED.email", equalTo("OFF"))
                .body("types.ANNOUNCEMENT_PUBLISHED.inApp", equalTo(true));

        String second = post(hr, Map.of("type", "ANNOUNCEMENT", "title", "新年のごあいさつ", "body", "本年もよろしくお願いします。",
                "category", "COMPANY_NEWS"));
        await(member, "ANNOUNCEMENT_PUBLISHED", second);
        assertThat(Mails.settled(smtp, member.email())).extracting(Mails::subject).doesNotContain("会社からのお知らせ「新年のごあいさつ」が届きました");
    }

    @Test
    void preferencesChooseHowEachTypeArrives() {
        Api.Session author = Api.activeMember();
        var defaults = author.as().get("/api/v1/members/me/notification-preferences").then().statusCode(200).header("ETag", "\"0\"")
                .body("language", equalTo("ja")).body("digest", equalTo("WEEKLY"))
                .body("types.ANNOUNCEMENT_PUBLISHED.email", equalTo("INSTANT"))
                .body("types.EVENT_CANCELLED.email", equalTo("INSTANT"))
                .body("types.POST_COMMENTED.email", equalTo("DIGEST"))
                .body("types.POST_COMMENTED.inApp", equalTo(true)).extract();
        assertThat((Map<?, ?>) defaults.path("types")).hasSize(NoticeType.values().length);

        Map<String, Object> wanted = Map.of("language", "en", "digest", "DAILY",
                "types", Map.of("POST_COMMENTED", Map.of("inApp", false, "email", "INSTANT")));
        author.as().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(wanted)
                .put("/api/v1/members/me/notification-preferences")
                .then().statusCode(200).header("ETag", "\"1\"").body("language", equalTo("en")).body("digest", equalTo("DAILY"))
                .body("types.POST_COMMENTED.inApp", equalTo(false)).body("types.POST_COMMENTED.email", equalTo("INSTANT"))
                .body("types.ANNOUNCEMENT_PUBLISHED.email", equalTo("INSTANT"));
        author.as().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(wanted)
                .put("/api/v1/members/me/notification-preferences")
                .then().statusCode(412);
        author.as().get("/api/v1/members/me").then().statusCode(200).body("preferredLanguage", equalTo("en"));

        // Now a comment shows nowhere in the app, and is mailed at once, in English.
        String post = post(author, Map.of("type", "DISCUSSION", "body", "Preferences test"));
        comment(Api.activeMember(), post, null);
        MimeMessage mail = Mails.awaitSubject(smtp, author.email(), "花子 commented on your post “Preferences test”");
        assertThat(Mails.text(mail)).startsWith("Hello 花子,");
        assertThat(Mails.header(mail, "List-Unsubscribe")).contains("/api/v1/unsubscribe/");
        assertThat(about(author, post)).isEmpty();

        author.as().contentType(ContentType.JSON).body(Map.of("language", "fr", "types", Map.of("POST_COMMENTED", Map.of("inApp", true))))
                .put("/api/v1/members/me/notification-preferences").then().statusCode(400)
                .body("errors.field", hasItems("language", "digest"));
        author.as().contentType(ContentType.JSON).body(Map.of("language", "ja", "digest", "HOURLY"))
                .put("/api/v1/members/me/notification-preferences").then().statusCode(400);
        RestAssured.given().get("/api/v1/members/me/notification-preferences").then().statusCode(401);
    }

    @Test
    void eventsTellThoseComingOfChangesCancellationAndFreedSeats() {
        Api.Session hr = Api.admin();
        Api.Session going = Api.activeMember();
        Api.Session waiting = Api.activeMember();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(10).withNano(0);
        String event = hr.as().contentType(ContentType.JSON).body(Map.of("title", "通知テスト交流会", "description", "近況を語り合いましょう。",
                "startsAt", start.toString(), "endsAt", start.plusHours(2).toString(), "format", "ONLINE",
                "onlineUrl", "https://meet.example.com/a", "capacity", 1)).post("/api/v1/events").then().statusCode(201).extract()
                .path("id");
        await(going, "EVENT_PUBLISHED", event);

        going.as().contentType(ContentType.JSON).body(Map.of("status", "GOING")).put("/api/v1/events/" + event + "/rsvp").then()
                .statusCode(200).body("status", equalTo("GOING"));
        waiting.as().contentType(ContentType.JSON).body(Map.of("status", "GOING")).put("/api/v1/events/" + event + "/rsvp").then()
                .statusCode(200).body("status", equalTo("WAITLISTED"));

        // A new description is no news; a new link is.
        String etag = hr.as().get("/api/v1/events/" + event).then().statusCode(200).extract().header("ETag");
        etag = hr.as().contentType(Api.MERGE_PATCH).header("If-Match", etag).body(Map.of("description", "飲み物をご用意ください。"))
                .patch("/api/v1/events/" + event).then().statusCode(200).extract().header("ETag");
        assertThat(about(going, event)).extracting(n -> n.get("type")).containsExactly("EVENT_PUBLISHED");
        hr.as().contentType(Api.MERGE_PATCH).header("If-Match", etag).body(Map.of("onlineUrl", "https://meet.example.com/b"))
                .patch("/api/v1/events/" + event).then().statusCode(200);
        await(going, "EVENT_UPDATED", event);
        await(waiting, "EVENT_UPDATED", event);
        Mails.awaitSubject(smtp, going.email(), "参加予定のイベント「通知テスト交流会」の日時・場所・リンクが変更されました");

        // The seat freed goes to the waitlist, which hears of it.
        going.as().contentType(ContentType.JSON).body(Map.of("status", "NOT_GOING")).put("/api/v1/events/" + event + "/rsvp").then()
                .statusCode(200);
        await(waiting, "WAITLIST_PROMOTED", event);
        assertThat(about(waiting, event).get(0).get("actor")).isNull();

        hr.as().contentType(ContentType.JSON).body(Map.of("message", "講師の体調不良のため")).post("/api/v1/events/" + event + "/cancel")
                .then().statusCode(200);
        await(waiting, "EVENT_CANCELLED", event);
        assertThat(about(going, event)).extracting(n -> n.get("type")).doesNotContain("EVENT_CANCELLED");
    }

    @Test
    void applicationsSurveysAndFeedbackRepliesReachWhoTheyConcern() {
        Api.Session hr = Api.admin();
        Api.Session applicant = Api.activeMember();
        String job = hr.as().contentType(ContentType.JSON).body(Map.of("kind", "JOB", "title", "通知テストの求人", "description", "決済基盤の開発",
                "employmentType", "FULL_TIME", "workStyle", "HYBRID")).post("/api/v1/jobs").then().statusCode(201).extract().path("id");
        String application = applicant.as().contentType(ContentType.JSON)
                .body(Map.of("message", "また一緒に働きたいです。", "consentToShareProfile", true)).post("/api/v1/jobs/" + job + "/applications")
                .then().statusCode(201).extract().path("id");
        assertThat(await(hr, "APPLICATION_RECEIVED", job).get("text")).isEqualTo("花子 applied to “通知テストの求人”");
        hr.as().contentType(ContentType.JSON).body(Map.of("status", "SCREENING")).patch("/api/v1/applications/" + application).then()
                .statusCode(200);
        assertThat(await(applicant, "APPLICATION_STATUS_CHANGED", job).get("text"))
                .isEqualTo("Your application to “通知テストの求人” is now SCREENING");

        String survey = hr.as().contentType(ContentType.JSON).body(Map.of("title", "社員向けアンケート", "anonymous", false, "audience", "EMPLOYEES",
                "status", "OPEN", "opensAt", OffsetDateTime.now().minusDays(1).toString(), "closesAt",
                OffsetDateTime.now().plusDays(7).toString(), "questions",
                List.of(Map.of("type", "TEXT", "prompt", "ひとこと", "required", false))))
                .post("/api/v1/surveys").then().statusCode(201).extract().path("id");
        String forAlumni = hr.as().contentType(ContentType.JSON).body(Map.of("title", "アルムナイ向けアンケート", "anonymous", true,
                "audience", "ALUMNI", "opensAt", OffsetDateTime.now().minusDays(1).toString(), "closesAt",
                OffsetDateTime.now().plusDays(7).toString(), "questions",
                List.of(Map.of("type", "TEXT", "prompt", "ひとこと", "required", false))))
                .post("/api/v1/surveys").then().statusCode(201).extract().path("id");
        // A draft says nothing until it opens.
        assertThat(about(applicant, forAlumni)).isEmpty();
        String etag = hr.as().get("/api/v1/surveys/" + forAlumni).then().statusCode(200).extract().header("ETag");
        hr.as().contentType(Api.MERGE_PATCH).header("If-Match", etag).body(Map.of("status", "OPEN")).patch("/api/v1/surveys/" + forAlumni)
                .then().statusCode(200);
        await(applicant, "SURVEY_OPENED", forAlumni);
        assertThat(about(applicant, survey)).isEmpty();
        // Answering settles the request: it is read, and leaves the digest.
        applicant.as().contentType(ContentType.JSON).body(Map.of("answers", List.of())).post("/api/v1/surveys/" + forAlumni + "/responses")
                .then().statusCode(201);
        assertThat(about(applicant, forAlumni).get(0).get("readAt")).isNotNull();

        String feedback = applicant.as().contentType(ContentType.JSON).body(Map.of("category", "IDEA", "message", "アルムナイ向けの勉強会を開いてほしいです"))
                .post("/api/v1/feedback").then().statusCode(201).extract().path("id");
        hr.as().contentType(ContentType.JSON).body(Map.of("reply", "検討します。")).patch("/api/v1/feedback/" + feedback).then().statusCode(200);
        assertThat(await(applicant, "FEEDBACK_REPLIED", feedback).get("subject"))
                .isEqualTo(Map.of("kind", "FEEDBACK", "id", feedback, "title", "アルムナイ向けの勉強会を開いてほしいです"));
    }

    @Test
    void newJobsReachTheMembersOpenToRehireWhomTheySuit() {
        Api.Session bySkill = Api.activeMember(Api.registration(Api.uniqueEmail("skill")),
                Map.of("openTo", List.of("REHIRE"), "skills", List.of("Kotlin")));
        Api.Session byRole = Api.activeMember(Api.registration(Api.uniqueEmail("role")), Map.of("openTo", List.of("REHIRE")));
        byRole.as().contentType(ContentType.JSON).body(Map.of("desiredRoles", List.of("SRE"))).put("/api/v1/members/me/rehire-preferences")
                .then().statusCode(200);
        Api.Session unsuited = Api.activeMember(Api.registration(Api.uniqueEmail("unsuited")),
                Map.of("openTo", List.of("REHIRE"), "skills", List.of("Excel")));
        Api.Session notLooking = Api.activeMember(Api.registration(Api.uniqueEmail("staying")), Map.of("skills", List.of("Kotlin")));

        Api.Session hr = Api.admin();
        Map<String, Object> job = new HashMap<>(Map.of("kind", "JOB", "title", "SRE（決済基盤）", "description", "運用の自動化",
                "employmentType", "FULL_TIME", "workStyle", "REMOTE", "skills", List.of("kotlin", "Terraform"), "status", "DRAFT"));
        String id = hr.as().contentType(ContentType.JSON).body(job).post("/api/v1/jobs").then().statusCode(201).extract().path("id");
        assertThat(about(bySkill, id)).isEmpty();

        String etag = hr.as().get("/api/v1/jobs/" + id).then().statusCode(200).extract().header("ETag");
        hr.as().contentType(Api.MERGE_PATCH).header("If-Match", etag).body(Map.of("status", "OPEN")).patch("/api/v1/jobs/" + id).then()
                .statusCode(200);
        assertThat(await(bySkill, "JOB_MATCHED", id).get("text")).isEqualTo("A job that may suit you: “SRE（決済基盤）”");
        await(byRole, "JOB_MATCHED", id);
        assertThat(about(unsuited, id)).isEmpty();
        assertThat(about(notLooking, id)).isEmpty();
    }

    @Test
    void dailyDigestsListWhatMembersChoseOncePerDay() {
        Api.Session author = Api.activeMember();
        Api.Session quiet = Api.activeMember();
        for (Api.Session who : List.of(author, quiet)) {
            who.as().contentType(ContentType.JSON).body(Map.of("language", "ja", "digest", "DAILY"))
                    .put("/api/v1/members/me/notification-preferences").then().statusCode(200);
        }
        String post = post(author, Map.of("type", "DISCUSSION", "body", "まとめテスト"));
        comment(Api.activeMember(), post, null);
        await(author, "POST_COMMENTED", post);
        settle();

        Api.Session hr = Api.admin();
        hr.as().contentType(ContentType.JSON).body(Map.of("frequency", "DAILY")).post("/api/v1/admin/digests/run").then().statusCode(200)
                .body("frequency", equalTo("DAILY"));
        MimeMessage digest = Mails.awaitSubject(smtp, author.email(), "【アルムナイコミュニティ】今日のまとめ（1 件）");
        assertThat(Mails.text(digest)).contains("花子さんがあなたの投稿「まとめテスト」にコメントしました")
                .contains("https://app.alumni.example.com/posts/" + post);
        assertThat(Mails.header(digest, "List-Unsubscribe")).contains("/api/v1/unsubscribe/");

        // Once per period, and never empty.
        hr.as().contentType(ContentType.JSON).body(Map.of("frequency", "DAILY")).post("/api/v1/admin/digests/run").then().statusCode(200)
                .body("members", equalTo(0));
        assertThat(Mails.settled(smtp, author.email())).extracting(Mails::subject).containsOnlyOnce(Mails.subject(digest));
        assertThat(Mails.to(smtp, quiet.email())).extracting(Mails::subject).noneMatch(subject -> subject.contains("まとめ"));

        // One click turns the digest off.
        String header = Mails.header(digest, "List-Unsubscribe");
        RestAssured.given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click")
                .post(header.substring("<https://alumni.example.com".length(), header.length() - 1)).then().statusCode(204);
        author.as().get("/api/v1/members/me/notification-preferences").then().statusCode(200).body("digest", equalTo("OFF"));

        hr.as().contentType(ContentType.JSON).body(Map.of("frequency", "OFF")).post("/api/v1/admin/digests/run").then().statusCode(400);
        hr.as().contentType(ContentType.JSON).body(Map.of("frequency", "HOURLY")).post("/api/v1/admin/digests/run").then().statusCode(400);
        author.as().contentType(ContentType.JSON).body(Map.of("frequency", "DAILY")).post("/api/v1/admin/digests/run").then()
                .statusCode(403);
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("frequency", "DAILY")).post("/api/v1/admin/digests/run").then()
                .statusCode(401);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
