package app.alumni.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import app.alumni.common.Times;
import app.alumni.member.Member;
import app.alumni.member.MemberStatus;
import app.alumni.member.RosterEntry;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Dev mode's roster: an entry for every demo alumnus (linked when they are active, so HR sees pending registrations
 * compared with it), and a few leavers who have not joined yet, to invite. After the demo members exist (observers
 * of a higher priority value run later; the default is APPLICATION + 500).
 */
@ApplicationScoped
@IfBuildProfile("dev")
class DemoRoster {

    private static final Logger LOG = Logger.getLogger(DemoRoster.class);

    /** Leavers who are not members: name, reading, address, left, department, contact opt-in, re-hire interest. */
    private record Leaver(String name, String kana, String email, LocalDate leftOn, String department, boolean optIn, boolean rehire) {
    }

    private static final List<Leaver> LEAVERS = List.of(
            new Leaver("小川 直樹", "オガワ ナオキ", "ogawa.naoki@example.jp", LocalDate.of(2022, 3, 1), "開発本部", true, true),
            new Leaver("中島 美咲", "ナカジマ ミサキ", "nakajima.misaki@example.jp", LocalDate.of(2023, 9, 1), "営業部", true, false),
            new Leaver("藤田 翔", "フジタ ショウ", "fujita.sho@example.jp", LocalDate.of(2021, 6, 1), "開発本部", false, false),
            new Leaver("岡本 彩", "オカモト アヤ", null, LocalDate.of(2020, 12, 1), "人事部", true, true),
            new Leaver("Daniel Moore", null, "daniel.moore@example.com", LocalDate.of(2024, 1, 1), "Product", true, false));

    private final Clock clock;

    DemoRoster(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        if (RosterEntry.count() > 0) {
            return;
        }
        OffsetDateTime now = Times.now(clock);
        int n = 0;
        for (Member m : Member.<Member>list("leftOn is not null order by createdAt, id")) {
            RosterEntry e = entry(String.format("D%05d", ++n), m.fullName, m.fullNameKana, m.email, m.leftOn, m.lastDepartment, now);
            e.joinedOn = m.joinedOn;
            e.contactOptIn = true;
            e.memberId = m.status == MemberStatus.ACTIVE ? m.id : null;
            e.persist();
        }
        for (Leaver l : LEAVERS) {
            RosterEntry e = entry(String.format("D%05d", ++n), l.name(), l.kana(), l.email(), l.leftOn(), l.department(), now);
            e.contactOptIn = l.optIn();
            e.rehireInterest = l.rehire();
            e.persist();
        }
        LOG.infof("Dev mode: created %d roster entries (employee numbers D00001 on)", n);
    }

    private static RosterEntry entry(String number, String name, String kana, String email, LocalDate leftOn, String department,
            OffsetDateTime now) {
        RosterEntry e = new RosterEntry();
        e.employeeNumber = number;
        e.fullName = name;
        e.fullNameKana = kana;
        e.email = email;
        e.leftOn = leftOn;
        e.lastDepartment = department;
        e.createdAt = now;
        e.updatedAt = now;
        return e;
    }
}
