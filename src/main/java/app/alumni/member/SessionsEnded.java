package app.alumni.member;

import java.util.UUID;

/** Fired inside the transaction that suspends, rejects or otherwise disables an account: its sign-ins must end. */
public record SessionsEnded(UUID memberId) {
}
