package app.alumni.member;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.alumni.common.Times;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Dev mode only: about fifty demo members and an HR admin, so the directory has something to find.
 * Their sign-in details are in the README. Nothing of this exists outside the dev profile.
 */
@ApplicationScoped
@IfBuildProfile("dev")
class DemoMembers {

    static final String MEMBER_PASSWORD = "alumni-demo-2025";
    static final String ADMIN_EMAIL = "hr-admin@example.com";
    static final String ADMIN_PASSWORD = "hr-admin-demo-2025";

    private static final Logger LOG = Logger.getLogger(DemoMembers.class);

    record DemoMember(String email, String fullName, String fullNameKana, String displayName, Affiliation affiliation,
            MemberStatus status, YearMonth joinedOn, YearMonth leftOn, String lastDepartment, List<String> departments,
            String headline, String bio, String currentCompany, String currentTitle, String industry, String location,
            List<String> skills, List<String> links, Set<OpenTo> openTo, String preferredLanguage, boolean showEmail,
            boolean showCareer) {
    }

    private final ObjectMapper json;
    private final PasswordHasher hasher;
    private final PrivacyPolicy privacyPolicy;
    private final Clock clock;

    DemoMembers(ObjectMapper json, PasswordHasher hasher, PrivacyPolicy privacyPolicy, Clock clock) {
        this.clock = clock;
        this.json = json;
        this.hasher = hasher;
        this.privacyPolicy = privacyPolicy;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (Member.findByEmail(ADMIN_EMAIL).isPresent()) {
            return;
        }
        List<DemoMember> demo = read();
        String memberHash = hasher.hash(MEMBER_PASSWORD);
        Member admin = base(ADMIN_EMAIL, "人事 管理者", "ジンジ カンリシャ", "HR Admin", Affiliation.EMPLOYEE, hasher.hash(ADMIN_PASSWORD));
        admin.status = MemberStatus.ACTIVE;
        admin.setRoles(EnumSet.of(Role.EMPLOYEE, Role.HR_ADMIN));
        admin.departments = new ArrayList<>(List.of("人事部"));
        admin.touch(Times.now(clock));
        admin.persist();
        for (DemoMember d : demo) {
            Member m = base(d.email(), d.fullName(), d.fullNameKana(), d.displayName(), d.affiliation(), memberHash);
            m.status = d.status();
            if (d.status() == MemberStatus.ACTIVE) {
                m.setRoles(EnumSet.of(d.affiliation().role()));
            }
            m.joinedOn = YearMonths.toDate(d.joinedOn());
            m.leftOn = YearMonths.toDate(d.leftOn());
            m.lastDepartment = d.lastDepartment();
            m.departments = new ArrayList<>(d.departments());
            m.headline = d.headline();
            m.bio = d.bio();
            m.currentCompany = d.currentCompany();
            m.currentTitle = d.currentTitle();
            m.industry = d.industry();
            m.location = d.location();
            m.skills = new ArrayList<>(d.skills());
            m.links = new ArrayList<>(d.links());
            m.openTo = new ArrayList<>(d.openTo().stream().sorted().map(Enum::name).toList());
            m.preferredLanguage = d.preferredLanguage();
            m.showEmail = d.showEmail();
            m.showCareer = d.showCareer();
            m.touch(Times.now(clock));
            m.persist();
        }
        LOG.infof("Dev mode: created %d demo members and the HR admin %s", demo.size(), ADMIN_EMAIL);
    }

    private Member base(String email, String fullName, String kana, String displayName, Affiliation affiliation, String hash) {
        Member m = Member.newAccount(email, hash, affiliation, fullName, displayName, privacyPolicy.currentVersion(), Times.now(clock));
        m.fullNameKana = kana;
        return m;
    }

    private List<DemoMember> read() {
        try (InputStream in = DemoMembers.class.getResourceAsStream("/dev/demo-members.json")) {
            return List.of(json.readValue(in, DemoMember[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
