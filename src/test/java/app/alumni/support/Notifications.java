package app.alumni.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Reading a member's notifications through the API; they arrive just after the change that causes them commits. */
public final class Notifications {

    private Notifications() {
    }

    public static List<Map<String, Object>> of(Api.Session who) {
        return who.as().queryParam("limit", 100).get("/api/v1/notifications").then().statusCode(200).extract().path("items");
    }

    /** The member's notifications about one subject, newest first. */
    public static List<Map<String, Object>> about(Api.Session who, String subjectId) {
        return of(who).stream().filter(n -> subjectId.equals(((Map<?, ?>) n.get("subject")).get("id"))).toList();
    }

    /** Waits (up to 15 seconds) for a notification of this type about this subject. */
    public static Map<String, Object> await(Api.Session who, String type, String subjectId) {
        return awaitCount(who, type, subjectId, 1).get(0);
    }

    /** Waits (up to 15 seconds) until the member has {@code count} notifications of this type about this subject. */
    public static List<Map<String, Object>> awaitCount(Api.Session who, String type, String subjectId, int count) {
        Instant deadline = Instant.now().plusSeconds(15);
        while (true) {
            List<Map<String, Object>> found = about(who, subjectId).stream().filter(n -> type.equals(n.get("type"))).toList();
            if (found.size() >= count) {
                return found;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("expected " + count + " " + type + " about " + subjectId + ", found " + found.size());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
