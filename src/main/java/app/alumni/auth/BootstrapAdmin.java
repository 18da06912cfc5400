package app.alumni.auth;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import app.alumni.common.Times;
import app.alumni.member.Affiliation;
import app.alumni.member.Member;
import app.alumni.member.MemberStatus;
import app.alumni.member.PasswordHasher;
import app.alumni.member.PasswordPolicy;
import app.alumni.member.PrivacyPolicy;
import app.alumni.member.Role;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;

/** Creates the first HR admin from configuration when the community has none, so that someone can approve the rest. */
@ApplicationScoped
class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    /** {@code alumni.bootstrap.admin.email} / {@code .password} (env {@code ALUMNI_BOOTSTRAP_ADMIN_EMAIL} / {@code _PASSWORD}). */
    @ConfigMapping(prefix = "alumni.bootstrap.admin")
    interface BootstrapConfig {
        Optional<String> email();

        Optional<String> password();
    }

    private final BootstrapConfig config;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final PrivacyPolicy privacyPolicy;
    private final Clock clock;

    BootstrapAdmin(BootstrapConfig config, PasswordHasher hasher, PasswordPolicy policy, PrivacyPolicy privacyPolicy, Clock clock) {
        this.clock = clock;
        this.config = config;
        this.hasher = hasher;
        this.policy = policy;
        this.privacyPolicy = privacyPolicy;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        var email = config.email().filter(s -> !s.isBlank());
        var password = config.password().filter(s -> !s.isBlank());
        if (email.isEmpty() || password.isEmpty() || Member.anyHrAdmin()) {
            return;
        }
        if (!policy.check("password", password.get(), email.get()).isEmpty()) {
            throw new IllegalStateException("alumni.bootstrap.admin.password does not meet the password rules");
        }
        if (Member.findByEmail(email.get()).isPresent()) {
            LOG.warnf("Bootstrap admin not created: %s is already registered; make it HR_ADMIN by hand", email.get());
            return;
        }
        Member admin = Member.newAccount(email.get(), hasher.hash(password.get()), Affiliation.EMPLOYEE, "HR Admin", "HR Admin",
                privacyPolicy.currentVersion(), Times.now(clock));
        admin.status = MemberStatus.ACTIVE;
        admin.setRoles(EnumSet.of(Role.EMPLOYEE, Role.HR_ADMIN));
        admin.touch(Times.now(clock));
        admin.persist();
        LOG.infof("Created the first HR admin %s", admin.email);
    }
}
