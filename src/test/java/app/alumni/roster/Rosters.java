package app.alumni.roster;

import static io.restassured.RestAssured.given;

import java.nio.charset.Charset;
import java.util.UUID;

import app.alumni.support.Api;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

/** Helpers for roster tests: unique employee numbers, and imports as HR. */
final class Rosters {

    static final String JA_HEADER = "社員番号,氏名,氏名カナ,メールアドレス,入社年月,退職年月,最終所属,案内希望,再入社希望";
    static final String EN_HEADER = "employee_number,full_name,full_name_kana,email,joined_on,left_on,last_department,contact_opt_in,"
            + "rehire_interest";

    private Rosters() {
    }

    /** An employee number no other test uses (tests share the database). */
    static String number() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    /** Sends the content type as given: REST Assured would otherwise add {@code charset=ISO-8859-1} to {@code text/csv}. */
    static final RestAssuredConfig AS_GIVEN = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    static Response importCsv(Api.Session hr, String csv, Charset charset, String contentType, String query) {
        return hr.as().config(AS_GIVEN).contentType(contentType).body(csv.getBytes(charset)).post("/api/v1/admin/roster/imports" + query);
    }

    static Response importUtf8(Api.Session hr, String csv, String query) {
        return importCsv(hr, csv, Charset.forName("UTF-8"), "text/csv; charset=UTF-8", query);
    }

    static Response entry(Api.Session hr, String number) {
        return hr.as().get("/api/v1/admin/roster/" + number);
    }

    static Response entryAnonymously(String number) {
        return given().get("/api/v1/admin/roster/" + number);
    }
}
