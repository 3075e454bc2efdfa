package city.hotline.stack;

import city.hotline.security.Grant;
import city.hotline.security.Role;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code token --role ROLE [--community CODE] [--scope CODE] [--worker ID] [--subject NAME]}: prints a bearer token
 * that the local stack's services accept, signed with the key pair the launcher keeps under {@code .hotline/}.
 */
final class TokenCommand {

    private static final Set<String> OPTIONS = Set.of("--role", "--community", "--scope", "--worker", "--subject");
    static final String USAGE = """
            Usage: ./hotline token --role ROLE [--community CODE] [--scope CODE] [--worker ID] [--subject NAME]
              ROLE: admin, operator, supervisor, worker, community-system, analyst
              --community  the 12-digit community of a worker or a community system
              --scope      the district (6 digits), street (9) or community (12) a supervisor oversees
              --worker     a worker's id in the resident registry (GET /api/workers)
              --subject    the user id written to access logs (default: the role)
            e.g. curl -H "Authorization: Bearer $(./hotline token --role operator)" localhost:8083/api/communities""";

    private final Path root;
    private final PrintStream out;
    private final PrintStream err;

    TokenCommand(Path root, PrintStream out, PrintStream err) {
        this.root = root;
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) {
        Grant grant;
        try {
            grant = grant(arguments);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        out.println(LocalIdentity.in(LocalIdentity.directoryOf(root)).token(grant));
        return 0;
    }

    static Grant grant(List<String> arguments) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < arguments.size(); i += 2) {
            String name = arguments.get(i);
            if (!OPTIONS.contains(name) || i + 1 >= arguments.size()) {
                throw new IllegalArgumentException("Unknown option or missing value: " + name);
            }
            options.put(name, arguments.get(i + 1));
        }
        String roleName = Optional.ofNullable(options.get("--role"))
                .orElseThrow(() -> new IllegalArgumentException("--role is required"));
        Role role = Role.ofClaimValue(roleName)
                .orElseThrow(() -> new IllegalArgumentException("Not a role: " + roleName));
        String unit = options.containsKey("--scope") ? options.get("--scope") : options.get("--community");
        return new Grant(options.getOrDefault("--subject", role.claimValue()), role, unit, options.get("--worker"));
    }
}
