package app.alumni.career;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.alumni.common.Publication;

/** The vocabularies of careers. */
public final class CareerEnums {

    private CareerEnums() {
    }

    /** A job at the company (HR), or a business-collaboration opportunity (any member). */
    @Schema(name = "ListingKind", description = "A job at the company (HR), or a business-collaboration opportunity (any member).")
    public enum Kind {
        JOB,
        COLLABORATION
    }

    @Schema(name = "EmploymentType")
    public enum EmploymentType {
        FULL_TIME,
        CONTRACT,
        PART_TIME
    }

    @Schema(name = "WorkStyle")
    public enum WorkStyle {
        ONSITE,
        HYBRID,
        REMOTE
    }

    /** DRAFT → OPEN → CLOSED; an open listing also counts as closed once its {@code closesAt} has passed. */
    @Schema(name = "ListingStatus")
    public enum ListingStatus implements Publication {
        DRAFT,
        OPEN,
        CLOSED
    }

    /** The pipeline: SUBMITTED → SCREENING → INTERVIEW → OFFER → HIRED; REJECTED or WITHDRAWN from any open state. */
    @Schema(name = "ApplicationStatus")
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
