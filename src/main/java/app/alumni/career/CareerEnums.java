package app.alumni.career;

import java.util.EnumSet;
import java.util.Set;

/** The vocabularies of careers. */
public final class CareerEnums {

    private CareerEnums() {
    }

    /** A job at the company (HR), or a business-collaboration opportunity (any member). */
    public enum Kind {
        JOB,
        COLLABORATION
    }

    public enum EmploymentType {
        FULL_TIME,
        CONTRACT,
        PART_TIME
    }

    public enum WorkStyle {
        ONSITE,
        HYBRID,
        REMOTE
    }

    /** DRAFT → OPEN → CLOSED; an open listing also counts as closed once its {@code closesAt} has passed. */
    public enum ListingStatus {
        DRAFT,
        OPEN,
        CLOSED
    }

    /** The pipeline: SUBMITTED → SCREENING → INTERVIEW → OFFER → HIRED; REJECTED or WITHDRAWN from any open state. */
    public enum ApplicationStatus {
        SUBMITTED,
        SCREENING,
        INTERVIEW,
        OFFER,
        HIRED,
        REJECTED,
        WITHDRAWN;

        boolean isOpen() {
            return this == SUBMITTED || this == SCREENING || this == INTERVIEW || this == OFFER;
        }

        /** Where the reviewer (HR, or a collaboration's poster) may move an application from here. */
        Set<ApplicationStatus> reviewerTargets() {
            return switch (this) {
                case SUBMITTED -> EnumSet.of(SCREENING, REJECTED);
                case SCREENING -> EnumSet.of(INTERVIEW, REJECTED);
                case INTERVIEW -> EnumSet.of(OFFER, REJECTED);
                case OFFER -> EnumSet.of(HIRED, REJECTED);
                default -> EnumSet.noneOf(ApplicationStatus.class);
            };
        }
    }
}
