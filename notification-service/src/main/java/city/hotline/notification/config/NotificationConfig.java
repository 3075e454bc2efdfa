package city.hotline.notification.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the service reaches people, and how hard it tries. */
@ConfigMapping(prefix = "hotline.notification")
public interface NotificationConfig {

    Gateways gateway();

    Sending delivery();

    QuietHours quietHours();

    Reminders reminders();

    /**
     * Deliveries each replica sends per second and channel (lower case: {@code sms}, {@code wechat},
     * {@code webhook} ...); a channel not named is not limited.
     */
    Map<String, Integer> ratePerSecond();

    /**
     * How old this replica's copy of which communities have an active webhook subscription may grow before it is
     * read again: a subscription registered or resumed through another replica receives events from at most this
     * long after it; one paused or deleted anywhere receives none from then on.
     */
    @WithDefault("5s")
    Duration subscriptionsRereadAfter();

    /**
     * How old this replica's copy of the communities' names may grow before it is read again: a community renamed
     * through another replica signs notices with its new name from at most this long after it.
     */
    @WithDefault("5s")
    Duration communitiesRereadAfter();

    /**
     * A directory of message templates, {@code <event type>/<CHANNEL>.txt}, that take precedence over
     * the built-in ones and are read again when they change: wording is edited without a rebuild.
     */
    Optional<Path> templateDirectory();

    interface Gateways {

        /** The SMS gateway's endpoint, which takes {@code {"to","text","reference"}} as JSON. */
        URI sms();

        /** The WeChat gateway's endpoint, same form; {@code to} is the recipient's phone bound to WeChat. */
        URI wechat();

        /** How long one HTTP attempt (gateway or webhook) may take. */
        @WithDefault("5s")
        Duration timeout();
    }

    interface Sending {

        /** How often the sender looks for due deliveries. */
        @WithDefault("1s")
        Duration pollInterval();

        /** Deliveries one replica claims per round. */
        @WithDefault("100")
        int batchSize();

        /** Deliveries one replica attempts at the same time. */
        @WithDefault("16")
        int parallelism();

        /**
         * How long a claimed delivery is kept from other replicas while its attempt is in flight; a
         * replica that dies mid-attempt leaves it to be taken up again after this. Must exceed the
         * time a batch can take: batch size / parallelism x timeout.
         */
        @WithDefault("2m")
        Duration claim();

        /** Attempts before a delivery is marked failed. */
        @WithDefault("6")
        int maxAttempts();

        /** Wait before the second attempt; doubled for each further one, with jitter. */
        @WithDefault("10s")
        Duration backoffBase();

        /** The longest wait between two attempts. */
        @WithDefault("30m")
        Duration backoffMax();
    }

    interface QuietHours {

        @WithDefault("22:00")
        LocalTime start();

        @WithDefault("07:00")
        LocalTime end();

        @WithDefault("Asia/Shanghai")
        ZoneId zone();
    }

    /** Reminders of residents' standing needs (特殊人群需求保障清单). */
    interface Reminders {

        /** How often the service looks for reminders due; each is made once, however often it looks. */
        @WithDefault("10m")
        Duration every();

        /** How many days before the medicine is predicted to run out its re-supply reminder goes. */
        @WithDefault("3")
        int medicineDaysAhead();

        /** The zone in which "the day before" and "a few days before" are counted. */
        @WithDefault("Asia/Shanghai")
        ZoneId zone();
    }
}
