package app.alumni.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What a database restart (or failover) does to the service: every connection the pool holds is cut by the server.
 * Here the server cuts them while requests keep coming; afterwards no request may fail on a dead connection, because
 * the pool checks each connection before it hands it out.
 */
@QuarkusTest
class DatabaseRestartTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void aRestartCostsAtMostTheRequestsInFlight() throws Exception {
        Api.Session member = Api.activeMember();
        ExecutorService load = Executors.newFixedThreadPool(8);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Future<int[]>> workers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                workers.add(load.submit(() -> {
                    int ok = 0;
                    int failed = 0;
                    while (running.get()) {
                        var response = member.as().get("/api/v1/members/me");
                        if (response.statusCode() == 200) {
                            ok++;
                        } else {
                            // A request whose connection was cut is told to retry, not "internal error".
                            assertThat(response.statusCode()).isEqualTo(503);
                            assertThat(response.header("Retry-After")).isEqualTo("1");
                            failed++;
                        }
                    }
                    return new int[] { ok, failed };
                }));
            }
            Thread.sleep(500);
            int cut = cutEveryConnectionOfTheService();
            assertThat(cut).isPositive();
            Thread.sleep(500);
            running.set(false);
            int failedUnderLoad = 0;
            for (Future<int[]> worker : workers) {
                failedUnderLoad += worker.get(30, TimeUnit.SECONDS)[1];
            }
            // At most the requests that held a connection at the moment it was cut.
            assertThat(failedUnderLoad).isLessThanOrEqualTo(8);
        } finally {
            running.set(false);
            load.shutdownNow();
        }
        // Afterwards, nothing fails: dead connections are never handed out.
        cutEveryConnectionOfTheService();
        ExecutorService after = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                answers.add(after.submit(() -> member.as().get("/api/v1/members/me").statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            after.shutdownNow();
        }
    }

    /** What a restart does to the pool: the server ends every connection of the service (it names itself alumni-api). */
    private int cutEveryConnectionOfTheService() throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", null); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                        + " where application_name = 'alumni-api' and pid <> pg_backend_pid()")) {
            r.next();
            return r.getInt(1);
        }
    }
}
