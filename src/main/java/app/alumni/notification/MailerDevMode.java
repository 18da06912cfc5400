package app.alumni.notification;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;

/**
 * Quarkus Mailer only logs mails in dev mode unless {@code quarkus.mailer.mock} is set. Here, naming an SMTP host
 * ({@code QUARKUS_MAILER_HOST}) is enough to send for real in dev mode too; an explicit {@code quarkus.mailer.mock}
 * always wins, and production sends whatever this says.
 */
public class MailerDevMode implements ConfigSourceInterceptor {

    private static final long serialVersionUID = 1L;
    static final String MOCK = "quarkus.mailer.mock";
    static final String HOST = "quarkus.mailer.host";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (value != null || !MOCK.equals(name)) {
            return value;
        }
        ConfigValue host = context.proceed(HOST);
        // The mailer's own default ("localhost") comes from the defaults source, whose ordinal is the lowest there is.
        if (host == null || host.getValue() == null || host.getValue().isBlank() || host.getConfigSourceOrdinal() == Integer.MIN_VALUE) {
            return null;
        }
        return ConfigValue.builder().withName(MOCK).withValue("false").withConfigSourceName(MailerDevMode.class.getSimpleName()).build();
    }
}
