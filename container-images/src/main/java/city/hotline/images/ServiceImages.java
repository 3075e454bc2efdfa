package city.hotline.images;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.Port;
import com.google.cloud.tools.jib.frontend.CredentialRetrieverFactory;

/**
 * Builds the services' images {@code hotline/<service>:<version>}, the names deploy/k8s uses, with Jib
 * and no Docker daemon: to tarballs that {@code docker load}, {@code podman load}, {@code ctr import}
 * or {@code skopeo copy} take, or pushed to a registry.
 *
 * <pre>
 * java -cp 'container-images/target/container-images.jar:container-images/target/lib/*' \
 *     city.hotline.images.ServiceImages --base tar://target/images/base.tar --tar target/images [--tag 0.1.0]
 * ... --push registry.example.org [--username U --password-env VAR]
 * </pre>
 *
 * Quarkus's own Jib integration takes a {@code tar://} base image too but writes only to a registry or
 * a Docker daemon; this writes tarballs as well, so an image is built and checked where neither exists.
 */
public final class ServiceImages {

    /** Each service's HTTP port, as its application.properties and the Deployments give it. */
    static final Map<String, Integer> SERVICES = Map.of(
            "hotline-intake", 8081,
            "dispatch-service", 8082,
            "resident-registry", 8083,
            "notification-service", 8084);

    static final List<String> ENTRYPOINT = List.of("java",
            // Sized by the container's memory limit, not the node's.
            "-XX:MaxRAMPercentage=75",
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
            "-jar", "/deployments/quarkus-run.jar");

    private ServiceImages() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        for (String service : options.services()) {
            Path app = options.projectRoot().resolve(service).resolve("target/quarkus-app");
            ImageReference name = ImageReference.of(options.registry(), "hotline/" + service, options.tag());
            JibContainer image = build(app, SERVICES.get(service), options.base(), containerizer(options, name));
            System.out.printf("%s %s %s%n", name, image.getDigest(),
                    options.tarDirectory() == null ? "pushed" : "-> " + tarball(options, service));
        }
    }

    /** Builds one service's image from its packaged application. */
    static JibContainer build(Path quarkusApp, int port, String base, Containerizer to) throws Exception {
        var image = Jib.from(base)
                .setEntrypoint(ENTRYPOINT)
                .setUser("185")
                .setWorkingDirectory(QuarkusAppLayers.DEPLOYMENTS)
                .setExposedPorts(java.util.Set.of(Port.tcp(port)))
                .addEnvironmentVariable("TZ", "Asia/Shanghai");
        return new QuarkusAppLayers(quarkusApp).addTo(image).containerize(to);
    }

    private static Containerizer containerizer(Options options, ImageReference name) throws Exception {
        Containerizer containerizer;
        if (options.tarDirectory() != null) {
            Files.createDirectories(options.tarDirectory());
            containerizer = Containerizer.to(TarImage.at(tarball(options, name.getRepository())).named(name));
        } else {
            RegistryImage target = RegistryImage.named(name);
            if (options.username() != null) {
                target.addCredential(options.username(), System.getenv(options.passwordVariable()));
            } else {
                target.addCredentialRetriever(CredentialRetrieverFactory.forImage(name, event -> { })
                        .dockerConfig());
            }
            containerizer = Containerizer.to(target);
        }
        return containerizer
                .setBaseImageLayersCache(options.projectRoot().resolve("target/jib-cache"))
                .setApplicationLayersCache(options.projectRoot().resolve("target/jib-cache"))
                .setToolName("hotline-container-images");
    }

    private static Path tarball(Options options, String repository) {
        return options.tarDirectory().resolve(repository.substring(repository.lastIndexOf('/') + 1) + ".tar");
    }

    /** The command line. */
    record Options(String base, Path tarDirectory, String registry, String tag, String username,
            String passwordVariable, List<String> services, Path projectRoot) {

        static Options parse(String[] args) {
            String base = null;
            Path tar = null;
            String registry = null;
            String tag = "0.1.0-SNAPSHOT";
            String username = null;
            String passwordVariable = "REGISTRY_PASSWORD";
            List<String> services = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--base" -> base = args[++i];
                    case "--tar" -> tar = Path.of(args[++i]).toAbsolutePath();
                    case "--push" -> registry = args[++i];
                    case "--tag" -> tag = args[++i];
                    case "--username" -> username = args[++i];
                    case "--password-env" -> passwordVariable = args[++i];
                    default -> {
                        if (!SERVICES.containsKey(args[i])) {
                            throw new IllegalArgumentException("unknown argument " + args[i] + "; services are "
                                    + SERVICES.keySet());
                        }
                        services.add(args[i]);
                    }
                }
            }
            if (base == null || (tar == null) == (registry == null)) {
                throw new IllegalArgumentException(
                        "usage: --base tar://BASE.tar|REGISTRY/IMAGE (--tar DIR | --push REGISTRY) [--tag T] [service...]");
            }
            return new Options(base, tar, registry, tag, username, passwordVariable,
                    services.isEmpty() ? SERVICES.keySet().stream().sorted().toList() : services,
                    Path.of("").toAbsolutePath());
        }
    }
}
