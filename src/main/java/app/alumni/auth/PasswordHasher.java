package app.alumni.auth;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.elytron.security.common.BcryptUtil;

/** bcrypt hashing; checks against unknown accounts cost the same time as real ones. */
@ApplicationScoped
public class PasswordHasher {

    private final int cost;
    private final String decoy;

    PasswordHasher(AuthConfig config) {
        this.cost = config.bcryptCost();
        this.decoy = BcryptUtil.bcryptHash("decoy-password-for-timing", cost);
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    public boolean matches(String password, String hash) {
        return BcryptUtil.matches(password, hash);
    }

    /** Spends the time of one check when there is no account, so response time does not tell whether an email exists. */
    public void burnCheck(String password) {
        BcryptUtil.matches(password, decoy);
    }
}
