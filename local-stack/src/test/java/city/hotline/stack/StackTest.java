package city.hotline.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher's own behaviour, with stand-ins for the services: a real PostgreSQL and Kafka, fake Quarkus apps. */
class StackTest {

    @TempDir
    Path root;

    @Test
    void startsEveryServiceWithTheInfrastructureSettingsAndStopsEverything() throws Exception {
        for (Service service : Service.values()) {
            installRunnableJar(service, FakeService.class);
        }
        List<ProcessHandle> processes;
        try (Stack stack = Stack.start(StackOptions.ephemeral(root).withDemoData(true))) {
            processes = stack.externalProcesses();
            for (Service service : Service.values()) {
                assertTrue(Health.isReady(stack.url(service)), service + " is ready");
                assertTrue(log(stack, service).contains("KAFKA_BOOTSTRAP_SERVERS=" + stack.kafkaBootstrapServers()));
                assertTrue(log(stack, service).contains("QUARKUS_DATASOURCE_JDBC_URL=" + stack.jdbcUrl()));
                assertTrue(log(stack, service).contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION=file:"
                        + root.resolve(".hotline/identity/token-verification-key.pem")));
                assertEquals(service == Service.RESIDENT_REGISTRY,
                        log(stack, service).contains("HOTLINE_DEMO_DATA_ENABLED=true"));
                assertTrue(log(stack, service).contains("HOTLINE_PERSONAL_DATA_KEYS=local1:"));
                assertTrue(log(stack, service).contains(
                        "-Xmx" + (service == Service.HOTLINE_INTAKE ? 768 : 576) + "m"), service + "'s heap is bounded");
            }
            try (Connection connection = DriverManager.getConnection(
                    stack.jdbcUrl(), stack.databaseUsername(), stack.databasePassword())) {
                assertTrue(connection.isValid(5));
            }
        }
        assertEquals(Service.values().length + 1, processes.size(), "four services and PostgreSQL");
        processes.forEach(process -> assertFalse(process.isAlive(), process + " was stopped"));
    }

    @Test
    void aServiceThatDiesFailsTheStartWithTheEndOfItsLog() throws Exception {
        for (Service service : Service.values()) {
            installRunnableJar(service, service == Service.DISPATCH_SERVICE ? FailingService.class : FakeService.class);
        }

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> Stack.start(StackOptions.ephemeral(root)));

        assertTrue(failure.getMessage().startsWith("dispatch-service exited with code 3"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Failed to start application: no datasource"), failure.getMessage());
        assertEquals(0, ProcessHandle.current().children().filter(ProcessHandle::isAlive).count(),
                "every service was stopped");
    }

    private static String log(Stack stack, Service service) throws IOException {
        return Files.readString(stack.logFile(service));
    }

    /** A quarkus-run.jar whose manifest runs {@code mainClass} from this module's test classes. */
    private void installRunnableJar(Service service, Class<?> mainClass) throws IOException, URISyntaxException {
        Path jar = service.runnableJar(root);
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                mainClass.getProtectionDomain().getCodeSource().getLocation().toURI().toString());
        try (OutputStream out = Files.newOutputStream(jar);
             JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // The manifest is the whole jar.
        }
    }
}
