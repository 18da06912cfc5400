package app.alumni.post;

/** Reactions a member can give a post, each at most once. */
public enum ReactionType {
    LIKE("like_count"),
    CELEBRATE("celebrate_count"),
    INSIGHTFUL("insightful_count"),
    SUPPORT("support_count");

    private final String column;

    ReactionType(String column) {
        this.column = column;
    }

    /** The counter column on {@code post}; a constant, never user input. */
    String column() {
        return column;
    }
}
