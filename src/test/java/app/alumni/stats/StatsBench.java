package app.alumni.stats;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import app.alumni.support.Api;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * How long HR's figures take at 100,000 members and 1,000,000 posts (with 300,000 comments, 500,000 reactions and
 * 100,000 sign-ins): a benchmark, not a timed test. In a schema of its own, seeded once by SQL. Run it with
 * {@code ./mvnw test -Dcontract.skip -Dtest=StatsBench -Dbench=true -Dquarkus.http.idle-timeout=PT60S}; it prints its
 * measurements.
 */
@QuarkusTest
@TestProfile(StatsBench.OwnSchema.class)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class StatsBench {

    public static class OwnSchema implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("alumni.db.schema", "alumni_stats_bench");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    private void seed() throws SQLException {
        try (var c = dataSource.getConnection(); Statement st = c.createStatement()) {
            var counted = st.executeQuery("select count(*) from member where email like 'bench-%'");
            counted.next();
            if (counted.getLong(1) >= 100_000) {
                return;
            }
            long started = System.nanoTime();
            st.execute("""
                    insert into member (id, email, password_hash, status, affiliation, roles, full_name, display_name,
                      privacy_policy_version, privacy_policy_accepted_at, created_at, updated_at, reviewed_at, sort_name, left_on,
                      last_department)
                    select gen_random_uuid(), 'bench-' || i || '@example.jp', 'x', 'ACTIVE',
                      case when i % 10 = 0 then 'EMPLOYEE' else 'ALUMNUS' end, '{ALUMNUS}', '山田 ' || i, '山田' || i, 'bench', now(),
                      now() - (i % 730) * interval '1 day', now(), now() - (i % 730) * interval '1 day' + (i % 72) * interval '1 hour',
                      'やまだ' || i, case when i % 10 = 0 then null else date '2005-01-01' + (i % 7000) end,
                      '開発本部 第' || (i % 60) || 'グループ'
                    from generate_series(1, 100000) i""");
            st.execute("create temp table bench_ids as select id, row_number() over (order by id) as n from member"
                    + " where email like 'bench-%'");
            st.execute("create index on bench_ids (n)");
            st.execute("""
                    insert into post (id, type, author_id, body, created_at)
                    select gen_random_uuid(), 'DISCUSSION', b.id, 'ベンチマークの投稿 ' || g,
                      now() - (g % 400) * interval '1 day' - (g % 1440) * interval '1 minute'
                    from generate_series(1, 1000000) g join bench_ids b on b.n = 1 + g % 100000""");
            st.execute("create temp table bench_posts as select id, row_number() over (order by id) as n from post");
            st.execute("create index on bench_posts (n)");
            st.execute("""
                    insert into post_comment (id, post_id, author_id, body, created_at)
                    select gen_random_uuid(), p.id, b.id, 'コメント', now() - (g % 400) * interval '1 day'
                    from generate_series(1, 300000) g join bench_posts p on p.n = g join bench_ids b on b.n = 1 + (g * 7) % 100000""");
            st.execute("""
                    insert into post_reaction (post_id, member_id, type, created_at)
                    select p.id, b.id, 'LIKE', now() - (g % 400) * interval '1 day'
                    from generate_series(1, 500000) g join bench_posts p on p.n = g join bench_ids b on b.n = 1 + (g * 13) % 100000""");
            st.execute("""
                    insert into refresh_token (id, member_id, family_id, token_hash, issued_at, expires_at)
                    select gen_random_uuid(), b.id, gen_random_uuid(), md5('bench' || b.n), now() - (b.n % 400) * interval '1 day',
                      now() + interval '30 days'
                    from bench_ids b""");
            st.execute("analyze");
            System.out.printf("stats bench: seeded in %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        }
    }

    @Test
    void figuresAtAHundredThousandMembersAndAMillionPosts() throws SQLException {
        seed();
        Api.Session hr = Api.admin();
        for (String path : new String[] { "/api/v1/admin/stats/overview", "/api/v1/admin/stats/cohorts?by=leftYear",
                "/api/v1/admin/stats/cohorts?by=lastDepartment", "/api/v1/admin/stats/cohorts?by=affiliation" }) {
            long best = Long.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                long started = System.nanoTime();
                hr.as().get(path).then().statusCode(200);
                best = Math.min(best, (System.nanoTime() - started) / 1_000_000);
            }
            System.out.printf("stats bench: %s best of 3 in %d ms%n", path, best);
        }
    }
}
