package app.alumni.roster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class RosterImportTest {

    private static final Charset SJIS = Charset.forName("windows-31j");

    @Test
    void aUtf8FileWithBomAndJapaneseHeadersImportsOnceAndThenChangesNothing() {
        Api.Session hr = Api.admin();
        String a = Rosters.number();
        String b = Rosters.number();
        String csv = "\uFEFF" + Rosters.JA_HEADER + "\r\n"
                + a + ",山田 花子,ヤマダ ハナコ,hanako@example.jp,2015/04/01,2021/03/31,開発本部,はい,いいえ\r\n"
                + "\"" + b + "\",\"佐藤, 一郎\",,ichiro@example.jp,2010-04,2020-09-30,\"営業部\n東京\",1,0\r\n";
        JsonPath report = Rosters.importUtf8(hr, csv, "").then().statusCode(200).extract().jsonPath();
        assertThat(report.getBoolean("applied")).isTrue();
        assertThat(report.getInt("created")).isEqualTo(2);
        assertThat(report.getInt("updated")).isZero();
        assertThat(report.getList("errors")).isEmpty();

        JsonPath entry = Rosters.entry(hr, a).then().statusCode(200).extract().jsonPath();
        assertThat(entry.getString("fullName")).isEqualTo("山田 花子");
        assertThat(entry.getString("fullNameKana")).isEqualTo("ヤマダ ハナコ");
        assertThat(entry.getString("leftOn")).isEqualTo("2021-03");
        assertThat(entry.getString("joinedOn")).isEqualTo("2015-04");
        assertThat(entry.getBoolean("contactOptIn")).isTrue();
        assertThat(entry.getBoolean("rehireInterest")).isFalse();
        assertThat(entry.getString("state")).isEqualTo("NOT_INVITED");
        JsonPath quoted = Rosters.entry(hr, b).then().statusCode(200).extract().jsonPath();
        assertThat(quoted.getString("fullName")).isEqualTo("佐藤, 一郎");
        assertThat(quoted.getString("lastDepartment")).isEqualTo("営業部\n東京");
        assertThat(quoted.getString("fullNameKana")).isNull();

        JsonPath again = Rosters.importUtf8(hr, csv, "").then().statusCode(200).extract().jsonPath();
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("updated")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(2);
    }

    @Test
    void shiftJisIsDetectedOrNamedAndEnglishHeadersWork() {
        Api.Session hr = Api.admin();
        String a = Rosters.number();
        String b = Rosters.number();
        // ① and 髙 exist only in Windows-31J's extensions of Shift_JIS.
        String detected = Rosters.EN_HEADER + "\r\n" + a + ",髙橋 ①郎,タカハシ イチロウ,,2001-04,2019-12,人事部,いいえ,はい\r\n";
        Rosters.importCsv(hr, detected, SJIS, "text/csv", "").then().statusCode(200).body("created", equalTo(1));
        assertThat(Rosters.entry(hr, a).then().extract().jsonPath().getString("fullName")).isEqualTo("髙橋 ①郎");
        String named = Rosters.JA_HEADER + "\r\n" + b + ",鈴木 次郎,スズキ ジロウ,,,2018-03,,,\r\n";
        Rosters.importCsv(hr, named, SJIS, "text/csv; charset=Shift_JIS", "").then().statusCode(200).body("created", equalTo(1));
        JsonPath entry = Rosters.entry(hr, b).then().extract().jsonPath();
        assertThat(entry.getString("fullNameKana")).isEqualTo("スズキ ジロウ");
        assertThat(entry.getBoolean("contactOptIn")).isFalse();
        // Shift_JIS bytes declared as UTF-8 are refused as a whole.
        Rosters.importCsv(hr, named, SJIS, "text/csv; charset=UTF-8", "").then().statusCode(400)
                .body("errors.field", hasItem("body"));
        Rosters.importCsv(hr, named, SJIS, "text/csv; charset=x-no-such-charset", "").then().statusCode(400)
                .body("errors.field", hasItem("Content-Type"));
    }

    @Test
    void aDryRunReportsAndChangesNothing() {
        Api.Session hr = Api.admin();
        String a = Rosters.number();
        String csv = Rosters.EN_HEADER + "\n" + a + ",田中 太郎,,,,2022-06,,true,false\n";
        JsonPath report = Rosters.importUtf8(hr, csv, "?dryRun=true").then().statusCode(200).extract().jsonPath();
        assertThat(report.getBoolean("applied")).isFalse();
        assertThat(report.getInt("created")).isEqualTo(1);
        Rosters.entry(hr, a).then().statusCode(404);
    }

    @Test
    void rowsWithErrorsAreReportedByLineAndStopTheImportUnlessPartial() {
        Api.Session hr = Api.admin();
        String good = Rosters.number();
        String other = Rosters.number();
        String csv = Rosters.JA_HEADER + "\r\n"
                + good + ",正 常,,,,2020-01,,はい,\r\n"
                + other + ",,,,,2020-13,,たぶん,\r\n"
                + "bad number!,名前,,not-an-address,2021-04,2020-03,,,\r\n"
                + good + ",重 複,,,,2020-01,,,\r\n"
                + other.toLowerCase() + "x,未来,,,,2999-01,,,\r\n";
        JsonPath report = given().auth().oauth2(hr.accessToken()).config(Rosters.AS_GIVEN).header("Accept-Language", "ja")
                .contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/admin/roster/imports").then().statusCode(200).extract().jsonPath();
        assertThat(report.getBoolean("applied")).isFalse();
        assertThat(report.getInt("rows")).isEqualTo(1);
        List<Map<String, Object>> errors = report.getList("errors");
        assertThat(errors).extracting(e -> e.get("line") + " " + e.get("field")).containsExactlyInAnyOrder(
                "3 氏名", "3 退職年月", "3 案内希望",
                "4 社員番号", "4 メールアドレス", "4 退職年月",
                "5 社員番号",
                "6 退職年月");
        assertThat(errors).filteredOn(e -> e.get("line").equals(5)).extracting(e -> (String) e.get("message"))
                .containsExactly("の社員番号が 2 行目と重複しています");
        assertThat(report.getInt("errorCount")).isEqualTo(8);
        Rosters.entry(hr, good).then().statusCode(404);

        JsonPath partial = Rosters.importUtf8(hr, csv, "?partial=true").then().statusCode(200).extract().jsonPath();
        assertThat(partial.getBoolean("applied")).isTrue();
        assertThat(partial.getInt("created")).isEqualTo(1);
        Rosters.entry(hr, good).then().statusCode(200).body("fullName", equalTo("正 常"));
    }

    @Test
    void changedRowsAreUpdatedAndColumnsTheFileLacksAreKept() {
        Api.Session hr = Api.admin();
        String a = Rosters.number();
        Rosters.importUtf8(hr, Rosters.EN_HEADER + "\n" + a + ",中村 一,ナカムラ ハジメ,hajime@example.jp,2012-04,2020-03,営業部,yes,no\n", "")
                .then().statusCode(200).body("created", equalTo(1));
        String etag = Rosters.entry(hr, a).then().extract().header("ETag");
        // Only three columns: the address, the reading, the department and the dates stay as they were.
        JsonPath report = Rosters.importUtf8(hr, "employee_number,full_name,rehire_interest\n" + a + ",中村 一,1\n", "").then()
                .statusCode(200).extract().jsonPath();
        assertThat(report.getInt("updated")).isEqualTo(1);
        JsonPath entry = Rosters.entry(hr, a).then().extract().jsonPath();
        assertThat(entry.getBoolean("rehireInterest")).isTrue();
        assertThat(entry.getBoolean("contactOptIn")).isTrue();
        assertThat(entry.getString("email")).isEqualTo("hajime@example.jp");
        assertThat(entry.getString("fullNameKana")).isEqualTo("ナカムラ ハジメ");
        assertThat(entry.getString("leftOn")).isEqualTo("2020-03");
        assertThat(Rosters.entry(hr, a).then().extract().header("ETag")).isNotEqualTo(etag);
        // Full-width digits and lower case in the key name the same entry.
        String wide = a.chars().mapToObj(c -> Character.isDigit(c) ? String.valueOf((char) (c - '0' + '０')) : String.valueOf((char) c))
                .reduce("", String::concat).toLowerCase();
        Rosters.importUtf8(hr, "社員番号,氏名\n" + wide + ",中村 一\n", "").then().statusCode(200).body("unchanged", equalTo(1));
    }

    @Test
    void jsonImportsTakeTheSameColumnsAsCamelCaseKeys() {
        Api.Session hr = Api.admin();
        String a = Rosters.number();
        List<Map<String, Object>> body = List.of(
                Map.of("employeeNumber", a, "fullName", "小林 三郎", "leftOn", "2023-09-30", "contactOptIn", true),
                Map.of("employeeNumber", "", "fullName", "番号なし"),
                Map.of("employeeNumber", Rosters.number(), "fullName", "未知", "nickname", "x"));
        JsonPath report = hr.as().contentType(ContentType.JSON).body(body).post("/api/v1/admin/roster/imports?partial=true").then()
                .statusCode(200).extract().jsonPath();
        assertThat(report.getInt("created")).isEqualTo(1);
        assertThat(report.getList("errors.line", Integer.class)).containsExactly(2, 3);
        assertThat(report.getList("errors.field", String.class)).containsExactly("employeeNumber", "nickname");
        Rosters.entry(hr, a).then().statusCode(200).body("leftOn", equalTo("2023-09")).body("contactOptIn", equalTo(true));
        hr.as().contentType(ContentType.JSON).body(Map.of("employeeNumber", a)).post("/api/v1/admin/roster/imports").then()
                .statusCode(400).body("errors.field", hasItem("body"));
    }

    @Test
    void aFileWhoseHeaderIsWrongIsRefusedAsAWhole() {
        Api.Session hr = Api.admin();
        Rosters.importUtf8(hr, "社員番号,ニックネーム\nA1,x\n", "").then().statusCode(400).body("type", equalTo(
                "urn:alumni:problem:validation-error")).body("errors.field", hasItem("header"));
        Rosters.importUtf8(hr, "社員番号,氏名,氏名\nA1,x,y\n", "").then().statusCode(400).body("errors.field", hasItem("header"));
        Rosters.importUtf8(hr, "", "").then().statusCode(400).body("errors.field", hasItem("body"));
        Rosters.importUtf8(hr, "社員番号,氏名\n\"A1,x\n", "").then().statusCode(400).body("errors.field", hasItem("body"));
        hr.as().contentType("application/xml").body("<roster/>").post("/api/v1/admin/roster/imports").then().statusCode(415);
    }

    @Test
    void onlyHrAndClientsWithRosterWriteMayImport() {
        byte[] csv = ("社員番号,氏名\n" + Rosters.number() + ",誰か\n").getBytes(StandardCharsets.UTF_8);
        String path = "/api/v1/admin/roster/imports";
        given().config(Rosters.AS_GIVEN).contentType("text/csv").body(csv).post(path).then().statusCode(401);
        Api.activeMember().as().config(Rosters.AS_GIVEN).contentType("text/csv").body(csv).post(path).then().statusCode(403);
        Api.client("members:read").as().config(Rosters.AS_GIVEN).contentType("text/csv").body(csv).post(path).then().statusCode(403)
                .body("type", equalTo("urn:alumni:problem:insufficient-scope"));
        Api.client("roster:write").as().config(Rosters.AS_GIVEN).contentType("text/csv").body(csv).post(path).then().statusCode(200)
                .body("created", equalTo(1));
    }
}
