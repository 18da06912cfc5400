package app.alumni.notification;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import app.alumni.common.Times;
import app.alumni.member.AccountMail;
import app.alumni.member.Member;

/** Writes the account e-mails to the outbox, in the transaction of the change that fires them. */
@ApplicationScoped
class AccountMails {

    private final Event<OutboxWritten> written;
    private final Clock clock;

    AccountMails(Event<OutboxWritten> written, Clock clock) {
        this.written = written;
        this.clock = clock;
    }

    void enqueue(@Observes AccountMail mail) {
        Member member = mail.memberId() == null ? null : Member.findById(mail.memberId());
        Map<String, String> params = new HashMap<>(mail.params());
        if (member != null) {
            params.put("name", member.displayName);
        }
        // Someone not (yet) a member is written to in the community's language.
        String language = member == null ? "ja" : member.preferredLanguage;
        OutboxMessage.enqueue(templateName(mail.template()), mail.memberId(), mail.recipient(), language, params, Times.now(clock));
        written.fire(new OutboxWritten());
    }

    /** {@code RESET_PASSWORD} as {@code reset-password}: the name of its templates and subject keys. */
    static String templateName(AccountMail.Template template) {
        return template.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
