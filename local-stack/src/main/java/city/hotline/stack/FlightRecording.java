package city.hotline.stack;

import java.nio.file.Path;
import java.util.List;

/**
 * A Java Flight Recording of each service, for profiling a stack under load (the benchmark's, or {@code ./hotline
 * up}'s): with {@code -Dhotline.stack.jfr=<directory>} every service records from its start with the JDK's
 * {@code profile} settings and writes {@code <directory>/<service>.jfr} when it stops. Off unless asked for: the
 * {@code profile} settings cost a few per cent of CPU.
 */
final class FlightRecording {

    static final String DIRECTORY_PROPERTY = "hotline.stack.jfr";

    private FlightRecording() {
    }

    /** The JVM options that make {@code service} record into {@code directory}; none when it is null or blank. */
    static List<String> jvmOptions(Service service, String directory) {
        if (directory == null || directory.isBlank()) {
            return List.of();
        }
        Path file = Path.of(directory).toAbsolutePath().resolve(service.moduleDirectory() + ".jfr");
        return List.of("-XX:StartFlightRecording=name=stack,settings=profile,dumponexit=true,filename=" + file);
    }

    /** As {@link #jvmOptions(Service, String)} for the directory the system property names. */
    static List<String> jvmOptions(Service service) {
        return jvmOptions(service, System.getProperty(DIRECTORY_PROPERTY));
    }
}
