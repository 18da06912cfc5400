package app.alumni.post;

import java.util.List;
import java.util.UUID;

import app.alumni.common.Tags;
import app.alumni.common.TextSearch;

/**
 * What a feed shows: a post type, a tag (normalised like stored tags), an author, search words and a group, each
 * optional.
 */
record FeedFilter(PostType type, String tag, UUID authorId, List<String> terms, UUID groupId) {

    static FeedFilter of(PostType type, String tag, UUID authorId, String q) {
        List<String> terms = TextSearch.terms(q);
        String tagKey = tag == null ? null : Tags.normalize(tag);
        return new FeedFilter(type, tagKey == null || tagKey.isEmpty() ? null : tagKey, authorId, terms, null);
    }

    /** A group's posts, newest first. */
    static FeedFilter ofGroup(UUID groupId) {
        return new FeedFilter(null, null, null, List.of(), groupId);
    }
}
