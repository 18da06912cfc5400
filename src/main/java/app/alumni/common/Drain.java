package app.alumni.common;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.jboss.logging.Logger;

/**
 * A table worker's loop on one instance: one drain at a time, however many wake-ups and polls arrive; a wake-up
 * during a drain makes it look once more before it ends, so nothing written meanwhile waits for the next poll.
 */
public final class Drain {

    private static final Logger LOG = Logger.getLogger(Drain.class);

    private final String name;
    /** One pass; true when there may be more (a full batch). */
    private final BooleanSupplier pass;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();

    public Drain(String name, BooleanSupplier pass) {
        this.name = name;
        this.pass = pass;
    }

    public void run() {
        do {
            if (!running.compareAndSet(false, true)) {
                wanted.set(true);
                return;
            }
            try {
                wanted.set(false);
                while (pass.getAsBoolean()) {
                    // a full batch: there may be more
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "%s stopped; the next poll resumes it", name);
            } finally {
                running.set(false);
            }
        } while (wanted.get());
    }
}
