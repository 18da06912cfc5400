package app.alumni.member;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import app.alumni.common.ETags;
import app.alumni.common.MergePatch;
import app.alumni.common.ProblemException;
import app.alumni.common.Times;

/** Reading and editing profiles. */
@ApplicationScoped
public class ProfileService {

    private final MergePatch mergePatch;
    private final Integrations integrations;
    private final Blocks blocks;
    private final Clock clock;

    ProfileService(MergePatch mergePatch, Integrations integrations, Blocks blocks, Clock clock) {
        this.blocks = blocks;
        this.integrations = integrations;
        this.clock = clock;
        this.mergePatch = mergePatch;
    }

    @Transactional
    public Member get(UUID id) {
        Member m = Member.findById(id);
        if (m == null) {
            throw ProblemException.notFound();
        }
        return m;
    }

    /**
     * A member as another caller may see them: only active members with no block either way between them, except for
     * HR admins ({@code hrView}) who see everyone.
     */
    @Transactional
    public Member visibleTo(UUID id, UUID viewer, boolean hrView) {
        Member m = Member.findById(id);
        if (m == null || (!hrView && (m.status != MemberStatus.ACTIVE || viewer != null && blocks.between(viewer, id)))) {
            throw ProblemException.notFound();
        }
        return m;
    }

    /** Applies an RFC 7396 merge patch to the owner's editable profile, honouring {@code If-Match}. */
    @Transactional
    public Member patch(UUID id, JsonNode patch, String ifMatch) {
        Member m = RegistrationService.lock(id);
        ETags.check(ifMatch, m.version);
        EditableProfile updated = mergePatch.apply(EditableProfile.of(m), patch, EditableProfile.class);
        var tenure = updated.tenure();
        if (tenure != null && tenure.joinedOn() != null && tenure.leftOn() != null && tenure.leftOn().isBefore(tenure.joinedOn())) {
            throw ProblemException.invalid("tenure.leftOn", "validation.left-before-joined");
        }
        boolean wasOpenToRehire = m.openTo.contains(OpenTo.REHIRE.name());
        updated.applyTo(m);
        boolean openToRehire = m.openTo.contains(OpenTo.REHIRE.name());
        if (openToRehire != wasOpenToRehire) {
            integrations.publish(IntegrationEvent.REHIRE_INTEREST_CHANGED,
                    Map.of("memberId", m.id.toString(), "openToRehire", openToRehire));
        }
        m.touch(Times.now(clock));
        return m;
    }
}
