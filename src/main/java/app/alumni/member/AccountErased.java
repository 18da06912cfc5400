package app.alumni.member;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An account was erased, inside the transaction that erases it: each feature that keeps personal data of the member
 * observes it and erases or unlinks that data in the same transaction, so the erasure is all or nothing.
 * {@code formerEmail} is the address the account had (to find what was addressed to it); it is not kept anywhere.
 */
public record AccountErased(UUID memberId, String formerEmail, ErasedContent content, OffsetDateTime at) {

    public boolean deleteContent() {
        return content == ErasedContent.DELETE;
    }
}
