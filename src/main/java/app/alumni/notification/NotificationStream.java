package app.alumni.notification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import app.alumni.member.MemberCard;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * Live notifications (Server-Sent Events). The fan-out announces each notice it has delivered with PostgreSQL's
 * {@code NOTIFY} (sent when its transaction commits); every instance {@code LISTEN}s on its own connection and pushes
 * the new notifications to the members connected to it, so a change made on any instance reaches a stream held by any
 * other.
 */
@ApplicationScoped
class NotificationStream {

    /** The channel of one schema's notices (dev, tests and production may share a database). */
    static String channel(String schema) {
        return "alumni_notifications_" + schema;
    }

    private static final Logger LOG = Logger.getLogger(NotificationStream.class);
    private static final int POLL_MILLIS = 500;

    /** One open stream: whose, and in which language its sentences are. */
    private record Subscriber(UUID memberId, Locale locale, MultiEmitter<? super NotificationView> emitter) {
    }

    private final Map<UUID, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final String channel;
    private final String url;
    private final String user;
    private final Optional<String> password;
    private volatile Thread listener;
    private volatile boolean stopped;

    NotificationStream(@ConfigProperty(name = "alumni.db.schema") String schema,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.channel = channel(schema);
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The member's new notifications as they come, until the client goes away. */
    Multi<NotificationView> of(UUID memberId, Locale locale) {
        return Multi.createFrom().emitter(emitter -> {
            Subscriber s = new Subscriber(memberId, locale, emitter);
            subscribers.computeIfAbsent(memberId, k -> new CopyOnWriteArraySet<>()).add(s);
            emitter.onTermination(() -> subscribers.computeIfPresent(memberId, (k, set) -> {
                set.remove(s);
                return set.isEmpty() ? null : set;
            }));
            listen();
        });
    }

    /** Starts the listener with the first stream; it runs until shutdown. */
    private synchronized void listen() {
        if (listener == null && !stopped) {
            Thread thread = new Thread(this::loop, "notification-listener");
            thread.setDaemon(true);
            thread.start();
            listener = thread;
        }
    }

    private void loop() {
        while (!stopped) {
            try (Connection c = DriverManager.getConnection(url, user, password.orElse(null)); Statement s = c.createStatement()) {
                s.execute("LISTEN " + channel);
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!stopped) {
                    PGNotification[] arrived = pg.getNotifications(POLL_MILLIS);
                    if (arrived != null && !subscribers.isEmpty()) {
                        List<UUID> notices = new ArrayList<>();
                        for (PGNotification n : arrived) {
                            notices.add(UUID.fromString(n.getParameter()));
                        }
                        push(notices);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!stopped) {
                    LOG.warnf("notification listener lost its connection (%s); reconnecting", e.getMessage());
                    pause();
                }
            }
        }
    }

    /** The connected members' notifications of these notices, in one statement plus one for the actors. */
    private void push(List<UUID> notices) {
        Set<UUID> connected = Set.copyOf(subscribers.keySet());
        if (connected.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            List<Notification> fresh = Notification.list("noticeId in ?1 and memberId in ?2 and inApp = true", notices, connected);
            Map<UUID, MemberCard> actors = MemberCard.byIds(fresh.stream().map(n -> n.actorId).filter(Objects::nonNull).toList());
            for (Notification n : fresh) {
                for (Subscriber s : subscribers.getOrDefault(n.memberId, Set.of())) {
                    s.emitter().emit(NotificationView.of(n, n.actorId == null ? null : actors.get(n.actorId), s.locale()));
                }
            }
        });
    }

    @PreDestroy
    void stop() {
        stopped = true;
        subscribers.values().forEach(set -> set.forEach(s -> s.emitter().complete()));
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
