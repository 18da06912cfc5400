package app.alumni.member;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

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

    /** The members I blocked (not who blocked me: that is theirs). */
    @ApplicationScoped
    static class BlockList {

        @Produces
        PersonalData blocks(EntityManager em) {
            return PersonalData.rows(em, "blocks", """
                    select blocked_id as "memberId", created_at as "blockedAt" from member_block where blocker_id = :member
                    order by created_at, blocked_id""");
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
