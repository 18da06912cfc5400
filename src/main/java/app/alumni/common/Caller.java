package app.alumni.common;

import java.util.UUID;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: the member id in the access token's {@code sub}. */
public final class Caller {

    private Caller() {
    }

    public static UUID id(SecurityIdentity identity) {
        return UUID.fromString(identity.getPrincipal().getName());
    }
}
