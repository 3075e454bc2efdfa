package city.hotline.notification.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import city.hotline.notification.domain.Audience;
import city.hotline.notification.domain.Broadcast;
import city.hotline.notification.domain.BroadcastRecipient;
import city.hotline.notification.domain.BroadcastStatus;
import city.hotline.notification.domain.Community;
import city.hotline.notification.domain.ControlZone;
import city.hotline.notification.domain.DeliveryChannel;
import city.hotline.notification.domain.RecipientKind;
import city.hotline.notification.domain.Resident;
import city.hotline.notification.domain.Worker;
import city.hotline.notification.repository.BroadcastRepository;
import city.hotline.notification.repository.CommunityRepository;
import city.hotline.notification.repository.ControlZoneRepository;
import city.hotline.notification.repository.RecipientIds;
import city.hotline.notification.repository.ResidentRepository;
import city.hotline.notification.repository.WorkerRepository;
import city.hotline.web.InvalidInputException;

/**
 * 未诉先办: a community office's message to many, now or at a time. A broadcast fans out once, in
 * one transaction, to one notification per recipient (the same person named twice is told once),
 * each through the channel that reaches them: the app and their phone for workers, the phone for
 * residents who have one, a door visit by the building's worker for those who do not, or whose
 * phone the gateway refuses.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class Broadcasts {

    private final BroadcastRepository broadcasts;
    private final CommunityRepository communities;
    private final WorkerRepository workers;
    private final ResidentRepository residents;
    private final ControlZoneRepository controlZones;
    private final Notifier notifier;
    private final RecipientIds recipientIds;
    private final Clock clock;

    Broadcasts(BroadcastRepository broadcasts, CommunityRepository communities, WorkerRepository workers,
            ResidentRepository residents, ControlZoneRepository controlZones, Notifier notifier,
            RecipientIds recipientIds, Clock clock) {
        this.broadcasts = broadcasts;
        this.communities = communities;
        this.workers = workers;
        this.residents = residents;
        this.controlZones = controlZones;
        this.notifier = notifier;
        this.recipientIds = recipientIds;
        this.clock = clock;
    }

    /**
     * Records a broadcast and, unless it is for later, fans it out at once.
     *
     * @param channel SMS or WECHAT, for recipients with a phone
     * @param sendAt  null for now
     */
    public Broadcast send(String communityCode, String message, Audience audience, List<BroadcastRecipient> recipients,
            ResidentSelection selection, DeliveryChannel channel, boolean urgent, OffsetDateTime sendAt) {
        if (communities.findByIdOptional(communityCode).isEmpty()) {
            throw new InvalidInputException("communityCode", "no community " + communityCode + " is known");
        }
        if (channel != DeliveryChannel.SMS && channel != DeliveryChannel.WECHAT) {
            throw new InvalidInputException("channel", "must be SMS or WECHAT");
        }
        if (audience == Audience.WORKERS && workers.ofCommunity(communityCode).isEmpty()) {
            throw new InvalidInputException("audience", "no workers of community " + communityCode + " are known");
        }
        if (audience == Audience.RECIPIENTS) {
            checkRecipients(recipients);
        }
        if (audience == Audience.RESIDENTS && residents.ofCommunity(communityCode).isEmpty()) {
            throw new InvalidInputException("audience", "no residents of community " + communityCode + " are known");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (selection.controlZoneId() != null) {
            checkZone(communityCode, audience, selection.controlZoneId(),
                    sendAt == null || sendAt.isBefore(now) ? now : sendAt);
        }
        Broadcast broadcast = new Broadcast();
        broadcast.id = UUID.randomUUID();
        broadcast.communityCode = communityCode;
        broadcast.message = message.strip();
        broadcast.audience = audience;
        broadcast.channel = channel;
        broadcast.urgent = urgent;
        broadcast.recipients = audience == Audience.RECIPIENTS ? List.copyOf(recipients) : null;
        if (audience == Audience.RESIDENTS) {
            broadcast.targetBuildings = selection.buildings();
            broadcast.targetTags = selection.tags();
            broadcast.targetZoneId = selection.controlZoneId();
        }
        broadcast.sendAt = sendAt == null || sendAt.isBefore(now) ? now : sendAt;
        broadcast.status = BroadcastStatus.SCHEDULED;
        broadcast.createdAt = now;
        broadcasts.persist(broadcast);
        if (!broadcast.sendAt.isAfter(now)) {
            fanOut(broadcast);
        }
        return broadcast;
    }

    /**
     * A reminder (未诉先办) to one resident, through their own channel, fanned out at once: the
     * resident's standing need, in {@code message}. The caller has made sure it is the only one.
     *
     * @param id the broadcast's id, which the caller has already recorded against the reminder's occasion
     */
    public Broadcast remind(UUID id, Resident resident, String message) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Broadcast broadcast = new Broadcast();
        broadcast.id = id;
        broadcast.communityCode = resident.communityCode;
        broadcast.message = message;
        broadcast.audience = Audience.RESIDENTS;
        // for a resident with a phone who prefers neither WeChat nor a visit
        broadcast.channel = DeliveryChannel.SMS;
        broadcast.targetBuildings = List.of();
        broadcast.targetTags = List.of();
        broadcast.targetResidentId = resident.id;
        broadcast.sendAt = now;
        broadcast.status = BroadcastStatus.SCHEDULED;
        broadcast.createdAt = now;
        broadcasts.persist(broadcast);
        fanOut(broadcast);
        return broadcast;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Broadcast> byId(UUID id) {
        return broadcasts.findByIdOptional(id);
    }

    /** Fans out the scheduled broadcasts whose time has come; how many. */
    public int fanOutDue(int limit) {
        List<Broadcast> due = broadcasts.lockDue(OffsetDateTime.now(clock), limit);
        due.forEach(this::fanOut);
        return due.size();
    }

    private void fanOut(Broadcast broadcast) {
        Cause cause = Cause.of(broadcast);
        String communityName = communities.findById(broadcast.communityCode).name;
        Collection<Notice> notices = switch (broadcast.audience) {
            case WORKERS -> toWorkers(broadcast, communityName);
            case RECIPIENTS -> toRecipients(broadcast, communityName);
            case RESIDENTS -> broadcast.targetResidentId != null ? toResident(broadcast, communityName)
                    : toResidents(broadcast, communityName);
        };
        notices.forEach(notice -> notifier.notify(cause, notice));
        broadcast.status = BroadcastStatus.FANNED_OUT;
        broadcast.recipientCount = notices.size();
        broadcast.fannedOutAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private Collection<Notice> toWorkers(Broadcast broadcast, String communityName) {
        List<Notice> notices = new ArrayList<>();
        for (Worker worker : workers.ofCommunity(broadcast.communityCode)) {
            List<Notice.Route> routes = new ArrayList<>();
            routes.add(new Notice.Route(DeliveryChannel.IN_APP, worker.id.toString()));
            if (worker.phone != null && !worker.phone.isBlank()) {
                routes.add(new Notice.Route(broadcast.channel, worker.phone));
            }
            notices.add(new Notice(RecipientKind.WORKER, worker.id.toString(), worker.name, null,
                    broadcast.communityCode, broadcast.urgent, model(broadcast, communityName, worker.name, null),
                    routes));
        }
        return notices;
    }

    /** Keyed by how the recipient is reached, so that a person named twice is told once. */
    private Collection<Notice> toRecipients(Broadcast broadcast, String communityName) {
        Map<String, Notice> notices = new LinkedHashMap<>();
        for (BroadcastRecipient recipient : broadcast.recipients) {
            boolean hasPhone = !isBlank(recipient.phone());
            Notice.Route visit = isBlank(recipient.building()) ? null
                    : new Notice.Route(DeliveryChannel.DOOR_VISIT, recipient.building().strip());
            Notice.Route route = hasPhone ? new Notice.Route(broadcast.channel, recipient.phone().strip(), visit) : visit;
            String recipientId = hasPhone ? recipientIds.ofPhone(route.address())
                    : recipientIds.ofVisit(route.address(), recipient.name());
            notices.putIfAbsent(recipientId, new Notice(RecipientKind.RESIDENT, recipientId, recipient.name(), null,
                    broadcast.communityCode, broadcast.urgent,
                    model(broadcast, communityName, recipient.name(), recipient.building()), List.of(route)));
        }
        return notices.values();
    }

    /**
     * One notice per household, through a resident who agreed to be told unasked (an urgent
     * broadcast, a lockdown tonight, goes to every household): by phone in the channel they
     * prefer, a door visit to those who prefer one or have no phone.
     */
    private Collection<Notice> toResidents(Broadcast broadcast, String communityName) {
        Map<Long, List<Resident>> households = new LinkedHashMap<>();
        Set<String> buildings = new HashSet<>(broadcast.targetBuildings);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (broadcast.targetZoneId != null && controlZones.zone(broadcast.targetZoneId, broadcast.communityCode)
                .filter(zone -> !zone.liftedBy(now)).isPresent()) {
            buildings.addAll(controlZones.buildingsOf(broadcast.targetZoneId, broadcast.communityCode));
        }
        // No building named and no zone: every building. A zone removed or lifted since: nobody in it.
        boolean everyBuilding = buildings.isEmpty() && broadcast.targetZoneId == null;
        for (Resident resident : residents.ofCommunity(broadcast.communityCode)) {
            if (everyBuilding || buildings.contains(resident.building)) {
                households.computeIfAbsent(resident.householdId, household -> new ArrayList<>()).add(resident);
            }
        }
        List<Notice> notices = new ArrayList<>();
        for (List<Resident> household : households.values()) {
            boolean selected = broadcast.targetTags.isEmpty() || household.stream()
                    .anyMatch(resident -> resident.tags.stream().anyMatch(broadcast.targetTags::contains));
            Optional<Resident> contact = household.stream()
                    .filter(resident -> resident.contactConsent || broadcast.urgent)
                    .min(Comparator.comparing((Resident resident) -> isBlank(resident.phone)
                            || "DOOR_VISIT".equals(resident.preferredChannel)));
            if (selected && contact.isPresent()) {
                notices.add(toHousehold(broadcast, communityName, contact.get()));
            }
        }
        return notices;
    }

    /** The resident a reminder is for, if the registry still lists them and they still agree to be told. */
    private Collection<Notice> toResident(Broadcast broadcast, String communityName) {
        return residents.findByIdOptional(broadcast.targetResidentId)
                .filter(resident -> resident.contactConsent)
                .map(resident -> new Notice(RecipientKind.RESIDENT, "resident:" + resident.id, resident.doorAddress(),
                        null, broadcast.communityCode, broadcast.urgent,
                        model(broadcast, communityName, resident.doorAddress(), resident.building),
                        List.of(ResidentRoutes.of(resident, broadcast.channel))))
                .stream().toList();
    }

    private Notice toHousehold(Broadcast broadcast, String communityName, Resident resident) {
        Notice.Route route = ResidentRoutes.of(resident, broadcast.channel);
        String household = resident.doorAddress();
        return new Notice(RecipientKind.RESIDENT, "household:" + resident.householdId, household, null,
                broadcast.communityCode, broadcast.urgent, model(broadcast, communityName, household, resident.building),
                List.of(route));
    }

    private static Map<String, Object> model(Broadcast broadcast, String communityName, String recipientName,
            String building) {
        Map<String, Object> model = new HashMap<>();
        model.put("message", broadcast.message);
        model.put("communityName", communityName);
        model.put("recipientName", recipientName);
        model.put("building", building);
        return model;
    }

    /**
     * A zone narrows a broadcast to residents if the registry announced it for the community and it is
     * not lifted by the time the broadcast goes. A zone that is yet to start is fine: its households
     * are told before the lockdown begins.
     */
    private void checkZone(String communityCode, Audience audience, String zoneId, OffsetDateTime goesAt) {
        if (audience != Audience.RESIDENTS) {
            throw new InvalidInputException("controlZoneId", "a control zone narrows audience RESIDENTS only");
        }
        Optional<ControlZone> zone = controlZones.zone(zoneId, communityCode);
        if (zone.isEmpty() || controlZones.buildingsOf(zoneId, communityCode).isEmpty()) {
            throw new InvalidInputException("controlZoneId", "no control zone " + zoneId
                    + " of community " + communityCode + " is known");
        }
        if (zone.get().liftedBy(goesAt)) {
            throw new InvalidInputException("controlZoneId", "control zone " + zoneId + " is lifted at "
                    + zone.get().endsAt + ", before the broadcast would go");
        }
    }

    private static void checkRecipients(List<BroadcastRecipient> recipients) {
        if (recipients == null || recipients.isEmpty()) {
            throw new InvalidInputException("recipients", "must name at least one recipient");
        }
        for (int i = 0; i < recipients.size(); i++) {
            BroadcastRecipient recipient = recipients.get(i);
            if (recipient == null || (isBlank(recipient.phone()) && isBlank(recipient.building()))) {
                throw new InvalidInputException("recipients[" + i + "]",
                        "needs a phone, or a building for a door visit");
            }
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
