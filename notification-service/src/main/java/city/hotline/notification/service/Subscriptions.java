package city.hotline.notification.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import city.hotline.database.RarelyChanged;
import city.hotline.notification.config.NotificationConfig;
import city.hotline.notification.domain.Subscription;
import city.hotline.notification.domain.SubscriptionStatus;
import city.hotline.notification.repository.SubscriptionRepository;
import city.hotline.web.InvalidInputException;

/** Community systems' webhook subscriptions: registered, paused, resumed, deleted. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class Subscriptions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SubscriptionRepository subscriptions;
    private final Clock clock;
    /**
     * Every ticket event asks whether its community subscribed, and few communities do: each replica keeps a copy
     * of which did ({@link RarelyChanged}), so that an event of any other community costs no query.
     */
    private final RarelyChanged<Set<String>> subscribedCommunities;

    Subscriptions(SubscriptionRepository subscriptions, Clock clock, NotificationConfig config,
            TransactionSynchronizationRegistry transactions) {
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.subscribedCommunities = new RarelyChanged<>(subscriptions::communitiesWithActive,
                config.subscriptionsRereadAfter(), transactions);
    }

    /**
     * The active subscriptions of a community, oldest first. A subscription registered or resumed through this
     * replica counts at once, through another one within {@code hotline.notification.subscriptions-reread-after};
     * one paused or deleted counts at once wherever, as the subscriptions themselves are read whenever the copy
     * names the community.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Subscription> activeOf(String communityCode) {
        if (!subscribedCommunities.get().contains(communityCode)) {
            return List.of();
        }
        return subscriptions.activeOfCommunity(communityCode);
    }

    /**
     * Registers a webhook for one community's ticket events.
     *
     * @param secret the shared signing key; one is generated when none is given
     */
    public Subscription subscribe(String communityCode, String url, String secret) {
        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID();
        subscription.communityCode = communityCode;
        subscription.url = checkedUrl(url).toString();
        subscription.secret = secret != null ? secret : generatedSecret();
        subscription.status = SubscriptionStatus.ACTIVE;
        subscription.createdAt = OffsetDateTime.now(clock);
        subscriptions.persist(subscription);
        subscribedCommunities.changing();
        return subscription;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Subscription> ofCommunity(String communityCode) {
        return communityCode == null ? subscriptions.listAll() : subscriptions.ofCommunity(communityCode);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Subscription> byId(UUID id) {
        return subscriptions.findByIdOptional(id);
    }

    /** Paused, a subscription receives no new events; what was already queued for it still goes. */
    public Subscription setStatus(UUID id, SubscriptionStatus status) {
        Subscription subscription = subscriptions.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("no subscription " + id));
        subscription.status = status;
        subscribedCommunities.changing();
        return subscription;
    }

    public void delete(UUID id) {
        subscribedCommunities.changing();
        if (!subscriptions.deleteById(id)) {
            throw new NotFoundException("no subscription " + id);
        }
    }

    /** An absolute http(s) URL with a host: anything else could never be delivered to. */
    private static URI checkedUrl(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "is not a URL: " + e.getReason());
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new InvalidInputException("url", "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidInputException("url", "must name a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new InvalidInputException("url", "must not carry credentials or a fragment");
        }
        return uri;
    }

    private static String generatedSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }
}
