package app.alumni.post;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of posts and comments. */
final class PostRequests {

    private PostRequests() {
    }

    @Schema(name = "NewPost", description = "An announcement (HR admins; title required) or a discussion (any active member).")
    record NewPost(
            @NotNull @Schema(required = true) PostType type,
            @Size(max = 200) @Schema(maxLength = 200, nullable = true, description = "Required for announcements.",
                    example = "2026年度の新しい働き方について") String title,
            @NotBlank @Size(max = 20000) @Schema(required = true, maxLength = 20000, description = "Markdown text.",
                    example = "リモートワーク制度が**改定**されました。") String body,
            @Size(max = 10) @Schema(maxItems = 10, description = "Up to 10; trimmed, case-folded and width-unified (a leading # is "
                    + "dropped).", example = "[\"働き方\"]") List<@NotBlank @Size(max = 50) String> tags,
            @Schema(nullable = true) PostCategory category,
            @Future @Schema(format = "date-time", maxLength = 35, nullable = true,
                    description = "Announcements only: shown ahead of the feed until then.") OffsetDateTime pinnedUntil,
            @Schema(format = "uuid", maxLength = 36, nullable = true, description = "Discussions only: post in this group (its "
                    + "members, and HR admins, may). A closed group's posts are seen by its members and HR only.") UUID groupId) {
    }

    /** The editable part of a post; {@code PATCH} merges a JSON merge patch into it. */
    @Schema(name = "PostEdit", description = "Fields of a post that can change.")
    record PostEdit(
            @Size(max = 200) @Schema(maxLength = 200, nullable = true) String title,
            @NotBlank @Size(max = 20000) @Schema(maxLength = 20000, description = "Markdown text.") String body,
            @Size(max = 10) @Schema(maxItems = 10) List<@NotBlank @Size(max = 50) String> tags,
            @Schema(nullable = true) PostCategory category,
            @Schema(format = "date-time", maxLength = 35, nullable = true) OffsetDateTime pinnedUntil) {

        static PostEdit of(Post p) {
            return new PostEdit(p.title, p.body, List.copyOf(p.tags), p.category, p.pinnedUntil);
        }
    }

    @Schema(name = "NewComment")
    record NewComment(
            @NotBlank @Size(max = 5000) @Schema(required = true, maxLength = 5000, description = "Markdown text.",
                    example = "おめでとうございます!") String body,
            @Schema(format = "uuid", maxLength = 36, nullable = true,
                    description = "A top-level comment of the same post, to reply to it.") UUID parentId) {
    }

    @Schema(name = "CommentEdit")
    record CommentEdit(
            @NotBlank @Size(max = 5000) @Schema(required = true, maxLength = 5000, description = "Markdown text.") String body) {
    }
}
