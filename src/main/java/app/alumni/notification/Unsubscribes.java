package app.alumni.notification;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.alumni.common.Hashes;
import app.alumni.common.ProblemException;
import app.alumni.common.PublicLinks;

/**
 * One-click unsubscribe (RFC 8058) for every mail that is not about the account itself: each carries a link that turns
 * that kind of mail (one notification type, or the digest) off for its member. The link's secret is random per member
 * and kind, and works for nothing else.
 */
@ApplicationScoped
class Unsubscribes {

    static final String DIGEST = "DIGEST";
    static final String PATH = "/api/v1/unsubscribe/";

    private final EntityManager em;
    private final PublicLinks links;
    private final PreferenceService preferences;

    Unsubscribes(EntityManager em, PublicLinks links, PreferenceService preferences) {
        this.em = em;
        this.links = links;
        this.preferences = preferences;
    }

    /** The member's unsubscribe URL for this kind of mail, made on first use (concurrent first uses agree). */
    String url(UUID memberId, String kind) {
        em.createNativeQuery("insert into unsubscribe_token (token, member_id, kind) values (:token, :member, :kind)"
                + " on conflict (member_id, kind) do nothing")
                .setParameter("token", Hashes.randomToken()).setParameter("member", memberId).setParameter("kind", kind)
                .executeUpdate();
        UnsubscribeToken token = UnsubscribeToken.find("memberId = ?1 and kind = ?2", memberId, kind).singleResult();
        return links.url(PATH + token.token);
    }

    /** Turns the token's kind of mail off for its member; an unknown token is 404. */
    @Transactional
    void unsubscribe(String token) {
        UnsubscribeToken found = UnsubscribeToken.<UnsubscribeToken>findByIdOptional(token).orElseThrow(ProblemException::notFound);
        preferences.unsubscribe(found.memberId, found.kind);
    }
}
