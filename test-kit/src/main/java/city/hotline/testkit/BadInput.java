package city.hotline.testkit;

/**
 * One request body of the bad-input corpus.
 *
 * @param name what is wrong with it, as the failure report names it ({@code "text = NUL inside"})
 * @param contentType the Content-Type it is sent with
 * @param body the bytes sent, as they are (they may be no valid UTF-8 at all)
 * @param field the field whose value was changed, or null when the whole body was
 * @param value the string value the field was given, or null: a service that accepts it must keep it as sent
 */
record BadInput(String name, String contentType, byte[] body, String field, String value) {

    static BadInput whole(String name, String contentType, byte[] body) {
        return new BadInput(name, contentType, body, null, null);
    }
}
