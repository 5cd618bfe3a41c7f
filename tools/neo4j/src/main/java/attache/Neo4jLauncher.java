package attache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs a Neo4j 5.26 Community DBMS in this JVM with only the Bolt connector
 * open, for Attaché's local development and CI (route 3 of neo4jlocal).
 *
 * <p>Usage: {@code java -cp <classpath> attache.Neo4jLauncher --home DIR
 * [--listen 127.0.0.1:7687] [--pagecache-mb 512]}. The user name and password
 * come from the environment (NEO4J_USER, default "neo4j"; NEO4J_PASSWORD,
 * default "attache-local") so the password never shows in a process list.
 *
 * <p>Files under DIR: data/ (the store), logs/ (Neo4j's own logs),
 * neo4j.pid (written at launch) and ready (written only once the DBMS is
 * started and the password is set; removed on shutdown). The Go side waits
 * for "ready" plus a Bolt handshake before it reports the server as up.
 */
public final class Neo4jLauncher {

    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        Path home = null;
        String listen = "127.0.0.1:7687";
        long pageCacheMb = 512;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--home" -> { home = Path.of(require(a, v)); i++; }
                case "--listen" -> { listen = require(a, v); i++; }
                case "--pagecache-mb" -> { pageCacheMb = Long.parseLong(require(a, v)); i++; }
                default -> fail("unknown argument " + a);
            }
        }
        if (home == null) {
            fail("--home is required");
        }
        home = home.toAbsolutePath();
        String user = envOr("NEO4J_USER", "neo4j");
        String password = envOr("NEO4J_PASSWORD", "attache-local");
        if (password.length() < 8) {
            // Neo4j 5 rejects shorter passwords; say so before starting anything.
            fail("NEO4J_PASSWORD must be at least 8 characters");
        }

        Files.createDirectories(home);
        Path pidFile = home.resolve("neo4j.pid");
        Path readyFile = home.resolve("ready");
        Files.deleteIfExists(readyFile);
        writeAtomically(pidFile, ProcessHandle.current().pid() + "\n");

        SocketAddress bolt = parseAddress(listen);
        log("starting Neo4j Community (Bolt " + bolt + ", home " + home + ")");
        DatabaseManagementService dbms;
        try {
            dbms = build(home, bolt, pageCacheMb);
        } catch (RuntimeException e) {
            // The trace first, the cause last: the Go side shows the log's tail.
            e.printStackTrace();
            log("could not start Neo4j: " + rootCause(e));
            Files.deleteIfExists(pidFile);
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutting down");
            try {
                Files.deleteIfExists(readyFile);
            } catch (IOException ignored) {
                // The Go side treats a dead pid as "not running" anyway.
            }
            dbms.shutdown();
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // Same as above.
            }
            log("stopped");
            stopped.countDown();
        }, "attache-neo4j-shutdown"));

        try {
            ensureUser(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), user, password);
        } catch (RuntimeException e) {
            log("could not set the credentials for user " + user + ": " + e.getMessage());
            System.exit(3); // runs the shutdown hook, which stops the DBMS cleanly
        }

        writeAtomically(readyFile, Instant.now() + " bolt://" + bolt + "\n");
        log("ready: bolt://" + bolt + " user " + user);
        stopped.await();
    }

    private static DatabaseManagementService build(Path home, SocketAddress bolt, long pageCacheMb) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                .setConfig(BoltConnector.advertised_address, bolt)
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // The stores are checkpointed and closed before Bolt stops;
                // its default 2 x 5 s grace only delays `attache neo4j stop`.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .build();
    }

    private static String rootCause(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getClass().getSimpleName() + ": " + c.getMessage();
    }

    /**
     * Makes the user log in with the configured password, without a forced
     * change. On a fresh store that means replacing the default "neo4j"
     * password; on later starts the password is usually already right, which
     * Neo4j reports as an error we can ignore.
     */
    private static void ensureUser(GraphDatabaseService system, String user, String password) {
        boolean exists = system.executeTransactionally(
                "SHOW USERS YIELD user WHERE user = $u RETURN count(*) AS n",
                Map.of("u", user),
                r -> ((Number) r.next().get("n")).longValue() > 0);
        if (!exists) {
            system.executeTransactionally(
                    "CREATE USER " + quoteName(user) + " SET PASSWORD $p CHANGE NOT REQUIRED",
                    Map.of("p", password));
            log("created user " + user);
            return;
        }
        try {
            system.executeTransactionally(
                    "ALTER USER " + quoteName(user) + " SET PASSWORD $p CHANGE NOT REQUIRED",
                    Map.of("p", password));
            log("set the password of user " + user);
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (!msg.contains("cannot be the same")) {
                throw e;
            }
            // Same password as before: still clear a pending forced change.
            system.executeTransactionally("ALTER USER " + quoteName(user) + " SET PASSWORD CHANGE NOT REQUIRED");
        }
    }

    private static String quoteName(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private static SocketAddress parseAddress(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostPort.length() - 1) {
            fail("--listen must be host:port, got " + hostPort);
        }
        try {
            return new SocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
        } catch (NumberFormatException e) {
            fail("--listen port is not a number: " + hostPort);
            return null; // unreachable
        }
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    private static String require(String flag, String value) {
        if (value == null) {
            fail(flag + " needs a value");
        }
        return value;
    }

    private static void fail(String msg) {
        System.err.println("neo4j-launcher: " + msg);
        System.exit(2);
    }

    private static void log(String msg) {
        System.out.println(Instant.now() + " neo4j-launcher: " + msg);
        System.out.flush();
    }
}
