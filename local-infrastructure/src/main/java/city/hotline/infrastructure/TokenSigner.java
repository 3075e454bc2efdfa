package city.hotline.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A local identity provider's key: an RSA key pair kept in a directory, which signs tokens (RS256 JWTs) that the
 * services verify with the public key. The launcher keeps one under {@code .hotline/}, the test kit one per test
 * JVM; a city's own identity provider replaces it in production.
 *
 * <p>Signing a JWT is a header, the claims and an RSA signature, base64url-encoded: the JDK does it, so the
 * launcher needs no JWT library and no configuration framework.
 */
public final class TokenSigner {

    private static final String PRIVATE_KEY = "token-signing-key.pem";
    private static final String PUBLIC_KEY = "token-verification-key.pem";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey privateKey;
    private final Path publicKey;

    private TokenSigner(PrivateKey privateKey, Path publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The key pair in the directory, created there (the private key readable by its owner only) the first time. */
    public static TokenSigner in(Path directory) {
        try {
            Files.createDirectories(directory);
            Path privatePem = directory.resolve(PRIVATE_KEY);
            Path publicPem = directory.resolve(PUBLIC_KEY);
            if (!Files.exists(privatePem) || !Files.exists(publicPem)) {
                create(privatePem, publicPem);
            }
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(privatePem)
                    .replaceAll("-----[A-Z ]+-----", "").strip());
            return new TokenSigner(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)), publicPem);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the token signing key in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The token signing key in " + directory + " is unreadable", e);
        }
    }

    /** The PEM file of the public key: what the services are given as {@code mp.jwt.verify.publickey.location}. */
    public Path publicKey() {
        return publicKey;
    }

    /** A signed JWT (RS256) carrying the claims. */
    public String sign(Map<String, Object> claims) {
        try {
            String signingInput = encode(Map.of("alg", "RS256", "typ", "JWT")) + "." + encode(claims);
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    private static String encode(Map<String, Object> json) {
        try {
            return BASE64URL.encodeToString(JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Claims that are not JSON: " + json, e);
        }
    }

    private static void create(Path privatePem, Path publicPem) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        // Written aside and moved into place, so that a reader never sees half a key.
        Path privateTemp = Files.createTempFile(privatePem.getParent(), PRIVATE_KEY, ".tmp");
        restrictToOwner(privateTemp);
        Files.writeString(privateTemp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Path publicTemp = Files.createTempFile(publicPem.getParent(), PUBLIC_KEY, ".tmp");
        Files.writeString(publicTemp, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Files.move(publicTemp, publicPem, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(privateTemp, privatePem, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file stays in the user's own directory.
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
