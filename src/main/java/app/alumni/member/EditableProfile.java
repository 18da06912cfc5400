package app.alumni.member;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.alumni.common.HttpsUrl;

/**
 * The part of a profile its owner edits. {@code PATCH /members/me} merges a JSON merge patch (RFC 7396) into it,
 * so a member sends only what changes, and {@code null} clears an optional field.
 */
@Schema(name = "EditableProfile", description = "Fields of a profile its owner can change.")
public record EditableProfile(
        @NotBlank @Size(max = 50)
        @Schema(example = "花子", maxLength = 50)
        String displayName,
        @NotBlank @Size(max = 100)
        @Schema(example = "山田 花子", maxLength = 100)
        String fullName,
        @Size(max = 100)
        @Schema(description = "Reading of the name in kana; the directory sorts by it.", example = "ヤマダ ハナコ", maxLength = 100,
                nullable = true)
        String fullNameKana,
        @Size(max = 500) @HttpsUrl
        @Schema(description = "HTTPS URL of a picture.", example = "https://images.example.jp/u/hanako.png", format = "uri",
                maxLength = 500, pattern = HttpsUrl.PATTERN, nullable = true)
        String avatarUrl,
        @Size(max = 150)
        @Schema(example = "データで組織をよくするエンジニア", maxLength = 150, nullable = true)
        String headline,
        @Size(max = 2000)
        @Schema(description = "Plain text or Markdown; clients render it safely (no raw HTML).",
                example = "2021年に退職し、現在は大阪のスタートアップでデータ基盤を担当しています。", maxLength = 2000, nullable = true)
        String bio,
        @Size(max = 100)
        @Schema(description = "Part of the career section.", example = "株式会社なにわデータ", maxLength = 100, nullable = true)
        String currentCompany,
        @Size(max = 100)
        @Schema(description = "Part of the career section.", example = "データエンジニア", maxLength = 100, nullable = true)
        String currentTitle,
        @Size(max = 60)
        @Schema(description = "Part of the career section.", example = "IT", maxLength = 60, nullable = true)
        String industry,
        @Size(max = 100)
        @Schema(example = "大阪府", maxLength = 100, nullable = true)
        String location,
        @Size(max = 30)
        @Schema(description = "Up to 30 skills.", maxItems = 30, example = "[\"データ分析\", \"Python\"]")
        List<@NotBlank @Size(max = 50) String> skills,
        @Size(max = 10)
        @Schema(description = "Up to 10 HTTPS links.", maxItems = 10, example = "[\"https://blog.example.jp/hanako\"]")
        List<@NotBlank @Size(max = 500) @HttpsUrl @Pattern(regexp = HttpsUrl.PATTERN, message = "{validation.https-url}") String> links,
        @Valid
        @Schema(description = "Time at the company; part of the career section.")
        Tenure tenure,
        @Size(max = 4)
        @Schema(description = "What the member is open to; empty means just reading, which is fine.", maxItems = 4, uniqueItems = true)
        Set<OpenTo> openTo,
        @Pattern(regexp = "ja|en")
        @Schema(description = "Language of e-mails and notifications.", enumeration = { "ja", "en" }, example = "ja", maxLength = 2)
        String preferredLanguage,
        @Valid
        @Schema(description = "What other members may see.")
        Privacy privacy) {

    @Schema(name = "Tenure", description = "Time at the company.")
    public record Tenure(
            @PastOrPresent
            @Schema(description = "Year-month of joining.", type = SchemaType.STRING, example = "2015-04", pattern = "^[0-9]{4}-[0-9]{2}$",
                    maxLength = 7, nullable = true)
            YearMonth joinedOn,
            @PastOrPresent
            @Schema(description = "Year-month of leaving; null while employed.", type = SchemaType.STRING, example = "2021-03",
                    pattern = "^[0-9]{4}-[0-9]{2}$", maxLength = 7, nullable = true)
            YearMonth leftOn,
            @Size(max = 10)
            @Schema(description = "Departments worked in.", maxItems = 10, example = "[\"開発本部\"]")
            List<@NotBlank @Size(max = 100) String> departments) {
    }

    @Schema(name = "Privacy", description = "Privacy settings of a profile.")
    public record Privacy(
            @NotNull
            @Schema(description = "Whether other members see the email address. Default false.", example = "false")
            Boolean showEmail,
            @NotNull
            @Schema(description = "Whether other members see the career section (company, title, industry, tenure) and can find the "
                    + "member by it. Default true.", example = "true")
            Boolean showCareer,
            @Schema(description = "Who may start a conversation with me. Default `MEMBERS`.", nullable = true)
            MessagePolicy messages) {
    }

    static EditableProfile of(Member m) {
        return new EditableProfile(m.displayName, m.fullName, m.fullNameKana, m.avatarUrl, m.headline, m.bio,
                m.currentCompany, m.currentTitle, m.industry, m.location, List.copyOf(m.skills), List.copyOf(m.links),
                new Tenure(YearMonths.of(m.joinedOn), YearMonths.of(m.leftOn), List.copyOf(m.departments)),
                openToOf(m), m.preferredLanguage, new Privacy(m.showEmail, m.showCareer, m.messages));
    }

    static Set<OpenTo> openToOf(Member m) {
        return m.openTo.stream().map(OpenTo::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(OpenTo.class)));
    }

    void applyTo(Member m) {
        m.displayName = displayName.strip();
        m.fullName = fullName.strip();
        m.fullNameKana = blankToNull(fullNameKana);
        m.avatarUrl = blankToNull(avatarUrl);
        m.headline = blankToNull(headline);
        m.bio = blankToNull(bio);
        m.currentCompany = blankToNull(currentCompany);
        m.currentTitle = blankToNull(currentTitle);
        m.industry = blankToNull(industry);
        m.location = blankToNull(location);
        m.skills = distinctStripped(skills);
        m.links = distinctStripped(links);
        Tenure t = tenure == null ? new Tenure(null, null, null) : tenure;
        m.joinedOn = YearMonths.toDate(t.joinedOn());
        m.leftOn = YearMonths.toDate(t.leftOn());
        m.departments = distinctStripped(t.departments());
        m.openTo = new ArrayList<>(openTo == null ? List.of() : openTo.stream().sorted().map(Enum::name).toList());
        m.preferredLanguage = preferredLanguage == null ? "ja" : preferredLanguage;
        m.showEmail = privacy != null && Boolean.TRUE.equals(privacy.showEmail());
        m.showCareer = privacy == null || !Boolean.FALSE.equals(privacy.showCareer());
        m.messages = privacy == null || privacy.messages() == null ? MessagePolicy.MEMBERS : privacy.messages();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ArrayList<String> distinctStripped(List<String> values) {
        return new ArrayList<>(values == null ? List.of() : values.stream().map(String::strip).distinct().toList());
    }
}
