package app.alumni.notification;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import app.alumni.common.Messages;
import app.alumni.common.PublicLinks;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.runtime.Startup;

/**
 * Turns an outbox message into a mail: the subject from the message bundle of the member's language, an HTML and a
 * plain-text part from the Qute templates {@code mail/<template>.<language>.html|txt}. Links point to the web app.
 */
@Startup
@ApplicationScoped
class MailRenderer {

    private static final Logger LOG = Logger.getLogger(MailRenderer.class);

    private final Engine engine;
    private final String webApp;

    MailRenderer(Engine engine, @ConfigProperty(name = "alumni.web-app-url") Optional<URI> webAppUrl) {
        this.engine = engine;
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
        String subject = Messages.get(locale, "mail." + message.template + ".subject");
        data.put("subject", subject);
        String html = template(message, "html").data(data).render();
        String text = template(message, "txt").data(data).render();
        return Mail.withHtml(message.recipient, subject, html).setText(text);
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
