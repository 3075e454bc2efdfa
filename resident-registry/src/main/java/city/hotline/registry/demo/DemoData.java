package city.hotline.registry.demo;

import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import city.hotline.registry.service.ImportSummary;
import city.hotline.registry.service.PlaceRegister;
import city.hotline.registry.service.PlaceTree;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the places and people of the seed reports (see docs/demo-data.md) through the same import
 * as any register, so the other services learn them by the same events. Loading again changes
 * nothing and emits nothing.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String RESOURCE = "demo/places.json";

    private final PlaceRegister register;
    private final ObjectMapper json;
    private final boolean enabled;

    DemoData(PlaceRegister register, ObjectMapper json,
            @ConfigProperty(name = "hotline.demo-data.enabled") boolean enabled) {
        this.register = register;
        this.json = json;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent startup) throws IOException {
        if (enabled) {
            ImportSummary summary = register.importTree(read());
            LOG.infof("Demo data loaded: %d communities and %d workers new or changed",
                    summary.communitiesChanged(), summary.workersChanged());
        }
    }

    /** The demo register as bundled in the build. */
    public PlaceTree read() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing from the build");
            }
            return json.readValue(in, PlaceTree.class);
        }
    }
}
