package app.alumni.member;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a registration compares with HR's roster. {@code MATCHED}: the employee number names an entry whose name (or
 * reading) and leaving month are the registration's, and no other member holds it; such registrations may be approved
 * at once. {@code PARTIAL}: an entry by that number differs, or an entry with that name and leaving month has another
 * number. Names are compared folded as search folds them (width, case, katakana and hiragana) and without spaces.
 */
@Schema(name = "RosterMatch", description = "How a registration compares with HR's roster (HR only).")
public record RosterMatch(
        @Schema(required = true) RosterMatchStatus status,
        @Schema(description = "The roster entry it was compared with; absent for `NONE`.", nullable = true) RosterMatchEntry entry,
        @Schema(description = "What differs from that entry (empty when `MATCHED` or `NONE`).", maxItems = 4, required = true)
        List<RosterDifference> differences) {

    static final RosterMatch NONE = new RosterMatch(RosterMatchStatus.NONE, null, List.of());

    @Schema(name = "RosterMatchStatus", description = "`MATCHED`, `PARTIAL` or `NONE`.")
    public enum RosterMatchStatus {
        MATCHED,
        PARTIAL,
        NONE
    }

    @Schema(name = "RosterDifference", description = "A way the registration differs from the roster entry: the employee number, the "
            + "name, the leaving month, or the entry already belonging to another member.")
    public enum RosterDifference {
        EMPLOYEE_NUMBER,
        FULL_NAME,
        LEFT_ON,
        ALREADY_LINKED
    }

    @Schema(name = "RosterMatchEntry", description = "The roster entry a registration was compared with.")
    public record RosterMatchEntry(
            @Schema(maxLength = 32, example = "E012345", required = true) String employeeNumber,
            @Schema(maxLength = 100, example = "山田 花子", required = true) String fullName,
            @Schema(maxLength = 100, example = "ヤマダ ハナコ", nullable = true) String fullNameKana,
            @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$", maxLength = 7, nullable = true, example = "2015-04")
            YearMonth joinedOn,
            @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$", maxLength = 7, nullable = true, example = "2021-03")
            YearMonth leftOn,
            @Schema(maxLength = 100, nullable = true, example = "開発本部") String lastDepartment) {

        static RosterMatchEntry of(RosterEntry e) {
            return new RosterMatchEntry(e.employeeNumber, e.fullName, e.fullNameKana, YearMonths.of(e.joinedOn), YearMonths.of(e.leftOn),
                    e.lastDepartment);
        }
    }

    public boolean matched() {
        return status == RosterMatchStatus.MATCHED;
    }

    /** The match of one registration (two queries at most). */
    static Matched of(Member m) {
        return forAll(List.of(m)).get(m.id);
    }

    /** The matches of a page of registrations, in two queries whatever its size. */
    static Map<UUID, Matched> forAll(List<Member> members) {
        Map<String, RosterEntry> byNumber = RosterEntry.byEmployeeNumbers(members.stream().map(m -> RosterEntry.numberKey(m.employeeNumber))
                .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(e -> e.employeeNumber, Function.identity()));
        Set<String> names = members.stream().filter(m -> !byNumber.containsKey(RosterEntry.numberKey(m.employeeNumber)))
                .flatMap(m -> Stream.of(RosterEntry.nameKey(m.fullName), RosterEntry.nameKey(m.fullNameKana))).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<RosterEntry> byName = RosterEntry.byNameKeys(names).stream().sorted(Comparator.comparing((RosterEntry e) -> e.employeeNumber))
                .toList();
        Map<UUID, Matched> matches = new HashMap<>();
        for (Member m : members) {
            RosterEntry entry = byNumber.get(RosterEntry.numberKey(m.employeeNumber));
            matches.put(m.id, entry != null ? compare(m, entry)
                    : byName.stream().filter(e -> sameName(m, e) && sameMonth(m, e)).findFirst()
                            .map(e -> new Matched(new RosterMatch(RosterMatchStatus.PARTIAL, RosterMatchEntry.of(e),
                                    List.of(RosterDifference.EMPLOYEE_NUMBER)), e))
                            .orElse(new Matched(NONE, null)));
        }
        return matches;
    }

    private static Matched compare(Member m, RosterEntry e) {
        List<RosterDifference> differences = new ArrayList<>();
        if (!sameName(m, e)) {
            differences.add(RosterDifference.FULL_NAME);
        }
        if (!sameMonth(m, e)) {
            differences.add(RosterDifference.LEFT_ON);
        }
        if (e.memberId != null && !e.memberId.equals(m.id)) {
            differences.add(RosterDifference.ALREADY_LINKED);
        }
        RosterMatchStatus status = differences.isEmpty() ? RosterMatchStatus.MATCHED : RosterMatchStatus.PARTIAL;
        return new Matched(new RosterMatch(status, RosterMatchEntry.of(e), List.copyOf(differences)), e);
    }

    /** The name, or both readings, are the same once folded. */
    private static boolean sameName(Member m, RosterEntry e) {
        String kana = RosterEntry.nameKey(m.fullNameKana);
        return Objects.equals(RosterEntry.nameKey(m.fullName), e.nameKey) || kana != null && kana.equals(e.kanaKey);
    }

    /** Left in the same month, or neither left (a current employee). */
    private static boolean sameMonth(Member m, RosterEntry e) {
        return Objects.equals(YearMonths.of(m.leftOn), YearMonths.of(e.leftOn));
    }

    /** A match with the entry behind it (to link the member to). */
    record Matched(RosterMatch match, RosterEntry entry) {
    }
}
