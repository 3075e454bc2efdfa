package city.hotline.intake.config;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "hotline.intake")
public interface IntakeConfig {

    /** The letters a ticket number starts with, by the first four digits of the city's code. */
    Map<String, String> ticketPrefixes();

    /** The letters for a city without its own. */
    @WithDefault("HL")
    String defaultTicketPrefix();
}
