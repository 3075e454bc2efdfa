package city.hotline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UnitCodeTest {

    @Test
    void aStreetHoldsItsCommunitiesWhetherNamedByPrefixOrPaddedCode() {
        assertTrue(UnitCode.holds("110101004", "110101004001"));
        assertTrue(UnitCode.holds("110101004000", "110101004001"));
        assertTrue(UnitCode.holds("110101", "110101004001"));
        assertTrue(UnitCode.holds("110101000000", "110101004000"));
        assertTrue(UnitCode.holds("110101004001", "110101004001"));
        assertFalse(UnitCode.holds("110101004", "110101005001"));
        assertFalse(UnitCode.holds("110101004001", "110101004002"));
        assertFalse(UnitCode.holds("110101004001", "110101004000"), "a community does not hold its street");
        assertFalse(UnitCode.holds("110101004", UnitCode.NONE));
        assertFalse(UnitCode.holds("11010", "110101004001"));
    }

    @Test
    void onlyTwelveDigitsThatAreNotPaddedNameACommunity() {
        assertTrue(UnitCode.isCommunity("110101004001"));
        assertFalse(UnitCode.isCommunity("110101004000"));
        assertFalse(UnitCode.isCommunity("110101004"));
    }

    @Test
    void aGrantBecomesTheClaimsTheServicesRead() {
        Instant now = Instant.parse("2022-12-05T01:00:00Z");
        Map<String, Object> claims = new Grant("li.shegong", Role.WORKER, "110101004001",
                "1c3f0a52-0000-4000-8000-000000000002").claims("https://sso.example", "hotline", now, Duration.ofHours(1));

        assertEquals(List.of("worker"), claims.get(Claims.GROUPS));
        assertEquals("110101004001", claims.get(Claims.UNIT));
        assertEquals("1c3f0a52-0000-4000-8000-000000000002", claims.get(Claims.WORKER));
        assertEquals("li.shegong", claims.get("sub"));
        assertEquals(now.getEpochSecond() + 3600, claims.get("exp"));
    }

    @Test
    void aConfinedRoleNeedsItsUnit() {
        assertThrows(IllegalArgumentException.class, () -> new Grant("w", Role.WORKER, null, "x"));
        assertThrows(IllegalArgumentException.class, () -> new Grant("w", Role.WORKER, "110101004", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Grant("s", Role.COMMUNITY_SYSTEM, "110101004000", null));
        assertThrows(IllegalArgumentException.class, () -> new Grant("s", Role.SUPERVISOR, "1101", null));
        new Grant("s", Role.SUPERVISOR, "110101004", null);
    }
}
