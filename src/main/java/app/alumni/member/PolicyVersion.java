package app.alumni.member;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A version of the privacy policy: its texts and the moment it takes effect. Never changed once published. */
@Entity
@Table(name = "privacy_policy_version")
public class PolicyVersion extends PanacheEntityBase {

    @Id
    public String version;
    public OffsetDateTime effectiveAt;
    public String textJa;
    public String textEn;
    public UUID publishedBy;
    public OffsetDateTime createdAt;

    /** Every version, the latest to take effect first (a handful: the table holds one row per published version). */
    static List<PolicyVersion> newestFirst() {
        return list("order by effectiveAt desc");
    }
}
