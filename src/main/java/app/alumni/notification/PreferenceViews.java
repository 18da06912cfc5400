package app.alumni.notification;

import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.alumni.common.OpenApiFilter;
import app.alumni.member.NoticeType;
import app.alumni.member.NoticeType.Mailing;
import app.alumni.notification.NotificationPreference.Digest;

/** The bodies of a member's notification preferences. */
final class PreferenceViews {

    private PreferenceViews() {
    }

    @Schema(name = "NotificationChoice", description = "How one type of notification reaches the member.")
    record TypeChoice(
            @NotNull @Schema(description = "Shown in the app.", required = true) Boolean inApp,
            @NotNull @Schema(description = "Mailed at once, in the digest, or not.", required = true) Mailing email) {
    }

    @Schema(name = "NotificationPreferences", extensions = @Extension(name = OpenApiFilter.VERSIONED, value = "true"),
            description = "Language of mails and notifications, per type how it reaches the member, and the digest's rhythm.")
    record Preferences(
            @NotNull @Pattern(regexp = "ja|en")
            @Schema(description = "Language of e-mails (the member's `preferredLanguage`).", enumeration = { "ja", "en" }, maxLength = 2,
                    required = true, example = "ja") String language,
            @NotNull @Schema(name = "digest", description = "How often the digest of what the member chose `DIGEST` for is mailed.",
                    required = true) Digest digest,
            @Schema(description = "Per type; a type left out keeps its default (announcements and event changes by e-mail "
                    + "at once, everything else in the digest; all in the app).", required = true)
            Map<NoticeType, @Valid TypeChoice> types) {

        static Preferences of(String language, NotificationPreference p) {
            Map<NoticeType, TypeChoice> types = new EnumMap<>(NoticeType.class);
            for (NoticeType type : NoticeType.values()) {
                NotificationPreference.Choice c = p.choice(type);
                types.put(type, new TypeChoice(c.inApp(), c.email()));
            }
            return new Preferences(language, p.digest, types);
        }
    }
}
