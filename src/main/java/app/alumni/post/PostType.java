package app.alumni.post;

/** Company news from HR, or a conversation any member starts. */
public enum PostType {
    ANNOUNCEMENT,
    DISCUSSION
}
