package app.alumni.post;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.alumni.support.Api;
import io.restassured.http.ContentType;

/** Test helpers for writing posts through the API. */
public final class Posts {

    private Posts() {
    }

    public static Map<String, Object> discussion(String body, String... tags) {
        Map<String, Object> post = new HashMap<>();
        post.put("type", "DISCUSSION");
        post.put("body", body);
        post.put("tags", List.of(tags));
        return post;
    }

    static Map<String, Object> announcement(String title, String body) {
        Map<String, Object> post = new HashMap<>();
        post.put("type", "ANNOUNCEMENT");
        post.put("title", title);
        post.put("body", body);
        post.put("category", "COMPANY_NEWS");
        return post;
    }

    public static String create(Api.Session author, Map<String, Object> post) {
        return author.as().contentType(ContentType.JSON).body(post).post("/api/v1/posts").then().statusCode(201).extract().path("id");
    }
}
