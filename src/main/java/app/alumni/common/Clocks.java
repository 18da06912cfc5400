package app.alumni.common;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;

import io.quarkus.arc.DefaultBean;

/**
 * The one clock of the service. Everything that asks for the time injects {@link Clock} (queries take it as a
 * parameter rather than asking the database for {@code now()}), so tests move time instead of waiting for it. Bean
 * Validation's {@code @Future} and {@code @Past} read it too.
 */
@Singleton
class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    ClockProvider validationClock(Clock clock) {
        return () -> clock;
    }
}
