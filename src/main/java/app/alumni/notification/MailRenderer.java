package app.alumni.notification;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import app.alumni.common.Messages;
import app.alumni.common.PublicLinks;
import app.alumni.member.MemberCard;
import app.alumni.member.NoticeType;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.runtime.Startup;

/**
 * Turns an outbox message into a mail: the subject from the message bundle of the member's language, an HTML and a
 * plain-text part from the Qute templates {@code mail/<template>.<language>.html|txt}. Links point to the web app.
 * Notification mails carry their sentence as subject and a one-click unsubscribe link (account mails do not).
 */
@Startup
@ApplicationScoped
class MailRenderer {

    private static final Logger LOG = Logger.getLogger(MailRenderer.class);

    /** The template of notification mails: the subject is the notification's sentence; it can be unsubscribed from. */
    static final String NOTIFICATION = "notification";
    /** The template of digests: the member's chosen notifications since their last digest; it can be unsubscribed from. */
    static final String DIGEST = "digest";

    private final Engine engine;
    private final Unsubscribes unsubscribes;
    private final String webApp;

    MailRenderer(Engine engine, Unsubscribes unsubscribes, @ConfigProperty(name = "alumni.web-app-url") Optional<URI> webAppUrl) {
        this.engine = engine;
        this.unsubscribes = unsubscribes;
        this.webApp = PublicLinks.validated(webAppUrl.orElseGet(() -> {
            URI local = URI.create("http://localhost:5173");
            LOG.warnf("ALUMNI_WEB_APP_URL (alumni.web-app-url) is not set: links in mails point to %s. Set it to where members "
                    + "use the web app, such as https://alumni.example.com.", local);
            return local;
        }), "alumni.web-app-url (ALUMNI_WEB_APP_URL)");
    }

    Mail render(OutboxMessage message) {
        Locale locale = "en".equals(message.language) ? Messages.ENGLISH : Messages.JAPANESE;
        Map<String, Object> data = new HashMap<>(message.params);
        data.put("web", webApp);
        String subject;
        String unsubscribe = null;
        if (NOTIFICATION.equals(message.template)) {
            NoticeType type = NoticeType.valueOf(message.params.get("type"));
            subject = Texts.of(locale, type, message.params.get("actor"), message.params.get("title"), 1, message.params);
            data.put("text", subject);
            unsubscribe = message.memberId == null ? null : unsubscribes.url(message.memberId, type.name());
        } else if (DIGEST.equals(message.template)) {
            List<Map<String, String>> items = digestItems(message, locale);
            int total = Integer.parseInt(message.params.getOrDefault("total", Integer.toString(items.size())));
            data.put("items", items);
            data.put("more", Math.max(0, total - items.size()));
            subject = Messages.get(locale, "mail.digest.subject." + message.params.get("frequency"), total);
            unsubscribe = message.memberId == null ? null : unsubscribes.url(message.memberId, Unsubscribes.DIGEST);
        } else {
            subject = Messages.get(locale, "mail." + message.template + ".subject");
        }
        data.put("subject", subject);
        String html = template(message, "html").data(data).render();
        String text = template(message, "txt").data(data).render();
        Mail mail = Mail.withHtml(message.recipient, subject, html).setText(text);
        if (unsubscribe != null) {
            // RFC 8058: mail clients offer "unsubscribe" and post List-Unsubscribe=One-Click to the URL.
            mail.addHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            mail.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return mail;
    }

    /** The digest's notifications (newest first) as sentences with links, in one statement plus one for their actors. */
    private static List<Map<String, String>> digestItems(OutboxMessage message, Locale locale) {
        String ids = message.params.getOrDefault("ids", "");
        List<UUID> wanted = ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(UUID::fromString).toList();
        Map<UUID, Notification> found = Notification.<Notification>list("id in ?1", wanted).stream()
                .collect(Collectors.toMap(n -> n.id, Function.identity()));
        Map<UUID, MemberCard> actors = MemberCard.byIds(found.values().stream().map(n -> n.actorId).filter(Objects::nonNull).toList());
        List<Map<String, String>> items = new ArrayList<>();
        for (UUID id : wanted) {
            Notification n = found.get(id);
            if (n != null) {
                MemberCard actor = n.actorId == null ? null : actors.get(n.actorId);
                items.add(Map.of("text", Texts.of(locale, n.type, actor == null ? null : actor.displayName(), n.subjectTitle, n.count,
                        n.params), "path", Links.path(n.subjectKind, n.subjectId)));
            }
        }
        return items;
    }

    private Template template(OutboxMessage message, String kind) {
        String id = "mail/" + message.template + "." + message.language + "." + kind;
        Template template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("no mail template " + id);
        }
        return template;
    }
}
