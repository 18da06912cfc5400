package app.alumni.auth;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads a machine client's standing on every request with its token, so revoking or rotating takes effect at once. */
@ApplicationScoped
class ClientStates {

    record ClientState(String name, List<String> scopes, boolean suspended) {
    }

    /** The client, when it is not revoked and its secret is still the one with {@code stamp}. */
    @Transactional
    Optional<ClientState> current(String clientId, String stamp) {
        UUID id;
        try {
            id = UUID.fromString(clientId);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
        return ApiClient.<ApiClient>findByIdOptional(id)
                .filter(c -> !c.revoked() && ClientTokens.stamp(c).equals(stamp))
                .map(c -> new ClientState(c.name, List.copyOf(c.scopes), c.suspendedAt != null));
    }
}
