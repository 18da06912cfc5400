package app.alumni.conversation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits against spam in conversations. */
@ConfigMapping(prefix = "alumni.conversations")
interface ConversationConfig {

    /** New conversations a member may start in 24 hours ({@code ALUMNI_CONVERSATIONS_NEW_PER_DAY}). */
    @WithDefault("20")
    int newPerDay();

    /** Messages sit with the other writing limits ({@code ALUMNI_POSTING_MAX_MESSAGES_PER_MINUTE}), across conversations. */
    @ConfigMapping(prefix = "alumni.posting")
    interface MessageLimits {
        @WithDefault("30")
        int maxMessagesPerMinute();
    }
}
