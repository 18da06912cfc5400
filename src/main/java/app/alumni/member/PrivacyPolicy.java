package app.alumni.member;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.exception.ConstraintViolationException;

import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.Times;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The privacy policy members accept: its versions, each with its texts in Japanese and English and the moment it takes
 * effect. The current version is the latest in effect; a member who has not accepted it may use only their own
 * account until they do. The versions are few and asked for on every request, so they are kept in memory and read
 * again every few seconds (another instance may have published one).
 */
@ApplicationScoped
public class PrivacyPolicy {

    private static final long FRESH_NANOS = 5_000_000_000L;

    /** A version as published. */
    public record Version(String version, OffsetDateTime effectiveAt, String textJa, String textEn) {
        public String text(Locale locale) {
            return "ja".equals(locale.getLanguage()) ? textJa : textEn;
        }
    }

    private record Loaded(List<Version> newestFirst, long at) {
    }

    private final String configuredVersion;
    private final Clock clock;
    private volatile Loaded loaded;

    PrivacyPolicy(@ConfigProperty(name = "alumni.privacy-policy.version") String configuredVersion, Clock clock) {
        this.configuredVersion = configuredVersion;
        this.clock = clock;
    }

    /**
     * Adds the configured version (texts from {@code privacy-policy/}) when the database lacks it: in effect since
     * ever on an empty table, from now on otherwise. Several instances starting at once add it once.
     */
    void seed(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (PolicyVersion.findById(configuredVersion) != null) {
                return;
            }
            OffsetDateTime effective = PolicyVersion.count() == 0 ? OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                    : Times.now(clock);
            PolicyVersion.getEntityManager().createNativeQuery("insert into privacy_policy_version (version, effective_at, text_ja,"
                    + " text_en, created_at) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                    .setParameter(1, configuredVersion).setParameter(2, effective).setParameter(3, read("ja"))
                    .setParameter(4, read("en")).setParameter(5, Times.now(clock)).executeUpdate();
        });
        loaded = null;
    }

    /** The version in effect now (the configured one until the database has one in effect). */
    public String currentVersion() {
        Version current = current();
        return current == null ? configuredVersion : current.version();
    }

    public String text(Locale locale) {
        Version current = current();
        return current == null ? read(locale.getLanguage().equals("ja") ? "ja" : "en") : current.text(locale);
    }

    Version current() {
        OffsetDateTime now = Times.now(clock);
        return versions().stream().filter(v -> !v.effectiveAt().isAfter(now)).findFirst().orElse(null);
    }

    /** Every version, the latest to take effect first (upcoming ones included). */
    List<Version> versions() {
        Loaded l = loaded;
        if (l == null || System.nanoTime() - l.at() > FRESH_NANOS) {
            List<Version> read = QuarkusTransaction.joiningExisting().call(() -> PolicyVersion.newestFirst().stream()
                    .map(v -> new Version(v.version, v.effectiveAt, v.textJa, v.textEn)).toList());
            l = new Loaded(read, System.nanoTime());
            loaded = l;
        }
        return l.newestFirst();
    }

    /** HR publishes a version: a new one, taking effect now or later, never at the moment another does. */
    @Transactional
    Version publish(String version, OffsetDateTime effectiveAt, String textJa, String textEn, UUID publishedBy) {
        OffsetDateTime now = Times.now(clock);
        if (effectiveAt.isBefore(now.minusMinutes(1))) {
            throw ProblemException.invalid("effectiveAt", "validation.privacy-policy.effective-past");
        }
        if (PolicyVersion.findById(version) != null || PolicyVersion.count("effectiveAt", effectiveAt) > 0) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.policy-version-exists", version);
        }
        PolicyVersion v = new PolicyVersion();
        v.version = version;
        v.effectiveAt = effectiveAt;
        v.textJa = textJa;
        v.textEn = textEn;
        v.publishedBy = publishedBy;
        v.createdAt = now;
        try {
            v.persistAndFlush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.policy-version-exists", version);
            }
            throw e;
        }
        loaded = null;
        return new Version(v.version, v.effectiveAt, v.textJa, v.textEn);
    }

    private static String read(String language) {
        try (InputStream in = PrivacyPolicy.class.getResourceAsStream("/privacy-policy/" + language + ".md")) {
            if (in == null) {
                throw new IllegalStateException("privacy-policy/" + language + ".md is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
