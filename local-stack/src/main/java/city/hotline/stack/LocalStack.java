package city.hotline.stack;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Runs the hotline on this machine: {@code up} (in the foreground), {@code status} and {@code down}. The
 * {@code hotline} script at the project root builds what is needed and calls this.
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = projectRoot();
        String command = args.length == 1 ? args[0] : "";
        int exitCode = switch (command) {
            case "up" -> new UpCommand(root).run();
            case "status" -> new StatusCommand(root).run();
            case "down" -> new DownCommand(root).run();
            default -> usage();
        };
        System.exit(exitCode);
    }

    private static int usage() {
        System.err.println("Usage: java -jar local-stack/target/local-stack.jar up|status|down");
        return 2;
    }

    /**
     * The project root, found from where this class was loaded: {@code <root>/local-stack/target/local-stack.jar} or
     * {@code <root>/local-stack/target/classes}, so that the commands work from any working directory.
     */
    private static Path projectRoot() {
        try {
            Path location = Path.of(LocalStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot tell where the launcher runs from", e);
        }
    }
}
