package city.hotline.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ./hotline token}: a token signed by the key pair under .hotline/, with the role and unit asked for. */
class TokenCommandTest {

    @TempDir
    Path root;

    @Test
    void printsATokenSignedWithTheStacksKeyThatCarriesTheRoleAndCommunity() throws Exception {
        String token = run(0, "--role", "worker", "--community", "110101004001", "--worker",
                "1c3f0a52-0000-4000-8000-000000000002").strip();

        String[] parts = token.split("\\.");
        assertEquals(3, parts.length, token);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"groups\":[\"worker\"]"), claims);
        assertTrue(claims.contains("\"hotline_unit\":\"110101004001\""), claims);
        assertTrue(claims.contains("\"hotline_worker\":\"1c3f0a52-0000-4000-8000-000000000002\""), claims);
        assertTrue(claims.contains("\"iss\":\"" + LocalIdentity.ISSUER + "\""), claims);
        assertTrue(claims.contains("\"aud\":\"" + LocalIdentity.AUDIENCE + "\""), claims);

        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(publicKey(root.resolve(".hotline/identity/token-verification-key.pem")));
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rsa.verify(Base64.getUrlDecoder().decode(parts[2])), "signed by the stack's key");
    }

    @Test
    void theKeyPairIsMadeOnceAndKeptForTheNextToken() throws Exception {
        run(0, "--role", "operator");
        Path publicKey = root.resolve(".hotline/identity/token-verification-key.pem");
        String first = Files.readString(publicKey);
        run(0, "--role", "admin");
        assertEquals(first, Files.readString(publicKey));
    }

    @Test
    void aWorkerWithoutCommunityOrAnUnknownRoleIsRefusedWithTheUsage() {
        assertTrue(runErr(2, "--role", "worker", "--worker", "1c3f0a52-0000-4000-8000-000000000002")
                .contains("12-digit code of its community"));
        assertTrue(runErr(2, "--role", "mayor").contains("Not a role: mayor"));
        assertTrue(runErr(2).contains("--role is required"));
    }

    private String run(int exitCode, String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(exitCode, new TokenCommand(root, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(List.of(arguments)));
        return out.toString(StandardCharsets.UTF_8);
    }

    private String runErr(int exitCode, String... arguments) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(exitCode, new TokenCommand(root, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(arguments)));
        return err.toString(StandardCharsets.UTF_8);
    }

    private static PublicKey publicKey(Path pem) throws Exception {
        byte[] der = Base64.getMimeDecoder().decode(Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").strip());
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }
}
