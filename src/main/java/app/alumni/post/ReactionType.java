package app.alumni.post;

/** Reactions a member can give a post, each at most once. */
public enum ReactionType {
    LIKE("likeCount"),
    CELEBRATE("celebrateCount"),
    INSIGHTFUL("insightfulCount"),
    SUPPORT("supportCount");

    private final String counter;

    ReactionType(String counter) {
        this.counter = counter;
    }

    /** The field of {@link Post} that counts this reaction; a constant, never user input. */
    String counter() {
        return counter;
    }
}
