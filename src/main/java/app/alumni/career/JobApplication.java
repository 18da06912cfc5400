package app.alumni.career;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.alumni.career.CareerEnums.ApplicationStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "job_application")
public class JobApplication extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "listing_id")
    public UUID listingId;
    @Column(name = "applicant_id")
    public UUID applicantId;
    public String message;
    @Column(name = "resume_url")
    public String resumeUrl;
    @Column(name = "consent_at")
    public OffsetDateTime consentAt;
    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;
    @Column(name = "hr_note")
    public String hrNote;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;
}
