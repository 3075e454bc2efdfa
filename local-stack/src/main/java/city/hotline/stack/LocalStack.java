package city.hotline.stack;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the hotline on this machine: {@code up} (in the foreground), {@code status} and {@code down}, and prints
 * tokens for its APIs ({@code token --role operator}). The
 * {@code hotline} script at the project root builds what is needed and calls this.
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = projectRoot();
        String command = args.length >= 1 ? args[0] : "";
        List<String> options = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        int exitCode = switch (command) {
            case "up" -> options.isEmpty() ? new UpCommand(root).run() : usage();
            case "status" -> options.isEmpty() ? new StatusCommand(root).run() : usage();
            case "down" -> options.isEmpty() ? new DownCommand(root).run() : usage();
            case "token" -> new TokenCommand(root, System.out, System.err).run(options);
            default -> usage();
        };
        System.exit(exitCode);
    }

    private static int usage() {
        System.err.println("Usage: java -jar local-stack/target/local-stack.jar up|status|down|token --role ROLE [options]");
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
