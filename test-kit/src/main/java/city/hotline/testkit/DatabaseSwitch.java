package city.hotline.testkit;

import java.lang.management.ManagementFactory;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import city.hotline.infrastructure.PostgresServer;

/**
 * Stops and starts the test JVM's PostgreSQL from whichever class loader a test runs in. Quarkus loads test classes in
 * class loaders of its own, each with its own copy of every static field, so the server is reached through the
 * platform MBean server, which they all share (system properties, which they share too, must hold only strings).
 */
public final class DatabaseSwitch implements DatabaseSwitchMBean {

    private static final String NAME = "city.hotline.testkit:type=DatabaseSwitch";

    private final PostgresServer postgres;

    private DatabaseSwitch(PostgresServer postgres) {
        this.postgres = postgres;
    }

    static void register(PostgresServer postgres) {
        try {
            ManagementFactory.getPlatformMBeanServer().registerMBean(new DatabaseSwitch(postgres), new ObjectName(NAME));
        } catch (JMException e) {
            throw new IllegalStateException("Could not register the database switch", e);
        }
    }

    static void stop() {
        invoke("stopDatabase");
    }

    static void start() {
        invoke("startDatabase");
    }

    private static void invoke(String operation) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            server.invoke(new ObjectName(NAME), operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException("Could not " + operation, e);
        }
    }

    @Override
    public void stopDatabase() {
        postgres.stop();
    }

    @Override
    public void startDatabase() {
        postgres.start();
    }
}
