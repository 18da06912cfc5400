package app.alumni.post;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.alumni.common.WriteRates;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much one member may write per minute ({@code alumni.posting.*}). */
@ApplicationScoped
class PostingLimits {

    @ConfigMapping(prefix = "alumni.posting")
    interface PostingConfig {
        @WithDefault("10")
        int maxPostsPerMinute();

        @WithDefault("30")
        int maxCommentsPerMinute();
    }

    private final WriteRates rates;
    private final PostingConfig config;

    PostingLimits(WriteRates rates, PostingConfig config) {
        this.rates = rates;
        this.config = config;
    }

    /** Within the caller's transaction: fails with 429 when the member already wrote their budget of posts this minute. */
    void checkPost(UUID memberId) {
        rates.check("post", "author_id", memberId, config.maxPostsPerMinute(), "problem.too-many-requests.posts");
    }

    void checkComment(UUID memberId) {
        rates.check("post_comment", "author_id", memberId, config.maxCommentsPerMinute(), "problem.too-many-requests.comments");
    }
}
