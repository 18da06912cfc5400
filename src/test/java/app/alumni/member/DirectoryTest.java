package app.alumni.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import app.alumni.support.Statements;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DirectoryTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManagerFactory entityManagerFactory;

    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private static Api.Session member(String fullName, String kana, Map<String, Object> profile) {
        var registration = Api.registration(Api.uniqueEmail("dir"));
        registration.put("fullName", fullName);
        registration.put("fullNameKana", kana);
        registration.put("displayName", fullName.split(" ")[0]);
        return Api.activeMember(registration, profile);
    }

    private static List<String> ids(Api.Session viewer, Map<String, Object> query) {
        return viewer.as().queryParams(query).queryParam("limit", 100).get("/api/v1/members").then().statusCode(200)
                .extract().path("items.id");
    }

    @Test
    void findsJapaneseNamesBySubstringKanaAndWidth() {
        String t = tag();
        Api.Session tanaka = member("田中 太郎", "タナカ タロウ", Map.of("headline", "marker" + t));
        Api.Session yamada = member("山田 一郎", "ヤマダ イチロウ", Map.of("headline", "marker" + t));
        Api.Session viewer = Api.activeMember();
        assertThat(ids(viewer, Map.of("q", "田中"))).contains(tanaka.id()).doesNotContain(yamada.id());
        assertThat(ids(viewer, Map.of("q", "田中太郎"))).contains(tanaka.id());
        assertThat(ids(viewer, Map.of("q", "太郎 田中"))).contains(tanaka.id());
        assertThat(ids(viewer, Map.of("q", "やまだ"))).contains(yamada.id()).doesNotContain(tanaka.id());
        assertThat(ids(viewer, Map.of("q", "ヤマダ"))).contains(yamada.id());
        assertThat(ids(viewer, Map.of("q", "ﾔﾏﾀﾞ"))).contains(yamada.id());
        assertThat(ids(viewer, Map.of("q", "田"))).contains(tanaka.id(), yamada.id());
        assertThat(ids(viewer, Map.of("q", "MARKER" + t.toUpperCase()))).containsExactlyInAnyOrder(tanaka.id(), yamada.id());
        assertThat(ids(viewer, Map.of("q", "ｍａｒｋｅｒ" + t))).containsExactlyInAnyOrder(tanaka.id(), yamada.id());
        assertThat(ids(viewer, Map.of("q", "田中 marker" + t))).containsExactly(tanaka.id());
        assertThat(ids(viewer, Map.of("q", "%"))).doesNotContain(tanaka.id());
    }

    @Test
    void searchesCompanyTitleSkillsAndBioButNotHiddenCareers() {
        String t = tag();
        Map<String, Object> open = new HashMap<>();
        open.put("currentCompany", "東京データ" + t);
        open.put("currentTitle", "Staff Engineer");
        open.put("skills", List.of("Kubernetes", "データ分析"));
        open.put("bio", "Java と Go で決済基盤を作っています " + t);
        Api.Session shared = member("佐藤 花", "サトウ ハナ", open);
        Map<String, Object> hidden = new HashMap<>(open);
        hidden.put("privacy", Map.of("showEmail", false, "showCareer", false));
        Api.Session secret = member("鈴木 空", "スズキ ソラ", hidden);
        Api.Session viewer = Api.activeMember();
        assertThat(ids(viewer, Map.of("q", "東京データ" + t))).containsExactly(shared.id());
        assertThat(ids(viewer, Map.of("q", "決済基盤 " + t))).containsExactlyInAnyOrder(shared.id(), secret.id());
        assertThat(ids(viewer, Map.of("q", "kubernetes " + t))).containsExactlyInAnyOrder(shared.id(), secret.id());
        String body = viewer.as().queryParam("q", "決済基盤 " + t).get("/api/v1/members").then().statusCode(200).extract().asString();
        assertThat(body).containsOnlyOnce("東京データ" + t);
    }

    @Test
    void filtersCombine() {
        String t = tag();
        Map<String, Object> a = new HashMap<>();
        a.put("skills", List.of("Rust" + t, "SQL"));
        a.put("industry", "Finance");
        a.put("openTo", List.of("REHIRE", "MENTORING"));
        a.put("tenure", Map.of("departments", List.of("営業部" + t)));
        Api.Session first = member("高橋 一", "タカハシ ハジメ", a);
        Map<String, Object> b = new HashMap<>(a);
        b.put("openTo", List.of("MENTORING"));
        b.put("industry", "IT");
        Api.Session second = member("伊藤 二", "イトウ ジ", b);
        Api.Session viewer = Api.activeMember();
        String skill = "ＲＵＳＴ" + t;
        assertThat(ids(viewer, Map.of("skill", skill))).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(ids(viewer, Map.of("skill", skill, "industry", "finance"))).containsExactly(first.id());
        assertThat(ids(viewer, Map.of("skill", skill, "openTo", "REHIRE"))).containsExactly(first.id());
        assertThat(ids(viewer, Map.of("skill", skill, "openTo", "MENTORING"))).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(ids(viewer, Map.of("skill", skill, "leftYear", 2021))).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(ids(viewer, Map.of("skill", skill, "leftYear", 2020))).isEmpty();
        assertThat(ids(viewer, Map.of("department", "営業部" + t, "q", "高橋"))).containsExactly(first.id());
        viewer.as().queryParam("openTo", "ASTRONAUT").get("/api/v1/members").then().statusCode(400)
                .body("errors[0].field", equalTo("openTo"));
        viewer.as().queryParam("leftYear", 1800).get("/api/v1/members").then().statusCode(400)
                .body("errors[0].field", equalTo("leftYear"));
        viewer.as().queryParam("q", "a b c d e f").get("/api/v1/members").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void listsOnlyActiveMembersInAStableKeysetOrder() {
        String t = tag();
        List<String> created = new ArrayList<>();
        String[][] names = { { "渡辺 あ", "ワタナベ ア" }, { "Alice Smith", null }, { "阿部 い", "アベ イ" }, { "Bob Jones", null },
                { "井上 う", "イノウエ ウ" } };
        for (String[] name : names) {
            created.add(member(name[0], name[1], Map.of("skills", List.of("order" + t))).id());
        }
        var pending = Api.registration(Api.uniqueEmail("pending"));
        pending.put("fullName", "保留 中");
        Api.registered(pending);
        Api.Session viewer = Api.activeMember();

        List<String> all = ids(viewer, Map.of("skill", "order" + t));
        assertThat(all).containsExactlyInAnyOrderElementsOf(created);
        // Latin names first, then the kana readings in gojūon order: あべ, いのうえ, わたなべ.
        assertThat(all).containsExactly(created.get(1), created.get(3), created.get(2), created.get(4), created.get(0));

        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var request = viewer.as().queryParam("skill", "order" + t).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/members").then().statusCode(200).extract();
            paged.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            if (paged.size() == 2) {
                // A member who joins between pages does not shift the later pages.
                member("Aaron Early", null, Map.of("skills", List.of("order" + t)));
            }
        } while (cursor != null);
        assertThat(paged.subList(0, 5)).containsExactlyElementsOf(all);
        viewer.as().queryParam("cursor", "bm90LWEtY3Vyc29y").get("/api/v1/members").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        viewer.as().queryParam("limit", 101).get("/api/v1/members").then().statusCode(400);
    }

    @Test
    void aPageCostsAFixedNumberOfStatements() {
        String t = tag();
        for (int i = 0; i < 12; i++) {
            member("Stat Member" + i, null, Map.of("skills", List.of("stat" + t)));
        }
        Api.Session viewer = Api.activeMember();
        long small = statementsFor(viewer, 2, t);
        long large = statementsFor(viewer, 12, t);
        assertThat(large).isEqualTo(small);
        assertThat(large).isLessThanOrEqualTo(3); // the account and sign-in checks, and the page itself
    }

    private long statementsFor(Api.Session viewer, int limit, String t) {
        return Statements.of(entityManagerFactory,
                () -> viewer.as().queryParam("skill", "stat" + t).queryParam("limit", limit).get("/api/v1/members").then().statusCode(200));
    }

    @Test
    void aTwoCharacterSearchIsAnsweredThroughTheGramIndex() throws Exception {
        // Enough rows for the planner to prefer an index over reading the table, none of them with 田中.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into member (id, email, password_hash, status, affiliation, roles, full_name, display_name,
                        privacy_policy_version, privacy_policy_accepted_at, created_at, updated_at, sort_name, search_text, search_grams)
                    select gen_random_uuid(), 'bulk' || i || '@explain.test', 'x', 'ACTIVE', 'ALUMNUS', '{ALUMNUS}',
                        'Bulk ' || i, 'Bulk ' || i, '2025-04-01', now(), now(), now(), 'bulk ' || i, 'bulk ' || i,
                        array['b', 'u', 'l', 'k', 'bu', 'ul', 'lk', 'x' || (i % 500), 'y' || (i % 97)]
                    from generate_series(1, 20000) i""");
            // As autovacuum would: merge GIN's pending list into the index and refresh the statistics.
            s.execute("vacuum analyze member");
            try {
                DirectoryQuery query = DirectoryQuery.of(DirectoryFilter.of("田中", null, null, null, null, null), 20, null);
                String plan = explain(s, query);
                assertThat(plan).contains("member_directory_grams").doesNotContain("Seq Scan");
            } finally {
                s.execute("delete from member where email like '%@explain.test'");
                s.execute("analyze member");
            }
        }
    }

    private static String explain(Statement s, DirectoryQuery query) throws Exception {
        String sql = query.sql();
        for (var p : query.parameters().entrySet()) {
            String literal = p.getValue() instanceof Number ? p.getValue().toString()
                    : "'" + p.getValue().toString().replace("'", "''") + "'";
            sql = sql.replace(":" + p.getKey() + " ", literal + " ").replace(":" + p.getKey() + ")", literal + ")");
        }
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = s.executeQuery("explain " + sql)) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
