package city.hotline.dispatch;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The two runs of the restart test. Quarkus restarts the service between test classes of
 * different profiles; the profiles and the classes are named so that whichever of the two names
 * Quarkus orders by, the first run comes first.
 */
final class RestartProfiles {

    private RestartProfiles() {
    }

    /** The run that leaves a timer pending when it stops. */
    public static class FirstRun implements QuarkusTestProfile {
    }

    /** The restarted service, its deadline watch on its schedule every second (every 30 s in production). */
    public static class SecondRun implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hotline.dispatch.timers.every", "1s");
        }
    }
}
