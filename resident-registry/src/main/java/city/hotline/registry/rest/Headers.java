package city.hotline.registry.rest;

/** Request headers the registry reads. */
final class Headers {

    /**
     * Who is asking, written to the access log. Taken on trust until the hotline has real
     * identities and roles; then it comes from the caller's token.
     */
    static final String USER = "X-Hotline-User";

    private Headers() {
    }
}
