package city.hotline.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExtraJvmOptionsTest {

    @Test
    void noneUnlessGiven() {
        assertEquals(List.of(), ExtraJvmOptions.parse(null));
        assertEquals(List.of(), ExtraJvmOptions.parse("  "));
    }

    @Test
    void optionsAreSeparatedByWhiteSpace() {
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                ExtraJvmOptions.parse(" -XX:+UseSerialGC \t -XX:TieredStopAtLevel=1 "));
    }
}
