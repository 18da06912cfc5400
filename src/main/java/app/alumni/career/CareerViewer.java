package app.alumni.career;

import java.util.UUID;

import app.alumni.common.Caller;
import app.alumni.member.Role;
import io.quarkus.security.identity.SecurityIdentity;

/** The caller as careers see them. */
record CareerViewer(UUID id, boolean hrAdmin) {

    static CareerViewer of(SecurityIdentity identity) {
        return new CareerViewer(Caller.id(identity), identity.hasRole(Role.Names.HR_ADMIN));
    }

    /** HR reviews every listing's applications; a collaboration's poster reviews the responses to it. */
    boolean reviews(JobListing l) {
        return hrAdmin || (l.kind == CareerEnums.Kind.COLLABORATION && id.equals(l.posterId));
    }

    boolean manages(JobListing l) {
        return l.kind == CareerEnums.Kind.JOB ? hrAdmin : hrAdmin || id.equals(l.posterId);
    }
}
