package app.alumni.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import app.alumni.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * How long 100,000 rows take to import, and to import again unchanged: a benchmark, not a timed test. Run it with
 * {@code ./mvnw test -Dcontract.skip -Dtest=RosterImportBench -Dbench=true -Dquarkus.http.idle-timeout=PT60S} (the
 * test profile closes idle connections after 3 s); it prints its measurements.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class RosterImportBench {

    @Test
    void importsAHundredThousandRows() {
        Api.Session hr = Api.admin();
        String prefix = Rosters.number().substring(0, 8) + "-";
        StringBuilder csv = new StringBuilder(Rosters.JA_HEADER).append("\r\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append(prefix).append(i).append(",山田 太郎").append(i).append(",ヤマダ タロウ,taro").append(i).append("@example.jp,")
                    .append(2000 + i % 20).append("/04/01,").append(2021 + i % 4).append("/03/31,開発本部 第").append(i % 50)
                    .append("グループ,").append(i % 3 == 0 ? "はい" : "いいえ").append(",").append(i % 5 == 0 ? "はい" : "いいえ")
                    .append("\r\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        for (String round : new String[] { "first import", "same file again" }) {
            long started = System.nanoTime();
            JsonPath report = Rosters.importCsv(hr, csv.toString(), StandardCharsets.UTF_8, "text/csv", "").then().statusCode(200)
                    .extract().jsonPath();
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("roster import bench, %s: %d rows (%d KiB) in %d ms: created %d, updated %d, unchanged %d%n", round,
                    report.getInt("rows"), body.length / 1024, millis, report.getInt("created"), report.getInt("updated"),
                    report.getInt("unchanged"));
            assertThat(report.getInt("rows")).isEqualTo(100_000);
        }
    }
}
