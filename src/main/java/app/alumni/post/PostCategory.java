package app.alumni.post;

/** What an announcement is about, so alumni can see how the company has changed since they left. */
public enum PostCategory {
    COMPANY_NEWS,
    CULTURE_AND_POLICIES,
    CAREERS,
    EVENTS,
    OTHER
}
