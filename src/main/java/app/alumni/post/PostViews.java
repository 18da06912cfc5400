package app.alumni.post;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import app.alumni.common.OpenApiFilter;
import app.alumni.member.GroupAccess;
import app.alumni.member.MemberCard;
import app.alumni.member.Organisation;

/** Response bodies of the feed: everything a client needs to draw a card without further calls. */
final class PostViews {

    private PostViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AuthorSummary", description = "Who wrote a post or comment. Title and company only when the author shares their "
            + "career section.")
    record AuthorSummary(
            @Schema(description = "Absent for the organisation, a former member, or a member a block lies between (whose card is "
                    + "then reduced to the display name).", format = "uuid", maxLength = 36, nullable = true) UUID id,
            @Schema(maxLength = 50, example = "花子") String displayName,
            @Schema(format = "uri", maxLength = 500, nullable = true) String avatarUrl,
            @Schema(maxLength = 100, nullable = true, example = "データエンジニア") String currentTitle,
            @Schema(maxLength = 100, nullable = true, example = "株式会社なにわデータ") String currentCompany,
            @Schema(description = "True when the organisation itself published it (through one of HR's systems); `id` is then absent.",
                    nullable = true) Boolean organisation,
            @Schema(description = "True when the author has since deleted their account and kept what they wrote: `id` is then absent "
                    + "and `displayName` is 「退会したメンバー」 (a former member).", nullable = true) Boolean formerMember) {

        static AuthorSummary of(MemberCard m) {
            if (m.former()) {
                return new AuthorSummary(null, MemberCard.FORMER_MEMBER_NAME, null, null, null, null, true);
            }
            if (m.hidden()) {
                // A block lies between the author and the viewer: what they wrote stays, with the display name only.
                return new AuthorSummary(null, m.displayName(), null, null, null, null, null);
            }
            return new AuthorSummary(m.id(), m.displayName(), m.avatarUrl(), m.sharedTitle(), m.sharedCompany(), null, null);
        }

        static AuthorSummary organisation(Organisation organisation) {
            return new AuthorSummary(null, organisation.name(), null, null, null, true, null);
        }
    }

    @Schema(name = "ReactionCounts", description = "How many members gave each reaction.")
    record ReactionCounts(
            @JsonProperty("LIKE") @Schema(minimum = "0", maximum = "2147483647", format = "int32") int like,
            @JsonProperty("CELEBRATE") @Schema(minimum = "0", maximum = "2147483647", format = "int32") int celebrate,
            @JsonProperty("INSIGHTFUL") @Schema(minimum = "0", maximum = "2147483647", format = "int32") int insightful,
            @JsonProperty("SUPPORT") @Schema(minimum = "0", maximum = "2147483647", format = "int32") int support) {

        static ReactionCounts of(Map<ReactionType, Integer> counts) {
            return new ReactionCounts(counts.get(ReactionType.LIKE), counts.get(ReactionType.CELEBRATE),
                    counts.get(ReactionType.INSIGHTFUL), counts.get(ReactionType.SUPPORT));
        }
    }

    @Schema(name = "ModerationState", description = "Why an item is hidden; shown only to its author and to moderators.")
    record ModerationState(
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime hiddenAt,
            @Schema(maxLength = 1000, example = "個人情報が含まれていたため非表示にしました。") String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Post", extensions = @Extension(name = OpenApiFilter.VERSIONED, value = "true"),
            description = "A post as a feed card. `body` is Markdown text: clients must render it safely (no raw HTML).")
    record PostView(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            PostType type,
            @Schema(nullable = true) PostCategory category,
            @Schema(maxLength = 200, nullable = true, example = "2026年度の新しい働き方について") String title,
            @Schema(maxLength = 20000, description = "Markdown text, never HTML; render it safely.",
                    example = "リモートワーク制度が**改定**されました。") String body,
            @Schema(maxItems = 10, example = "[\"働き方\", \"制度\"]") List<@Size(max = 50) String> tags,
            AuthorSummary author,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime createdAt,
            @Schema(format = "date-time", maxLength = 35, nullable = true) OffsetDateTime editedAt,
            @Schema(format = "uuid", maxLength = 36, nullable = true, description = "Who last edited the post: its author, or a "
                    + "moderator or HR admin.") UUID editedBy,
            @Schema(format = "date-time", maxLength = 35, nullable = true) OffsetDateTime pinnedUntil,
            @Schema(description = "Pinned now: shown ahead of the feed's first page.") boolean pinned,
            @Schema(minimum = "0", maximum = "2147483647", format = "int32") int commentCount,
            ReactionCounts reactionCounts,
            @Schema(maxItems = 4, uniqueItems = true, description = "The caller's own reactions.") Set<ReactionType> myReactions,
            @Schema(nullable = true, description = "Present when the post is hidden (for its author and moderators only).")
            ModerationState moderation,
            @Schema(nullable = true, description = "The group it was posted in.") GroupAccess.GroupRef group) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Comment", description = "A comment, or a reply when `parentId` is set. `body` is Markdown text.")
    record CommentView(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(format = "uuid", maxLength = 36) UUID postId,
            @Schema(format = "uuid", maxLength = 36, nullable = true) UUID parentId,
            AuthorSummary author,
            @Schema(maxLength = 5000, example = "おめでとうございます!") String body,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime createdAt,
            @Schema(format = "date-time", maxLength = 35, nullable = true) OffsetDateTime editedAt,
            @Schema(format = "uuid", maxLength = 36, nullable = true, description = "Who last edited the comment: its author, or a "
                    + "moderator or HR admin.") UUID editedBy,
            @Schema(nullable = true, description = "Present when the comment is hidden (for its author and moderators only).")
            ModerationState moderation,
            @Schema(description = "Version; send it quoted as `If-Match` when editing.", minimum = "0", maximum = "9007199254740991",
                    format = "int64") long version) {

        static CommentView of(PostComment c, MemberCard author) {
            return new CommentView(c.id, c.postId, c.parentId, AuthorSummary.of(author), c.body, c.createdAt, c.editedAt, c.editedBy,
                    c.isHidden() ? new ModerationState(c.hiddenAt, c.hiddenReason) : null, c.version);
        }
    }

    @Schema(name = "ReactionSummary", description = "A post's reactions after a change.")
    record ReactionSummary(ReactionCounts reactionCounts,
            @Schema(maxItems = 4, uniqueItems = true) Set<ReactionType> myReactions) {
    }
}
