package app.alumni.common;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Read paths do not pay for write paths: a list marks its transaction's session read-only before it loads, so the
 * entities of a page are neither snapshotted nor dirty-checked at commit, whatever the page size.
 */
public final class ReadOnly {

    private ReadOnly() {
    }

    /** From here on in this transaction, loaded entities are read-only. */
    public static void reads(EntityManager em) {
        em.unwrap(Session.class).setDefaultReadOnly(true);
    }
}
