package app.alumni.member;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.alumni.common.PersonalData;
import app.alumni.member.MemberViews.MemberProfile;

/** The member's account and profile (privacy settings included) as they see it, and their consents. */
final class MemberPersonalData {

    private MemberPersonalData() {
    }

    @ApplicationScoped
    static class Profile implements PersonalData {

        @Override
        public String part() {
            return "profile";
        }

        @Override
        public Object of(UUID memberId) {
            return MemberProfile.of(Member.findById(memberId));
        }
    }

    @ApplicationScoped
    static class ConsentHistory implements PersonalData {

        private final Consents consents;

        ConsentHistory(Consents consents) {
            this.consents = consents;
        }

        @Override
        public String part() {
            return "consents";
        }

        @Override
        public Object of(UUID memberId) {
            return consents.of(memberId);
        }
    }
}
