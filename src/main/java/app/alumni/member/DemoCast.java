package app.alumni.member;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Dev mode's cast for the other features' demo content: the HR admin speaking for the company, and two of the demo
 * members ({@code dev/demo-members.json}) who post, propose and apply. Absent until {@link DemoMembers} has run.
 */
public record DemoCast(Caller company, Caller tanaka, Caller emily) {

    public static Optional<DemoCast> find() {
        var hr = Member.findByEmail(DemoMembers.ADMIN_EMAIL);
        var tanaka = Member.findByEmail("tanaka.taro@example.jp");
        var emily = Member.findByEmail("emily.carter@example.com");
        if (hr.isEmpty() || tanaka.isEmpty() || emily.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DemoCast(Caller.acting(hr.get().id, EnumSet.of(Role.HR_ADMIN)),
                Caller.acting(tanaka.get().id, Set.of()), Caller.acting(emily.get().id, Set.of())));
    }
}
